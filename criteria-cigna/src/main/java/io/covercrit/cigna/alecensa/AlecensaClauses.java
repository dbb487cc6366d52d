package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaCnf494.*;
import static io.covercrit.cigna.internal.CignaDocuments.ALK_TEST_REPORT;
import static io.covercrit.core.clauses.Diagnoses.firstMatching;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Biomarkers;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.Tumors;
import io.covercrit.core.clauses.Tumors.Spread;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** CNF494: the diagnosis and setting, ALK test and progression clauses both pathways use. */
final class AlecensaClauses {
  private AlecensaClauses() {}

  /** Why secondary neoplasms of the lung or mediastinum among the diagnoses do not count as distant metastasis. */
  static String secondaryLungNotes(EvaluationContext ctx) {
    String notes = "";
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(SECONDARY_LUNG)) {
        notes += "; " + d.code() + " (secondary neoplasm of lung) does not by itself show distant metastasis";
      } else if (d.code().isWithin(SECONDARY_MEDIASTINUM)) {
        notes += "; " + d.code() + " (secondary neoplasm of mediastinum) is regional spread of a lung primary (T4"
            + " or N2), not distant metastasis";
      }
    }
    return notes;
  }

  static boolean isDistantSecondary(Icd10Code code) {
    return !code.isWithin(SECONDARY_LUNG) && !code.isWithin(SECONDARY_MEDIASTINUM)
        && SECONDARY_NEOPLASMS.stream().anyMatch(code::isWithin);
  }

  /** The pathway heading: NSCLC (C34 and histology) in the adjuvant or the advanced/metastatic setting. */
  static Finding diagnosis(EvaluationContext ctx, boolean adjuvantSetting) {
    Predicate<Diagnosis> lungCancer = d -> d.code().isWithin(LUNG_CANCER);
    Optional<Finding> coding = Diagnoses.codingProblem(ctx, lungCancer, "lung cancer (C34.-)", " (site and laterality)",
        d -> "Correct the diagnosis code to a valid, billable C34 code.");
    if (coding.isPresent()) {
      return coding.get();
    }
    Diagnosis dx = firstMatching(ctx, lungCancer);
    Supplier<String> described = () -> Diagnoses.codeDescription(ctx, dx);
    Tumors.Extent extent = Tumors.extent(ctx, AlecensaClauses::isDistantSecondary, AlecensaClauses::secondaryLungNotes);
    if (adjuvantSetting && extent.spread() == Spread.METASTATIC_OR_RECURRENT) {
      return Finding.notMet(() -> described.get() + "; " + extent.detail())
          .because("The disease is metastatic or recurrent, which is not the adjuvant setting.",
              "Request under pathway 2 (recurrent, advanced or metastatic NSCLC).");
    }
    if (!adjuvantSetting && extent.spread() == Spread.NOT_METASTATIC) {
      return Finding.notMet(() -> described.get() + "; " + extent.detail())
          .because("The documented disease is neither metastatic nor recurrent.",
              "For resected early-stage disease, request under pathway 1 (adjuvant); if the disease has spread or"
                  + " recurred, attach the staging reports that show it.");
    }
    Optional<DiagnosisSubtype> histology = dx.subtype();
    if (histology.isPresent() && histology.get() == DiagnosisSubtype.SMALL_CELL) {
      return Finding.notMet(() -> described.get() + ", small cell histology")
          .because("Alectinib is covered for non-small cell lung cancer; the documented histology is small cell.",
              "If the pathology shows non-small cell histology, correct the documented histology.");
    }
    boolean histologyMissing = histology.isEmpty() || histology.get() != DiagnosisSubtype.NON_SMALL_CELL;
    boolean extentMissing = !adjuvantSetting && extent.spread() == Spread.UNKNOWN;
    if (histologyMissing || extentMissing) {
      return Finding.missing(() -> described.get()
          + (histologyMissing ? "; histology (non-small cell) not documented" : "")
          + (extentMissing ? "; " + extent.detail() : ""));
    }
    return Finding.met(() -> described.get() + ", non-small cell"
        + (extent.spread() == Spread.UNKNOWN ? "" : "; " + extent.detail()));
  }

  static Criterion ageAtLeast18(String id) {
    return Ages.atLeastYears(id, MINIMUM_AGE)
        .whenNotMet("The patient is younger than " + MINIMUM_AGE + " years.",
            "The criteria found cover adults only; a request for a younger patient needs a medical necessity exception.")
        .build();
  }

  static Criterion alkPositive(String id) {
    return Biomarkers.positive(id, "ALK-positive disease", "ALK")
        .documents(ALK_TEST_REPORT)
        .whenNotMet("The documented ALK test is negative.",
            "Alectinib is covered for ALK-positive disease; if another test detected an ALK rearrangement, attach that report.")
        .build();
  }

  static Criterion approvedAlkTest(String id) {
    return Criterion.check(id, "The ALK alteration was detected by an approved test (IHC, FISH or NGS)")
        .documents(ALK_TEST_REPORT)
        .whenNotMet("No ALK alteration was detected.",
            "Alectinib is covered when an approved test detects an ALK alteration; attach such a report if one exists.")
        .whenMissing("The ALK test method is not documented.",
            "Attach the ALK test report naming the method and assay (e.g. VENTANA ALK (D5F3) CDx IHC, Vysis ALK Break"
                + " Apart FISH, FoundationOne CDx NGS).")
        .by(ctx -> {
          List<BiomarkerResult> positive = Biomarkers.results(ctx, "ALK", BiomarkerStatus.POSITIVE);
          if (positive.isEmpty()) {
            return Biomarkers.results(ctx, "ALK", BiomarkerStatus.NEGATIVE).isEmpty()
                ? Finding.missing("No positive ALK result documented") : Finding.notMet("No ALK alteration detected");
          }
          for (BiomarkerResult result : positive) {
            if (result.testMethod().isPresent() && APPROVED_METHODS.contains(result.testMethod().get())) {
              return Finding.met(() -> Biomarkers.describe(result) + ": " + result.testMethod().get()
                  + " has FDA-approved ALK tests; the report must name the assay");
            }
          }
          for (BiomarkerResult result : positive) {
            if (result.testMethod().isEmpty()) {
              return Finding.missing(() -> Biomarkers.describe(result) + "; method not documented");
            }
          }
          BiomarkerResult other = positive.get(0);
          return Finding.missing(() -> Biomarkers.describe(other) + "; not a method of the FDA-approved ALK tests")
              .because("The ALK result comes from a method (" + other.method().get() + ") for which no FDA-approved ALK"
                      + " test is known.",
                  "Confirm the ALK rearrangement with an FDA-approved test (IHC with VENTANA ALK (D5F3) CDx, FISH or NGS),"
                      + " or attach evidence that the assay used is approved.");
        });
  }
}
