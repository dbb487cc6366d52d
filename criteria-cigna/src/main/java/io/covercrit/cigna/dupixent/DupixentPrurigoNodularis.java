package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.LESION_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.SECONDARY_CAUSE_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.SYMPTOM_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.ClinicalFindings;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TopicalSteroidPotency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** IP0453 5. Prurigo Nodularis: the pathway and the clauses only it uses. */
final class DupixentPrurigoNodularis {
  private DupixentPrurigoNodularis() {}

  static Pathway pathway() {
    return Pathway.builder(P + "5", "Prurigo Nodularis")
        .diagnosis(Diagnoses.within(P + "5.dx", "Diagnosis of prurigo nodularis (ICD-10-CM L28.1)", "prurigo nodularis (L28.1)",
            PRURIGO_NODULARIS).build())
        .criteria(
            Ages.atLeastYears(P + "5.A", 18).build(),
            nodularLesions(P + "5.B"),
            FindingHistory.lastingAtLeast(P + "5.C", "Pruritus for at least 6 weeks", ClinicalFindingKind.PRURITUS,
                PN_PRURITUS_DAYS, "6 weeks").documents(SYMPTOM_HISTORY).build(),
            Criterion.anyOf(P + "5.D", "ONE of the following",
                Remedy.of("It is not documented that the prurigo nodularis is not medication-induced or secondary, nor that"
                        + " an identified secondary cause is managed.",
                    "Document the work-up for secondary causes and, if one was found, how it is managed."),
                List.of(
                    noSecondaryCause(P + "5.D (not secondary)",
                        "Prurigo nodularis is not medication-induced or secondary to a non-dermatologic condition",
                        "prurigo nodularis"),
                    secondaryCauseManaged(P + "5.D (secondary cause managed)"))),
            topicalSteroidTrial(P + "5.E", EnumSet.of(TopicalSteroidPotency.HIGH, TopicalSteroidPotency.SUPER_HIGH),
                PN_STEROID_DAYS, "high or super-high potency"),
            Prescribers.prescribedBy(P + "5.F", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist").build())
        .reauthorization(
            dupixentReceived(P + "5.R1", 6),
            responded(P + "5.R2", PN_RESPONSE, false,
                "(a) fewer nodular lesions, (b) less pruritus, or (c) smaller nodular lesions"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion nodularLesions(String id) {
    return FindingHistory.countAtLeast(id, "At least 20 identifiable nodular lesions on the arms, legs, and/or trunk",
            ClinicalFindingKind.NODULAR_LESIONS, PN_MIN_NODULES, PN_SITES, "nodular lesions", "the arms, legs or trunk",
            "No nodular lesion count documented")
        .documents(LESION_ASSESSMENT)
        .whenNotMet("Fewer than 20 nodular lesions on the arms, legs or trunk are documented.",
            "Document a new dated lesion count naming the arms, legs or trunk.")
        .whenMissing("The number and location of the nodular lesions are not documented.",
            "Attach dated notes counting the nodular lesions and naming where they are (arms, legs, trunk).")
        .build();
  }

  private static Criterion secondaryCauseManaged(String id) {
    return Criterion.check(id, "A secondary cause has been identified and is being managed")
        .documents(SECONDARY_CAUSE_ASSESSMENT)
        .whenNotMet("No identified secondary cause is being managed.",
            "Document the secondary cause found and how it is being managed.")
        .whenMissing("A secondary cause is documented but not whether it is being managed.",
            "Document how the secondary cause is being managed.")
        .by(ctx -> {
          Optional<Boolean> cause = ClinicalFindings.documented(ctx, ClinicalFindingKind.SECONDARY_CAUSE);
          Optional<Boolean> managed = ClinicalFindings.documented(ctx, ClinicalFindingKind.SECONDARY_CAUSE_MANAGED);
          if (cause.isEmpty()) {
            return Finding.missing("Work-up for secondary causes not documented")
                .because("The work-up for secondary causes is not documented.",
                    "Document whether a secondary cause was found and, if so, how it is managed.");
          }
          if (!cause.get()) {
            return Finding.notMet("No secondary cause found (5.D alternative not applicable)");
          }
          if (managed.isEmpty()) {
            return Finding.missing("Secondary cause found; its management not documented");
          }
          return managed.get() ? Finding.met("Secondary cause identified and managed")
              : Finding.notMet("Secondary cause documented as not managed");
        });
  }
}
