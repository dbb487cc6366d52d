package io.covercrit.cigna.internal;

import static io.covercrit.cigna.internal.CignaDocuments.BIRTH_DATE_VERIFICATION;

import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Specialty;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Age and prescriber checks shared by the Cigna policies. The guides word them alike, and one copy
 * keeps an undocumented or impossible birth date, and an undocumented specialty, reported the same
 * way in every policy.
 */
public final class EligibilityClauses {
  private EligibilityClauses() {}

  /**
   * "Age {@code minimum} years or older" in whole years on the as-of date.
   *
   * @param notMetRemedy what to do for a younger patient; the policies differ here
   */
  public static Criterion ageAtLeast(String id, int minimum, String notMetRemedy) {
    return Criterion.check(id, "Age " + minimum + " years or older")
        .documents(BIRTH_DATE_VERIFICATION)
        .whenNotMet("The patient is younger than " + minimum + " years.", notMetRemedy)
        .whenMissing("The patient's age is not documented.", "Attach birth date verification.")
        .by(ctx -> ageFinding(ctx, minimum));
  }

  /** MET at {@code minimum} years or older; MISSING without a birth date or with one after the as-of date. */
  public static Finding ageFinding(EvaluationContext ctx, int minimum) {
    OptionalInt age = ctx.request().patient().ageOn(ctx.asOf());
    if (age.isEmpty()) {
      return ctx.request().patient().birthDate().isPresent()
          ? Finding.missing("Birth date is after the as-of date").because(
              "The documented birth date is after the evaluation date.", "Verify and correct the birth date.")
          : Finding.missing("Birth date not documented");
    }
    Supplier<String> detail = () -> "Age " + age.getAsInt() + " on " + ctx.asOf() + " (" + minimum + " or older required)";
    return age.getAsInt() >= minimum ? Finding.met(detail) : Finding.notMet(detail);
  }

  /**
   * MET when the prescriber has, or consulted, one of the {@code accepted} specialties; MISSING when
   * neither is documented.
   */
  public static Finding prescriberFinding(EvaluationContext ctx, Set<Specialty> accepted) {
    Optional<Prescriber> prescriber = ctx.request().prescriber();
    if (prescriber.isEmpty() || prescriber.get().specialties().isEmpty() && prescriber.get().consultedSpecialties().isEmpty()) {
      return Finding.missing("Prescriber specialty not documented");
    }
    Prescriber p = prescriber.get();
    Supplier<String> detail = () -> "Prescriber " + p.specialties() + ", consulted " + p.consultedSpecialties();
    return p.isOrConsulted(accepted) ? Finding.met(detail) : Finding.notMet(detail);
  }
}
