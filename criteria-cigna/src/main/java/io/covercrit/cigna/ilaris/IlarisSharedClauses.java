package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisPeriodicFeverClauses.flares;
import static io.covercrit.cigna.internal.CignaDocuments.PRESCRIBER_SPECIALTY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IP0235: the clauses several pathways share: age, prescriber, "tried X" outcomes, drugs continuing
 * on the as-of date and counting flares in a window.
 */
final class IlarisSharedClauses {
  static final Period YEAR = Period.ofMonths(12);

  static final Set<Specialty> RHEUMATOLOGIST = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY));

  private IlarisSharedClauses() {}

  static Criterion ageAtLeast(String id, int minimum) {
    return Ages.atLeastYears(id, minimum)
        .whenNotMet("The patient is younger than " + minimum + " years.",
            "Coverage for this indication starts at age " + minimum + "; re-request once the patient turns " + minimum + ".")
        .build();
  }

  static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Criterion.check(id, "Prescribed by, or in consultation with, " + whom)
        .documents(PRESCRIBER_SPECIALTY)
        .whenNotMet("The prescriber is not, and did not consult, " + whom + ".",
            "Have " + whom + " prescribe, or document the consultation with one.")
        .whenMissing("The prescriber's specialty is not documented.",
            "Document the prescriber's specialty or attach the specialist consultation note.")
        .by(ctx -> Prescribers.prescriberFinding(ctx, accepted));
  }

  /**
   * "Tried X" in the sense of the sources: a trial that failed, was not tolerated or is
   * contraindicated meets it; an effective one does not; an ongoing one has no outcome yet.
   */
  static Finding triedWithoutSuccess(EvaluationContext ctx, Predicate<Drug> drugs, String words) {
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
    return Finding.missing(() -> "No " + words + " documented");
  }

  static List<TherapyTrial> trialsOf(EvaluationContext ctx, Predicate<Drug> drugs) {
    List<TherapyTrial> found = new ArrayList<>();
    for (TherapyTrial t : ctx.request().therapyTrials()) {
      if (drugs.test(t.drug())) {
        found.add(t);
      }
    }
    return found;
  }

  /**
   * Whether a drug continues on the as-of date: listed as a concurrent medication, or a trial in use
   * (no end date, or one after the as-of date); a contraindication (and, where {@code intolerance},
   * an intolerance) excuses it.
   */
  static Finding continuing(EvaluationContext ctx, Predicate<Drug> drugs, String words, boolean intoleranceExcuses) {
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
      return Finding.missing(() -> "No " + words + " documented");
    }
    return Finding.notMet(() -> String.join("; ", stopped));
  }

  static int countFlares(List<Flare> flares, LocalDate from, LocalDate to, Predicate<LocalDate> counts) {
    int n = 0;
    for (Flare f : flares) {
      if (!f.date().isBefore(from) && !f.date().isAfter(to) && counts.test(f.date())) {
        n++;
      }
    }
    return n;
  }
}
