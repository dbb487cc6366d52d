package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.STILLS_PRIOR_THERAPY;
import static io.covercrit.core.clauses.Trials.triedWithoutSuccess;

import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Diagnosis;
import java.time.Period;

/**
 * IP0235 pathway 5, Still's disease (adult-onset Still's disease and systemic JIA): the diagnosis
 * (5.dx), age (5.A), prior therapy (5.B, the guides' reading), prescriber (5.C) and Reauthorization
 * 5. The conflict between the sources on 5.B is documented on {@link IlarisIp0235}.
 */
final class IlarisStillsDisease {
  static final int STILLS_MINIMUM_AGE = 2;
  static final Period STILLS_APPROVAL = Period.ofMonths(3);

  private IlarisStillsDisease() {}

  static Pathway pathway() {
    return IlarisClauses.renewable(Pathway.builder("IP0235 5",
            "Still's Disease (Adult-Onset Still's Disease and Systemic Juvenile Idiopathic Arthritis)")
        .diagnosis(Criterion.check("IP0235 5.dx",
                "Diagnosis of Still's disease: adult-onset Still's disease (M06.1) or systemic JIA (M08.2-)")
            .documents(DIAGNOSIS_NOTES)
            .whenNotMet("The request is not for Still's disease.",
                "Submit under the pathway that matches the diagnosis, or document Still's disease (M06.1 or M08.2-).")
            .whenMissing("The diagnosis is not documented.",
                "Attach clinical notes with the Still's disease diagnosis and its billable ICD-10-CM code.")
            .by(IlarisStillsDisease::stillsDiagnosis))
        .criteria(
            IlarisClauses.ageAtLeast("IP0235 5.A", STILLS_MINIMUM_AGE),
            Criterion.check("IP0235 5.B", "Tried ONE systemic therapy for Still's disease (an NSAID, a systemic corticosteroid, a"
                    + " conventional DMARD such as methotrexate, or another biologic) without adequate response, or it is not"
                    + " tolerated or contraindicated")
                .documents(STILLS_PRIOR_THERAPY)
                .whenNotMet("No failure, intolerance or contraindication of standard therapy for Still's disease is documented.",
                    "Document a trial of an NSAID, a systemic corticosteroid or methotrexate (or another DMARD or biologic) with"
                        + " its outcome, or the contraindication.")
                .whenMissing("Prior therapy for Still's disease is not documented.",
                    "Attach the treatment history: each NSAID, corticosteroid, DMARD or biologic with dates, dose and the reason"
                        + " for stopping.")
                .by(ctx -> triedWithoutSuccess(ctx, IlarisDrugs::isStillsStandardTherapy,
                    "NSAID, systemic corticosteroid, conventional DMARD or biologic")),
            IlarisClauses.prescribedBy("IP0235 5.C", IlarisClauses.RHEUMATOLOGIST, "a rheumatologist")),
        "5", STILLS_APPROVAL, IlarisClauses.DOSING_INTERVAL);
  }

  private static Finding stillsDiagnosis(EvaluationContext ctx) {
    Finding coded = Diagnoses.codedFinding(ctx, IlarisClauses::isStills, "Still's disease (M06.1, M08.2-)");
    for (Diagnosis d : ctx.request().diagnoses()) {
      // Without a usable Still's code: the NC guide's "M04.10 Systemic juvenile idiopathic arthritis".
      if (coded.status() != Status.MET && d.code().isWithin(IlarisClauses.PERIODIC_FEVER_SYNDROMES)
          && !d.code().equals(IlarisClauses.PERIODIC_FEVER_SYNDROMES)
          && ctx.codes().status(d.code()) == Icd10CodeSet.CodeStatus.DOES_NOT_EXIST) {
        return Finding.missing(() -> d.code() + " is not an ICD-10-CM code")
            .because("The diagnosis code " + d.code() + " does not exist; a patient guide lists M04.10 for systemic JIA in"
                    + " error (M04.1 is the periodic fever syndromes).",
                "Code systemic JIA as M08.2- (e.g. M08.20, or the joint site) or adult-onset Still's disease as M06.1.");
      }
    }
    return coded;
  }
}
