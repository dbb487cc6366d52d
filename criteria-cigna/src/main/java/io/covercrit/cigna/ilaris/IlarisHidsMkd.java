package io.covercrit.cigna.ilaris;

import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Specialty;
import java.util.EnumSet;

/**
 * IP0235 pathway 3, hyperimmunoglobulin D syndrome / mevalonate kinase deficiency (HIDS/MKD): the
 * diagnosis (3.dx), CRP and flares before starting (3.A), age (3.B), prescriber (3.C) and
 * Reauthorization 3. No source gives criteria of its own (see {@link IlarisIp0235}).
 */
final class IlarisHidsMkd {
  private IlarisHidsMkd() {}

  static Pathway pathway() {
    return IlarisClauses.renewable(Pathway.builder("IP0235 3",
            "Hyperimmunoglobulin D Syndrome / Mevalonate Kinase Deficiency (HIDS/MKD)")
        .diagnosis(IlarisClauses.periodicFeverDiagnosis("IP0235 3.dx", DiagnosisSubtype.MEVALONATE_KINASE_DEFICIENCY, "HIDS/MKD"))
        .criteria(
            IlarisClauses.beforeStarting("IP0235 3.A", "elevated CRP AND a flare history",
                IlarisClauses.PERIODIC_FEVER_FLARES_PER_YEAR, IlarisClauses.YEAR, false,
                "at least 6 flares in the 12 months before starting, OR hospitalization for a severe flare"),
            IlarisClauses.ageAtLeast("IP0235 3.B", IlarisClauses.PERIODIC_FEVER_MINIMUM_AGE),
            IlarisClauses.prescribedBy("IP0235 3.C", EnumSet.of(Specialty.RHEUMATOLOGY, Specialty.ALLERGY,
                    Specialty.IMMUNOLOGY, Specialty.MEDICAL_GENETICS, Specialty.NEPHROLOGY, Specialty.GASTROENTEROLOGY,
                    Specialty.ONCOLOGY, Specialty.HEMATOLOGY),
                "a rheumatologist, allergist/immunologist, geneticist, nephrologist, gastroenterologist, oncologist, or"
                    + " hematologist")),
        "3", IlarisClauses.PERIODIC_FEVER_APPROVAL, IlarisClauses.DOSING_INTERVAL);
  }
}
