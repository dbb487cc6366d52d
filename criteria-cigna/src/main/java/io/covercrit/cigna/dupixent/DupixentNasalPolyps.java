package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.INTRANASAL_STEROID_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.NASAL_POLYP_EVIDENCE;
import static io.covercrit.cigna.internal.CignaDocuments.NASAL_POLYP_SURGERY_RECORD;
import static io.covercrit.cigna.internal.CignaDocuments.SYMPTOM_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.SYSTEMIC_CORTICOSTEROID_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.RelatedCodes;
import io.covercrit.core.clauses.StrictTrials;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Specialty;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;

/** IP0453 3. Chronic Rhinosinusitis with Nasal Polyps: the pathway and the clauses only it uses. */
final class DupixentNasalPolyps {
  private DupixentNasalPolyps() {}

  static Pathway pathway() {
    return Pathway.builder(P + "3", "Chronic Rhinosinusitis with Nasal Polyps")
        .diagnosis(RelatedCodes.diagnosis(P + "3.dx", "Diagnosis of chronic rhinosinusitis with nasal polyps (ICD-10-CM"
                + " J33.-; a J32.- sinusitis code alone does not show the polyps)", "nasal polyps (J33.-)",
            c -> c.isWithin(NASAL_POLYP), List.of(NASAL_POLYP),
            RelatedCodes.related(c -> c.isWithin(CHRONIC_SINUSITIS), Status.MISSING, "chronic sinusitis coded without nasal"
                + " polyps", c -> "Chronic rhinosinusitis is coded without nasal polyps.",
                "Document the nasal polyps and add their ICD-10-CM code (J33.-).")).build())
        .criteria(
            Ages.atLeastYears(P + "3.A", 12).build(),
            nasalPolypConfirmation(P + "3.B"),
            nasalSymptoms(P + "3.C"),
            Criterion.allOf(P + "3.D", "At least 4 weeks of an intranasal corticosteroid, which will be continued with Dupixent",
                List.of(intranasalSteroidTrial(P + "3.D (trial)"),
                    stillOn(P + "3.D (continued)", "The intranasal corticosteroid will be continued in combination with Dupixent",
                        EnumSet.of(Component.INTRANASAL_CORTICOSTEROID), "an intranasal corticosteroid",
                        INTRANASAL_STEROID_HISTORY))),
            Criterion.anyOf(P + "3.E", "ONE of the following (3.E.a, 3.E.b or 3.E.c)",
                Remedy.of("No systemic corticosteroid course in the past 2 years, contraindication to systemic"
                        + " corticosteroids, or prior nasal polyp surgery is documented.",
                    "Document a systemic corticosteroid course of 5 days or more in the past 2 years (dates), the"
                        + " contraindication, or the prior nasal polyp surgery."),
                List.of(systemicSteroidCourse(P + "3.E.a"), systemicSteroidContraindicated(P + "3.E.b"),
                    nasalPolypSurgery(P + "3.E.c"))),
            Prescribers.prescribedBy(P + "3.F", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.OTOLARYNGOLOGY),
                "an allergist, immunologist, or otolaryngologist").build())
        .reauthorization(
            dupixentReceived(P + "3.R1", 6),
            stillOn(P + "3.R2", "Patient continues to receive an intranasal corticosteroid",
                EnumSet.of(Component.INTRANASAL_CORTICOSTEROID), "an intranasal corticosteroid", INTRANASAL_STEROID_HISTORY),
            responded(P + "3.R3", CRSWNP_RESPONSE, true,
                "smaller nasal polyps, less nasal congestion, less sinus opacification, better sense of smell"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion nasalPolypConfirmation(String id) {
    return FindingHistory.anyPresent(id, "CRSwNP confirmed by direct examination, endoscopy, or sinus computed tomography",
            NASAL_POLYP_CONFIRMATIONS, "Examination documented without nasal polyps", "No confirming examination documented")
        .documents(NASAL_POLYP_EVIDENCE)
        .whenNotMet("The examinations documented did not show nasal polyps.",
            "Attach a direct examination, nasal endoscopy or sinus CT report that shows the polyps.")
        .whenMissing("No examination, endoscopy or CT confirming the nasal polyps is documented.",
            "Attach the direct examination, nasal endoscopy or sinus CT report showing the nasal polyps.")
        .build();
  }

  private static Criterion nasalSymptoms(String id) {
    return FindingHistory.atLeastOfLasting(id, "At least 2 of nasal congestion, nasal obstruction, nasal discharge, and"
            + " reduced or lost sense of smell, each for at least 6 months", NASAL_SYMPTOMS, 2, 6)
        .documents(SYMPTOM_HISTORY)
        .whenNotMet("Fewer than 2 of the required nasal symptoms have lasted 6 months.",
            "Document the nasal symptoms with the date each began.")
        .whenMissing("The nasal symptoms and their onset dates are not documented.",
            "Document which of nasal congestion, obstruction, discharge and reduced smell are present, and since when.")
        .build();
  }

  private static Criterion intranasalSteroidTrial(String id) {
    return StrictTrials.daysOfUse(id, "At least 4 weeks (28 days) of an intranasal corticosteroid",
            d -> components(d).contains(Component.INTRANASAL_CORTICOSTEROID), "intranasal corticosteroid",
            INTRANASAL_STEROID_DAYS, "digest")
        .documents(INTRANASAL_STEROID_HISTORY)
        .whenNotMet("Intranasal corticosteroid use of at least 4 weeks is not documented.",
            "Document at least 28 days of an intranasal corticosteroid (product, start and stop dates).")
        .build();
  }

  private static Criterion systemicSteroidCourse(String id) {
    return StrictTrials.courseWithin(id, "At least one course of a systemic corticosteroid lasting 5 days or more within"
            + " the previous 2 years", DupixentClauses::isSystemicCorticosteroid, "systemic corticosteroid",
            SYSTEMIC_STEROID_COURSE_DAYS, Period.ofYears(2), "2 years")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("No systemic corticosteroid course of 5 days or more in the past 2 years is documented.",
            "Meet 3.E.b or 3.E.c, or document the systemic corticosteroid course with its dates.")
        .whenMissing("The systemic corticosteroid history is not documented.",
            "Attach records of systemic corticosteroid courses in the past 2 years with start and stop dates.")
        .build();
  }

  private static Criterion systemicSteroidContraindicated(String id) {
    return StrictTrials.contraindicated(id, "Patient has a contraindication to systemic corticosteroids",
            DupixentClauses::isSystemicCorticosteroid, "systemic corticosteroids")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("No contraindication to systemic corticosteroids is documented.",
            "Meet 3.E.a or 3.E.c, or document the contraindication to systemic corticosteroids.")
        .whenMissing("The contraindication is not documented.", "Document the contraindication to systemic corticosteroids.")
        .build();
  }

  private static Criterion nasalPolypSurgery(String id) {
    // ClinicalFinding contract: silence about the surgical history is not evidence of no surgery.
    return FindingHistory.present(id, "Patient has had prior surgery for nasal polyps", ClinicalFindingKind.NASAL_POLYP_SURGERY,
            "No prior nasal polyp surgery (documented absent)", "Surgical history for nasal polyps not documented")
        .documents(NASAL_POLYP_SURGERY_RECORD)
        .whenNotMet("No prior nasal polyp surgery is documented.",
            "Meet 3.E.a or 3.E.b, or attach the operative note of the prior nasal polyp surgery.")
        .whenMissing("Whether the patient has had nasal polyp surgery is not documented.",
            "Document the surgical history: the operative note of a prior nasal polyp surgery, or that there was none.")
        .build();
  }
}
