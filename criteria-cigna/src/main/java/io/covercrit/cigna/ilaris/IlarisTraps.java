package io.covercrit.cigna.ilaris;

import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Specialty;
import java.util.EnumSet;

/**
 * IP0235 pathway 4, tumor necrosis factor receptor-associated periodic syndrome (TRAPS): the
 * diagnosis (4.dx), age (4.A), CRP and flares before starting (4.B), prescriber (4.C) and
 * Reauthorization 4. The sources, readings and clause ids are documented on {@link IlarisIp0235}.
 */
final class IlarisTraps {
  private IlarisTraps() {}

  static Pathway pathway() {
    return IlarisClauses.renewable(Pathway.builder("IP0235 4",
            "Tumor Necrosis Factor Receptor-Associated Periodic Syndrome (TRAPS)")
        .diagnosis(IlarisClauses.periodicFeverDiagnosis("IP0235 4.dx",
            DiagnosisSubtype.TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME, "TRAPS"))
        .criteria(
            IlarisClauses.ageAtLeast("IP0235 4.A", IlarisClauses.PERIODIC_FEVER_MINIMUM_AGE),
            IlarisClauses.beforeStarting("IP0235 4.B", "elevated CRP AND at least 6 flares a year or a hospitalization",
                IlarisClauses.PERIODIC_FEVER_FLARES_PER_YEAR, IlarisClauses.YEAR, false,
                "a history of at least 6 flares a year (in the 12 months before starting), OR hospitalization for a"
                    + " severe flare"),
            IlarisClauses.prescribedBy("IP0235 4.C", EnumSet.of(Specialty.RHEUMATOLOGY, Specialty.MEDICAL_GENETICS,
                    Specialty.NEPHROLOGY, Specialty.ONCOLOGY, Specialty.HEMATOLOGY),
                "a rheumatologist, geneticist, nephrologist, oncologist, or hematologist")),
        "4", IlarisClauses.PERIODIC_FEVER_APPROVAL, IlarisClauses.DOSING_INTERVAL);
  }
}
