package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaClauses.*;
import static io.covercrit.cigna.alecensa.AlecensaCnf494.*;
import static io.covercrit.cigna.internal.CignaDocuments.DISEASE_STATUS_ON_THERAPY;
import static io.covercrit.cigna.internal.CignaDocuments.NSCLC_PATHOLOGY;
import static io.covercrit.cigna.internal.CignaDocuments.ONCOLOGY_TREATMENT_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.STAGING_REPORTS;
import static io.covercrit.cigna.internal.CignaDocuments.SURGICAL_PATHOLOGY;

import io.covercrit.core.clauses.CourseLimit;
import io.covercrit.core.clauses.Tumors;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.TumorStaging;
import java.util.List;

/** CNF494 1: adjuvant treatment after resection of ALK-positive NSCLC, and the 2-year course limit. */
final class AlecensaAdjuvant {
  private AlecensaAdjuvant() {}

  static Pathway pathway() {
    Criterion size = Tumors.sizeAtLeastCm("CNF-494 1.C (4 cm or larger)", "Resected tumor 4 cm or larger (greatest dimension)",
            MINIMUM_TUMOR_CM)
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The resected tumor was smaller than 4 cm.",
            "Meet the node-positive alternative, or correct the documented tumor size.")
        .build();
    Criterion nodes = Tumors.nodePositive("CNF-494 1.C (node-positive)", "Node-positive disease (N1-N3)")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The lymph nodes were negative (N0).", "Meet the 4 cm alternative, or correct the documented nodal status.")
        .build();
    return Pathway.builder(ADJUVANT, "Non-Small Cell Lung Cancer - Adjuvant Therapy")
        .diagnosis(Criterion.check("CNF-494 1.dx",
                "Non-small cell lung cancer (ICD-10-CM C34.-), resected, without recurrence or distant metastasis")
            .documents(NSCLC_PATHOLOGY, STAGING_REPORTS)
            .whenNotMet("The request is not for non-small cell lung cancer in the adjuvant setting.",
                "Submit under the pathway that matches the disease (recurrent or metastatic disease: pathway 2).")
            .whenMissing("The diagnosis is not documented.",
                "Attach the pathology report confirming NSCLC and the billable ICD-10-CM code (C34.-).")
            .by(ctx -> diagnosis(ctx, true)))
        .criteria(
            ageAtLeast18("CNF-494 1.A"),
            alkPositive("CNF-494 1.B"),
            Criterion.allOf("CNF-494 1.C", "Used after tumor resection, where the tumor was 4 cm or larger OR node-positive",
                List.of(resection("CNF-494 1.C (resection)"),
                    Criterion.anyOf("CNF-494 1.C (size or nodes)", "Tumor 4 cm or larger OR node-positive",
                        Remedy.of("The resected tumor was smaller than 4 cm and node-negative.",
                            "Adjuvant alectinib is for tumors of 4 cm or more or node-positive disease; if the pathology"
                                + " shows either, document the greatest tumor dimension and the nodal status (pTNM)."),
                        List.of(size, nodes)))),
            approvedAlkTest("CNF-494 1.D"),
            CourseLimit.within("CNF-494 1 (2-year total)", "Within the total duration of 2 years of adjuvant alectinib",
                    ALECTINIB, "alectinib", ADJUVANT_COURSE)
                .documents(ONCOLOGY_TREATMENT_HISTORY)
                .whenNotMet("The 2-year adjuvant course of alectinib is complete.",
                    "Adjuvant alectinib is approved for 2 years in total; for recurrence, request under the"
                        + " advanced/metastatic pathway with the staging reports.")
                .build())
        .response(Tumors.noRecurrence("CNF-494 Reauthorization 1", "No disease recurrence on adjuvant alectinib", "alectinib",
                "adjuvant")
            .documents(DISEASE_STATUS_ON_THERAPY)
            .build())
        .approvals(ADJUVANT_COURSE, ADJUVANT_COURSE)
        .approvalCap(ctx -> CourseLimit.end(ctx, ALECTINIB, ADJUVANT_COURSE))
        .build();
  }

  /**
   * "Used after tumor resection": the digest does not say "complete". R0 meets it; residual
   * tumour (R1, R2) or an unassessed margin (RX) is MISSING, not NOT_MET, because only the guide
   * and the analogs ask for R0, and Cigna's reviewer may or may not.
   */
  static Criterion resection(String id) {
    return Tumors.resected(id, "The tumor was resected", r -> r == TumorStaging.Resection.RX
            ? Finding.missing("Resected; margin status not assessed (RX)")
                .because("Whether the resection was complete is not documented; Cigna may require complete (R0)"
                        + " resection.",
                    "Attach the surgical pathology report stating the margin status (R0).")
            : Finding.missing(() -> "Resected with residual tumor (" + r + ")")
                .because("The resection left residual tumor (" + r + "). Cigna's criteria say \"after"
                        + " tumor resection\"; a patient guide and other payers' policies require complete (R0)"
                        + " resection, and Cigna may too.",
                    "Attach the operative note and the surgical pathology report (margin status, any re-resection)"
                        + " so the reviewer can judge the resection; Cigna may require complete (R0) resection."))
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The tumor was not resected.",
            "Adjuvant alectinib follows tumor resection; for unresected disease, request under the advanced/metastatic"
                + " pathway if it applies.")
        .build();
  }
}
