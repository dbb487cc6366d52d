package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.Specialty;
import java.util.EnumSet;

/** IP0453 8. Bullous Pemphigoid: the pathway and the clauses only it uses. */
final class DupixentBullousPemphigoid {
  private DupixentBullousPemphigoid() {}

  static Pathway pathway() {
    return Pathway.builder(P + "8", "Bullous Pemphigoid")
        .diagnosis(Diagnoses.within(P + "8.dx", "Diagnosis of bullous pemphigoid (ICD-10-CM L12.0)", "bullous pemphigoid (L12.0)",
            BULLOUS_PEMPHIGOID).build())
        .criteria(
            Ages.atLeastYears(P + "8.A", 18).build(),
            Prescribers.prescribedBy(P + "8.B", EnumSet.of(Specialty.DERMATOLOGY), "a dermatologist").build())
        .reauthorization(
            dupixentReceived(P + "8.R1", 6),
            responded(P + "8.R2", BP_RESPONSE, false,
                "smaller area of skin involvement, fewer blisters or erosions, less urticaria, less erythema, or reduced or"
                    + " no need for systemic or topical corticosteroids"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }
}
