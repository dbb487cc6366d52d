package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.CORTICOSTEROID_TAPER_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.INHALED_THERAPY_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.SPIROMETRY;
import static io.covercrit.cigna.internal.CignaDocuments.SYSTEMIC_CORTICOSTEROID_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.DaySpan;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.LabRoutes;
import io.covercrit.core.clauses.Labs;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.Trials;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** IP0453 1. Asthma: the pathway and the clauses only it uses. */
final class DupixentAsthma {
  private DupixentAsthma() {}

  private static final Trials.None NO_ORAL_CORTICOSTEROID = Trials.none("oral corticosteroid course");

  static Pathway pathway() {
    return Pathway.builder(P + "1", "Asthma")
        // The asthma guide writes "J82"; since FY2023 that is a category and eosinophilic asthma is J82.83.
        .diagnosis(Diagnoses.within(P + "1.dx", "Diagnosis of asthma (ICD-10-CM J45.-, or eosinophilic asthma J82.83)",
            "asthma (J45.-, J82.83)", ASTHMA, EOSINOPHILIC_ASTHMA).build())
        .criteria(
            Ages.atLeastYears(P + "1.A", 6).build(),
            Criterion.anyOf(P + "1.B", "ONE of the following (1.B.a or 1.B.b)",
                Remedy.of("Neither an eosinophilic phenotype (blood eosinophils of 150 cells/µL or more) nor oral"
                        + " corticosteroid-dependent asthma is documented.",
                    "Attach a blood eosinophil count from the last 6 weeks (or from before a biologic was started), or"
                        + " document at least 6 months of oral corticosteroid at 5 mg/day prednisone-equivalent or more."),
                List.of(
                    eosinophils(P + "1.B.a", ASTHMA_EOSINOPHILS_PER_UL, LabRoutes.Route.EITHER,
                        "Blood eosinophils of 150 cells/µL or more within the previous 6 weeks, or before starting Dupixent"
                            + " or another monoclonal antibody that may lower eosinophils"),
                    oralCorticosteroidDependence(P + "1.B.b"))),
            controllerTherapy(P + "1.C",
                "At least 3 consecutive months of combination therapy with BOTH (a) an inhaled corticosteroid AND (b) at"
                    + " least one additional asthma controller or maintenance medication",
                EnumSet.of(Component.ICS, Component.ASTHMA_CONTROLLER), false),
            Criterion.anyOf(P + "1.D", "Asthma uncontrolled at baseline: ONE of the following",
                Remedy.of("Uncontrolled asthma at baseline is not documented.",
                    "Document 2 or more exacerbations needing systemic corticosteroids, or an asthma hospitalization,"
                        + " emergency or urgent care visit in the past year, or spirometry with FEV1 below 80% predicted or"
                        + " FEV1/FVC below 0.80, or worsening when oral corticosteroids were tapered."),
                List.of(
                    exacerbations(P + "1.D (exacerbations)",
                        "2 or more asthma exacerbations requiring systemic corticosteroids in the previous year", 2,
                        Flare::systemicCorticosteroids, "exacerbation(s) treated with systemic corticosteroids"),
                    exacerbations(P + "1.D (acute care)",
                        "1 or more asthma exacerbations requiring hospitalization, an emergency department or urgent care"
                            + " visit in the previous year", 1,
                        f -> f.hospitalized() || f.emergencyOrUrgentCare(),
                        "exacerbation(s) needing hospitalization, emergency or urgent care"),
                    fev1PercentPredicted(P + "1.D (FEV1)"),
                    fev1FvcRatio(P + "1.D (FEV1/FVC)"),
                    worsensOnTaper(P + "1.D (corticosteroid taper)"))),
            Prescribers.prescribedBy(P + "1.E", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.PULMONOLOGY),
                "an allergist, immunologist, or pulmonologist").build())
        .reauthorization(
            dupixentReceived(P + "1.R1", 6),
            stillOn(P + "1.R2", "Patient continues to receive an inhaled corticosteroid (alone or in a combination inhaler)",
                EnumSet.of(Component.ICS), "an inhaled corticosteroid", INHALED_THERAPY_HISTORY),
            responded(P + "1.R3", ASTHMA_RESPONSE, true,
                "decreased exacerbations, symptoms, hospitalizations, emergency or urgent care visits, or oral corticosteroid"
                    + " use"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion oralCorticosteroidDependence(String id) {
    return Criterion.check(id, "Per the prescriber, oral corticosteroid-dependent asthma: 5 mg/day or more of oral prednisone"
            + " or equivalent for at least 6 months")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("Oral corticosteroid use of 5 mg/day prednisone-equivalent or more for 6 months is not documented.",
            "Document each oral corticosteroid course with its daily dose and dates, showing 6 months at 5 mg/day or more.")
        .whenMissing("The oral corticosteroid history (drug, daily dose, dates) is not documented.",
            "Attach oral corticosteroid prescription records with the daily dose, start and stop dates.")
        .by(DupixentAsthma::oralCorticosteroidFinding);
  }

  private static Finding oralCorticosteroidFinding(EvaluationContext ctx) {
    List<DaySpan> qualifying = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    boolean any = false;
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      Drug drug = trial.drug();
      if (!isOralCorticosteroid(drug) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        continue;
      }
      any = true;
      Optional<BigDecimal> equalTo5 = mgEqualTo5MgPrednisone(drug);
      Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf());
      if (trial.dailyDose().isEmpty()) {
        missing.add("daily dose of " + drug.name() + " not documented");
      } else if (equalTo5.isEmpty()) {
        missing.add(drug.name() + ": prednisone equivalent not known; name the corticosteroid (prednisone, prednisolone,"
            + " methylprednisolone, dexamethasone, hydrocortisone)");
      } else if (trial.start().isEmpty()) {
        missing.add("start date of " + drug.name() + " not documented");
      } else if (span.isEmpty()) {
        notMet.add(drug.name() + " starts after " + ctx.asOf());
      } else {
        BigDecimal prednisone = trial.dailyDose().get().to(Unit.MILLIGRAMS_PER_DAY).multiply(OCS_PREDNISONE_MG_PER_DAY)
            .divide(equalTo5.get(), MathContext.DECIMAL64);
        String dose = drug.name() + " " + trial.dailyDose().get() + " = " + Labs.plain(prednisone)
            + " mg/day prednisone-equivalent";
        if (prednisone.compareTo(OCS_PREDNISONE_MG_PER_DAY) < 0) {
          notMet.add(dose + " (5 required)");
        } else {
          qualifying.add(span.get());
          notMet.add(dose + " from " + span.get().first() + " to " + span.get().last());
        }
      }
    }
    for (DaySpan run : DaySpan.merge(qualifying)) {
      if (run.spansMonths(OCS_MONTHS)) {
        return Finding.met(() -> "5 mg/day prednisone-equivalent or more from " + run.first() + " to " + run.last() + " ("
            + run.days() + " days; 6 months reached on " + run.monthsReachedOn(OCS_MONTHS) + ")");
      }
    }
    if (!missing.isEmpty()) {
      return Finding.missing(() -> String.join("; ", missing));
    }
    if (!any) {
      return NO_ORAL_CORTICOSTEROID.of(ctx);
    }
    return Finding.notMet(() -> String.join("; ", notMet) + " (6 consecutive months at 5 mg/day or more required)");
  }

  private static Criterion fev1PercentPredicted(String id) {
    return Labs.latest(id, "Baseline FEV1 less than 80% of predicted", Analyte.FEV1_PERCENT_PREDICTED, Unit.PERCENT,
            Labs.Comparison.BELOW, FEV1_PERCENT_PREDICTED_BELOW, null, "FEV1", "%")
        .documents(SPIROMETRY)
        .whenNotMet("The most recent FEV1 is 80% of predicted or more.",
            "Meet another 1.D alternative, or attach a more recent spirometry showing FEV1 below 80% predicted.")
        .whenMissing("No spirometry (FEV1 % predicted) is documented.", "Attach the dated spirometry report.")
        .build();
  }

  private static Criterion fev1FvcRatio(String id) {
    return Labs.latest(id, "Baseline FEV1/FVC less than 0.80", Analyte.FEV1_FVC_RATIO, Unit.RATIO, Labs.Comparison.BELOW,
            FEV1_FVC_BELOW, null, "FEV1/FVC", "")
        .documents(SPIROMETRY)
        .whenNotMet("The most recent FEV1/FVC is 0.80 or more.",
            "Meet another 1.D alternative, or attach a more recent spirometry showing FEV1/FVC below 0.80.")
        .whenMissing("No spirometry (FEV1/FVC) is documented.", "Attach the dated spirometry report.")
        .build();
  }

  private static Criterion worsensOnTaper(String id) {
    return FindingHistory.afterTrial(id, "Asthma worsens when oral corticosteroids are tapered",
            ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER, DupixentClauses::isOralCorticosteroid,
            "Worsening on oral corticosteroid taper documented", "Documented: no worsening on oral corticosteroid taper",
            "Oral corticosteroid course documented; effect of tapering not documented",
            "No oral corticosteroid course documented to taper")
        .documents(CORTICOSTEROID_TAPER_NOTES)
        .whenNotMet("Worsening of asthma on an oral corticosteroid taper is not documented.",
            "Meet another 1.D alternative, or document the taper attempt and the worsening that followed.")
        .whenMissing("An oral corticosteroid course is documented but not what happened when it was tapered.",
            "Document whether the asthma worsened when the oral corticosteroid was tapered.")
        .build();
  }
}
