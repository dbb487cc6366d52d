package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisClauses.DOSING_INTERVAL;
import static io.covercrit.cigna.ilaris.IlarisClauses.PERIODIC_FEVER_APPROVAL;
import static io.covercrit.cigna.ilaris.IlarisClauses.PERIODIC_FEVER_FLARES_PER_YEAR;
import static io.covercrit.cigna.ilaris.IlarisClauses.PERIODIC_FEVER_MINIMUM_AGE;
import static io.covercrit.cigna.ilaris.IlarisClauses.YEAR;
import static io.covercrit.cigna.ilaris.IlarisClauses.ageAtLeast;
import static io.covercrit.cigna.ilaris.IlarisClauses.beforeStarting;
import static io.covercrit.cigna.ilaris.IlarisClauses.periodicFeverDiagnosis;
import static io.covercrit.cigna.ilaris.IlarisClauses.prescribedBy;
import static io.covercrit.cigna.ilaris.IlarisClauses.renewable;

import io.covercrit.core.eval.Pathway;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Specialty;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * IP0235 pathway 4, tumor necrosis factor receptor-associated periodic syndrome (TRAPS): the
 * diagnosis (4.dx), age (4.A), CRP and flares before starting (4.B), prescriber (4.C) and
 * Reauthorization 4. The sources, readings and clause ids are documented on {@link IlarisIp0235}.
 */
final class IlarisTraps {
  private static final Set<Specialty> TRAPS_PRESCRIBERS = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY,
      Specialty.MEDICAL_GENETICS, Specialty.NEPHROLOGY, Specialty.ONCOLOGY, Specialty.HEMATOLOGY));

  private IlarisTraps() {}

  static Pathway pathway() {
    return renewable(Pathway.builder("IP0235 4", "Tumor Necrosis Factor Receptor-Associated Periodic Syndrome (TRAPS)")
        .diagnosis(periodicFeverDiagnosis("IP0235 4.dx", DiagnosisSubtype.TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME, "TRAPS"))
        .criteria(
            ageAtLeast("IP0235 4.A", PERIODIC_FEVER_MINIMUM_AGE),
            beforeStarting("IP0235 4.B", "elevated CRP AND at least 6 flares a year or a hospitalization",
                PERIODIC_FEVER_FLARES_PER_YEAR, YEAR, false, "a history of at least 6 flares a year (in the 12 months before"
                    + " starting), OR hospitalization for a severe flare"),
            prescribedBy("IP0235 4.C", TRAPS_PRESCRIBERS,
                "a rheumatologist, geneticist, nephrologist, oncologist, or hematologist")),
        "4", PERIODIC_FEVER_APPROVAL, DOSING_INTERVAL);
  }
}
