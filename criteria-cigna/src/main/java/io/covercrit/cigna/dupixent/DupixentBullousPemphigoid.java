package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.Specialty;
import java.util.EnumSet;

/** IP0453 8. Bullous Pemphigoid: the pathway and the clauses only it uses. */
final class DupixentBullousPemphigoid {
  private DupixentBullousPemphigoid() {}

  static Pathway pathway() {
    return Pathway.builder(P + "8", "Bullous Pemphigoid")
        .diagnosis(diagnosis(P + "8.dx", "Diagnosis of bullous pemphigoid (ICD-10-CM L12.0)", "bullous pemphigoid (L12.0)",
            ctx -> coded(ctx, c -> c.isWithin(BULLOUS_PEMPHIGOID), "bullous pemphigoid (L12.0)", BULLOUS_PEMPHIGOID)))
        .criteria(
            Ages.atLeastYears(P + "8.A", 18).build(),
            prescribedBy(P + "8.B", EnumSet.of(Specialty.DERMATOLOGY), "a dermatologist"))
        .reauthorization(
            dupixentReceived(P + "8.R1", 6),
            responded(P + "8.R2", BP_RESPONSE, false,
                "smaller area of skin involvement, fewer blisters or erosions, less urticaria, less erythema, or reduced or"
                    + " no need for systemic or topical corticosteroids"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }
}
