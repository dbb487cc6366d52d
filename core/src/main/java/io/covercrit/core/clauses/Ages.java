package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Age limits, in whole years or whole months on the as-of date. An undocumented birth date, or one
 * after the as-of date, is MISSING (with a remedy to correct it), never a failure.
 */
public final class Ages {
  private Ages() {}

  /** "Age {@code years} years or older". */
  public static ClauseBuilder atLeastYears(String id, int years) {
    String words = years(years);
    String required = words + " or older";
    return clause(id, "Age " + words + " or older", "The patient is younger than " + words + ".",
        "Coverage for this indication starts at age " + years + "; re-request once the patient is " + words + " old.",
        ctx -> yearsFinding(ctx, years, true, required));
  }

  /** "Age {@code months} months or older". */
  public static ClauseBuilder atLeastMonths(String id, int months) {
    return clause(id, "Age " + months + " months or older", "The patient is younger than " + months + " months.",
        "Coverage for this indication starts at " + months + " months of age; re-request then.",
        ctx -> monthsFinding(ctx, months, true));
  }

  /** "Younger than {@code years} years". */
  public static ClauseBuilder belowYears(String id, int years) {
    String words = years(years);
    String required = "younger than " + words;
    return clause(id, "Younger than " + words, "The patient is " + words + " or older.",
        "This indication covers patients younger than " + words + "; request under the indication for older patients.",
        ctx -> yearsFinding(ctx, years, false, required));
  }

  /** "Younger than {@code months} months". */
  public static ClauseBuilder belowMonths(String id, int months) {
    return clause(id, "Younger than " + months + " months", "The patient is " + months + " months or older.",
        "This indication covers patients younger than " + months + " months.",
        ctx -> monthsFinding(ctx, months, false));
  }

  /**
   * MET at {@code years} years or older (or, with {@code atLeast} false, below); MISSING without a
   * usable birth date. {@code required} words the limit in the finding, e.g. "12 years or older".
   */
  public static Finding yearsFinding(EvaluationContext ctx, int years, boolean atLeast, String required) {
    OptionalInt ageOn = ctx.request().patient().ageOn(ctx.asOf());
    if (ageOn.isEmpty()) {
      return birthDateProblem(ctx).get();
    }
    int age = ageOn.getAsInt();
    Supplier<String> detail = () -> "Age " + age + " on " + ctx.asOf() + " (" + required + " required)";
    return (age >= years) == atLeast ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** As {@link #yearsFinding}, in whole months. */
  public static Finding monthsFinding(EvaluationContext ctx, int months, boolean atLeast) {
    Optional<Finding> undocumented = birthDateProblem(ctx);
    if (undocumented.isPresent()) {
      return undocumented.get();
    }
    long age = ageInMonths(ctx).getAsInt();
    Supplier<String> detail = () -> "Age " + age + " months on " + ctx.asOf() + " ("
        + (atLeast ? months + " months or older" : "younger than " + months + " months") + " required)";
    return (age >= months) == atLeast ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** Whole months from the birth date to the as-of date; empty without a usable birth date. */
  public static OptionalInt ageInMonths(EvaluationContext ctx) {
    if (birthDateProblem(ctx).isPresent()) {
      return OptionalInt.empty();
    }
    LocalDate born = ctx.request().patient().birthDate().get();
    return OptionalInt.of((int) Period.between(born, ctx.asOf()).toTotalMonths());
  }

  /** MISSING when the birth date is not documented or is after the as-of date; empty otherwise. */
  public static Optional<Finding> birthDateProblem(EvaluationContext ctx) {
    Optional<LocalDate> born = ctx.request().patient().birthDate();
    if (born.isEmpty()) {
      return NO_BIRTH_DATE;
    }
    return born.get().isAfter(ctx.asOf()) ? BIRTH_DATE_AFTER_AS_OF : Optional.empty();
  }

  // Findings without request facts: shared by every evaluation.
  private static final Optional<Finding> NO_BIRTH_DATE = Optional.of(Finding.missing("Birth date not documented"));
  private static final Optional<Finding> BIRTH_DATE_AFTER_AS_OF = Optional.of(
      Finding.missing("Birth date is after the as-of date")
          .because("The documented birth date is after the evaluation date.", "Verify and correct the birth date."));

  private static String years(int years) {
    return years == 1 ? "1 year" : years + " years";
  }

  private static ClauseBuilder clause(String id, String text, String notMetReason, String notMetFix,
      io.covercrit.core.eval.Check check) {
    return new ClauseBuilder(id, text, StandardDocuments.BIRTH_DATE_VERIFICATION, check)
        .whenNotMet(notMetReason, notMetFix)
        .whenMissing("The patient's age is not documented.", "Attach birth date verification.");
  }
}
