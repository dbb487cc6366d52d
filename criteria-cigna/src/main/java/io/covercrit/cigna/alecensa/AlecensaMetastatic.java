package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaClauses.*;
import static io.covercrit.cigna.alecensa.AlecensaCnf494.*;
import static io.covercrit.cigna.internal.CignaDocuments.DISEASE_STATUS_ON_THERAPY;
import static io.covercrit.cigna.internal.CignaDocuments.NSCLC_PATHOLOGY;
import static io.covercrit.cigna.internal.CignaDocuments.ONCOLOGY_TREATMENT_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.STAGING_REPORTS;

import io.covercrit.core.clauses.TherapyLines;
import io.covercrit.core.clauses.Tumors;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Pathway;
import java.util.List;

/** CNF494 2: recurrent, advanced or metastatic ALK-positive NSCLC. */
final class AlecensaMetastatic {
  private AlecensaMetastatic() {}

  static Pathway pathway() {
    return Pathway.builder(METASTATIC, "Non-Small Cell Lung Cancer - Recurrent, Advanced or Metastatic")
        .diagnosis(Criterion.check("CNF-494 2.dx",
                "Non-small cell lung cancer (ICD-10-CM C34.-) that is metastatic (M1, stage IV) or recurrent")
            .documents(NSCLC_PATHOLOGY, STAGING_REPORTS)
            .whenNotMet("The request is not for metastatic or recurrent non-small cell lung cancer.",
                "Submit under the pathway that matches the disease (resected early-stage disease: pathway 1).")
            .whenMissing("The diagnosis or the extent of the disease is not documented.",
                "Attach the pathology report (NSCLC, ICD-10-CM C34.-) and the staging reports showing metastatic or"
                    + " recurrent disease.")
            .by(ctx -> diagnosis(ctx, false)))
        .criteria(
            ageAtLeast18("CNF-494 2.A"),
            Criterion.allOf("CNF-494 2.B", "ALK-positive disease, first line or after crizotinib",
                List.of(alkPositive("CNF-494 2.B (ALK-positive)"),
                    firstLineOrAfterCrizotinib("CNF-494 2.B (first line or after crizotinib)"))),
            approvedAlkTest("CNF-494 2.C"))
        .response(Tumors.noProgression("CNF-494 Reauthorization 2", "No disease progression on alectinib", "alectinib")
            .documents(DISEASE_STATUS_ON_THERAPY)
            .build())
        .approvals(METASTATIC_APPROVAL, METASTATIC_APPROVAL)
        .build();
  }

  /**
   * "First line or after crizotinib": no ALK inhibitor before, or crizotinib only. The therapy
   * history is taken as complete (as for the 2-year course): no trial documented means none.
   * Alectinib itself is the line being requested, continued or renewed, and adjuvant alectinib is
   * no line of metastatic therapy; only progression on it counts, and only on an initial request
   * (on a reauthorization the no-progression clause judges it).
   */
  static Criterion firstLineOrAfterCrizotinib(String id) {
    return TherapyLines.firstLineOrAfter(id, "First line, or after crizotinib (no other ALK inhibitor before)",
            "ALK inhibitor", ALECTINIB, CRIZOTINIB, "crizotinib", OTHER_ALK_INHIBITORS)
        .documents(ONCOLOGY_TREATMENT_HISTORY)
        .whenNotMet("An ALK inhibitor other than crizotinib was used before; the criteria found cover alectinib first line"
                + " or after crizotinib.",
            "If the earlier ALK inhibitor was stopped for intolerance rather than progression, or the history is wrong,"
                + " document it; otherwise request a medical necessity review citing NCCN, or consider the next-line"
                + " options.")
        .build();
  }
}
