/**
 * Appeal, external-review and decision deadlines for a coverage dispute, per state and federal
 * rules, as exact dates and instants.
 *
 * <p>Entry point: {@link io.covercrit.jurisdictions.DeadlineCalculator#compute}, which takes a
 * {@link io.covercrit.jurisdictions.TimelineQuery} (plan type, member state, benefit channel,
 * urgency, what has happened so far) and returns a {@link io.covercrit.jurisdictions.Timeline}:
 * every deadline with its due date or instant, who must act, the citation, whom to contact, the
 * rule's confidence and "last reviewed" date, and how the date was computed. Write it as JSON
 * ({@link io.covercrit.jurisdictions.TimelineJson}) or iCalendar
 * ({@link io.covercrit.jurisdictions.TimelineCalendar}).
 *
 * <h2>Routing</h2>
 * <ul>
 *   <li>Fully insured and individual plans: the state's external review where this library has the
 *       state's data (19 jurisdictions, California split into DMHC and CDI), else the
 *       HHS-administered federal process, labelled {@link io.covercrit.jurisdictions.RuleBasis#FEDERAL_FALLBACK}.
 *   <li>Self-funded ERISA plans: never a state's review (unless the plan opted in where the state
 *       allows it, IL and VA); the federal process of 29 CFR 2590.715-2719(d).
 *   <li>Medicare Advantage / Part D and Medicaid managed care: their own federal tracks.
 * </ul>
 *
 * <h2>Counting</h2>
 * Calendar days count the event's day as day 0; business days skip weekends and the US federal
 * holidays of 5 U.S.C. 6103 with observed-day shifts (a state calendar can be supplied); months
 * are calendar months (4 months is never 120 days); hours are elapsed time from an instant, so a
 * 72-hour clock across a daylight-saving change ends at a different wall-clock hour. Each clock
 * starts from its own event: external review from the <em>final</em> internal denial, never the
 * first denial (except where a state lets a case skip the internal appeal).
 *
 * <h2>Composition</h2>
 * When several rules govern one step (the legal minimum and the payer's own window; a state and a
 * federal clock), the timeline shows one deadline: for the member's filings the latest date among
 * the best-supported readings (the law sets floors on what the member gets), for everyone else the
 * earliest (the law sets ceilings on how long they take). The others are listed as
 * {@link io.covercrit.jurisdictions.AlternativeReading}s.
 *
 * <p>Pure computation: nothing reads the system clock, does I/O or keeps mutable static state.
 * All types are immutable and thread-safe.
 */
package io.covercrit.jurisdictions;
