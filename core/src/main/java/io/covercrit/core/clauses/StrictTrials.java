package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Trial clauses with no exception: where a policy names no contraindication or intolerance
 * exception, neither meets the clause (see {@link Trials} for the step-therapy clause that
 * accepts them). Samples are counted like any other trial. A trial without a start date is
 * MISSING; when nothing of the kind is documented the clause is MISSING, or NOT_MET when a therapy
 * history review declares the history complete ({@link Trials#none}).
 *
 * <p>{@code source} names the document the criteria come from in the findings, as in "(the
 * {@code source} names no exception)": "policy", or "digest" for a policy read from a digest.
 */
public final class StrictTrials {
  private StrictTrials() {}

  /**
   * "At least {@code days} days of a {@code words}": any documented use (whatever its outcome) of
   * at least {@code days} days through the as-of date; a contraindication does not count.
   */
  public static ClauseBuilder daysOfUse(String id, String text, Predicate<Drug> kind, String words, int days,
      String source) {
    Trials.None none = Trials.none(words);
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY,
        ctx -> daysOfUseFinding(ctx, kind, days, source, none))
        .whenNotMet("Use of " + words + " for at least " + days + " days is not documented.",
            "Document at least " + days + " days of " + words + " use (product, start and stop dates).")
        .whenMissing("The " + words + " history is not documented.",
            "Attach prescription records for the " + words + " with start and stop dates.");
  }

  private static Finding daysOfUseFinding(EvaluationContext ctx, Predicate<Drug> kind, int days, String source,
      Trials.None none) {
    List<String> notMet = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (!kind.test(trial.drug())) {
        continue;
      }
      String name = trial.drug().name();
      if (trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        notMet.add(name + " contraindicated (the " + source + " names no exception)");
        continue;
      }
      Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf());
      if (trial.start().isEmpty()) {
        missing.add("start date of " + name + " not documented");
      } else if (span.isPresent() && span.get().days() >= days) {
        return Finding.met(() -> name + " for " + span.get().days() + " days from " + span.get().first());
      } else {
        notMet.add(name + " for " + span.map(DaySpan::days).orElse(0L) + " days (" + days + " required)");
      }
    }
    if (!missing.isEmpty()) {
      return Finding.missing(() -> String.join("; ", missing));
    }
    return notMet.isEmpty() ? none.of(ctx) : Finding.notMet(() -> String.join("; ", notMet));
  }

  /**
   * "Despite daily {@code words} therapy": a drug of the kind on the concurrent medication list, or
   * a trial of it that failed or is still in use (the disease persisting on it). An effective,
   * intolerant or contraindicated trial does not count.
   *
   * @param persisted what a failed trial shows, e.g. "hives persisted"
   * @param required what the clause needs, e.g. "hives persisting on the antihistamine"
   */
  public static ClauseBuilder despite(String id, String text, Predicate<Drug> kind, String words, String persisted,
      String required) {
    Trials.None none = Trials.none(words);
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      for (Drug drug : ctx.request().concurrentMedications()) {
        if (kind.test(drug)) {
          return Finding.met(() -> drug.name() + " taken daily (concurrent medication)");
        }
      }
      List<String> notMet = new ArrayList<>();
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (!kind.test(trial.drug())) {
          continue;
        }
        String outcome = trial.outcome().name().toLowerCase(Locale.ROOT);
        if (trial.outcome() == TrialOutcome.FAILED || trial.outcome() == TrialOutcome.ONGOING) {
          return Finding.met(() -> trial.drug().name() + ": " + outcome + ", " + persisted);
        }
        notMet.add(trial.drug().name() + ": " + outcome);
      }
      return notMet.isEmpty() ? none.of(ctx)
          : Finding.notMet(() -> String.join("; ", notMet) + " (" + required + " required)");
    })
        .whenNotMet("Persisting disease despite daily " + words + " therapy is not documented.",
            "Document daily use of the " + words + " and that the disease persisted.")
        .whenMissing("The " + words + " therapy is not documented.",
            "Attach records of the daily " + words + " (product, dose, dates).");
  }

  /**
   * "At least one course of a {@code words} lasting {@code days} days or more within the previous
   * {@code windowWords}": the days of a trial (through the as-of date) on or after the as-of date
   * minus {@code window}; a contraindication does not count.
   *
   * @param windowWords the window in words, e.g. "2 years"
   */
  public static ClauseBuilder courseWithin(String id, String text, Predicate<Drug> kind, String words, int days,
      Period window, String windowWords) {
    Trials.None none = Trials.none(words + " course");
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      LocalDate windowStart = ctx.asOf().minus(window);
      List<String> notMet = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (!kind.test(trial.drug()) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
          continue;
        }
        String name = trial.drug().name();
        Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf()).flatMap(s -> s.clippedFrom(windowStart));
        if (trial.start().isEmpty()) {
          missing.add("start date of " + name + " not documented");
        } else if (span.isEmpty()) {
          notMet.add(name + " not within the " + windowWords + " since " + windowStart);
        } else if (span.get().days() >= days) {
          return Finding.met(() -> name + " for " + span.get().days() + " days from " + span.get().first());
        } else {
          notMet.add(name + " for " + span.get().days() + " days within the " + windowWords);
        }
      }
      if (!missing.isEmpty()) {
        return Finding.missing(() -> String.join("; ", missing));
      }
      return notMet.isEmpty() ? none.of(ctx)
          : Finding.notMet(() -> String.join("; ", notMet) + " (" + days + " days or more since " + windowStart
              + " required)");
    })
        .whenNotMet("No " + words + " course of " + days + " days or more in the previous " + windowWords
                + " is documented.", "Document the " + words + " course with its dates.")
        .whenMissing("The " + words + " history is not documented.",
            "Attach records of " + words + " courses in the previous " + windowWords + " with start and stop dates.");
  }

  /**
   * "A contraindication to {@code words}": MET when a trial of the kind is documented as
   * contraindicated, NOT_MET otherwise (the contraindication is the clinic's to document).
   */
  public static ClauseBuilder contraindicated(String id, String text, Predicate<Drug> kind, String words) {
    Finding none = Finding.notMet("No contraindication to " + words + " documented");
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (kind.test(trial.drug()) && trial.outcome() == TrialOutcome.CONTRAINDICATED) {
          return Finding.met(() -> trial.drug().name() + ": contraindicated");
        }
      }
      return none;
    })
        .whenNotMet("No contraindication to " + words + " is documented.",
            "Document the contraindication to " + words + ".")
        .whenMissing("The contraindication is not documented.", "Document the contraindication to " + words + ".");
  }

  /**
   * "Tried at least one prescription {@code words} of {@code potencyWords}, applied daily for at
   * least {@code days} consecutive days, with inadequate efficacy": a trial of one of the
   * {@code potencies} (an undocumented potency is MISSING), neither contraindicated, intolerant nor
   * effective, of at least {@code days} days and finished (one still in use has no documented
   * efficacy yet: MISSING).
   *
   * @param words the drug kind, e.g. "topical corticosteroid"
   * @param potencyWords the potencies in words, e.g. "high or super-high potency"
   */
  public static ClauseBuilder inadequateEfficacy(String id, Predicate<Drug> kind, String words,
      Set<TopicalSteroidPotency> potencies, String potencyWords, int days, String source) {
    Set<TopicalSteroidPotency> accepted = Collections.unmodifiableSet(EnumSet.copyOf(potencies));
    Trials.None none = Trials.none(words + " trial");
    return new ClauseBuilder(id, "Tried at least one prescription " + words + " of " + potencyWords + ", applied daily"
        + " for at least " + days + " consecutive days, with inadequate efficacy", StandardDocuments.MEDICATION_HISTORY,
        ctx -> inadequateEfficacyFinding(ctx, kind, accepted, potencyWords, days, source, none))
        .whenNotMet("An inadequate response to a " + potencyWords + " " + words + " applied daily for " + days
                + " consecutive days is not documented.",
            "Document a trial of a " + potencyWords + " prescription " + words + " applied daily for at least "
                + days + " consecutive days, and its inadequate efficacy.")
        .whenMissing("The " + words + " trial is not documented.",
            "Attach prescription records for the " + words + ": product, potency, start and stop dates, and outcome.");
  }

  private static Finding inadequateEfficacyFinding(EvaluationContext ctx, Predicate<Drug> kind,
      Set<TopicalSteroidPotency> potencies, String potencyWords, int days, String source, Trials.None none) {
    List<String> missing = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      Drug drug = trial.drug();
      if (!kind.test(drug)) {
        continue;
      }
      String name = drug.name();
      Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf());
      TrialOutcome outcome = trial.outcome();
      if (drug.potency().isEmpty()) {
        missing.add("potency of " + name + " not documented");
      } else if (!potencies.contains(drug.potency().get())) {
        notMet.add(name + " is " + drug.potency().get().name().toLowerCase(Locale.ROOT).replace('_', '-') + " potency ("
            + potencyWords + " required)");
      } else if (outcome == TrialOutcome.CONTRAINDICATED || outcome == TrialOutcome.INTOLERANT) {
        notMet.add(name + ": " + outcome.name().toLowerCase(Locale.ROOT) + " (the " + source + " requires a trial with"
            + " inadequate efficacy and names no exception)");
      } else if (outcome == TrialOutcome.EFFECTIVE) {
        notMet.add(name + " was effective");
      } else if (trial.start().isEmpty()) {
        missing.add("start date of " + name + " not documented");
      } else if (span.isEmpty() || span.get().days() < days) {
        notMet.add(name + " applied " + span.map(DaySpan::days).orElse(0L) + " days (" + days + " required)");
      } else if (outcome == TrialOutcome.ONGOING) {
        missing.add(name + " in use for " + span.get().days() + " days; its efficacy not documented");
      } else {
        return Finding.met(() -> name + ": inadequate efficacy after " + span.get().days() + " consecutive days");
      }
    }
    if (!missing.isEmpty()) {
      return Finding.missing(() -> String.join("; ", missing));
    }
    return notMet.isEmpty() ? none.of(ctx) : Finding.notMet(() -> String.join("; ", notMet));
  }
}
