package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaAdjuvant.*;
import static io.covercrit.cigna.alecensa.AlecensaCnf494.*;
import static io.covercrit.cigna.alecensa.AlecensaMetastatic.*;
import static io.covercrit.cigna.internal.CignaDocuments.ALK_TEST_REPORT;
import static io.covercrit.cigna.internal.CignaDocuments.DISEASE_STATUS_ON_THERAPY;
import static io.covercrit.core.clauses.Diagnoses.codes;
import static io.covercrit.core.clauses.Diagnoses.firstMatching;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TumorStaging;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** CNF494: the diagnosis and setting, ALK test and progression clauses both pathways use. */
final class AlecensaClauses {
  private AlecensaClauses() {}

  /** How far the disease has spread, as documented. */
  enum Extent { METASTATIC_OR_RECURRENT, NOT_METASTATIC, UNKNOWN }

  /** The extent, decided eagerly, and its description, formatted on read. */
  static final class ExtentFinding {
    final Extent extent;
    final Supplier<String> detail;

    ExtentFinding(Extent extent, Supplier<String> detail) {
      this.extent = extent;
      this.detail = detail;
    }
  }

  static ExtentFinding extent(EvaluationContext ctx) {
    Optional<TumorStaging> staging = ctx.request().tumorStaging();
    if (staging.flatMap(TumorStaging::metastatic).orElse(false)) {
      return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "distant metastasis (M1) documented");
    }
    OptionalInt stage = staging.map(TumorStaging::stageNumber).orElse(OptionalInt.empty());
    if (stage.isPresent() && stage.getAsInt() == 4) {
      return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "stage " + staging.get().stage().get());
    }
    if (staging.flatMap(TumorStaging::recurrent).orElse(false)) {
      return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "recurrent disease documented");
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (isDistantSecondary(d.code())) {
        return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "secondary neoplasm " + Diagnoses.codeDescription(ctx, d));
      }
    }
    if (staging.flatMap(TumorStaging::metastatic).isPresent()) {
      // metastatic is false here: a documented M0.
      return new ExtentFinding(Extent.NOT_METASTATIC, () -> "no distant metastasis (M0)"
          + (stage.isPresent() ? ", stage " + staging.get().stage().get() : "") + secondaryLungNotes(ctx));
    }
    if (stage.isPresent()) {
      return new ExtentFinding(Extent.NOT_METASTATIC, () -> "stage " + staging.get().stage().get()
          + secondaryLungNotes(ctx));
    }
    return new ExtentFinding(Extent.UNKNOWN,
        () -> "extent of disease (metastasis, stage, recurrence) not documented" + secondaryLungNotes(ctx));
  }

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
    if (code.isWithin(SECONDARY_LUNG) || code.isWithin(SECONDARY_MEDIASTINUM)) {
      return false;
    }
    for (Icd10Code secondary : SECONDARY_NEOPLASMS) {
      if (code.isWithin(secondary)) {
        return true;
      }
    }
    return false;
  }

  /** The pathway heading: NSCLC (C34 and histology) in the adjuvant or the advanced/metastatic setting. */
  static Finding diagnosis(EvaluationContext ctx, boolean adjuvantSetting) {
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    if (diagnoses.isEmpty()) {
      return Finding.missing("No diagnosis documented");
    }
    Diagnosis dx = firstMatching(ctx, d -> d.code().isWithin(LUNG_CANCER));
    if (dx == null) {
      return Finding.notMet(() -> "No lung cancer (C34.-) among the diagnoses " + codes(diagnoses));
    }
    Optional<Finding> coding = Diagnoses.codeStatusProblem(ctx, dx, " (site and laterality)",
        d -> "Correct the diagnosis code to a valid, billable C34 code.");
    if (coding.isPresent()) {
      return coding.get();
    }
    Supplier<String> described = () -> Diagnoses.codeDescription(ctx, dx);
    ExtentFinding extent = extent(ctx);
    if (adjuvantSetting && extent.extent == Extent.METASTATIC_OR_RECURRENT) {
      return Finding.notMet(() -> described.get() + "; " + extent.detail.get())
          .because("The disease is metastatic or recurrent, which is not the adjuvant setting.",
              "Request under pathway 2 (recurrent, advanced or metastatic NSCLC).");
    }
    if (!adjuvantSetting && extent.extent == Extent.NOT_METASTATIC) {
      return Finding.notMet(() -> described.get() + "; " + extent.detail.get())
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
    boolean extentMissing = !adjuvantSetting && extent.extent == Extent.UNKNOWN;
    if (histologyMissing || extentMissing) {
      return Finding.missing(() -> described.get()
          + (histologyMissing ? "; histology (non-small cell) not documented" : "")
          + (extentMissing ? "; " + extent.detail.get() : ""));
    }
    return Finding.met(() -> described.get() + ", non-small cell"
        + (extent.extent == Extent.UNKNOWN ? "" : "; " + extent.detail.get()));
  }

  static Criterion ageAtLeast18(String id) {
    return Ages.atLeastYears(id, MINIMUM_AGE)
        .whenNotMet("The patient is younger than " + MINIMUM_AGE + " years.",
            "The criteria found cover adults only; a request for a younger patient needs a medical necessity exception.")
        .build();
  }

  /** Results of a biomarker named ALK as a word: "ALK", "ALK rearrangement", "EML4-ALK", not "ALKBH". */
  static List<BiomarkerResult> alkResults(EvaluationContext ctx) {
    List<BiomarkerResult> alk = new ArrayList<>();
    for (BiomarkerResult result : ctx.request().biomarkers()) {
      for (String word : result.biomarker().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
        if (word.equals("ALK")) {
          alk.add(result);
          break;
        }
      }
    }
    return alk;
  }

  static String describe(BiomarkerResult result) {
    return result.biomarker() + " " + result.status() + result.method().map(m -> " by " + m).orElse("")
        + result.date().map(d -> " (" + d + ")").orElse("");
  }

  static Criterion alkPositive(String id) {
    return Criterion.check(id, "ALK-positive disease")
        .documents(ALK_TEST_REPORT)
        .whenNotMet("The documented ALK test is negative.",
            "Alectinib is covered for ALK-positive disease; if another test detected an ALK rearrangement, attach that report.")
        .whenMissing("No ALK test result is documented.", "Attach the ALK test report.")
        .by(ctx -> {
          List<BiomarkerResult> alk = alkResults(ctx);
          if (alk.isEmpty()) {
            return Finding.missing("No ALK result documented");
          }
          for (BiomarkerResult result : alk) {
            if (result.status() == BiomarkerStatus.POSITIVE) {
              return Finding.met(() -> describe(result));
            }
          }
          for (BiomarkerResult result : alk) {
            if (result.status() == BiomarkerStatus.NEGATIVE) {
              return Finding.notMet(() -> describe(result));
            }
          }
          return Finding.missing(() -> describe(alk.get(0)))
              .because("The ALK test result is indeterminate.",
                  "Retest ALK (another method or a new specimen) and attach the report.");
        });
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
          List<BiomarkerResult> positive = new ArrayList<>();
          boolean negative = false;
          for (BiomarkerResult result : alkResults(ctx)) {
            if (result.status() == BiomarkerStatus.POSITIVE) {
              positive.add(result);
            }
            negative |= result.status() == BiomarkerStatus.NEGATIVE;
          }
          if (positive.isEmpty()) {
            return negative ? Finding.notMet("No ALK alteration detected") : Finding.missing("No positive ALK result documented");
          }
          for (BiomarkerResult result : positive) {
            if (result.testMethod().isPresent() && APPROVED_METHODS.contains(result.testMethod().get())) {
              return Finding.met(() -> describe(result) + ": " + result.testMethod().get()
                  + " has FDA-approved ALK tests; the report must name the assay");
            }
          }
          for (BiomarkerResult result : positive) {
            if (result.testMethod().isEmpty()) {
              return Finding.missing(() -> describe(result) + "; method not documented");
            }
          }
          BiomarkerResult other = positive.get(0);
          return Finding.missing(() -> describe(other) + "; not a method of the FDA-approved ALK tests")
              .because("The ALK result comes from a method (" + other.method().get() + ") for which no FDA-approved ALK"
                      + " test is known.",
                  "Confirm the ALK rearrangement with an FDA-approved test (IHC with VENTANA ALK (D5F3) CDx, FISH or NGS),"
                      + " or attach evidence that the assay used is approved.");
        });
  }

  static Criterion noProgression(String id, String text, boolean adjuvantSetting) {
    return Criterion.check(id, text)
        .documents(DISEASE_STATUS_ON_THERAPY)
        .whenNotMet("The disease has recurred or progressed on alectinib, or no benefit is documented.",
            "Continuation requires no recurrence or progression; discuss next-line therapy, or attach imaging that shows"
                + " stable disease or response.")
        .whenMissing("The disease status on alectinib is not documented.",
            "Attach the latest dated imaging and oncology notes showing no recurrence or progression.")
        .by(ctx -> {
          if (adjuvantSetting && ctx.request().tumorStaging().flatMap(TumorStaging::recurrent).orElse(false)) {
            return Finding.notMet("Recurrence documented during adjuvant therapy");
          }
          Optional<ResponseAssessment> response = ctx.request().response();
          if (response.isEmpty()) {
            return Finding.missing("No assessment of disease status on alectinib");
          }
          Supplier<String> when = () -> response.get().assessedOn().map(d -> " (assessed " + d + ")").orElse("");
          if (response.get().improvements().contains(ResponseMarker.NO_DISEASE_PROGRESSION)) {
            return Finding.met(() -> "No recurrence or progression documented" + when.get());
          }
          return Finding.notMet(() -> "Assessment does not document absence of progression" + when.get());
        });
  }
}
