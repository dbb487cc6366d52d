package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaClauses.*;
import static io.covercrit.cigna.alecensa.AlecensaCnf494.*;
import static io.covercrit.cigna.alecensa.AlecensaMetastatic.*;
import static io.covercrit.cigna.internal.CignaDocuments.NSCLC_PATHOLOGY;
import static io.covercrit.cigna.internal.CignaDocuments.ONCOLOGY_TREATMENT_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.STAGING_REPORTS;
import static io.covercrit.cigna.internal.CignaDocuments.SURGICAL_PATHOLOGY;

import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** CNF494 1: adjuvant treatment after resection of ALK-positive NSCLC, and the 2-year course limit. */
final class AlecensaAdjuvant {
  private AlecensaAdjuvant() {}

  static Pathway pathway() {
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
                        List.of(tumorAtLeast4Cm("CNF-494 1.C (4 cm or larger)"), nodePositive("CNF-494 1.C (node-positive)"))))),
            approvedAlkTest("CNF-494 1.D"),
            withinTwoYearCourse("CNF-494 1 (2-year total)"))
        .response(noProgression("CNF-494 Reauthorization 1", "No disease recurrence on adjuvant alectinib", true))
        .approvals(ADJUVANT_COURSE, ADJUVANT_COURSE)
        .approvalCap(AlecensaAdjuvant::adjuvantCourseEnd)
        .build();
  }

  /**
   * "Used after tumor resection": the digest does not say "complete". R0 meets it; residual
   * tumour (R1, R2) or an unassessed margin (RX) is MISSING, not NOT_MET, because only the guide
   * and the analogs ask for R0, and Cigna's reviewer may or may not.
   */
  static Criterion resection(String id) {
    return Criterion.check(id, "The tumor was resected")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The tumor was not resected.",
            "Adjuvant alectinib follows tumor resection; for unresected disease, request under the advanced/metastatic"
                + " pathway if it applies.")
        .whenMissing("The resection is not documented.",
            "Attach the operative note and the surgical pathology report with the margin status.")
        .by(ctx -> {
          Optional<TumorStaging.Resection> resection = ctx.request().tumorStaging().flatMap(TumorStaging::resection);
          if (resection.isEmpty()) {
            return Finding.missing("Resection not documented");
          }
          switch (resection.get()) {
            case R0:
              return Finding.met("Complete resection (R0)");
            case RX:
              return Finding.missing("Resected; margin status not assessed (RX)")
                  .because("Whether the resection was complete is not documented; Cigna may require complete (R0)"
                          + " resection.",
                      "Attach the surgical pathology report stating the margin status (R0).");
            case NOT_RESECTED:
              return Finding.notMet("Tumor not resected");
            default:
              return Finding.missing(() -> "Resected with residual tumor (" + resection.get() + ")")
                  .because("The resection left residual tumor (" + resection.get() + "). Cigna's criteria say \"after"
                          + " tumor resection\"; a patient guide and other payers' policies require complete (R0)"
                          + " resection, and Cigna may too.",
                      "Attach the operative note and the surgical pathology report (margin status, any re-resection)"
                          + " so the reviewer can judge the resection; Cigna may require complete (R0) resection.");
          }
        });
  }

  static Criterion tumorAtLeast4Cm(String id) {
    return Criterion.check(id, "Resected tumor 4 cm or larger (greatest dimension)")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The resected tumor was smaller than 4 cm.",
            "Meet the node-positive alternative, or correct the documented tumor size.")
        .whenMissing("The tumor size is not documented.",
            "Attach the surgical pathology report with the greatest tumor dimension in cm.")
        .by(ctx -> {
          Optional<BigDecimal> size = ctx.request().tumorStaging().flatMap(TumorStaging::primaryTumorSizeCm);
          if (size.isEmpty()) {
            return Finding.missing("Tumor size not documented");
          }
          Supplier<String> detail = () -> "Tumor " + size.get().toPlainString() + " cm (4 cm or larger required)";
          return size.get().compareTo(MINIMUM_TUMOR_CM) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  static Criterion nodePositive(String id) {
    return Criterion.check(id, "Node-positive disease (N1-N3)")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The lymph nodes were negative (N0).", "Meet the 4 cm alternative, or correct the documented nodal status.")
        .whenMissing("The lymph node status is not documented.",
            "Attach the surgical pathology report with the lymph node status (pN).")
        .by(ctx -> {
          Optional<TumorStaging.NodalStatus> nodes = ctx.request().tumorStaging().flatMap(TumorStaging::nodalStatus);
          if (nodes.isEmpty()) {
            return Finding.missing("Nodal status not documented");
          }
          if (nodes.get() == TumorStaging.NodalStatus.NX) {
            return Finding.missing("Regional lymph nodes not assessed (NX)");
          }
          return nodes.get().isPositive() ? Finding.met(() -> "Node-positive (" + nodes.get() + ")")
              : Finding.notMet("Node-negative (N0)");
        });
  }

  /** The earliest documented start of alectinib, if any use of it is documented with a start date. */
  static List<TherapyTrial> alectinibUse(EvaluationContext ctx) {
    List<TherapyTrial> use = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (trial.outcome() != TrialOutcome.CONTRAINDICATED && DrugNames.mentionsAny(trial.drug(), ALECTINIB)) {
        use.add(trial);
      }
    }
    return use;
  }

  static Optional<LocalDate> firstStart(List<TherapyTrial> use) {
    LocalDate first = null;
    for (TherapyTrial trial : use) {
      if (trial.start().isEmpty()) {
        return Optional.empty();
      }
      if (first == null || trial.start().get().isBefore(first)) {
        first = trial.start().get();
      }
    }
    return Optional.ofNullable(first);
  }

  static Optional<LocalDate> adjuvantCourseEnd(EvaluationContext ctx) {
    return firstStart(alectinibUse(ctx)).map(start -> start.plus(ADJUVANT_COURSE));
  }

  static Criterion withinTwoYearCourse(String id) {
    return Criterion.check(id, "Within the total duration of 2 years of adjuvant alectinib")
        .documents(ONCOLOGY_TREATMENT_HISTORY)
        .whenNotMet("The 2-year adjuvant course of alectinib is complete.",
            "Adjuvant alectinib is approved for 2 years in total; for recurrence, request under the advanced/metastatic"
                + " pathway with the staging reports.")
        .whenMissing("The date alectinib was started is not documented.",
            "Document the date of the first dose of alectinib (prescription or dispensing records).")
        .by(ctx -> {
          List<TherapyTrial> use = alectinibUse(ctx);
          if (use.isEmpty()) {
            if (ctx.request().requestType() == RequestType.REAUTHORIZATION) {
              return Finding.missing("Continuation requested; start of alectinib not documented");
            }
            return Finding.met("No earlier alectinib documented: the 2-year course starts with this approval");
          }
          Optional<LocalDate> start = firstStart(use);
          if (start.isEmpty()) {
            return Finding.missing("Alectinib use documented without its start date");
          }
          LocalDate courseEnd = start.get().plus(ADJUVANT_COURSE);
          if (!ctx.asOf().isBefore(courseEnd)) {
            return Finding.notMet(() -> "Alectinib started " + start.get() + "; the 2-year course ended " + courseEnd);
          }
          return Finding.met(() -> "Alectinib started " + start.get() + "; the 2-year course ends " + courseEnd + " ("
              + ChronoUnit.DAYS.between(ctx.asOf(), courseEnd) + " days left)");
        });
  }
}
