package io.covercrit.core.clauses;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TumorStaging;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Oncology clauses on the documented {@link TumorStaging} (size, nodes, resection, spread) and on
 * the disease status on the requested drug. What is not documented is MISSING; so is what the
 * staging says cannot be assessed (NX, RX).
 */
public final class Tumors {
  private Tumors() {}

  /** How far the disease has spread, as documented. */
  public enum Spread {
    /** Distant metastasis (M1 or stage IV), recurrence, or a distant secondary neoplasm among the diagnoses. */
    METASTATIC_OR_RECURRENT,
    /** A documented M0 or a stage below IV, and nothing that shows spread or recurrence. */
    NOT_METASTATIC,
    /** Neither documented. */
    UNKNOWN
  }

  /** The spread, decided on creation, and its description, formatted on read. Immutable. */
  public static final class Extent {
    private final Spread spread;
    private final Supplier<String> detail;

    private Extent(Spread spread, Supplier<String> detail) {
      this.spread = spread;
      this.detail = detail;
    }

    /** The spread. */
    public Spread spread() {
      return spread;
    }

    /** What shows it, e.g. "distant metastasis (M1) documented" or "no distant metastasis (M0), stage IIB". */
    public String detail() {
      return detail.get();
    }
  }

  /**
   * The extent of the disease: M1, stage IV, recurrence or a diagnosis code {@code distantSecondary}
   * accepts show spread, in that order; else a documented M0 or stage shows none; else it is unknown.
   *
   * @param notes appended to the detail when no spread is shown, e.g. why a secondary code does not count
   */
  public static Extent extent(EvaluationContext ctx, Predicate<Icd10Code> distantSecondary,
      Function<EvaluationContext, String> notes) {
    Optional<TumorStaging> staging = ctx.request().tumorStaging();
    if (staging.flatMap(TumorStaging::metastatic).orElse(false)) {
      return new Extent(Spread.METASTATIC_OR_RECURRENT, () -> "distant metastasis (M1) documented");
    }
    OptionalInt stage = staging.map(TumorStaging::stageNumber).orElse(OptionalInt.empty());
    if (stage.isPresent() && stage.getAsInt() == 4) {
      return new Extent(Spread.METASTATIC_OR_RECURRENT, () -> "stage " + staging.get().stage().get());
    }
    if (staging.flatMap(TumorStaging::recurrent).orElse(false)) {
      return new Extent(Spread.METASTATIC_OR_RECURRENT, () -> "recurrent disease documented");
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (distantSecondary.test(d.code())) {
        return new Extent(Spread.METASTATIC_OR_RECURRENT, () -> "secondary neoplasm " + Diagnoses.codeDescription(ctx, d));
      }
    }
    if (staging.flatMap(TumorStaging::metastatic).isPresent()) {
      // metastatic is false here: a documented M0.
      return new Extent(Spread.NOT_METASTATIC, () -> "no distant metastasis (M0)"
          + (stage.isPresent() ? ", stage " + staging.get().stage().get() : "") + notes.apply(ctx));
    }
    if (stage.isPresent()) {
      return new Extent(Spread.NOT_METASTATIC, () -> "stage " + staging.get().stage().get() + notes.apply(ctx));
    }
    return new Extent(Spread.UNKNOWN,
        () -> "extent of disease (metastasis, stage, recurrence) not documented" + notes.apply(ctx));
  }

  /** "Tumor {@code cm} cm or larger" (greatest dimension of the primary tumour): the limit itself meets it. */
  public static ClauseBuilder sizeAtLeastCm(String id, String text, BigDecimal cm) {
    String limit = cm.stripTrailingZeros().toPlainString();
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<BigDecimal> size = ctx.request().tumorStaging().flatMap(TumorStaging::primaryTumorSizeCm);
      if (size.isEmpty()) {
        return Finding.missing("Tumor size not documented");
      }
      Supplier<String> detail = () -> "Tumor " + size.get().toPlainString() + " cm (" + limit + " cm or larger required)";
      return size.get().compareTo(cm) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
    })
        .whenNotMet("The tumor was smaller than " + limit + " cm.", "Correct the documented tumor size if it is wrong.")
        .whenMissing("The tumor size is not documented.",
            "Attach the surgical pathology report with the greatest tumor dimension in cm.");
  }

  /** "Node-positive disease": N1-N3 MET, N0 NOT_MET, NX (not assessed) or no nodal status MISSING. */
  public static ClauseBuilder nodePositive(String id, String text) {
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<TumorStaging.NodalStatus> nodes = ctx.request().tumorStaging().flatMap(TumorStaging::nodalStatus);
      if (nodes.isEmpty()) {
        return Finding.missing("Nodal status not documented");
      }
      if (nodes.get() == TumorStaging.NodalStatus.NX) {
        return Finding.missing("Regional lymph nodes not assessed (NX)");
      }
      return nodes.get().isPositive() ? Finding.met(() -> "Node-positive (" + nodes.get() + ")")
          : Finding.notMet("Node-negative (N0)");
    })
        .whenNotMet("The lymph nodes were negative (N0).", "Correct the documented nodal status if it is wrong.")
        .whenMissing("The lymph node status is not documented.",
            "Attach the surgical pathology report with the lymph node status (pN).");
  }

  /**
   * "The tumor was completely resected": R0 MET; not resected or residual tumour (R1, R2) NOT_MET;
   * an unassessed margin (RX) or no resection documented MISSING.
   */
  public static ClauseBuilder resected(String id, String text) {
    return resected(id, text, r -> r == TumorStaging.Resection.RX
        ? Finding.missing("Resected; margin status not assessed (RX)")
        : Finding.notMet(() -> "Resected with residual tumor (" + r + ")"));
  }

  /**
   * As {@link #resected(String, String)}, with the policy's own finding for a resection that is not
   * shown complete (R1, R2, RX), e.g. MISSING where the policy does not say "complete".
   */
  public static ClauseBuilder resected(String id, String text, Function<TumorStaging.Resection, Finding> notComplete) {
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<TumorStaging.Resection> resection = ctx.request().tumorStaging().flatMap(TumorStaging::resection);
      if (resection.isEmpty()) {
        return Finding.missing("Resection not documented");
      }
      switch (resection.get()) {
        case R0:
          return Finding.met("Complete resection (R0)");
        case NOT_RESECTED:
          return Finding.notMet("Tumor not resected");
        default:
          return notComplete.apply(resection.get());
      }
    })
        .whenNotMet("The tumor was not resected.", "Correct the documented resection if it is wrong.")
        .whenMissing("The resection is not documented.",
            "Attach the operative note and the surgical pathology report with the margin status.");
  }

  /**
   * "No disease progression on {@code drug}": MET when the response assessment names
   * {@link ResponseMarker#NO_DISEASE_PROGRESSION}, NOT_MET when it does not, MISSING without one.
   *
   * @param drug the requested drug in words, e.g. "alectinib"
   */
  public static ClauseBuilder noProgression(String id, String text, String drug) {
    return noProgression(id, text, drug, null);
  }

  /**
   * As {@link #noProgression(String, String, String)}, and NOT_MET first when the staging
   * documents recurrence ("Recurrence documented during {@code therapy} therapy").
   *
   * @param therapy the setting in words, e.g. "adjuvant"
   */
  public static ClauseBuilder noRecurrence(String id, String text, String drug, String therapy) {
    return noProgression(id, text, drug, therapy);
  }

  private static ClauseBuilder noProgression(String id, String text, String drug, String recurrenceTherapy) {
    return new ClauseBuilder(id, text, StandardDocuments.RESPONSE_TO_THERAPY, ctx -> {
      if (recurrenceTherapy != null && ctx.request().tumorStaging().flatMap(TumorStaging::recurrent).orElse(false)) {
        return Finding.notMet("Recurrence documented during " + recurrenceTherapy + " therapy");
      }
      Optional<ResponseAssessment> response = ctx.request().response();
      if (response.isEmpty()) {
        return Finding.missing("No assessment of disease status on " + drug);
      }
      Supplier<String> when = () -> response.get().assessedOn().map(d -> " (assessed " + d + ")").orElse("");
      if (response.get().improvements().contains(ResponseMarker.NO_DISEASE_PROGRESSION)) {
        return Finding.met(() -> "No recurrence or progression documented" + when.get());
      }
      return Finding.notMet(() -> "Assessment does not document absence of progression" + when.get());
    })
        .whenNotMet("The disease has recurred or progressed on " + drug + ", or no benefit is documented.",
            "Continuation requires no recurrence or progression; discuss next-line therapy, or attach imaging that shows"
                + " stable disease or response.")
        .whenMissing("The disease status on " + drug + " is not documented.",
            "Attach the latest dated imaging and oncology notes showing no recurrence or progression.");
  }
}
