package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisDrugs.isIlaris;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_ADMINISTRATION;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_RESPONSE;

import io.covercrit.core.clauses.Responses;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * IP0235: the baseline ("before starting" is judged against the first documented Ilaris dose), the
 * Ilaris history (trials given, the last dose) and the reauthorization of pathways 1 to 5 (the Cigna
 * Arcalyst template: established on Ilaris AND a beneficial response), with the renewal period and
 * the labelled dosing intervals.
 */
final class IlarisHistoryClauses {
  static final Period RENEWAL = Period.ofMonths(12);
  /** The reauthorization template's "established on therapy" period, capped by the initial approval. */
  static final int ESTABLISHED_MONTHS = 6;
  /**
   * Labelled dosing intervals: CAPS every 8 weeks ({@link IlarisCaps#CAPS_DOSING_INTERVAL}); FMF,
   * TRAPS, HIDS/MKD and Still's disease every 4 weeks.
   */
  static final Period DOSING_INTERVAL = Period.ofWeeks(4);

  /**
   * Improvements that count as "an objective measure or at least one symptom" for an IL-1
   * inhibitor: SYMPTOMS is the template's "improvement in at least one symptom", URTICARIA the
   * urticarial rash of CAPS.
   */
  private static final Set<ResponseMarker> RESPONSE_MARKERS = Collections.unmodifiableSet(EnumSet.of(
      ResponseMarker.INFLAMMATORY_MARKERS, ResponseMarker.FLARE_FREQUENCY, ResponseMarker.SYMPTOMS,
      ResponseMarker.URTICARIA, ResponseMarker.ERYTHEMA, ResponseMarker.PRURITUS, ResponseMarker.OTHER));

  private IlarisHistoryClauses() {}

  // ---------------------------------------------------------------- Baseline and Ilaris history

  /** The date "before starting" evidence is judged against, or the finding that it is unknown. */
  static final class Baseline {
    final LocalDate date;
    /** What the date is, in words; formatted on read. */
    final Supplier<String> words;
    final Finding finding;

    Baseline(LocalDate date, Supplier<String> words, Finding finding) {
      this.date = date;
      this.words = words;
      this.finding = finding;
    }
  }

  static Baseline baseline(EvaluationContext ctx) {
    LocalDate first = null;
    for (TherapyTrial t : ilarisTrials(ctx)) {
      if (t.start().isEmpty()) {
        return new Baseline(null, null, Finding.missing("Date of the first Ilaris dose not documented")
            .because("The evidence before starting Ilaris is judged against the first dose, whose date is not documented.",
                "Document the date of the first Ilaris injection."));
      }
      LocalDate start = t.start().get();
      if (!start.isAfter(ctx.asOf()) && (first == null || start.isBefore(first))) {
        first = start;
      }
    }
    if (first != null) {
      LocalDate firstDose = first;
      return new Baseline(firstDose, () -> "the first Ilaris dose on " + firstDose, null);
    }
    if (ctx.request().requestType() == RequestType.REAUTHORIZATION) {
      return new Baseline(null, null, Finding.missing("Reauthorization, but no Ilaris dose documented")
          .because("The evidence before starting Ilaris is judged against the first dose, and no Ilaris treatment is"
                  + " documented.",
              "Add the Ilaris treatment (first injection date) to the therapy history."));
    }
    return new Baseline(ctx.asOf(), () -> "the request (" + ctx.asOf() + ")", null);
  }

  /** Ilaris given (not merely contraindicated), samples included: a first dose is a first dose. */
  static List<TherapyTrial> ilarisTrials(EvaluationContext ctx) {
    List<TherapyTrial> given = new ArrayList<>();
    for (TherapyTrial t : ctx.request().therapyTrials()) {
      if (isIlaris(t.drug()) && t.outcome() != TrialOutcome.CONTRAINDICATED) {
        given.add(t);
      }
    }
    return given;
  }

  /** The Ilaris trial with the latest last dose (end, else start). */
  static Optional<TherapyTrial> latestIlaris(EvaluationContext ctx) {
    TherapyTrial latest = null;
    for (TherapyTrial t : ilarisTrials(ctx)) {
      if (latest == null || lastKnownDay(t).compareTo(lastKnownDay(latest)) > 0) {
        latest = t;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static LocalDate lastKnownDay(TherapyTrial t) {
    return t.end().orElse(t.start().orElse(LocalDate.MIN));
  }

  /** The day of the last Ilaris injection, or the finding that it is unknown. */
  static final class LastDose {
    final LocalDate date;
    final Finding finding;

    LastDose(LocalDate date, Finding finding) {
      this.date = date;
      this.finding = finding;
    }
  }

  static LastDose lastIlarisDose(EvaluationContext ctx) {
    List<TherapyTrial> given = ilarisTrials(ctx);
    if (given.isEmpty()) {
      return new LastDose(null, Finding.notMet("No previous Ilaris treatment documented"));
    }
    LocalDate last = null;
    for (TherapyTrial t : given) {
      if (t.end().isEmpty()) {
        return new LastDose(null, Finding.missing(() -> "Date of the last Ilaris dose not documented ("
            + t.drug().name() + " has no end date)"));
      }
      if (last == null || t.end().get().isAfter(last)) {
        last = t.end().get();
      }
    }
    if (last.isAfter(ctx.asOf())) {
      LocalDate lastDose = last;
      return new LastDose(null, Finding.notMet(() -> "Last Ilaris dose dated " + lastDose + ", after " + ctx.asOf()));
    }
    return new LastDose(last, null);
  }

  // ---------------------------------------------------------------- Reauthorization

  /**
   * Reauthorization N: established on Ilaris (N.A) AND a beneficial response (N.B). With the
   * diagnosis, this is all a reauthorization is judged on (the Arcalyst template): the baseline
   * CRP and flare history of the initial criteria are not asked for again.
   */
  static Criterion reauthorization(String id, Period initialApproval, Period dosingInterval) {
    int months = (int) Math.min(ESTABLISHED_MONTHS, initialApproval.toTotalMonths());
    return Criterion.allOf(id, "Patient currently receiving Ilaris: established on therapy AND a beneficial response",
        List.of(established(id + ".A", months, dosingInterval), beneficialResponse(id + ".B")));
  }

  /**
   * On the current course of Ilaris for {@code months}: trials that overlap or follow each other
   * within one labelled dosing interval (a trial's end is its last injection) form one course; a
   * restart after a longer pause counts from the restart.
   */
  private static Criterion established(String id, int months, Period dosingInterval) {
    return Criterion.check(id, "Has been established on Ilaris for at least " + months + " months")
        .documents(ILARIS_ADMINISTRATION)
        .whenNotMet("The patient has not been on Ilaris for " + months + " months.",
            "A patient on Ilaris for less than " + months + " months, or restarting it, is reviewed under the initial"
                + " criteria: submit an initial request.")
        .whenMissing("The Ilaris treatment (first dose date) is not documented.",
            "Attach the Ilaris administration record with the date of the first injection.")
        .by(ctx -> {
          List<TherapyTrial> given = ilarisTrials(ctx);
          if (given.isEmpty()) {
            return Finding.missing("No Ilaris treatment documented");
          }
          boolean current = false;
          for (TherapyTrial t : given) {
            if (t.start().isEmpty()) {
              return Finding.missing(() -> "Start of " + t.drug().name() + " not documented");
            }
            current |= t.isOngoingOn(ctx.asOf());
          }
          for (Drug d : ctx.request().concurrentMedications()) {
            current |= isIlaris(d);
          }
          if (!current) {
            return Finding.notMet("Ilaris was stopped; not currently receiving it");
          }
          Optional<Course> course = Course.current(given, ctx.asOf(), dosingInterval);
          if (course.isEmpty()) {
            return Finding.notMet(() -> "Ilaris documented only from a date after " + ctx.asOf());
          }
          LocalDate first = course.get().first;
          if (course.get().last.plus(dosingInterval).isBefore(ctx.asOf())) {
            // Listed as a current medication, but the documented course ended more than a dosing interval ago.
            return Finding.missing(() -> "Ilaris is a current medication, but the documented course ended on "
                + course.get().last + "; the restart date is not documented");
          }
          Supplier<String> detail = () -> "On the current course of Ilaris since " + first + (course.get().restarted
              ? " (restarted after a pause longer than the dosing interval; earlier courses do not count)" : "")
              + " (" + months + " months required, reached on " + first.plusMonths(months) + ")";
          return first.plusMonths(months).isAfter(ctx.asOf()) ? Finding.notMet(detail) : Finding.met(detail);
        });
  }

  /** The latest run of Ilaris trials joined across pauses no longer than one dosing interval. */
  private static final class Course {
    final LocalDate first;
    final LocalDate last;
    final boolean restarted;

    private Course(LocalDate first, LocalDate last, boolean restarted) {
      this.first = first;
      this.last = last;
      this.restarted = restarted;
    }

    /** Empty when no dated trial starts on or before {@code asOf}. */
    static Optional<Course> current(List<TherapyTrial> trials, LocalDate asOf, Period dosingInterval) {
      List<TherapyTrial> sorted = new ArrayList<>();
      for (TherapyTrial t : trials) {
        if (t.start().isPresent() && !t.start().get().isAfter(asOf)) {
          sorted.add(t);
        }
      }
      sorted.sort(Comparator.comparing((TherapyTrial t) -> t.start().get()));
      Course course = null;
      for (TherapyTrial t : sorted) {
        LocalDate end = t.end().orElse(asOf);
        LocalDate last = end.isAfter(asOf) ? asOf : end;
        if (course == null) {
          course = new Course(t.start().get(), last, false);
        } else if (t.start().get().isAfter(course.last.plus(dosingInterval))) {
          course = new Course(t.start().get(), last, true);
        } else if (last.isAfter(course.last)) {
          course = new Course(course.first, last, course.restarted);
        }
      }
      return Optional.ofNullable(course);
    }
  }

  private static Criterion beneficialResponse(String id) {
    return Criterion.check(id, "Beneficial response from baseline on at least one objective measure (e.g. CRP, serum amyloid"
            + " A, flare frequency) OR improvement in at least one symptom (e.g. fever, rash, joint pain)")
        .documents(ILARIS_RESPONSE)
        .whenNotMet("No improvement on Ilaris is documented.",
            "Document the improvement since starting Ilaris (fewer flares, lower CRP or serum amyloid A, less fever, rash or"
                + " joint pain), with dates.")
        .whenMissing("The response to Ilaris is not documented.",
            "Attach dated notes comparing disease activity now with baseline.")
        .by(IlarisHistoryClauses::responseFinding);
  }

  static Finding responseFinding(EvaluationContext ctx) {
    return Responses.documentedResponse(ctx, RESPONSE_MARKERS, "are not measures of these conditions");
  }
}
