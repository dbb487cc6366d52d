package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "Approve for a total duration of N": a course counted in calendar time from the first documented
 * start of the drug (a trial of it that is not merely contraindicated), interruptions included. A
 * pathway caps its approvals at {@link #end} ({@code Pathway.Builder#approvalCap}).
 */
public final class CourseLimit {
  private CourseLimit() {}

  /**
   * MET while the course has not run its length on the as-of date, NOT_MET from its last day on;
   * with no use of the drug documented an initial request starts the course (MET) and a
   * reauthorization is MISSING; a use without a start date is MISSING.
   *
   * @param drug the drug in words, lower case, e.g. "alectinib"
   */
  public static ClauseBuilder within(String id, String text, Predicate<Drug> isDrug, String drug, Period course) {
    String length = words(course);
    String capitalized = drug.substring(0, 1).toUpperCase(Locale.ROOT) + drug.substring(1);
    return new ClauseBuilder(id, text, StandardDocuments.REQUESTED_DRUG_HISTORY, ctx -> {
      List<TherapyTrial> use = use(ctx, isDrug);
      if (use.isEmpty()) {
        if (ctx.request().requestType() == RequestType.REAUTHORIZATION) {
          return Finding.missing("Continuation requested; start of " + drug + " not documented");
        }
        return Finding.met("No earlier " + drug + " documented: the " + length + " course starts with this approval");
      }
      Optional<LocalDate> start = firstStart(use);
      if (start.isEmpty()) {
        return Finding.missing(capitalized + " use documented without its start date");
      }
      LocalDate courseEnd = start.get().plus(course);
      if (!ctx.asOf().isBefore(courseEnd)) {
        return Finding.notMet(() -> capitalized + " started " + start.get() + "; the " + length + " course ended "
            + courseEnd);
      }
      return Finding.met(() -> capitalized + " started " + start.get() + "; the " + length + " course ends " + courseEnd
          + " (" + ChronoUnit.DAYS.between(ctx.asOf(), courseEnd) + " days left)");
    })
        .whenNotMet("The " + length + " course of " + drug + " is complete.",
            "The course is approved for its total duration only; request any further treatment under another pathway.")
        .whenMissing("The date " + drug + " was started is not documented.",
            "Document the date of the first dose of " + drug + " (prescription or dispensing records).");
  }

  /** The first documented start plus the course; empty when no use is documented or a use has no start date. */
  public static Optional<LocalDate> end(EvaluationContext ctx, Predicate<Drug> isDrug, Period course) {
    return firstStart(use(ctx, isDrug)).map(start -> start.plus(course));
  }

  private static List<TherapyTrial> use(EvaluationContext ctx, Predicate<Drug> isDrug) {
    List<TherapyTrial> use = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (trial.outcome() != TrialOutcome.CONTRAINDICATED && isDrug.test(trial.drug())) {
        use.add(trial);
      }
    }
    return use;
  }

  private static Optional<LocalDate> firstStart(List<TherapyTrial> use) {
    LocalDate first = null;
    for (TherapyTrial trial : use) {
      if (trial.start().isEmpty()) {
        return Optional.empty();
      }
      if (first == null || trial.start().get().isBefore(first)) {
        first = trial.start().get();
      }
    }
    return Optional.ofNullable(first);
  }

  /** "2-year", "6-month", "90-day"; a mixed period as ISO-8601 ("P1Y6M"). */
  static String words(Period course) {
    if (course.getMonths() == 0 && course.getDays() == 0) {
      return course.getYears() + "-year";
    }
    if (course.getYears() == 0 && course.getDays() == 0) {
      return course.getMonths() + "-month";
    }
    return course.getYears() == 0 && course.getMonths() == 0 ? course.getDays() + "-day" : course.toString();
  }
}
