package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.INTRANASAL_STEROID_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.NASAL_POLYP_EVIDENCE;
import static io.covercrit.cigna.internal.CignaDocuments.NASAL_POLYP_SURGERY_RECORD;
import static io.covercrit.cigna.internal.CignaDocuments.SYMPTOM_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.SYSTEMIC_CORTICOSTEROID_HISTORY;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.ClinicalFindings;
import io.covercrit.core.clauses.DaySpan;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.StrictTrials;
import io.covercrit.core.clauses.Trials;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** IP0453 3. Chronic Rhinosinusitis with Nasal Polyps: the pathway and the clauses only it uses. */
final class DupixentNasalPolyps {
  private DupixentNasalPolyps() {}

  private static final Trials.None NO_SYSTEMIC_STEROID_COURSE = Trials.none("systemic corticosteroid course");

  static Pathway pathway() {
    return Pathway.builder(P + "3", "Chronic Rhinosinusitis with Nasal Polyps")
        .diagnosis(Diagnoses.of(P + "3.dx", "Diagnosis of chronic rhinosinusitis with nasal polyps (ICD-10-CM J33.-; a J32.- sinusitis code alone does not show the polyps)",
            "nasal polyps (J33.-)", DupixentNasalPolyps::nasalPolypDiagnosis).build())
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

  private static Finding nasalPolypDiagnosis(EvaluationContext ctx) {
    Finding polyps = Diagnoses.codedFinding(ctx, c -> c.isWithin(NASAL_POLYP), "nasal polyps (J33.-)", NASAL_POLYP);
    if (polyps.status() != Status.NOT_MET) {
      return polyps;
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(CHRONIC_SINUSITIS)) {
        return Finding.missing(() -> d.code() + " chronic sinusitis coded without nasal polyps")
            .because("Chronic rhinosinusitis is coded without nasal polyps.",
                "Document the nasal polyps and add their ICD-10-CM code (J33.-).");
      }
    }
    return polyps;
  }

  private static Criterion nasalPolypConfirmation(String id) {
    return Criterion.check(id, "CRSwNP confirmed by direct examination, endoscopy, or sinus computed tomography")
        .documents(NASAL_POLYP_EVIDENCE)
        .whenNotMet("The examinations documented did not show nasal polyps.",
            "Attach a direct examination, nasal endoscopy or sinus CT report that shows the polyps.")
        .whenMissing("No examination, endoscopy or CT confirming the nasal polyps is documented.",
            "Attach the direct examination, nasal endoscopy or sinus CT report showing the nasal polyps.")
        .by(ctx -> {
          boolean examinedWithout = false;
          for (ClinicalFinding f : ctx.request().clinicalFindings()) {
            if (NASAL_POLYP_CONFIRMATIONS.contains(f.kind())) {
              if (f.present()) {
                return Finding.met(() -> FindingHistory.words(f.kind()) + f.observedOn().map(d -> " on " + d).orElse(""));
              }
              examinedWithout = true;
            }
          }
          return examinedWithout ? Finding.notMet("Examination documented without nasal polyps")
              : Finding.missing("No confirming examination documented");
        });
  }

  private static Criterion nasalSymptoms(String id) {
    return Criterion.check(id, "At least 2 of nasal congestion, nasal obstruction, nasal discharge, and reduced or lost sense"
            + " of smell, each for at least 6 months")
        .documents(SYMPTOM_HISTORY)
        .whenNotMet("Fewer than 2 of the required nasal symptoms have lasted 6 months.",
            "Document the nasal symptoms with the date each began.")
        .whenMissing("The nasal symptoms and their onset dates are not documented.",
            "Document which of nasal congestion, obstruction, discharge and reduced smell are present, and since when.")
        .by(ctx -> {
          List<String> qualifying = new ArrayList<>();
          List<String> short6 = new ArrayList<>();
          int undecided = 0;
          for (ClinicalFindingKind kind : NASAL_SYMPTOMS) {
            Optional<ClinicalFinding> symptom = ClinicalFindings.earliestPresent(ctx, kind);
            if (symptom.isEmpty()) {
              if (ClinicalFindings.documented(ctx, kind).isEmpty()) {
                undecided++;
              }
              continue;
            }
            Optional<LocalDate> since = symptom.get().since();
            if (since.isEmpty()) {
              undecided++;
            } else if (DaySpan.of(since.get(), ctx.asOf()).spansMonths(6)) {
              qualifying.add(FindingHistory.words(kind) + " since " + since.get());
            } else {
              short6.add(FindingHistory.words(kind) + " since " + since.get());
            }
          }
          Supplier<String> detail = () -> qualifying.size() + " for 6 months or more"
              + (qualifying.isEmpty() ? "" : ": " + qualifying) + (short6.isEmpty() ? "" : "; shorter: " + short6);
          if (qualifying.size() >= 2) {
            return Finding.met(detail);
          }
          int unknown = undecided;
          return qualifying.size() + unknown >= 2
              ? Finding.missing(() -> detail.get() + "; " + unknown + " not documented or undated")
              : Finding.notMet(detail);
        });
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
    return Criterion.check(id, "At least one course of a systemic corticosteroid lasting 5 days or more within the previous"
            + " 2 years")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("No systemic corticosteroid course of 5 days or more in the past 2 years is documented.",
            "Meet 3.E.b or 3.E.c, or document the systemic corticosteroid course with its dates.")
        .whenMissing("The systemic corticosteroid history is not documented.",
            "Attach records of systemic corticosteroid courses in the past 2 years with start and stop dates.")
        .by(ctx -> {
          LocalDate windowStart = ctx.asOf().minusYears(2);
          List<String> notMet = new ArrayList<>();
          List<String> missing = new ArrayList<>();
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (!isSystemicCorticosteroid(trial.drug()) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
              continue;
            }
            Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf()).flatMap(s -> s.clippedFrom(windowStart));
            if (trial.start().isEmpty()) {
              missing.add("start date of " + trial.drug().name() + " not documented");
            } else if (span.isEmpty()) {
              notMet.add(trial.drug().name() + " not within the 2 years since " + windowStart);
            } else if (span.get().days() >= SYSTEMIC_STEROID_COURSE_DAYS) {
              return Finding.met(() -> trial.drug().name() + " for " + span.get().days() + " days from "
                  + span.get().first());
            } else {
              notMet.add(trial.drug().name() + " for " + span.get().days() + " days within the 2 years");
            }
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          return notMet.isEmpty() ? NO_SYSTEMIC_STEROID_COURSE.of(ctx)
              : Finding.notMet(() -> String.join("; ", notMet) + " (5 days or more since " + windowStart
                  + " required)");
        });
  }

  private static Criterion systemicSteroidContraindicated(String id) {
    return Criterion.check(id, "Patient has a contraindication to systemic corticosteroids")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("No contraindication to systemic corticosteroids is documented.",
            "Meet 3.E.a or 3.E.c, or document the contraindication to systemic corticosteroids.")
        .whenMissing("The contraindication is not documented.", "Document the contraindication to systemic corticosteroids.")
        .by(ctx -> {
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (isSystemicCorticosteroid(trial.drug()) && trial.outcome() == TrialOutcome.CONTRAINDICATED) {
              return Finding.met(() -> trial.drug().name() + ": contraindicated");
            }
          }
          return Finding.notMet("No contraindication to systemic corticosteroids documented");
        });
  }

  private static Criterion nasalPolypSurgery(String id) {
    return Criterion.check(id, "Patient has had prior surgery for nasal polyps")
        .documents(NASAL_POLYP_SURGERY_RECORD)
        .whenNotMet("No prior nasal polyp surgery is documented.",
            "Meet 3.E.a or 3.E.b, or attach the operative note of the prior nasal polyp surgery.")
        .whenMissing("Whether the patient has had nasal polyp surgery is not documented.",
            "Document the surgical history: the operative note of a prior nasal polyp surgery, or that there was none.")
        .by(ctx -> {
          Optional<ClinicalFinding> surgery = ClinicalFindings.earliestPresent(ctx, ClinicalFindingKind.NASAL_POLYP_SURGERY);
          if (surgery.isPresent()) {
            return Finding.met(() -> "Nasal polyp surgery" + surgery.get().since().map(d -> " on " + d).orElse(""));
          }
          // ClinicalFinding contract: silence about the surgical history is not evidence of no surgery.
          return ClinicalFindings.documented(ctx, ClinicalFindingKind.NASAL_POLYP_SURGERY).isPresent()
              ? Finding.notMet("No prior nasal polyp surgery (documented absent)")
              : Finding.missing("Surgical history for nasal polyps not documented");
        });
  }
}
