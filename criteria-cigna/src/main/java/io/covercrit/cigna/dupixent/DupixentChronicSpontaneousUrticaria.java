package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.ANTIHISTAMINE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.SYMPTOM_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.RelatedCodes;
import io.covercrit.core.clauses.StrictTrials;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Specialty;
import java.util.EnumSet;
import java.util.List;

/** IP0453 7. Chronic Spontaneous Urticaria: the pathway and the clauses only it uses. */
final class DupixentChronicSpontaneousUrticaria {
  private DupixentChronicSpontaneousUrticaria() {}

  static Pathway pathway() {
    return Pathway.builder(P + "7", "Chronic Spontaneous Urticaria")
        .diagnosis(RelatedCodes.diagnosis(P + "7.dx", "Diagnosis of chronic spontaneous urticaria (ICD-10-CM L50.1 or"
                + " L50.8)", "chronic spontaneous urticaria (L50.1, L50.8)",
            c -> c.isWithin(IDIOPATHIC_URTICARIA) || c.isWithin(OTHER_URTICARIA), List.of(IDIOPATHIC_URTICARIA, OTHER_URTICARIA),
            RelatedCodes.related(c -> c.isWithin(UNSPECIFIED_URTICARIA), Status.MISSING, "urticaria, unspecified",
                c -> "The urticaria is coded as unspecified; chronic spontaneous urticaria is not documented.",
                "Document that the urticaria is chronic and spontaneous (no inducible trigger) and code it L50.1."),
            RelatedCodes.related(c -> c.isWithin(URTICARIA), Status.NOT_MET, "is an allergic or inducible urticaria, not"
                + " spontaneous", c -> "Allergic and inducible urticarias (" + c + ") are not chronic spontaneous urticaria.",
                "Coverage under this pathway is for chronic spontaneous (idiopathic) urticaria.")).build())
        .criteria(
            Ages.atLeastYears(P + "7.A", 12).build(),
            Criterion.allOf(P + "7.B", "Urticaria for more than 6 weeks, with symptoms on more than 3 days a week, despite"
                    + " daily non-sedating H1 antihistamine therapy (up to 4 times the FDA-approved dose)",
                List.of(
                    FindingHistory.lastingMoreThan(P + "7.B (duration)", "Hives for more than 6 weeks",
                        ClinicalFindingKind.HIVES, CSU_MORE_THAN_DAYS, "more than 6 weeks").documents(SYMPTOM_HISTORY).build(),
                    FindingHistory.daysPerWeekMoreThan(P + "7.B (frequency)", "Symptoms on more than 3 days a week",
                        ClinicalFindingKind.HIVES, CSU_MORE_THAN_DAYS_PER_WEEK).documents(SYMPTOM_HISTORY).build(),
                    antihistamineTherapy(P + "7.B (antihistamine)"))),
            Prescribers.prescribedBy(P + "7.C", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist").build())
        .reauthorization(
            dupixentReceived(P + "7.R1", 6),
            responded(P + "7.R2", CSU_RESPONSE, false, "(a) less itch, (b) fewer hives, or (c) smaller hives"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion antihistamineTherapy(String id) {
    return StrictTrials.despite(id, "Despite daily non-sedating H1 antihistamine therapy",
            DupixentChronicSpontaneousUrticaria::isNonSedatingAntihistamine, "H1 antihistamine", "hives persisted",
            "hives persisting on the antihistamine")
        .documents(ANTIHISTAMINE_HISTORY)
        .whenNotMet("Hives persisting despite daily non-sedating H1 antihistamine therapy are not documented.",
            "Document daily use of a second-generation H1 antihistamine (up to 4 times the labelled dose) and that the"
                + " hives persisted.")
        .build();
  }

  private static boolean isNonSedatingAntihistamine(Drug drug) {
    return drug.isOfClass(DrugClass.H1_ANTIHISTAMINE) || DrugNames.mentionsAny(drug, NON_SEDATING_H1_ANTIHISTAMINES);
  }
}
