package io.covercrit.cigna.ilaris;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.model.Specialty;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * IP0235: the wording of the age and prescriber clauses every pathway shares.
 */
final class IlarisSharedClauses {
  static final Period YEAR = Period.ofMonths(12);

  static final Set<Specialty> RHEUMATOLOGIST = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY));

  private IlarisSharedClauses() {}

  static Criterion ageAtLeast(String id, int minimum) {
    return Ages.atLeastYears(id, minimum)
        .whenNotMet("The patient is younger than " + minimum + " years.",
            "Coverage for this indication starts at age " + minimum + "; re-request once the patient turns " + minimum + ".")
        .build();
  }

  static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Prescribers.prescribedBy(id, accepted, whom)
        .whenNotMet("The prescriber is not, and did not consult, " + whom + ".",
            "Have " + whom + " prescribe, or document the consultation with one.")
        .build();
  }
}
