package io.covercrit.cigna.ilaris;

import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Specialty;
import java.time.Period;
import java.util.EnumSet;

/**
 * IP0235 pathway 2, familial Mediterranean fever (FMF): the diagnosis (2.dx), age (2.A), colchicine
 * (2.B, 2.C), CRP and flares despite colchicine before starting (2.D), prescriber (2.E) and
 * Reauthorization 2. The sources, readings and clause ids are documented on {@link IlarisIp0235}.
 */
final class IlarisFamilialMediterraneanFever {
  static final int FMF_FLARES = 3;
  static final Period FMF_FLARE_WINDOW = Period.ofMonths(3);

  private IlarisFamilialMediterraneanFever() {}

  static Pathway pathway() {
    return IlarisClauses.renewable(Pathway.builder("IP0235 2", "Familial Mediterranean Fever (FMF)")
        .diagnosis(IlarisClauses.periodicFeverDiagnosis("IP0235 2.dx", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER,
            "familial Mediterranean fever"))
        .criteria(
            IlarisClauses.ageAtLeast("IP0235 2.A", IlarisClauses.PERIODIC_FEVER_MINIMUM_AGE),
            IlarisClauses.colchicineTried("IP0235 2.B"),
            IlarisClauses.colchicineContinued("IP0235 2.C"),
            IlarisClauses.beforeStarting("IP0235 2.D", "elevated CRP AND frequent flares despite colchicine or a hospitalization",
                FMF_FLARES, FMF_FLARE_WINDOW, true, "at least one flare per month despite colchicine (at least 3 flares in"
                    + " the 3 months before starting), OR hospitalization for a severe flare"),
            IlarisClauses.prescribedBy("IP0235 2.E", EnumSet.of(Specialty.RHEUMATOLOGY, Specialty.NEPHROLOGY,
                    Specialty.MEDICAL_GENETICS, Specialty.GASTROENTEROLOGY, Specialty.ONCOLOGY, Specialty.HEMATOLOGY),
                "a rheumatologist, nephrologist, geneticist, gastroenterologist, oncologist, or hematologist")),
        "2", IlarisClauses.PERIODIC_FEVER_APPROVAL, IlarisClauses.DOSING_INTERVAL);
  }
}
