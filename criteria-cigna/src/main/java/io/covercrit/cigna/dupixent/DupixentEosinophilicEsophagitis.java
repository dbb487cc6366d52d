package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.BODY_WEIGHT;
import static io.covercrit.cigna.internal.CignaDocuments.DIETARY_THERAPY_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.ESOPHAGEAL_BIOPSY;
import static io.covercrit.cigna.internal.CignaDocuments.PROTON_PUMP_INHIBITOR_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.ClinicalFindings;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.Labs;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.StrictTrials;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** IP0453 4. Eosinophilic Esophagitis: the pathway and the clauses only it uses. */
final class DupixentEosinophilicEsophagitis {
  private DupixentEosinophilicEsophagitis() {}

  static Pathway pathway() {
    return Pathway.builder(P + "4", "Eosinophilic Esophagitis")
        .diagnosis(Diagnoses.within(P + "4.dx", "Diagnosis of eosinophilic esophagitis (ICD-10-CM K20.0)",
            "eosinophilic esophagitis (K20.0)", EOSINOPHILIC_ESOPHAGITIS).build())
        .criteria(
            Ages.atLeastYears(P + "4.A", 1).build(),
            weightAtLeast15Kg(P + "4.B"),
            esophagealEosinophils(P + "4.C"),
            noSecondaryCause(P + "4.D", "Patient does not have a secondary cause of eosinophilic esophagitis",
                "eosinophilic esophagitis"),
            StrictTrials.daysOfUse(P + "4.E", "At least 8 weeks (56 days) of proton pump inhibitor therapy",
                    DupixentEosinophilicEsophagitis::isProtonPumpInhibitor, "proton pump inhibitor", PPI_DAYS, "digest")
                .documents(PROTON_PUMP_INHIBITOR_HISTORY)
                .whenNotMet("Proton pump inhibitor therapy of at least 8 weeks is not documented.",
                    "Document at least 56 days of a proton pump inhibitor (product, dose, start and stop dates).")
                .whenMissing("The proton pump inhibitor history is not documented.",
                    "Attach proton pump inhibitor prescription records with start and stop dates.")
                .build(),
            Criterion.anyOf(P + "4.F", "ONE of the following (4.F.a or 4.F.b)",
                Remedy.of("Neither a trial of dietary modification nor the prescriber's judgement that the patient is not"
                        + " a candidate is documented.",
                    "Document the dietary therapy tried, or why the patient is not a candidate for it."),
                List.of(
                    ClinicalFindings.documented(P + "4.F.a", "Patient has tried dietary modification",
                        ClinicalFindingKind.DIETARY_THERAPY_TRIED, "dietary modification tried")
                        .documents(DIETARY_THERAPY_NOTES).build(),
                    ClinicalFindings.documented(P + "4.F.b", "Per the provider, the patient is not a candidate for dietary"
                            + " modification", ClinicalFindingKind.NOT_A_CANDIDATE_FOR_DIETARY_THERAPY,
                        "not a candidate for dietary modification").documents(DIETARY_THERAPY_NOTES).build())),
            Prescribers.prescribedBy(P + "4.G", EnumSet.of(Specialty.ALLERGY, Specialty.GASTROENTEROLOGY),
                "an allergist or gastroenterologist").build())
        .reauthorization(
            dupixentReceived(P + "4.R1", 6),
            responded(P + "4.R2", EOE_RESPONSE, false,
                "(a) lower intraepithelial eosinophil count, (b) less dysphagia or pain on swallowing, or (c) fewer or less"
                    + " severe food impactions"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion weightAtLeast15Kg(String id) {
    return Criterion.check(id, "Patient weighs at least 15 kg")
        .documents(BODY_WEIGHT)
        .whenNotMet("The patient weighs less than 15 kg.", "Re-request once the patient weighs 15 kg or more.")
        .whenMissing("The body weight is not documented.", "Document the current body weight in kg with the date.")
        .by(ctx -> {
          Optional<LabResult> weight = Labs.latest(ctx, Analyte.BODY_WEIGHT, null);
          if (weight.isEmpty()) {
            return Finding.missing("Body weight not documented");
          }
          BigDecimal kg = weight.get().value().to(Unit.KILOGRAM);
          Supplier<String> detail = () -> "Weight " + Labs.plain(kg) + " kg on " + weight.get().date()
              + " (15 kg or more required)";
          return kg.compareTo(EOE_MIN_WEIGHT_KG) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion esophagealEosinophils(String id) {
    return FindingHistory.peakCountAtLeast(id, "Endoscopic biopsy shows at least 15 intraepithelial eosinophils per"
            + " high-power field", ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF, EOE_EOSINOPHILS_PER_HPF,
            "eosinophils per high-power field", "Biopsy documented without an eosinophil count",
            "No esophageal biopsy result documented")
        .documents(ESOPHAGEAL_BIOPSY)
        .whenNotMet("The documented biopsy shows fewer than 15 eosinophils per high-power field.",
            "Attach a biopsy report showing 15 or more intraepithelial eosinophils per high-power field.")
        .whenMissing("The esophageal biopsy result is not documented.",
            "Attach the esophageal biopsy pathology report with the peak eosinophil count per high-power field.")
        .build();
  }

  private static boolean isProtonPumpInhibitor(Drug drug) {
    return drug.isOfClass(DrugClass.PROTON_PUMP_INHIBITOR) || DrugNames.mentionsAny(drug, PROTON_PUMP_INHIBITORS);
  }
}
