package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.INHALED_THERAPY_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.LabRoutes;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.RelatedCodes;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.Specialty;
import java.util.EnumSet;
import java.util.List;

/** IP0453 6. Chronic Obstructive Pulmonary Disease: the pathway and the clauses only it uses. */
final class DupixentCopd {
  private DupixentCopd() {}

  static Pathway pathway() {
    return Pathway.builder(P + "6", "Chronic Obstructive Pulmonary Disease")
        .diagnosis(RelatedCodes.diagnosis(P + "6.dx", "Diagnosis of COPD (ICD-10-CM J44.- or emphysema J43.-)",
            "COPD (J44.-, J43.-)", c -> (c.isWithin(OTHER_COPD) || c.isWithin(EMPHYSEMA)) && !isNotCopd(c),
            List.of(OTHER_COPD, EMPHYSEMA),
            RelatedCodes.related(DupixentCopd::isNotCopd, Status.NOT_MET, "is classified with COPD but is not COPD",
                c -> c + " (bronchiolitis obliterans or MacLeod's syndrome) is not the COPD Dupixent treats.",
                "If the patient has COPD, document it with its ICD-10-CM code (J44.-).")).build())
        .criteria(
            Ages.atLeastYears(P + "6.A", 18).build(),
            Criterion.anyOf(P + "6.B", "ONE of the following (6.B.a or 6.B.b)",
                Remedy.of("A blood eosinophil count of 300 cells/µL or more is not documented.",
                    "Attach a blood eosinophil count from the last 6 weeks, or from before a biologic was started."),
                List.of(
                    eosinophils(P + "6.B.a", COPD_EOSINOPHILS_PER_UL, LabRoutes.Route.RECENT,
                        "Blood eosinophils of 300 cells/µL or more within the previous 6 weeks"),
                    eosinophils(P + "6.B.b", COPD_EOSINOPHILS_PER_UL, LabRoutes.Route.BEFORE_DRUG,
                        "Blood eosinophils of 300 cells/µL or more before starting Dupixent or another monoclonal antibody"
                            + " that may lower eosinophils"))),
            Criterion.anyOf(P + "6.C", "ONE of the following (6.C.a or 6.C.b)",
                Remedy.of("3 consecutive months of LABA + LAMA + inhaled corticosteroid (or LABA + LAMA with an inhaled"
                        + " corticosteroid contraindicated) are not documented.",
                    "Document the inhaled maintenance therapy (products, start and stop dates) covering 3 consecutive months."),
                List.of(
                    controllerTherapy(P + "6.C.a",
                        "At least 3 consecutive months of a LABA, a LAMA and an inhaled corticosteroid",
                        EnumSet.of(Component.LABA, Component.LAMA, Component.ICS), false),
                    controllerTherapy(P + "6.C.b", "At least 3 consecutive months of a LABA and a LAMA, and an inhaled"
                            + " corticosteroid is contraindicated",
                        EnumSet.of(Component.LABA, Component.LAMA), true))),
            Criterion.anyOf(P + "6.D", "ONE of the following (6.D.a or 6.D.b)",
                Remedy.of("The required COPD exacerbations in the previous 12 months are not documented.",
                    "Document 2 or more exacerbations treated with systemic corticosteroids, or 1 needing hospitalization,"
                        + " in the past 12 months."),
                List.of(
                    exacerbations(P + "6.D.a", "2 or more COPD exacerbations requiring a systemic corticosteroid (with or"
                            + " without an antibiotic) in the previous 12 months", 2, Flare::systemicCorticosteroids,
                        "exacerbation(s) treated with systemic corticosteroids"),
                    exacerbations(P + "6.D.b", "1 or more COPD exacerbations requiring hospitalization in the previous 12 months",
                        1, Flare::hospitalized, "exacerbation(s) needing hospitalization"))),
            Prescribers.prescribedBy(P + "6.E", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.PULMONOLOGY),
                "an allergist, immunologist, or pulmonologist").build())
        .reauthorization(
            dupixentReceived(P + "6.R1", 6),
            stillOn(P + "6.R2", "Patient continues to receive a LABA and a LAMA",
                EnumSet.of(Component.LABA, Component.LAMA), "a LABA and a LAMA", INHALED_THERAPY_HISTORY),
            responded(P + "6.R3", COPD_RESPONSE, false,
                "less COPD symptoms, fewer exacerbations, fewer COPD hospitalizations, fewer emergency or urgent care"
                    + " visits, or improved lung function"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static boolean isNotCopd(Icd10Code code) {
    return code.isWithin(BRONCHIOLITIS_OBLITERANS) || code.isWithin(MACLEODS_SYNDROME);
  }
}
