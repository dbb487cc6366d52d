package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Specialty;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** "Prescribed by, or in consultation with, ..." a specialty; an undocumented specialty is MISSING. */
public final class Prescribers {
  private Prescribers() {}

  /**
   * @param whom the specialists in words, e.g. "a dermatologist or an allergist"
   */
  public static ClauseBuilder prescribedBy(String id, Set<Specialty> accepted, String whom) {
    Set<Specialty> specialties = Collections.unmodifiableSet(EnumSet.copyOf(accepted));
    return new ClauseBuilder(id, "Prescribed by, or in consultation with, " + whom,
        StandardDocuments.PRESCRIBER_SPECIALTY, ctx -> prescriberFinding(ctx, specialties))
        .whenNotMet("The prescriber is not, and did not consult, " + whom + ".",
            "Have " + whom + " prescribe, or document the consultation with " + whom + ".")
        .whenMissing("The prescriber's specialty is not documented.",
            "Document the prescriber's specialty or attach the specialist consultation note.");
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
