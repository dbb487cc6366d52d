package io.covercrit.core.clauses;

import io.covercrit.core.clauses.TreatmentCourse.Anchor;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * "At least N flares in the window before a date" ("6 flares in the 12 months before starting",
 * "3 flares in the past 12 months"), where the window ends on an anchor date (the as-of date, or
 * {@link TreatmentCourse#baseline} for "before starting"), optionally "OR a hospitalization for a
 * flare" (at any date up to the anchor) and "despite drug X" (only flares while the drug was in use
 * count, all of them when it is contraindicated or not tolerated). An empty flare list is MISSING
 * unless a review of the flares covers the window. Where {@link Events} counts before the as-of
 * date with its own wording, this counts before any anchor.
 */
public final class FlareHistory {
  private FlareHistory() {}

  /** What is counted; immutable, each {@code with...} or {@code or...} returns a copy. */
  public static final class Count {
    private final int needed;
    private final Period window;
    private final Function<EvaluationContext, Anchor> anchor;
    private final boolean hospitalizationMeets;
    private final Predicate<Drug> despite;
    private final String despiteWords;

    private Count(int needed, Period window, Function<EvaluationContext, Anchor> anchor, boolean hospitalizationMeets,
        Predicate<Drug> despite, String despiteWords) {
      this.needed = needed;
      this.window = Objects.requireNonNull(window, "window");
      this.anchor = Objects.requireNonNull(anchor, "anchor");
      this.hospitalizationMeets = hospitalizationMeets;
      this.despite = despite;
      this.despiteWords = despiteWords;
    }

    /** At least {@code needed} flares within {@code window} before the as-of date (both ends included). */
    public static Count of(int needed, Period window) {
      return new Count(needed, window, Anchor::asOf, false, null, null);
    }

    /** The window ends on {@code anchor}'s date instead, e.g. {@code course::baseline}; its problem is the finding. */
    public Count before(Function<EvaluationContext, Anchor> anchor) {
      return new Count(needed, window, anchor, hospitalizationMeets, despite, despiteWords);
    }

    /** A hospitalized flare on or before the anchor date meets the clause whatever the count. */
    public Count orHospitalized() {
      return new Count(needed, window, anchor, true, despite, despiteWords);
    }

    /**
     * Only flares while a drug {@code despite} matches was in use count (from a trial's start
     * through its end, or open-ended); all count when it is contraindicated or not tolerated. An
     * undated trial, or none, leaves it MISSING when enough flares are documented.
     *
     * @param words the drug in words, e.g. "colchicine"
     */
    public Count despite(Predicate<Drug> drugs, String words) {
      return new Count(needed, window, anchor, hospitalizationMeets, Objects.requireNonNull(drugs, "drugs"), words);
    }
  }

  /** The clause; the policy usually words its text and remedies. */
  public static ClauseBuilder atLeast(String id, String text, Count count) {
    return new ClauseBuilder(id, text, StandardDocuments.EVENT_HISTORY, ctx -> finding(ctx, count))
        .whenNotMet("Fewer than " + count.needed + " flares are documented in the window.",
            "Document every flare with its date.")
        .whenMissing("The flare history is not documented.", "Attach the flare diary or notes with the date of each flare.");
  }

  /** The finding of {@link #atLeast}. */
  public static Finding finding(EvaluationContext ctx, Count count) {
    Anchor anchor = count.anchor.apply(ctx);
    if (anchor.problem().isPresent()) {
      return anchor.problem().get();
    }
    LocalDate to = anchor.date();
    List<Flare> flares = ctx.request().flares();
    LocalDate from = to.minus(count.window);
    if (flares.isEmpty() && !ctx.request().reviewed(RecordedHistory.FLARES, from, to)) {
      return Finding.missing("No flare history documented");
    }
    if (count.hospitalizationMeets) {
      for (Flare f : flares) {
        if (f.hospitalized() && !f.date().isAfter(to)) {
          return Finding.met(() -> "Hospitalized for a flare on " + f.date());
        }
      }
    }
    int needed = count.needed;
    String none = count.hospitalizationMeets ? ", none hospitalized" : "";
    Supplier<String> span = () -> " from " + from + " to " + to + " (" + needed + " required)";
    int all = Events.count(flares, from, to, f -> true);
    if (count.despite == null) {
      Supplier<String> detail = () -> all + " flares" + span.get() + none;
      return all >= needed ? Finding.met(detail) : Finding.notMet(detail);
    }
    String words = count.despiteWords;
    Cover cover = Cover.of(ctx, count.despite);
    if (cover.why != null) {
      Supplier<String> detail = () -> all + " flares" + span.get() + "; " + words + " " + cover.why;
      return all >= needed ? Finding.met(detail) : Finding.notMet(() -> detail.get() + none);
    }
    if (cover.trials == null) {
      if (all < needed) {
        return Finding.notMet(() -> all + " flares" + span.get() + none);
      }
      return Finding.missing(() -> all + " flares" + span.get() + "; whether they occurred on " + words
          + " is not documented")
          .because("The flares must have occurred despite " + words + ", and the " + words + " dates are not documented.",
              "Document the " + words + " start date (and stop date, if stopped).");
    }
    int onDrug = Events.count(flares, from, to, f -> cover.covers(f.date()));
    Supplier<String> detail = () -> onDrug + " flares on " + words + span.get() + none;
    return onDrug >= needed ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** When the drug of "despite" was in use: all days (why says so), unknown (no trials), or the dated trials. */
  private static final class Cover {
    final String why;
    final List<TherapyTrial> trials;

    private Cover(String why, List<TherapyTrial> trials) {
      this.why = why;
      this.trials = trials;
    }

    static Cover of(EvaluationContext ctx, Predicate<Drug> drugs) {
      List<TherapyTrial> used = new ArrayList<>();
      for (TherapyTrial t : Trials.trialsOf(ctx, drugs)) {
        if (t.outcome() == TrialOutcome.CONTRAINDICATED || t.outcome() == TrialOutcome.INTOLERANT) {
          return new Cover(t.outcome() == TrialOutcome.CONTRAINDICATED ? "contraindicated" : "not tolerated", null);
        }
        if (t.start().isEmpty()) {
          return new Cover(null, null);
        }
        used.add(t);
      }
      return new Cover(null, used.isEmpty() ? null : used);
    }

    boolean covers(LocalDate date) {
      for (TherapyTrial t : trials) {
        boolean started = !date.isBefore(t.start().get());
        boolean notEnded = t.end().isEmpty() || !date.isAfter(t.end().get());
        if (started && notEnded) {
          return true;
        }
      }
      return false;
    }
  }
}
