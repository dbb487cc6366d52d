package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.PERIODIC_FEVER_CONFIRMATION;

import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Specialty;
import java.time.Period;
import java.util.EnumSet;

/**
 * IP0235 pathway 1, cryopyrin-associated periodic syndromes (CAPS: FCAS, MWS, NOMID/CINCA): the
 * diagnosis (1.dx, M04.2), age (1.A), prescriber (1.B) and Reauthorization 1. The sources, readings
 * and clause ids are documented on {@link IlarisIp0235}.
 */
final class IlarisCaps {
  static final int CAPS_MINIMUM_AGE = 4;
  static final Period CAPS_APPROVAL = Period.ofMonths(6);
  /** Labelled dosing interval of CAPS (the other indications: {@link IlarisClauses#DOSING_INTERVAL}). */
  static final Period CAPS_DOSING_INTERVAL = Period.ofWeeks(8);

  private IlarisCaps() {}

  static Pathway pathway() {
    return IlarisClauses.renewable(Pathway.builder("IP0235 1",
            "Cryopyrin-Associated Periodic Syndromes (CAPS: FCAS, MWS, NOMID/CINCA)")
        .diagnosis(Criterion.check("IP0235 1.dx", "Diagnosis of a cryopyrin-associated periodic syndrome (ICD-10-CM M04.2)")
            .documents(DIAGNOSIS_NOTES, PERIODIC_FEVER_CONFIRMATION)
            .whenNotMet("The request is not for a cryopyrin-associated periodic syndrome.",
                "Submit under the pathway that matches the diagnosis, or document CAPS (M04.2).")
            .whenMissing("The diagnosis is not documented.",
                "Attach the specialist note with the CAPS diagnosis and its ICD-10-CM code (M04.2).")
            .by(ctx -> {
              // M04.2 with its code checked; none, then perhaps a code that stands for CAPS without naming it.
              Finding coded = Diagnoses.codedFinding(ctx, code -> code.isWithin(IlarisClauses.CAPS), "CAPS (M04.2)");
              return coded.status() != Status.NOT_MET ? coded : IlarisClauses.unnamedSyndrome(ctx, true).orElse(coded);
            }))
        .criteria(
            IlarisClauses.ageAtLeast("IP0235 1.A", CAPS_MINIMUM_AGE),
            IlarisClauses.prescribedBy("IP0235 1.B", EnumSet.of(Specialty.RHEUMATOLOGY, Specialty.MEDICAL_GENETICS,
                    Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "a rheumatologist, geneticist, allergist/immunologist, or dermatologist")),
        "1", CAPS_APPROVAL, CAPS_DOSING_INTERVAL);
  }
}
