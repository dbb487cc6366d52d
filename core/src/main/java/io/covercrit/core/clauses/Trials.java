package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * "Failure of ONE drug of a class applied for at least N consecutive days, unless contraindicated
 * or intolerant": the step-therapy clause. Samples never count (a samples-only history is NOT_MET
 * with its own remedy); a trial still in use after the required days has no documented outcome
 * yet (MISSING); a trial without a start date is MISSING; too short, too weak or effective is
 * NOT_MET. When nothing of the class is documented the clause is MISSING, unless a
 * {@link HistoryReview} declares the therapy history complete: then it is NOT_MET.
 */
public final class Trials {
  private Trials() {}

  /** What counts as a qualifying trial. Immutable; each {@code with...} returns a copy. */
  public static final class Rule {
    private final Predicate<Drug> kind;
    private final String words;
    private final int days;
    private final Set<TopicalSteroidPotency> potencies;
    private final String potencyWords;
    private final Set<TrialOutcome> excusing;
    private final Predicate<Drug> concomitant;
    private final String concomitantNote;

    private Rule(Predicate<Drug> kind, String words, int days, Set<TopicalSteroidPotency> potencies, String potencyWords,
        Set<TrialOutcome> excusing, Predicate<Drug> concomitant, String concomitantNote) {
      this.kind = kind;
      this.words = words;
      this.days = days;
      this.potencies = potencies;
      this.potencyWords = potencyWords;
      this.excusing = excusing;
      this.concomitant = concomitant;
      this.concomitantNote = concomitantNote;
    }

    /**
     * A failed trial of {@code kind} for at least {@code days} consecutive days; a contraindication
     * or an intolerance also meets it unless {@link #excusedBy} says otherwise.
     *
     * @param words the class in words, as in "No {@code words} trial documented"
     */
    public static Rule of(Predicate<Drug> kind, String words, int days) {
      if (days < 0) {
        throw new IllegalArgumentException("days must not be negative");
      }
      return new Rule(Objects.requireNonNull(kind, "kind"), words, days, null, null,
          Collections.unmodifiableSet(EnumSet.of(TrialOutcome.CONTRAINDICATED, TrialOutcome.INTOLERANT)), null, null);
    }

    /** Only these potencies count; a trial without a documented potency is MISSING. */
    public Rule withPotencies(Set<TopicalSteroidPotency> accepted, String words) {
      return new Rule(kind, this.words, days, Collections.unmodifiableSet(EnumSet.copyOf(accepted)), words, excusing,
          concomitant, concomitantNote);
    }

    /** The outcomes that meet the clause without a trial of the full length (none: pass no outcome). */
    public Rule excusedBy(TrialOutcome... outcomes) {
      Set<TrialOutcome> set = EnumSet.noneOf(TrialOutcome.class);
      set.addAll(List.of(outcomes));
      return new Rule(kind, words, days, potencies, potencyWords, Collections.unmodifiableSet(set), concomitant,
          concomitantNote);
    }

    /**
     * Notes, beside a qualifying trial, the days it overlapped a trial of {@code other}: policies
     * that let concomitant use meet two clauses say so.
     *
     * @param note ends the finding, e.g. "concomitant use meets C and D"
     */
    public Rule notingConcomitantUse(Predicate<Drug> other, String note) {
      return new Rule(kind, words, days, potencies, potencyWords, excusing, Objects.requireNonNull(other, "other"), note);
    }

    public int days() {
      return days;
    }

    public boolean includes(Drug drug) {
      return kind.test(drug);
    }
  }

  /** A failed-trial clause with {@code rule}; the policy usually words the remedies itself. */
  public static ClauseBuilder failed(String id, String text, Rule rule) {
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> failedFinding(ctx, rule))
        .whenNotMet("No documented failure of a " + rule.words + " for at least " + rule.days + " days.",
            "Document a trial of a " + rule.words + " for at least " + rule.days
                + " consecutive days with its outcome, or the contraindication or intolerance.")
        .whenMissing("The " + rule.words + " trial is not documented.",
            "Attach prescription records for the " + rule.words + ": product, start and stop dates, and outcome.");
  }

  /** Evaluates {@code rule} over the request's non-sample trials. */
  public static Finding failedFinding(EvaluationContext ctx, Rule rule) {
    // Created on the first problem (most trials either qualify or are of another kind); each
    // problem is worded only if the trace is read.
    List<Supplier<String>> missing = null;
    List<Supplier<String>> notMet = null;
    boolean samplesOnly = false;
    boolean any = false;
    List<TherapyTrial> trials = ctx.request().therapyTrials();
    for (int i = 0; i < trials.size(); i++) {
      TherapyTrial trial = trials.get(i);
      if (!rule.kind.test(trial.drug())) {
        continue;
      }
      if (trial.sample()) {
        samplesOnly = !any;
        continue;
      }
      any = true;
      samplesOnly = false;
      String name = trial.drug().name();
      TrialOutcome outcome = trial.outcome();
      if (outcome == TrialOutcome.CONTRAINDICATED || outcome == TrialOutcome.INTOLERANT) {
        String said = outcome == TrialOutcome.CONTRAINDICATED ? "contraindicated" : "intolerant";
        if (rule.excusing.contains(outcome)) {
          return Finding.met(() -> name + ": " + said);
        }
        notMet = add(notMet, () -> name + ": " + said + " (the policy names no exception)");
        continue;
      }
      if (outcome == TrialOutcome.EFFECTIVE) {
        notMet = add(notMet, () -> name + " was effective, not a failure");
        continue;
      }
      Optional<TopicalSteroidPotency> potency = trial.drug().potency();
      OptionalLong used = trial.daysOfUseThrough(ctx.asOf());
      if (rule.potencies != null && potency.isEmpty()) {
        missing = add(missing, () -> "potency of " + name + " not documented");
      } else if (rule.potencies != null && !rule.potencies.contains(potency.get())) {
        notMet = add(notMet, () -> name + " is " + potency.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " potency (" + rule.potencyWords + " required)");
      } else if (used.isEmpty()) {
        missing = add(missing, () -> "start date of " + name + " not documented");
      } else if (used.getAsLong() < rule.days) {
        notMet = add(notMet, () -> name + " applied " + used.getAsLong() + " days (" + rule.days + " required)");
      } else if (outcome == TrialOutcome.ONGOING) {
        missing = add(missing, () -> name + " in use for " + used.getAsLong() + " days; outcome (failure) not documented");
      } else {
        return Finding.met(() -> name + ": failed after " + used.getAsLong() + " consecutive days"
            + concomitance(ctx, trial, rule));
      }
    }
    if (missing != null) {
      List<Supplier<String>> problems = missing;
      return Finding.missing(() -> joined(problems));
    }
    if (notMet != null) {
      List<Supplier<String>> problems = notMet;
      return Finding.notMet(() -> joined(problems));
    }
    if (samplesOnly) {
      return Finding.notMet("Only sample product documented")
          .because("Receipt of sample product does not satisfy any criteria requirements for coverage.",
              "Document a trial with a dispensed prescription (pharmacy claims or prescription records).");
    }
    return noTrial(ctx, rule.words);
  }

  /**
   * "No {@code words} trial": MISSING, unless a review declares the therapy history complete; then
   * NOT_MET, the history having been read and holding none.
   */
  public static Finding noTrial(EvaluationContext ctx, String words) {
    // The usual case, no review, words its finding only if the trace is read.
    if (ctx.request().historyReviews().isEmpty()) {
      return Finding.missing(() -> "No " + words + " trial documented");
    }
    return noneOf(ctx, words + " trial");
  }

  /**
   * "No {@code what} documented" (MISSING), or, when a review declares the therapy history
   * complete, "No {@code what} in the therapy history reviewed from ..." (NOT_MET).
   */
  public static Finding noneOf(EvaluationContext ctx, String what) {
    Optional<LocalDate> reviewedFrom = reviewedFrom(ctx);
    if (reviewedFrom.isPresent()) {
      return Finding.notMet(() -> "No " + what + " in the therapy history reviewed from " + reviewedFrom.get());
    }
    return Finding.missing(() -> "No " + what + " documented");
  }

  /**
   * {@link #noneOf} for a fixed {@code what}, with its MISSING finding built once: for a policy's
   * own check that returns it on every evaluation without a review.
   */
  public static None none(String what) {
    return new None(what);
  }

  /** A prepared {@link #noneOf}; immutable. */
  public static final class None {
    private final String what;
    private final Finding missing;

    private None(String what) {
      this.what = Objects.requireNonNull(what, "what");
      this.missing = Finding.missing("No " + what + " documented");
    }

    public Finding of(EvaluationContext ctx) {
      return ctx.request().historyReviews().isEmpty() ? missing : noneOf(ctx, what);
    }
  }

  /** The earliest start of a review of the therapy history that reaches the as-of date. */
  static Optional<LocalDate> reviewedFrom(EvaluationContext ctx) {
    LocalDate earliest = null;
    List<HistoryReview> reviews = ctx.request().historyReviews();
    for (int i = 0; i < reviews.size(); i++) {
      HistoryReview r = reviews.get(i);
      if (r.history() == RecordedHistory.THERAPY_TRIALS && r.covers(r.from(), ctx.asOf())
          && (earliest == null || r.from().isBefore(earliest))) {
        earliest = r.from();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * The distinct drugs (by name) of the request's non-sample trials that {@code counts}: for "trial
   * of at least two of ..." clauses.
   */
  public static List<String> distinctDrugs(EvaluationContext ctx, Predicate<TherapyTrial> counts) {
    List<String> names = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (!trial.sample() && counts.test(trial) && !names.contains(trial.drug().name())) {
        names.add(trial.drug().name());
      }
    }
    return names;
  }

  /** "A trial of at least {@code needed} different drugs of {@code kind}, each failed or not tolerated." */
  public static ClauseBuilder countOf(String id, String text, int needed, Predicate<Drug> kind, String words) {
    Predicate<TherapyTrial> counts = t -> kind.test(t.drug())
        && (t.outcome() == TrialOutcome.FAILED || t.outcome() == TrialOutcome.INTOLERANT);
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      List<String> drugs = distinctDrugs(ctx, counts);
      if (drugs.isEmpty() && distinctDrugs(ctx, t -> kind.test(t.drug())).isEmpty()) {
        return noTrial(ctx, words);
      }
      Supplier<String> detail = () -> drugs.size() + " " + words + " failed or not tolerated " + drugs + " (" + needed
          + " or more required)";
      return drugs.size() >= needed ? Finding.met(detail) : Finding.notMet(detail);
    })
        .whenNotMet("Fewer than " + needed + " failed or not-tolerated " + words + " trials are documented.",
            "Document each " + words + " tried, with dates and the reason it was stopped.")
        .whenMissing("The " + words + " history is not documented.",
            "Attach prescription records for each " + words + " tried: product, dates and outcome.");
  }

  /**
   * "Tried X" without a duration: a trial that failed, was not tolerated or is contraindicated meets
   * it; an effective one does not; an ongoing one has no outcome yet (MISSING).
   */
  public static Finding triedWithoutSuccess(EvaluationContext ctx, Predicate<Drug> drugs, String words) {
    List<String> effective = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (TherapyTrial t : trialsOf(ctx, drugs)) {
      String name = t.drug().name();
      switch (t.outcome()) {
        case CONTRAINDICATED:
          return Finding.met(() -> name + ": contraindicated");
        case INTOLERANT:
          return Finding.met(() -> name + ": not tolerated");
        case FAILED:
          return Finding.met(() -> name + ": inadequate response" + t.start().map(s -> " (from " + s + ")").orElse(""));
        case EFFECTIVE:
          effective.add(name + " was effective");
          break;
        default:
          undecided.add(name + " in use; outcome not documented");
      }
    }
    if (!undecided.isEmpty()) {
      return Finding.missing(() -> String.join("; ", undecided));
    }
    if (!effective.isEmpty()) {
      return Finding.notMet(() -> String.join("; ", effective));
    }
    return noneOf(ctx, words);
  }

  /** The trials whose drug {@code drugs} accepts, in request order (unmodifiable). */
  public static List<TherapyTrial> trialsOf(EvaluationContext ctx, Predicate<Drug> drugs) {
    // Several clauses ask for the trials of one drug list (a constant predicate): matched once per evaluation.
    return ctx.remember(drugs, Trials::deriveTrialsOf);
  }

  private static List<TherapyTrial> deriveTrialsOf(EvaluationContext ctx, Predicate<Drug> drugs) {
    List<TherapyTrial> found = new ArrayList<>();
    for (TherapyTrial t : ctx.request().therapyTrials()) {
      if (drugs.test(t.drug())) {
        found.add(t);
      }
    }
    return Collections.unmodifiableList(found);
  }


  /**
   * Whether a drug continues on the as-of date: listed as a concurrent medication, or a trial in use
   * (no end date, or one after the as-of date); a contraindication (and, where {@code intolerance},
   * an intolerance) excuses it.
   */
  public static Finding continuing(EvaluationContext ctx, Predicate<Drug> drugs, String words, boolean intoleranceExcuses) {
    for (Drug d : ctx.request().concurrentMedications()) {
      if (drugs.test(d)) {
        return Finding.met(() -> d.name() + " is a current medication");
      }
    }
    List<TherapyTrial> trials = trialsOf(ctx, drugs);
    List<String> stopped = new ArrayList<>();
    for (TherapyTrial t : trials) {
      if (t.outcome() == TrialOutcome.CONTRAINDICATED) {
        return Finding.met(() -> t.drug().name() + ": contraindicated");
      }
      if (intoleranceExcuses && t.outcome() == TrialOutcome.INTOLERANT) {
        return Finding.met(() -> t.drug().name() + ": not tolerated");
      }
      if (t.isOngoingOn(ctx.asOf())) {
        return Finding.met(() -> t.drug().name() + " in use" + t.start().map(s -> " since " + s).orElse(""));
      }
      stopped.add(t.drug().name() + " stopped" + t.end().map(e -> " on " + e).orElse(""));
    }
    if (stopped.isEmpty()) {
      return noneOf(ctx, words);
    }
    return Finding.notMet(() -> String.join("; ", stopped));
  }

  private static String concomitance(EvaluationContext ctx, TherapyTrial qualifying, Rule rule) {
    if (rule.concomitant == null) {
      return "";
    }
    List<TherapyTrial> trials = ctx.request().therapyTrials();
    for (int i = 0; i < trials.size(); i++) {
      TherapyTrial trial = trials.get(i);
      if (!trial.sample() && rule.concomitant.test(trial.drug())) {
        OptionalLong overlap = qualifying.daysOverlappingWith(trial, ctx.asOf());
        if (overlap.isPresent() && overlap.getAsLong() > 0) {
          return " (used concomitantly with " + trial.drug().name() + " for " + overlap.getAsLong() + " days; "
              + rule.concomitantNote + ")";
        }
      }
    }
    return "";
  }

  private static List<Supplier<String>> add(List<Supplier<String>> list, Supplier<String> item) {
    List<Supplier<String>> to = list == null ? new ArrayList<>(2) : list;
    to.add(item);
    return to;
  }

  private static String joined(List<Supplier<String>> problems) {
    StringBuilder text = new StringBuilder();
    for (Supplier<String> problem : problems) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(problem.get());
    }
    return text.toString();
  }
}
