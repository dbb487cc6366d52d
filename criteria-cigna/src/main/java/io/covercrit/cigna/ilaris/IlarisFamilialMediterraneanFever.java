package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisClauses.DOSING_INTERVAL;
import static io.covercrit.cigna.ilaris.IlarisClauses.PERIODIC_FEVER_APPROVAL;
import static io.covercrit.cigna.ilaris.IlarisClauses.PERIODIC_FEVER_MINIMUM_AGE;
import static io.covercrit.cigna.ilaris.IlarisClauses.ageAtLeast;
import static io.covercrit.cigna.ilaris.IlarisClauses.beforeStarting;
import static io.covercrit.cigna.ilaris.IlarisClauses.colchicineContinued;
import static io.covercrit.cigna.ilaris.IlarisClauses.colchicineTried;
import static io.covercrit.cigna.ilaris.IlarisClauses.periodicFeverDiagnosis;
import static io.covercrit.cigna.ilaris.IlarisClauses.prescribedBy;
import static io.covercrit.cigna.ilaris.IlarisClauses.renewable;

import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Specialty;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * IP0235 pathway 2, familial Mediterranean fever (FMF): the diagnosis (2.dx), age (2.A), colchicine
 * (2.B, 2.C), CRP and flares despite colchicine before starting (2.D), prescriber (2.E) and
 * Reauthorization 2. The sources, readings and clause ids are documented on {@link IlarisIp0235}.
 */
final class IlarisFamilialMediterraneanFever {
  static final int FMF_FLARES = 3;
  static final Period FMF_FLARE_WINDOW = Period.ofMonths(3);

  private static final Set<Specialty> FMF_PRESCRIBERS = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY,
      Specialty.NEPHROLOGY, Specialty.MEDICAL_GENETICS, Specialty.GASTROENTEROLOGY, Specialty.ONCOLOGY, Specialty.HEMATOLOGY));

  private IlarisFamilialMediterraneanFever() {}

  static Pathway pathway() {
    return renewable(Pathway.builder("IP0235 2", "Familial Mediterranean Fever (FMF)")
        .diagnosis(periodicFeverDiagnosis("IP0235 2.dx", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER,
            "familial Mediterranean fever"))
        .criteria(
            ageAtLeast("IP0235 2.A", PERIODIC_FEVER_MINIMUM_AGE),
            colchicineTried("IP0235 2.B"),
            colchicineContinued("IP0235 2.C"),
            beforeStarting("IP0235 2.D", "elevated CRP AND frequent flares despite colchicine or a hospitalization",
                FMF_FLARES, FMF_FLARE_WINDOW, true, "at least one flare per month despite colchicine (at least 3 flares in"
                    + " the 3 months before starting), OR hospitalization for a severe flare"),
            prescribedBy("IP0235 2.E", FMF_PRESCRIBERS,
                "a rheumatologist, nephrologist, geneticist, gastroenterologist, oncologist, or hematologist")),
        "2", PERIODIC_FEVER_APPROVAL, DOSING_INTERVAL);
  }
}
