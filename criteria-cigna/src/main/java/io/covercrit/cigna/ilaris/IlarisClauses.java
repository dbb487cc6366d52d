package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.internal.CignaDocuments.COLCHICINE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.CRP_RESULT;
import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.FLARE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_ADMINISTRATION;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_RESPONSE;
import static io.covercrit.cigna.internal.CignaDocuments.PERIODIC_FEVER_CONFIRMATION;
import static io.covercrit.core.clauses.Trials.continuing;
import static io.covercrit.core.clauses.Trials.trialsOf;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.DiagnosisSubtypes;
import io.covercrit.core.clauses.FlareHistory;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.Responses;
import io.covercrit.core.clauses.TreatmentCourse;
import io.covercrit.core.clauses.UpperLimitLabs;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IP0235: what several pathways share: age and prescriber wording; the ICD-10-CM codes and diagnosis
 * checks (covered indications, codes such as E85.0-E85.2 or M04.9 that may stand for a periodic
 * fever without naming it, M04.1 with the syndrome documented); the Ilaris course ("before
 * starting" is the first documented dose); the periodic fevers' colchicine, CRP and flare clauses;
 * and the reauthorization of pathways 1 to 5 (Cigna Arcalyst template: established on Ilaris AND a
 * beneficial response), with the renewal period and the dosing intervals.
 */
final class IlarisClauses {
  static final Period YEAR = Period.ofMonths(12);
  static final Period RENEWAL = Period.ofMonths(12);
  /** The reauthorization template's "established on therapy" period, capped by the initial approval. */
  static final int ESTABLISHED_MONTHS = 6;
  /** Labelled dosing interval of FMF, TRAPS, HIDS/MKD and Still's disease (CAPS: {@link IlarisCaps#CAPS_DOSING_INTERVAL}). */
  static final Period DOSING_INTERVAL = Period.ofWeeks(4);

  static final Set<Specialty> RHEUMATOLOGIST = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY));

  static final int PERIODIC_FEVER_MINIMUM_AGE = 2;
  static final int PERIODIC_FEVER_FLARES_PER_YEAR = 6;
  static final Period PERIODIC_FEVER_APPROVAL = Period.ofMonths(4);

  static final BigDecimal CRP_MINIMUM_MG_PER_L = BigDecimal.TEN;
  static final BigDecimal CRP_ULN_MULTIPLE = BigDecimal.valueOf(2);
  static final Period LAB_WINDOW = Period.ofMonths(3);
  private static final UpperLimitLabs.Rule CRP = UpperLimitLabs.Rule.of(Analyte.C_REACTIVE_PROTEIN,
      Unit.MILLIGRAMS_PER_LITER, CRP_MINIMUM_MG_PER_L, CRP_ULN_MULTIPLE, LAB_WINDOW, "3 months", "CRP");

  /** Ilaris given (not merely contraindicated), samples included; a trial's end is its last injection. */
  static final TreatmentCourse ILARIS = TreatmentCourse.of(IlarisDrugs.ILARIS, "Ilaris", "injection");

  /**
   * Improvements that count as "an objective measure or at least one symptom" for an IL-1
   * inhibitor: SYMPTOMS is the template's "improvement in at least one symptom", URTICARIA the
   * urticarial rash of CAPS.
   */
  static final Set<ResponseMarker> RESPONSE_MARKERS = Collections.unmodifiableSet(EnumSet.of(
      ResponseMarker.INFLAMMATORY_MARKERS, ResponseMarker.FLARE_FREQUENCY, ResponseMarker.SYMPTOMS,
      ResponseMarker.URTICARIA, ResponseMarker.ERYTHEMA, ResponseMarker.PRURITUS, ResponseMarker.OTHER));
  static final String NOT_MEASURES = "are not measures of these conditions";

  static final Icd10Code PERIODIC_FEVER_SYNDROMES = Icd10Code.of("M04.1");
  static final Icd10Code CAPS = Icd10Code.of("M04.2");
  static final Icd10Code UNSPECIFIED_AUTOINFLAMMATORY = Icd10Code.of("M04.9");
  static final Icd10Code ADULT_ONSET_STILLS = Icd10Code.of("M06.1");
  private static final Icd10Code SYSTEMIC_JIA = Icd10Code.of("M08.2");
  static final Icd10Code GOUT = Icd10Code.of("M10");
  static final Icd10Code CHRONIC_GOUT = Icd10Code.of("M1A");
  static final Icd10Code FMF_AMYLOIDOSIS = Icd10Code.of("E85.0");
  private static final List<Icd10Code> HEREDOFAMILIAL_AMYLOIDOSIS =
      List.of(Icd10Code.of("E85.0"), Icd10Code.of("E85.1"), Icd10Code.of("E85.2"));

  private IlarisClauses() {}

  static Criterion ageAtLeast(String id, int minimum) {
    return Ages.atLeastYears(id, minimum)
        .whenNotMet("The patient is younger than " + minimum + " years.",
            "Coverage for this indication starts at age " + minimum + "; re-request once the patient turns " + minimum + ".")
        .build();
  }

  static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Prescribers.prescribedBy(id, accepted, whom)
        .whenNotMet("The prescriber is not, and did not consult, " + whom + ".",
            "Have " + whom + " prescribe, or document the consultation with one.")
        .build();
  }

  // ---------------------------------------------------------------- Diagnoses

  static boolean isStills(Icd10Code code) {
    return code.isWithin(ADULT_ONSET_STILLS) || code.isWithin(SYSTEMIC_JIA);
  }

  /** A code that names one of the six indications (E85.0 only with the periodic fever documented). */
  static boolean isCoveredIndication(Diagnosis d) {
    return d.code().isWithin(PERIODIC_FEVER_SYNDROMES) || d.code().isWithin(CAPS) || isStills(d.code())
        || d.code().isWithin(GOUT) || d.code().isWithin(CHRONIC_GOUT)
        || (d.code().isWithin(FMF_AMYLOIDOSIS) && d.subtype().isPresent());
  }

  /**
   * MISSING when no code names a covered indication but one may stand for a covered periodic fever
   * without naming it: the first of heredofamilial amyloidosis (E85.0-E85.2, which a patient guide
   * gives for CAPS) or an unspecified autoinflammatory syndrome (M04.9); where not
   * {@code amyloidosis}, only when that first code is M04.9.
   */
  static Optional<Finding> unnamedSyndrome(EvaluationContext ctx, boolean amyloidosis) {
    Diagnosis unnamed = null;
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (isCoveredIndication(d)) {
        return Optional.empty();
      }
      if (unnamed == null && (HEREDOFAMILIAL_AMYLOIDOSIS.stream().anyMatch(d.code()::isWithin)
          || d.code().isWithin(UNSPECIFIED_AUTOINFLAMMATORY))) {
        unnamed = d;
      }
    }
    if (unnamed == null || !amyloidosis && !unnamed.code().isWithin(UNSPECIFIED_AUTOINFLAMMATORY)) {
      return Optional.empty();
    }
    Icd10Code code = unnamed.code();
    if (code.isWithin(UNSPECIFIED_AUTOINFLAMMATORY)) {
      return Optional.of(Finding.missing(() -> code + " does not name the autoinflammatory syndrome")
          .because("The diagnosis code " + code + " (autoinflammatory syndrome, unspecified) does not say which syndrome"
                  + " Ilaris is to treat.",
              "Code the syndrome: CAPS M04.2; FMF, TRAPS or HIDS/MKD M04.1 with the syndrome documented."));
    }
    return Optional.of(Finding.missing(() -> code + " is heredofamilial amyloidosis; the syndrome is not coded")
        .because("The diagnosis code " + code + " names amyloidosis, not the syndrome Ilaris is to treat (a patient guide"
                + " lists E85.0-E85.2 for CAPS in error).",
            "Code the syndrome: CAPS M04.2; FMF, TRAPS or HIDS/MKD M04.1 with the syndrome documented; keep E85.- for"
                + " documented amyloidosis."));
  }

  /** M04.1 (or E85.0 for FMF) with the syndrome documented as a subtype, which the code cannot say. */
  static Criterion periodicFeverDiagnosis(String id, DiagnosisSubtype wanted, String name) {
    boolean fmf = wanted == DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER;
    return Criterion.check(id, "Diagnosis of " + name + " (ICD-10-CM M04.1"
            + (fmf ? ", or E85.0 for FMF-related amyloidosis" : "") + ", with the syndrome documented)")
        .documents(DIAGNOSIS_NOTES, PERIODIC_FEVER_CONFIRMATION)
        .whenNotMet("The request is not for " + name + ".",
            "Submit under the pathway that matches the diagnosis, or document " + name + ".")
        .whenMissing("The diagnosis is not documented.",
            "Attach the specialist note with the " + name + " diagnosis and its ICD-10-CM code (M04.1).")
        .by(ctx -> {
          Predicate<Diagnosis> candidate = d -> d.code().isWithin(PERIODIC_FEVER_SYNDROMES)
              || fmf && d.code().isWithin(FMF_AMYLOIDOSIS);
          Optional<Finding> coding = Diagnoses.codingProblem(ctx, candidate, name + " (M04.1)", dx -> dx.code()
              .isWithin(PERIODIC_FEVER_SYNDROMES) ? "M04.1 (periodic fever syndromes: FMF, TRAPS, HIDS/MKD) has no subcodes:"
                  + " submit M04.1 with the syndrome documented; for Still's disease submit M08.2- (systemic JIA) or M06.1"
                  + " (adult-onset)." : Diagnoses.CORRECT_INVALID_CODE);
          if (coding.isPresent() && coding.get().status() == Status.NOT_MET) {
            return unnamedSyndrome(ctx, false).orElse(coding.get());
          }
          if (coding.isPresent()) {
            return coding.get();
          }
          return DiagnosisSubtypes.finding(ctx, candidate, wanted, d -> name
              + (d.code().isWithin(FMF_AMYLOIDOSIS) ? " (FMF-related amyloidosis; FMF itself is M04.1)" : ""),
              d -> Finding.missing(() -> d.code() + ": which periodic fever syndrome is not documented")
                  .because("ICD-10-CM " + d.code() + " does not tell FMF, TRAPS and HIDS/MKD apart, and the"
                          + " syndrome is not documented.",
                      "Document the syndrome (FMF, TRAPS or HIDS/MKD) with the specialist note or the genetic test report."));
        });
  }

  // ---------------------------------------------------------------- Periodic fevers

  static Criterion colchicineTried(String id) {
    return Criterion.check(id, "Has tried colchicine, unless contraindicated")
        .documents(COLCHICINE_HISTORY)
        .whenNotMet("Colchicine has not been tried.",
            "Document the colchicine trial (dose, dates, response) or its contraindication.")
        .whenMissing("Colchicine use is not documented.",
            "Attach the colchicine prescription records (dose, start date, response) or the contraindication.")
        .by(ctx -> {
          List<TherapyTrial> colchicine = trialsOf(ctx, IlarisDrugs.COLCHICINE);
          if (colchicine.isEmpty()) {
            return Finding.missing("No colchicine trial documented");
          }
          for (TherapyTrial t : colchicine) {
            if (t.outcome() == TrialOutcome.CONTRAINDICATED) {
              return Finding.met(() -> t.drug().name() + ": contraindicated");
            }
            if (t.start().isPresent()) {
              return Finding.met(() -> t.drug().name() + " from " + t.start().get() + " ("
                  + t.outcome().name().toLowerCase() + ")");
            }
          }
          return Finding.missing("Start date of colchicine not documented");
        });
  }

  static Criterion colchicineContinued(String id) {
    return Criterion.check(id, "Will use Ilaris together with colchicine, unless colchicine is contraindicated or not tolerated")
        .documents(COLCHICINE_HISTORY, CURRENT_MEDICATIONS)
        .whenNotMet("Colchicine has been stopped, and no contraindication or intolerance is documented.",
            "Continue colchicine with Ilaris and list it as a current medication, or document the contraindication or"
                + " intolerance.")
        .whenMissing("Whether colchicine continues with Ilaris is not documented.",
            "List colchicine among the current medications, or document the contraindication or intolerance.")
        .by(ctx -> continuing(ctx, IlarisDrugs.COLCHICINE, "colchicine", true));
  }

  /** "Before starting Ilaris: {@code text}": the CRP ({@code id}.i) AND the flares ({@code id}.ii, {@link #flares}). */
  static Criterion beforeStarting(String id, String text, int flares, Period window, boolean despiteColchicine,
      String flareWords) {
    return Criterion.allOf(id, "Before starting Ilaris: " + text,
        List.of(crp(id + ".i"), flares(id + ".ii", flares, window, despiteColchicine, flareWords)));
  }

  private static Criterion crp(String id) {
    return UpperLimitLabs.atLeast(id, "Before starting Ilaris: C-reactive protein of 10 mg/L or more, or at least 2 times"
            + " the lab's upper limit of normal, measured within 3 months", CRP, ILARIS::baseline)
        .documents(CRP_RESULT)
        .whenNotMet("The C-reactive protein before Ilaris is below 10 mg/L and below twice the lab's upper limit of normal.",
            "If the disease is active, repeat the CRP during a flare (before the first dose) and attach the result with the"
                + " lab's reference range.")
        .whenMissing("No C-reactive protein from the 3 months before starting Ilaris is documented.",
            "Attach a CRP result with its date, unit and the lab's reference range, drawn within the 3 months before the"
                + " first Ilaris dose.")
        .build();
  }

  /** {@code required} flares in {@code window} before the first Ilaris dose (on colchicine if asked), or a hospitalization. */
  private static Criterion flares(String id, int required, Period window, boolean despiteColchicine, String words) {
    FlareHistory.Count count = FlareHistory.Count.of(required, window).before(ILARIS::baseline).orHospitalized();
    return FlareHistory.atLeast(id, "Before starting Ilaris: " + words,
            despiteColchicine ? count.despite(IlarisDrugs.COLCHICINE, "colchicine") : count)
        .documents(FLARE_HISTORY)
        .whenNotMet("The documented flares before Ilaris are too few, and no hospitalization for a flare is documented.",
            "Document every flare with its date (and hospital records for any admission); the count is " + required
                + " in the " + window.toTotalMonths() + " months before starting"
                + (despiteColchicine ? ", while on colchicine." : "."))
        .whenMissing("The flare history before Ilaris is not documented.",
            "Attach the flare diary or notes with the date of each flare, and hospital records for any admission.")
        .build();
  }

  // ---------------------------------------------------------------- Reauthorization

  /**
   * Reauthorization N: established on the current course of Ilaris (N.A; trials within one
   * labelled dosing interval of each other are one course, a restart counts from the restart) AND
   * a beneficial response (N.B). With the diagnosis, this is all a reauthorization is judged on
   * (the Arcalyst template): the baseline CRP and flare history are not asked for again. The
   * pathway's approvals are {@code initialApproval}, renewed for 12 months.
   */
  static Pathway renewable(Pathway.Builder pathway, String n, Period initialApproval, Period dosingInterval) {
    String id = "IP0235 Reauthorization " + n;
    int months = (int) Math.min(ESTABLISHED_MONTHS, initialApproval.toTotalMonths());
    return pathway.reauthorization(Criterion.allOf(id,
            "Patient currently receiving Ilaris: established on therapy AND a beneficial response",
            List.of(ILARIS.established(id + ".A", months, dosingInterval).documents(ILARIS_ADMINISTRATION).build(),
                Responses.documented(id + ".B", "Ilaris", RESPONSE_MARKERS, "", NOT_MEASURES)
                    .text("Beneficial response from baseline on at least one objective measure (e.g. CRP, serum amyloid"
                        + " A, flare frequency) OR improvement in at least one symptom (e.g. fever, rash, joint pain)")
                    .documents(ILARIS_RESPONSE)
                    .whenNotMet("No improvement on Ilaris is documented.",
                        "Document the improvement since starting Ilaris (fewer flares, lower CRP or serum amyloid A, less"
                            + " fever, rash or joint pain), with dates.")
                    .whenMissing("The response to Ilaris is not documented.",
                        "Attach dated notes comparing disease activity now with baseline.")
                    .build())))
        .approvals(initialApproval, RENEWAL)
        .build();
  }
}
