package io.covercrit.jurisdictions.internal;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.jurisdictions.CountsFrom;
import io.covercrit.jurisdictions.AlternativeReading;
import io.covercrit.jurisdictions.BusinessCalendar;
import io.covercrit.jurisdictions.CaseEvent;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.ClockLength;
import io.covercrit.jurisdictions.ClockUnit;
import io.covercrit.jurisdictions.Deadline;
import io.covercrit.jurisdictions.DeadlineCalculator;
import io.covercrit.jurisdictions.Party;
import io.covercrit.jurisdictions.PayerAppealLevel;
import io.covercrit.jurisdictions.PayerAppealRules;
import io.covercrit.jurisdictions.PendingClock;
import io.covercrit.jurisdictions.ReviewRoute;
import io.covercrit.jurisdictions.RuleBasis;
import io.covercrit.jurisdictions.Stage;
import io.covercrit.jurisdictions.Timeline;
import io.covercrit.jurisdictions.TimelineQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link DeadlineCalculator}: routes a case to its rules, starts each clock from the right
 * event, keeps one deadline per step and orders the result. Immutable and thread-safe.
 */
public final class TimelineEngine implements DeadlineCalculator {
  private final Map<Jurisdiction, BusinessCalendar> stateCalendars;
  private final RuleSets ruleSets = new RuleSets();

  public TimelineEngine(Map<Jurisdiction, BusinessCalendar> stateCalendars) {
    EnumMap<Jurisdiction, BusinessCalendar> copy = new EnumMap<>(Jurisdiction.class);
    copy.putAll(stateCalendars);
    this.stateCalendars = Collections.unmodifiableMap(copy);
  }

  public static Set<Jurisdiction> jurisdictionsWithStateRules() {
    Set<Jurisdiction> states = EnumSet.noneOf(Jurisdiction.class);
    for (Jurisdiction state : Jurisdiction.values()) {
      if (state != Jurisdiction.FEDERAL && StatePrograms.forState(state, Optional.empty()).isPresent()) {
        states.add(state);
      }
    }
    return Collections.unmodifiableSet(states);
  }

  @Override
  public Timeline compute(TimelineQuery query) {
    if (query == null) {
      throw InvalidInputException.required("query");
    }
    ZoneId zone = query.timeZone().orElseGet(() -> StateTimeZones.of(query.memberState()));
    CaseFacts facts = new CaseFacts(query, zone);
    Events events = new Events(query, facts);
    Route route = Route.of(facts, events, ruleSets);

    List<ClockRule> rules = new ArrayList<>(route.rules);
    List<String> notes = new ArrayList<>(route.notes);
    query.payerAppealRules().ifPresent(payer -> {
      if (route.acceptsPayerRules) {
        rules.addAll(payerRules(payer, facts));
      } else {
        notes.add(payer.payer() + "'s own appeal rules are not applied: " + route.review
            + " appeals follow their federal rules.");
      }
    });

    Map<String, List<Deadline>> byStep = new LinkedHashMap<>();
    List<PendingClock> pending = new ArrayList<>();
    List<String> pendingRuleSteps = new ArrayList<>(); // the step of each pending clock's rule
    Set<String> pendingSteps = new LinkedHashSet<>();
    Set<String> met = new LinkedHashSet<>();
    for (ClockRule rule : rules) {
      if (events.fulfilled(rule)) {
        met.add(rule.step);
        continue;
      }
      Started started = start(rule, events, facts);
      if (started.notApplicable != null) {
        notes.add(started.notApplicable);
        continue;
      }
      if (started.waitingFor != null) {
        if (pendingSteps.add(rule.step)) {
          pending.add(pending(rule, started, facts));
          pendingRuleSteps.add(rule.step);
        }
        continue;
      }
      byStep.computeIfAbsent(rule.step, key -> new ArrayList<>()).add(deadline(rule, started, facts));
    }

    List<Deadline> deadlines = new ArrayList<>();
    for (List<Deadline> candidates : byStep.values()) {
      deadlines.add(choose(candidates));
    }
    sortByExpiryThenRuleId(deadlines);

    if (!met.isEmpty()) {
      notes.add("Filings already made are left out: " + String.join(", ", met) + ".");
    }
    Stage current = events.currentStage();
    // Once the final internal denial is in, no internal-appeal clock is still to come.
    Stage nextPossible = events.finalInternalDenial().isPresent() && current.compareTo(Stage.EXTERNAL_REVIEW) < 0
        ? Stage.EXTERNAL_REVIEW : current;
    List<PendingClock> upcoming = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      PendingClock clock = pending.get(i);
      String step = pendingRuleSteps.get(i);
      if (clock.stage().compareTo(nextPossible) >= 0 && !byStep.containsKey(step) && !met.contains(step)) {
        upcoming.add(clock);
      }
    }
    upcoming.sort(Comparator.comparing(PendingClock::stage));

    return Timeline.builder()
        .planType(query.planType()).memberState(query.memberState()).benefitChannel(query.benefitChannel())
        .urgency(query.urgency()).route(route.review).reviewProgram(route.program)
        .reviewFiledWith(route.filedWith).reviewFiledWithName(route.filedWithName).reviewBasis(route.basis)
        .currentStage(current).timeZone(zone)
        .deadlines(deadlines).pending(upcoming).notes(notes)
        .build();
  }

  /**
   * Sorts by {@link Deadline#expiresAt()}, then rule id, as a stable sort would, computing each
   * expiry once instead of on every comparison (each is a time-zone conversion).
   */
  private static void sortByExpiryThenRuleId(List<Deadline> deadlines) {
    int n = deadlines.size();
    Deadline[] sorted = deadlines.toArray(new Deadline[0]);
    Instant[] expiry = new Instant[n];
    for (int i = 0; i < n; i++) {
      expiry[i] = sorted[i].expiresAt();
    }
    for (int i = 1; i < n; i++) { // insertion sort: stable, and timelines have a handful of deadlines
      Deadline deadline = sorted[i];
      Instant expires = expiry[i];
      int j = i - 1;
      while (j >= 0 && (expiry[j].compareTo(expires) > 0
          || expiry[j].equals(expires) && sorted[j].ruleId().compareTo(deadline.ruleId()) > 0)) {
        sorted[j + 1] = sorted[j];
        expiry[j + 1] = expiry[j];
        j--;
      }
      sorted[j + 1] = deadline;
      expiry[j + 1] = expires;
    }
    for (int i = 0; i < n; i++) {
      deadlines.set(i, sorted[i]);
    }
  }

  // --- Starting a clock ----------------------------------------------------------------------

  /** Where a clock starts, or why it cannot start yet. */
  private static final class Started {
    CaseEvent event;
    LocalDate date;
    Instant instant;
    String startWords;
    String waitingFor;
    String notApplicable;
    CountsFrom countsFrom;
  }

  private static Started start(ClockRule rule, Events events, CaseFacts facts) {
    Started started = new Started();
    Optional<CaseEvent> found = events.forTrigger(rule.trigger, rule.level);
    if (found.isEmpty()) {
      started.waitingFor = "starts when " + rule.trigger.description
          + (rule.level == null ? "" : " (level " + rule.level + ")");
      return started;
    }
    CaseEvent event = found.get();
    started.event = event;
    if (rule.appliesFrom != null && event.dateIn(facts.zone).isBefore(rule.appliesFrom)) {
      started.notApplicable = rule.id + " is not applied: it covers events from " + rule.appliesFrom
          + " and this one came earlier.";
      return started;
    }
    String what = rule.trigger.description;
    switch (rule.anchor) {
      case NOTICE_DATE:
        if (event.noticeDate().isEmpty()) {
          started.waitingFor = "counts from the date printed on the notice; give noticeDate on the "
              + event.type() + " event";
          return started;
        }
        started.date = event.noticeDate().get();
        started.countsFrom = CountsFrom.NOTICE_DATE;
        started.startWords = started.date + " (the date on the notice; the clock starts when " + what + ")";
        break;
      case PRESUMED_RECEIPT:
        if (event.noticeDate().isPresent()) {
          started.date = event.noticeDate().get().plusDays(5);
          started.countsFrom = CountsFrom.PRESUMED_RECEIPT;
          started.startWords = started.date + " (receipt presumed 5 days after the notice date "
              + event.noticeDate().get() + ")";
        } else {
          started.date = event.dateIn(facts.zone);
          started.countsFrom = CountsFrom.RECEIPT;
          started.startWords = started.date + " (the date received; no notice date given)";
        }
        break;
      default:
        started.date = event.dateIn(facts.zone);
        started.countsFrom = CountsFrom.RECEIPT;
        started.instant = event.at().orElse(null);
        started.startWords = started.date + " (when " + what + ")";
        break;
    }
    if (rule.length.unit() == ClockUnit.HOURS) {
      if (rule.anchor != CountsFrom.RECEIPT || started.instant == null) {
        started.waitingFor = "an hour clock: needs the time of receipt (give 'at' instead of 'on' on the "
            + event.type() + " event)";
        return started;
      }
      started.startWords = started.instant.atZone(facts.zone).toOffsetDateTime() + " (when " + what + ")";
    }
    return started;
  }

  private Deadline deadline(ClockRule rule, Started started, CaseFacts facts) {
    Deadline.Builder deadline = Deadline.builder();
    StringBuilder computation = new StringBuilder("Starts ").append(started.startWords).append(". ");
    switch (rule.length.unit()) {
      case HOURS: {
        ClockArithmetic.InstantResult result = ClockArithmetic.plusHours(started.instant, rule.length.amount(), facts.zone);
        deadline.dueAt(result.instant()).startAt(started.instant);
        computation.append(result.explanation()).append('.');
        break;
      }
      case BUSINESS_DAYS: {
        BusinessCalendar calendar = calendarFor(rule);
        ClockArithmetic.DateResult result = ClockArithmetic.plusBusinessDays(started.date, rule.length.amount(), calendar);
        deadline.dueDate(result.date());
        computation.append(result.explanation()).append('.');
        if (rule.calendarState != null && !stateCalendars.containsKey(rule.calendarState)) {
          computation.append(" No ").append(rule.calendarState).append(" state holiday calendar was supplied:"
              + " federal holidays were used.");
        }
        break;
      }
      case CALENDAR_MONTHS: {
        ClockArithmetic.DateResult result = ClockArithmetic.plusMonths(started.date, rule.length.amount(), rule.monthEnd);
        computation.append(result.explanation()).append('.');
        deadline.dueDate(rollIfRequired(rule, result.date(), computation));
        break;
      }
      default: {
        ClockArithmetic.DateResult result = ClockArithmetic.plusCalendarDays(started.date, rule.length.amount());
        computation.append(result.explanation()).append('.');
        deadline.dueDate(rollIfRequired(rule, result.date(), computation));
        break;
      }
    }
    return deadline.ruleId(rule.id).stage(rule.stage).title(rule.title).actor(rule.actor)
        .filedWith(Optional.ofNullable(rule.filedWith)).filedWithName(Optional.ofNullable(rule.filedWithName))
        .timeZone(facts.zone).startEvent(started.event.type()).startLevel(started.event.level())
        .startDate(started.date).countsFrom(started.countsFrom).length(rule.length).computation(computation.toString())
        .citation(rule.citation).sources(rule.sources).confidence(rule.confidence).basis(rule.basis)
        .program(rule.program).contacts(rule.contacts).lastReviewed(rule.lastReviewed)
        .condition(Optional.ofNullable(rule.condition)).notes(rule.notes)
        .build();
  }

  private static LocalDate rollIfRequired(ClockRule rule, LocalDate date, StringBuilder computation) {
    if (!rule.rollsForward) {
      return date;
    }
    ClockArithmetic.DateResult rolled = ClockArithmetic.rollForward(date, BusinessCalendar.usFederal());
    if (!rolled.date().equals(date)) {
      computation.append(' ').append(rolled.explanation()).append('.');
    }
    return rolled.date();
  }

  private BusinessCalendar calendarFor(ClockRule rule) {
    if (rule.calendarState != null && stateCalendars.containsKey(rule.calendarState)) {
      return stateCalendars.get(rule.calendarState);
    }
    return BusinessCalendar.usFederal();
  }

  private static PendingClock pending(ClockRule rule, Started started, CaseFacts facts) {
    return PendingClock.builder().ruleId(rule.id).stage(rule.stage).title(rule.title).actor(rule.actor)
        .filedWith(Optional.ofNullable(rule.filedWith)).filedWithName(Optional.ofNullable(rule.filedWithName))
        .startEvent(rule.trigger.eventType).startLevel(Optional.ofNullable(rule.level)).length(rule.length)
        .waitingFor(rule.length.describe() + "; " + started.waitingFor).citation(rule.citation)
        .confidence(rule.confidence).basis(rule.basis).program(rule.program).contacts(rule.contacts)
        .lastReviewed(rule.lastReviewed).condition(Optional.ofNullable(rule.condition)).notes(rule.notes)
        .build();
  }

  // --- One deadline per step -----------------------------------------------------------------

  /**
   * The law sets floors on what the member gets and ceilings on how long others take: for a
   * member's or provider's filing, the latest date among the best-supported readings; for anyone
   * else's clock, the earliest. The others become alternative readings.
   */
  private static Deadline choose(List<Deadline> candidates) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    boolean memberFiles = candidates.stream().allMatch(d -> d.actor() == Party.MEMBER || d.actor() == Party.PROVIDER);
    Comparator<Deadline> preference = Comparator.comparing(Deadline::confidence)
        .thenComparing(d -> basisOrder(d.basis())).thenComparing(Deadline::ruleId);
    Deadline chosen;
    if (memberFiles) {
      var best = candidates.stream().map(Deadline::confidence).min(Comparator.naturalOrder()).orElseThrow();
      chosen = candidates.stream().filter(d -> d.confidence() == best)
          .max(Comparator.comparing(Deadline::expiresAt).thenComparing(preference.reversed())).orElseThrow();
    } else {
      chosen = candidates.stream()
          .min(Comparator.comparing(Deadline::expiresAt).thenComparing(preference)).orElseThrow();
    }
    List<AlternativeReading> alternatives = new ArrayList<>();
    for (Deadline other : candidates) {
      if (other == chosen) {
        continue;
      }
      alternatives.add(AlternativeReading.builder().ruleId(other.ruleId()).dueDate(other.dueDate()).dueAt(other.dueAt())
          .citation(other.citation()).basis(other.basis()).confidence(other.confidence())
          .note(alternativeNote(chosen, other, memberFiles)).build());
    }
    return Deadline.builder().from(chosen).alternatives(alternatives).build();
  }

  private static String alternativeNote(Deadline chosen, Deadline other, boolean memberFiles) {
    int order = other.expiresAt().compareTo(chosen.expiresAt());
    if (order == 0) {
      return "Same date under this rule.";
    }
    if (memberFiles) {
      return order < 0
          ? "Ends earlier: filing by this date satisfies both readings."
          : "Ends later, but the source is less certain than the reading shown.";
    }
    return order < 0 ? "Ends earlier." : "Ends later: the earlier clock binds.";
  }

  private static int basisOrder(RuleBasis basis) {
    switch (basis) {
      case STATE: return 0;
      case FEDERAL: return 1;
      case PAYER: return 2;
      default: return 3;
    }
  }

  // --- Payer rules ---------------------------------------------------------------------------

  static List<ClockRule> payerRules(PayerAppealRules payer, CaseFacts facts) {
    List<ClockRule> rules = new ArrayList<>();
    String program = payer.payer() + " internal appeals";
    rules.add(payerRule(payer, "internal-appeal.file", program)
        .step(FederalRules.STEP_APPEAL_FILE).stage(Stage.INTERNAL_APPEAL)
        .title("File the internal appeal with " + payer.payer()).actor(Party.MEMBER)
        .filedWith(Party.PLAN, payer.payer())
        .startsAt(Trigger.INITIAL_DENIAL, payer.filingWindowCountsFromNoticeDate() ? CountsFrom.NOTICE_DATE : CountsFrom.RECEIPT)
        .lasts(payer.filingWindow()).fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1).build());
    for (PayerAppealLevel level : payer.levels()) {
      int n = level.level();
      Optional<ClockLength> clock =
          facts.rules.expedited() ? level.expeditedDecision() : Optional.of(level.standardDecision());
      clock.ifPresent(length -> rules.add(payerRule(payer, "internal-appeal." + n + ".decision", program)
          .step(FederalRules.appealDecisionStep(n)).stage(Stage.INTERNAL_APPEAL)
          .title(payer.payer() + " decides the " + (facts.rules.expedited() ? "expedited " : "") + "appeal (level " + n + ")")
          .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(n).lasts(length).build()));
      level.filingWindow().ifPresent(window -> rules.add(payerRule(payer, "internal-appeal." + n + ".file", program)
          .step(FederalRules.appealFileStep(n)).stage(Stage.INTERNAL_APPEAL)
          .title("Ask " + payer.payer() + " for the level " + n + " appeal").actor(Party.MEMBER)
          .filedWith(Party.PLAN, payer.payer()).startsAt(Trigger.APPEAL_DENIAL).level(n - 1).lasts(window)
          .fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, n).build()));
    }
    return rules;
  }

  private static ClockRule.Builder payerRule(PayerAppealRules payer, String suffix, String program) {
    ClockRule.Builder builder = ClockRule.rule("PAYER." + suffix)
        .cite(payer.citation(), payer.sources().toArray(new SourceRef[0]))
        .confidence(payer.confidence()).basis(RuleBasis.PAYER).program(program).contacts(payer.contacts())
        .lastReviewed(payer.lastReviewed());
    return builder;
  }

  // --- Routing -------------------------------------------------------------------------------

  /** Which review process a case goes to, with the rules and notes that follow from it. */
  private static final class Route {
    ReviewRoute review;
    String program;
    Party filedWith;
    String filedWithName;
    RuleBasis basis;
    boolean acceptsPayerRules;
    final List<ClockRule> rules = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final RuleSets ruleSets;

    private Route(RuleSets ruleSets) {
      this.ruleSets = ruleSets;
    }

    static Route of(CaseFacts facts, Events events, RuleSets ruleSets) {
      Route route = new Route(ruleSets);
      TimelineQuery query = facts.query;
      PlanType planType = query.planType();
      if (planType == PlanType.MEDICARE_ADVANTAGE_PART_D) {
        route.medicare(facts);
      } else if (planType == PlanType.MEDICAID_MANAGED_CARE) {
        route.medicaid(facts);
      } else {
        route.acceptsPayerRules = true;
        route.rules.addAll(ruleSets.federalClaimsAndInternalAppeal(facts.rules));
        Optional<StateProgram> program = query.memberState() == Jurisdiction.FEDERAL ? Optional.empty()
            : StatePrograms.forState(query.memberState(), query.californiaRegulator());
        if (planType == PlanType.SELF_FUNDED_ERISA) {
          route.selfFunded(facts, program);
        } else {
          route.stateRegulated(facts, events, program);
        }
      }
      return route;
    }

    private void medicare(CaseFacts facts) {
      filedWith = Party.PLAN;
      basis = RuleBasis.FEDERAL;
      if (facts.rules.pharmacy()) {
        review = ReviewRoute.MEDICARE_PART_D;
        program = FederalRules.PART_D;
        filedWithName = "the Part D plan sponsor (redetermination), then the Independent Review Entity";
        rules.addAll(FederalRules.partD(facts.rules));
        notes.add("Medicare Part D: the levels after redetermination (Independent Review Entity, ALJ, Council) are not"
            + " in the project's fact sheet and are not computed.");
      } else {
        review = ReviewRoute.MEDICARE_ADVANTAGE;
        program = FederalRules.PART_C;
        filedWithName = "the Medicare Advantage plan (reconsideration)";
        rules.addAll(FederalRules.medicareAdvantage(facts.rules));
        if (facts.rules.drug()) {
          notes.add("Medicare Advantage, medical-benefit drug: CMS-0057-F decision clocks do not apply to drugs, and the"
              + " Part B drug organization-determination clocks are not in the project's fact sheet: no initial"
              + " decision clock is computed.");
        }
      }
      notes.add("Medicare plans have their own appeal track: state external review does not apply.");
    }

    private void medicaid(CaseFacts facts) {
      review = ReviewRoute.MEDICAID_FAIR_HEARING;
      program = FederalRules.MEDICAID;
      filedWith = Party.STATE_MEDICAID_AGENCY;
      filedWithName = "the state Medicaid agency (fair hearing), after the plan's appeal";
      basis = RuleBasis.FEDERAL;
      rules.addAll(FederalRules.medicaid(facts.rules));
      notes.add("Medicaid managed care goes to a state fair hearing, not to the state's insurance external review.");
      if (!facts.rules.pharmacy() && facts.rules.drug()) {
        notes.add("Medicaid, medical-benefit drug: CMS-0057-F excludes drugs and no other initial clock is in the"
            + " project's fact sheet: no initial decision clock is computed.");
      }
      if (facts.query.memberState() == Jurisdiction.WA) {
        notes.add("Washington also offers an IRO review to Medicaid managed-care enrollees (WAC 182-526-0525); not computed.");
      }
    }

    private void selfFunded(CaseFacts facts, Optional<StateProgram> program) {
      boolean optedIn = facts.query.selfFundedPlanOptedIntoStateReview()
          && program.isPresent() && program.get().allowsSelfFundedOptIn();
      if (optedIn) {
        StateProgram state = program.get();
        useStateProgram(state);
        // A self-funded plan that opts in takes the state's review, not the state's insurance mandates.
        for (ClockRule rule : ruleSets.stateRules(state, facts.rules)) {
          if (rule.stage == Stage.EXTERNAL_REVIEW) {
            rules.add(rule);
          }
        }
        notes.add("Self-funded plan that opted in to the " + state.name() + ": the state review applies by the plan's"
            + " choice; state insurance clocks for initial decisions do not.");
        return;
      }
      review = ReviewRoute.FEDERAL_ERISA_EXTERNAL_REVIEW;
      this.program = "Federal external review for self-funded plans (29 CFR 2590.715-2719(d))";
      filedWith = Party.PLAN;
      filedWithName = "the plan (it sends the case to an IRO under contract)";
      basis = RuleBasis.FEDERAL;
      rules.addAll(FederalRules.federalExternalReview(facts.rules, true, RuleBasis.FEDERAL, this.program, List.of()));
      String state = facts.query.memberState().displayName();
      notes.add("Self-funded ERISA plan: not eligible for " + state + "'s external review"
          + " (states cannot regulate self-funded plans); the federal process applies.");
      if (facts.query.selfFundedPlanOptedIntoStateReview()) {
        notes.add("The plan is said to have opted in to state review, but no opt-in is recorded for " + state
            + " in the project's data: the federal process is shown.");
      }
    }

    private void stateRegulated(CaseFacts facts, Events events, Optional<StateProgram> program) {
      Jurisdiction state = facts.query.memberState();
      if (program.isEmpty()) {
        federalHhs(facts, RuleBasis.FEDERAL_FALLBACK,
            state == Jurisdiction.FEDERAL
                ? "Federal external review (HHS-administered, 45 CFR 147.136(d))"
                : "Federal external review (HHS-administered, 45 CFR 147.136(d)): federal fallback, no state data for "
                    + state.displayName());
        notes.add(state == Jurisdiction.FEDERAL
            ? "No state given: federal rules are shown."
            : "No " + state.displayName() + " rules are encoded: the federal baseline is shown (federal fallback)."
                + " The state may run its own external review with different deadlines; check with its insurance regulator.");
        return;
      }
      StateProgram stateProgram = program.get();
      List<ClockRule> stateRules = ruleSets.stateRules(stateProgram, facts.rules);
      Optional<LocalDate> finalDenial = events.finalInternalDenialDate();
      boolean beforeProgram = stateProgram.effectiveFrom() != null && finalDenial.isPresent()
          && finalDenial.get().isBefore(stateProgram.effectiveFrom());
      if (stateProgram.usesFederalProcess() || beforeProgram) {
        List<ContactPoint> contacts = new ArrayList<>(Contacts.FEDERAL_HHS);
        contacts.addAll(stateProgram.contacts());
        federalHhs(facts, RuleBasis.FEDERAL, stateProgram.usesFederalProcess() ? stateProgram.name()
            : "Federal external review (HHS-administered, 45 CFR 147.136(d))", contacts);
        for (ClockRule rule : stateRules) {
          if (stateProgram.usesFederalProcess() || rule.stage != Stage.EXTERNAL_REVIEW) {
            rules.add(rule);
          }
        }
        if (beforeProgram) {
          notes.add(stateProgram.name() + " takes cases whose final internal denial came on or after "
              + stateProgram.effectiveFrom() + "; this one came earlier, so the federal HHS process applies.");
        } else {
          notes.addAll(ruleSets.stateNotes(stateProgram, facts.rules));
        }
        return;
      }
      useStateProgram(stateProgram);
      rules.addAll(stateRules);
      notes.addAll(ruleSets.stateNotes(stateProgram, facts.rules));
    }

    private void useStateProgram(StateProgram state) {
      review = ReviewRoute.STATE_EXTERNAL_REVIEW;
      program = state.name();
      filedWith = state.filedWith();
      filedWithName = state.filedWithName();
      basis = RuleBasis.STATE;
    }

    private void federalHhs(CaseFacts facts, RuleBasis ruleBasis, String programName) {
      federalHhs(facts, ruleBasis, programName, Contacts.FEDERAL_HHS);
    }

    private void federalHhs(CaseFacts facts, RuleBasis ruleBasis, String programName,
        List<ContactPoint> contacts) {
      review = ReviewRoute.FEDERAL_HHS_EXTERNAL_REVIEW;
      program = programName;
      filedWith = Party.REGULATOR;
      filedWithName = "the HHS-administered federal external review (Maximus Federal Services)";
      basis = ruleBasis;
      rules.addAll(FederalRules.federalExternalReview(facts.rules, false, ruleBasis, programName, contacts));
      if (facts.rules.expedited()) {
        notes.add("An expedited external review may be requested at the same time as an urgent internal appeal"
            + " (45 CFR 147.136(b)(2)(ii)(F)); the internal appeal is deemed exhausted if the plan does not follow the rules.");
      }
    }
  }

  // --- Events --------------------------------------------------------------------------------

  /** The query's events by type and level, checked for order. */
  private static final class Events {
    private final Map<String, CaseEvent> byKey = new LinkedHashMap<>();
    private final CaseFacts facts;

    Events(TimelineQuery query, CaseFacts facts) {
      this.facts = facts;
      List<CaseEvent> events = query.events();
      for (int i = 0; i < events.size(); i++) {
        CaseEvent event = events.get(i);
        if (event.level().isPresent() && query.payerAppealRules().isPresent()
            && event.level().get() > facts.rules.appealLevels()) {
          throw InvalidInputException.invalid("events[" + i + "].level", "exceeds the payer's appeal levels");
        }
        byKey.put(key(event.type(), event.level().orElse(null)), event);
      }
      for (int i = 0; i < events.size(); i++) {
        checkOrder(events.get(i), i);
      }
    }

    private void checkOrder(CaseEvent event, int index) {
      switch (event.type()) {
        case INTERNAL_APPEAL_RECEIVED:
        case FINAL_INTERNAL_DENIAL_RECEIVED:
          notBefore(event, index, get(CaseEventType.DENIAL_RECEIVED, null));
          break;
        case APPEAL_DENIAL_RECEIVED:
          notBefore(event, index, get(CaseEventType.INTERNAL_APPEAL_RECEIVED, event.level().orElse(null)));
          break;
        case EXTERNAL_REVIEW_ASSIGNED:
          notBefore(event, index, get(CaseEventType.EXTERNAL_REVIEW_REQUESTED, null));
          break;
        case REVIEWER_RECOMMENDATION_RECEIVED:
          notBefore(event, index, get(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, null));
          break;
        case EXTERNAL_REVIEW_OVERTURNED:
          notBefore(event, index, get(CaseEventType.EXTERNAL_REVIEW_REQUESTED, null));
          break;
        default:
          break;
      }
    }

    private void notBefore(CaseEvent event, int index, Optional<CaseEvent> earlier) {
      if (earlier.isPresent() && event.dateIn(facts.zone).isBefore(earlier.get().dateIn(facts.zone))) {
        throw InvalidInputException.invalid("events[" + index + "]",
            "must not be before the " + earlier.get().type() + " event");
      }
    }

    private static String key(CaseEventType type, Integer level) {
      return level == null ? type.name() : type.name() + "#" + level;
    }

    Optional<CaseEvent> get(CaseEventType type, Integer level) {
      return Optional.ofNullable(byKey.get(key(type, level)));
    }

    Optional<CaseEvent> finalInternalDenial() {
      Optional<CaseEvent> explicit = get(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, null);
      return explicit.isPresent() ? explicit : get(CaseEventType.APPEAL_DENIAL_RECEIVED, facts.rules.appealLevels());
    }

    Optional<LocalDate> finalInternalDenialDate() {
      return finalInternalDenial().map(event -> event.dateIn(facts.zone));
    }

    Optional<CaseEvent> forTrigger(Trigger trigger, Integer level) {
      switch (trigger) {
        case FINAL_INTERNAL_DENIAL:
          return finalInternalDenial();
        case FIRST_LEVEL_APPEAL_DENIAL: {
          Optional<CaseEvent> first = get(CaseEventType.APPEAL_DENIAL_RECEIVED, 1);
          return first.isPresent() ? first : finalInternalDenial();
        }
        case APPEAL_RECEIVED:
        case APPEAL_DENIAL:
          return get(trigger.eventType, level);
        default:
          return get(trigger.eventType, null);
      }
    }

    /** Whether a filing rule's filing was made: its event exists, or the case moved past its stage. */
    boolean fulfilled(ClockRule rule) {
      if (rule.fulfilledBy == null) {
        return false;
      }
      for (CaseEvent event : byKey.values()) {
        if (event.type().stage().compareTo(rule.stage) > 0) {
          return true;
        }
      }
      if (rule.stage == Stage.INTERNAL_APPEAL && finalInternalDenial().isPresent()) {
        return true;
      }
      return get(rule.fulfilledBy, rule.fulfilledBy.isLeveled() ? rule.fulfilledLevel : null).isPresent();
    }

    Stage currentStage() {
      Stage stage = Stage.INITIAL_DECISION;
      for (CaseEvent event : byKey.values()) {
        if (event.type().stage().compareTo(stage) > 0) {
          stage = event.type().stage();
        }
      }
      return stage;
    }
  }
}
