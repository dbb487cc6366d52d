package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisRequests.AS_OF;
import static io.covercrit.cigna.ilaris.IlarisRequests.ALLOPURINOL;
import static io.covercrit.cigna.ilaris.IlarisRequests.COLCHICINE;
import static io.covercrit.cigna.ilaris.IlarisRequests.ILARIS;
import static io.covercrit.cigna.ilaris.IlarisRequests.KINERET;
import static io.covercrit.cigna.ilaris.IlarisRequests.METHOTREXATE;
import static io.covercrit.cigna.ilaris.IlarisRequests.NAPROXEN;
import static io.covercrit.cigna.ilaris.IlarisRequests.PREDNISONE;
import static io.covercrit.cigna.ilaris.IlarisRequests.bornOn;
import static io.covercrit.cigna.ilaris.IlarisRequests.caps;
import static io.covercrit.cigna.ilaris.IlarisRequests.crp;
import static io.covercrit.cigna.ilaris.IlarisRequests.diagnosis;
import static io.covercrit.cigna.ilaris.IlarisRequests.flare;
import static io.covercrit.cigna.ilaris.IlarisRequests.fmf;
import static io.covercrit.cigna.ilaris.IlarisRequests.fmfReauthorization;
import static io.covercrit.cigna.ilaris.IlarisRequests.gout;
import static io.covercrit.cigna.ilaris.IlarisRequests.goutRetreatment;
import static io.covercrit.cigna.ilaris.IlarisRequests.hids;
import static io.covercrit.cigna.ilaris.IlarisRequests.hospitalizedFlare;
import static io.covercrit.cigna.ilaris.IlarisRequests.improved;
import static io.covercrit.cigna.ilaris.IlarisRequests.prescriber;
import static io.covercrit.cigna.ilaris.IlarisRequests.stills;
import static io.covercrit.cigna.ilaris.IlarisRequests.traps;
import static io.covercrit.cigna.ilaris.IlarisRequests.trial;
import static io.covercrit.core.eval.Outcome.DOES_NOT_MEET_CRITERIA;
import static io.covercrit.core.eval.Outcome.MEETS_CRITERIA;
import static io.covercrit.core.eval.Outcome.NEEDS_DOCUMENTATION;
import static io.covercrit.core.eval.Outcome.NOT_COVERED;
import static io.covercrit.core.eval.Status.MET;
import static io.covercrit.core.eval.Status.MISSING;
import static io.covercrit.core.eval.Status.NOT_MET;
import static io.covercrit.core.model.TrialOutcome.CONTRAINDICATED;
import static io.covercrit.core.model.TrialOutcome.EFFECTIVE;
import static io.covercrit.core.model.TrialOutcome.FAILED;
import static io.covercrit.core.model.TrialOutcome.INTOLERANT;
import static io.covercrit.core.model.TrialOutcome.ONGOING;
import static io.covercrit.core.model.Unit.MILLIGRAMS_PER_DECILITER;
import static io.covercrit.core.model.Unit.MILLIGRAMS_PER_LITER;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every clause of the reconstructed IP0235 on both sides of its threshold, every pathway's
 * approval, reauthorization, the exclusions, and MISSING against NOT_MET. Each row changes one fact
 * of an approvable request and names the clause it decides.
 */
class IlarisIp0235Test {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  private static Arguments row(String description, CoverageRequest.Builder base, UnaryOperator<CoverageRequest.Builder> change,
      String clauseId, Status clause, Outcome outcome) {
    return Arguments.of(description, change.apply(base).build(), clauseId, clause, outcome);
  }

  private static Arguments capsRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, caps(), c, id, s, o);
  }

  private static Arguments fmfRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, fmf(), c, id, s, o);
  }

  private static Arguments hidsRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, hids(), c, id, s, o);
  }

  private static Arguments trapsRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, traps(), c, id, s, o);
  }

  private static Arguments stillsRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, stills(), c, id, s, o);
  }

  private static Arguments goutRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, gout(), c, id, s, o);
  }

  private static Arguments retreatRow(String d, UnaryOperator<CoverageRequest.Builder> c, String id, Status s, Outcome o) {
    return row(d, goutRetreatment(), c, id, s, o);
  }

  /** Replaces the FMF case's CRP results. */
  private static UnaryOperator<CoverageRequest.Builder> fmfCrp(LabResult... labs) {
    return b -> b.labResults(List.of(labs));
  }

  private static UnaryOperator<CoverageRequest.Builder> diagnoses(Diagnosis... diagnoses) {
    return b -> b.diagnoses(List.of(diagnoses));
  }

  private static UnaryOperator<CoverageRequest.Builder> trials(TherapyTrial... trials) {
    return b -> b.therapyTrials(List.of(trials));
  }

  /** The gout case's prior therapy with one trial replaced (index 0 NSAID, 1 colchicine, 2 corticosteroid). */
  private static UnaryOperator<CoverageRequest.Builder> goutTrial(int index, TherapyTrial replacement) {
    return b -> {
      List<TherapyTrial> trials = new ArrayList<>(gout().build().therapyTrials());
      if (replacement == null) {
        trials.remove(index);
      } else {
        trials.set(index, replacement);
      }
      return b.therapyTrials(trials);
    };
  }

  private static Prescriber consulting(Specialty prescriber, Specialty consulted) {
    return Prescriber.builder().addSpecialties(prescriber).addConsultedSpecialties(consulted).build();
  }

  static Stream<Arguments> clauses() {
    return Stream.of(
        // ------------------------------------------------------------ 1. CAPS
        capsRow("the approvable CAPS case meets every clause", b -> b, "IP0235 1", MET, MEETS_CRITERIA),
        capsRow("E85.1, the guide's 'CAPS' code, asks for the syndrome's own code", diagnoses(Diagnosis.of("E85.1")),
            "IP0235 1.dx", MISSING, NEEDS_DOCUMENTATION),
        capsRow("E85.0 without a documented syndrome asks for the syndrome's code", diagnoses(Diagnosis.of("E85.0")),
            "IP0235 1.dx", MISSING, NEEDS_DOCUMENTATION),
        capsRow("unspecified autoinflammatory syndrome M04.9 asks for the syndrome", diagnoses(Diagnosis.of("M04.9")),
            "IP0235 1.dx", MISSING, NEEDS_DOCUMENTATION),
        capsRow("FMF is not CAPS", diagnoses(diagnosis("M04.1", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER)),
            "IP0235 1.dx", NOT_MET, NEEDS_DOCUMENTATION),
        capsRow("no diagnosis", diagnoses(), "IP0235 1.dx", MISSING, NEEDS_DOCUMENTATION),
        capsRow("4th birthday on the as-of date", b -> b.patient(bornOn("2022-11-24")), "IP0235 1.A", MET, MEETS_CRITERIA),
        capsRow("4th birthday the day after", b -> b.patient(bornOn("2022-11-25")), "IP0235 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        capsRow("birth date not documented", b -> b.patient(Patient.builder().build()), "IP0235 1.A", MISSING, NEEDS_DOCUMENTATION),
        capsRow("a geneticist prescribes", b -> b.prescriber(prescriber(Specialty.MEDICAL_GENETICS)), "IP0235 1.B", MET, MEETS_CRITERIA),
        capsRow("a dermatologist prescribes", b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0235 1.B", MET, MEETS_CRITERIA),
        capsRow("a pediatrician in consultation with an allergist",
            b -> b.prescriber(consulting(Specialty.PEDIATRICS, Specialty.ALLERGY)), "IP0235 1.B", MET, MEETS_CRITERIA),
        capsRow("a family physician alone", b -> b.prescriber(prescriber(Specialty.FAMILY_MEDICINE)), "IP0235 1.B", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        capsRow("no prescriber", b -> b.prescriber(Optional.empty()), "IP0235 1.B", MISSING, NEEDS_DOCUMENTATION),

        // ------------------------------------------------------------ 2. FMF
        fmfRow("the approvable FMF case meets every clause", b -> b, "IP0235 2", MET, MEETS_CRITERIA),
        fmfRow("M04.1 without the syndrome documented", diagnoses(Diagnosis.of("M04.1")), "IP0235 2.dx", MISSING,
            NEEDS_DOCUMENTATION),
        fmfRow("M04.1 documented as TRAPS is not FMF",
            diagnoses(diagnosis("M04.1", DiagnosisSubtype.TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME)),
            "IP0235 2.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("E85.0 documented as FMF (FMF-related amyloidosis)",
            diagnoses(diagnosis("E85.0", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER)), "IP0235 2.dx", MET, MEETS_CRITERIA),
        fmfRow("E85.0 without FMF documented", diagnoses(Diagnosis.of("E85.0")), "IP0235 2.dx", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("the guide's M04.10 is not a code", diagnoses(diagnosis("M04.10", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER)),
            "IP0235 2.dx", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("2nd birthday on the as-of date", b -> b.patient(bornOn("2024-11-24")), "IP0235 2.A", MET, MEETS_CRITERIA),
        fmfRow("2nd birthday the day after", b -> b.patient(bornOn("2024-11-25")), "IP0235 2.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("colchicine contraindicated meets 2.B without dates",
            b -> b.therapyTrials(List.of(trial(COLCHICINE, null, null, CONTRAINDICATED))).concurrentMedications(List.of()),
            "IP0235 2.B", MET, MEETS_CRITERIA),
        fmfRow("no colchicine documented at all",
            b -> b.therapyTrials(List.of()).concurrentMedications(List.of()), "IP0235 2.B", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("a colchicine trial without its start date", trials(trial(COLCHICINE, null, null, FAILED)),
            "IP0235 2.B", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("colchicine stopped and not continued",
            b -> b.therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", "2026-11-06", FAILED))).concurrentMedications(List.of()),
            "IP0235 2.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("colchicine not tolerated excuses its continuation",
            b -> b.therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", "2024-02-01", INTOLERANT))).concurrentMedications(List.of()),
            "IP0235 2.C", MET, MEETS_CRITERIA),
        fmfRow("colchicine still in use (no end date) continues",
            b -> b.concurrentMedications(List.of()), "IP0235 2.C", MET, MEETS_CRITERIA),
        // 2.D.i: CRP of 10 mg/L, or 2 x ULN, within 3 months
        fmfRow("CRP exactly 10 mg/L", fmfCrp(crp("10", MILLIGRAMS_PER_LITER, "2026-11-02", "8")), "IP0235 2.D.i", MET, MEETS_CRITERIA),
        fmfRow("CRP 9.9 mg/L, ULN 5", fmfCrp(crp("9.9", MILLIGRAMS_PER_LITER, "2026-11-02", "5")), "IP0235 2.D.i", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        fmfRow("CRP 1.0 mg/dL is 10 mg/L", fmfCrp(crp("1.0", MILLIGRAMS_PER_DECILITER, "2026-11-02", "0.8")), "IP0235 2.D.i", MET,
            MEETS_CRITERIA),
        fmfRow("CRP 0.99 mg/dL is 9.9 mg/L", fmfCrp(crp("0.99", MILLIGRAMS_PER_DECILITER, "2026-11-02", "0.5")), "IP0235 2.D.i",
            NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("CRP 12 mg/dL is not 12 mg/L but 120", fmfCrp(crp("12", MILLIGRAMS_PER_DECILITER, "2026-11-02", null)),
            "IP0235 2.D.i", MET, MEETS_CRITERIA),
        fmfRow("CRP exactly 2 x ULN (6 mg/L, ULN 3)", fmfCrp(crp("6", MILLIGRAMS_PER_LITER, "2026-11-02", "3")), "IP0235 2.D.i",
            MET, MEETS_CRITERIA),
        fmfRow("CRP just under 2 x ULN (5.9 mg/L, ULN 3)", fmfCrp(crp("5.9", MILLIGRAMS_PER_LITER, "2026-11-02", "3")),
            "IP0235 2.D.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("CRP in mg/L against a ULN in mg/dL (6 mg/L, ULN 0.3 mg/dL)",
            fmfCrp(crp("6", MILLIGRAMS_PER_LITER, "2026-11-02", "0.3", MILLIGRAMS_PER_DECILITER)), "IP0235 2.D.i", MET, MEETS_CRITERIA),
        fmfRow("CRP 0.59 mg/dL against ULN 0.3 mg/dL", fmfCrp(crp("0.59", MILLIGRAMS_PER_DECILITER, "2026-11-02", "0.3")),
            "IP0235 2.D.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("CRP 8 mg/L without a reference range may still be 2 x ULN",
            fmfCrp(crp("8", MILLIGRAMS_PER_LITER, "2026-11-02", null)), "IP0235 2.D.i", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("CRP on the first day of the 3-month window", fmfCrp(crp("24", MILLIGRAMS_PER_LITER, "2026-08-24", "5")),
            "IP0235 2.D.i", MET, MEETS_CRITERIA),
        fmfRow("CRP the day before the window documents nothing", fmfCrp(crp("24", MILLIGRAMS_PER_LITER, "2026-08-23", "5")),
            "IP0235 2.D.i", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("CRP dated after the as-of date", fmfCrp(crp("24", MILLIGRAMS_PER_LITER, "2026-11-25", "5")), "IP0235 2.D.i",
            MISSING, NEEDS_DOCUMENTATION),
        fmfRow("an old high CRP and a recent normal one",
            fmfCrp(crp("40", MILLIGRAMS_PER_LITER, "2026-05-01", "5"), crp("4", MILLIGRAMS_PER_LITER, "2026-11-02", "5")),
            "IP0235 2.D.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("no CRP at all", fmfCrp(), "IP0235 2.D.i", MISSING, NEEDS_DOCUMENTATION),
        // 2.D.ii: 1 flare a month despite colchicine (3 in 3 months), or hospitalization
        fmfRow("two flares in 3 months", b -> b.flares(List.of(flare("2026-10-08"), flare("2026-11-05"))), "IP0235 2.D.ii",
            NOT_MET, DOES_NOT_MEET_CRITERIA),
        fmfRow("a flare on the first day of the window counts",
            b -> b.flares(List.of(flare("2026-08-24"), flare("2026-10-08"), flare("2026-11-05"))), "IP0235 2.D.ii", MET,
            MEETS_CRITERIA),
        fmfRow("a flare the day before the window does not",
            b -> b.flares(List.of(flare("2026-08-23"), flare("2026-10-08"), flare("2026-11-05"))), "IP0235 2.D.ii", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        fmfRow("one hospitalized flare is enough", b -> b.flares(List.of(hospitalizedFlare("2025-04-02"))), "IP0235 2.D.ii", MET,
            MEETS_CRITERIA),
        fmfRow("no flare history", b -> b.flares(List.of()), "IP0235 2.D.ii", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("flares before colchicine was started do not count",
            b -> b.therapyTrials(List.of(trial(COLCHICINE, "2026-10-01", null, ONGOING))), "IP0235 2.D.ii", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        fmfRow("with colchicine contraindicated every flare counts",
            b -> b.therapyTrials(List.of(trial(COLCHICINE, null, null, CONTRAINDICATED))).concurrentMedications(List.of()),
            "IP0235 2.D.ii", MET, MEETS_CRITERIA),
        fmfRow("enough flares, but the colchicine dates are unknown", trials(trial(COLCHICINE, null, null, FAILED)),
            "IP0235 2.D.ii", MISSING, NEEDS_DOCUMENTATION),
        fmfRow("a nephrologist prescribes", b -> b.prescriber(prescriber(Specialty.NEPHROLOGY)), "IP0235 2.E", MET, MEETS_CRITERIA),
        fmfRow("a gastroenterologist prescribes", b -> b.prescriber(prescriber(Specialty.GASTROENTEROLOGY)), "IP0235 2.E", MET,
            MEETS_CRITERIA),
        fmfRow("a dermatologist may not prescribe for FMF", b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0235 2.E",
            NOT_MET, DOES_NOT_MEET_CRITERIA),

        // ------------------------------------------------------------ 3. HIDS/MKD
        hidsRow("the approvable HIDS/MKD case meets every clause", b -> b, "IP0235 3", MET, MEETS_CRITERIA),
        hidsRow("five flares in a year", b -> b.flares(hids().build().flares().subList(1, 6)), "IP0235 3.A.ii", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        hidsRow("a flare exactly 12 months before counts",
            b -> b.flares(withFirstFlareOn("2025-11-24")), "IP0235 3.A.ii", MET, MEETS_CRITERIA),
        hidsRow("a flare 12 months and a day before does not",
            b -> b.flares(withFirstFlareOn("2025-11-23")), "IP0235 3.A.ii", NOT_MET, DOES_NOT_MEET_CRITERIA),
        hidsRow("no CRP", b -> b.labResults(List.of()), "IP0235 3.A.i", MISSING, NEEDS_DOCUMENTATION),
        hidsRow("M04.1 without the syndrome documented", diagnoses(Diagnosis.of("M04.1")), "IP0235 3.dx", MISSING,
            NEEDS_DOCUMENTATION),
        hidsRow("M04.1 documented as FMF is not HIDS/MKD (and FMF fails on its flares)",
            diagnoses(diagnosis("M04.1", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER)), "IP0235 3.dx", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        hidsRow("HIDS/MKD: 2nd birthday on the as-of date", b -> b.patient(bornOn("2024-11-24")), "IP0235 3.B", MET, MEETS_CRITERIA),
        hidsRow("HIDS/MKD patient under 2", b -> b.patient(bornOn("2024-11-25")), "IP0235 3.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        hidsRow("HIDS/MKD CRP exactly 2 x ULN in mg/dL (0.6 mg/dL, ULN 0.3)",
            b -> b.labResults(List.of(crp("0.6", MILLIGRAMS_PER_DECILITER, "2026-11-02", "0.3"))), "IP0235 3.A.i", MET,
            MEETS_CRITERIA),
        hidsRow("an allergist may prescribe for HIDS/MKD", b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0235 3.C", MET,
            MEETS_CRITERIA),
        hidsRow("a dermatologist may not", b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0235 3.C", NOT_MET,
            DOES_NOT_MEET_CRITERIA),

        // ------------------------------------------------------------ 4. TRAPS
        trapsRow("the approvable TRAPS case meets every clause", b -> b, "IP0235 4", MET, MEETS_CRITERIA),
        trapsRow("M04.1 documented as HIDS/MKD is not TRAPS",
            diagnoses(diagnosis("M04.1", DiagnosisSubtype.MEVALONATE_KINASE_DEFICIENCY)), "IP0235 4.dx", NOT_MET, MEETS_CRITERIA),
        trapsRow("M04.1 without the syndrome documented", diagnoses(Diagnosis.of("M04.1")), "IP0235 4.dx", MISSING,
            NEEDS_DOCUMENTATION),
        trapsRow("TRAPS: 2nd birthday on the as-of date", b -> b.patient(bornOn("2024-11-24")), "IP0235 4.A", MET, MEETS_CRITERIA),
        trapsRow("TRAPS: 2nd birthday the day after", b -> b.patient(bornOn("2024-11-25")), "IP0235 4.A", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        trapsRow("five flares in a year", b -> b.flares(traps().build().flares().subList(1, 6)), "IP0235 4.B.ii", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        trapsRow("one hospitalized flare instead of six", b -> b.flares(List.of(hospitalizedFlare("2026-03-02"))), "IP0235 4.B.ii",
            MET, MEETS_CRITERIA),
        trapsRow("CRP 9.9 mg/L without a reference range", b -> b.labResults(List.of(crp("9.9", MILLIGRAMS_PER_LITER, "2026-11-02", null))),
            "IP0235 4.B.i", MISSING, NEEDS_DOCUMENTATION),
        trapsRow("a geneticist prescribes", b -> b.prescriber(prescriber(Specialty.MEDICAL_GENETICS)), "IP0235 4.C", MET, MEETS_CRITERIA),
        trapsRow("a gastroenterologist is not on the TRAPS list", b -> b.prescriber(prescriber(Specialty.GASTROENTEROLOGY)),
            "IP0235 4.C", NOT_MET, DOES_NOT_MEET_CRITERIA),

        // ------------------------------------------------------------ 5. Still's disease
        stillsRow("the approvable systemic JIA case meets every clause", b -> b, "IP0235 5", MET, MEETS_CRITERIA),
        stillsRow("adult-onset Still's disease M06.1", b -> b.diagnoses(List.of(Diagnosis.of("M06.1"))).patient(bornOn("1990-01-01")),
            "IP0235 5.dx", MET, MEETS_CRITERIA),
        stillsRow("systemic JIA of the right ankle and foot", diagnoses(Diagnosis.of("M08.271")), "IP0235 5.dx", MET, MEETS_CRITERIA),
        stillsRow("systemic JIA, other specified site M08.2A", diagnoses(Diagnosis.of("M08.2A")), "IP0235 5.dx", MET, MEETS_CRITERIA),
        stillsRow("the header M08.2 is not billable", diagnoses(Diagnosis.of("M08.2")), "IP0235 5.dx", MISSING, NEEDS_DOCUMENTATION),
        stillsRow("the guide's M04.10 for systemic JIA is not a code", diagnoses(Diagnosis.of("M04.10")), "IP0235 5.dx", MISSING,
            NEEDS_DOCUMENTATION),
        stillsRow("2nd birthday on the as-of date", b -> b.patient(bornOn("2024-11-24")), "IP0235 5.A", MET, MEETS_CRITERIA),
        stillsRow("2nd birthday the day after", b -> b.patient(bornOn("2024-11-25")), "IP0235 5.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        stillsRow("an NSAID not tolerated", trials(trial(NAPROXEN, "2026-01-01", "2026-01-09", INTOLERANT)), "IP0235 5.B", MET,
            MEETS_CRITERIA),
        stillsRow("prednisolone without adequate response",
            trials(trial(Drug.named("prednisolone oral solution"), "2026-01-01", "2026-03-01", FAILED)), "IP0235 5.B", MET,
            MEETS_CRITERIA),
        stillsRow("a failed biologic (Kineret) meets 5.B", trials(trial(KINERET, "2025-06-01", "2026-02-01", FAILED)),
            "IP0235 5.B", MET, MEETS_CRITERIA),
        stillsRow("methotrexate that worked is not a failure", trials(trial(METHOTREXATE, "2026-03-01", "2026-08-31", EFFECTIVE)),
            "IP0235 5.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        stillsRow("methotrexate in use, outcome not documented", trials(trial(METHOTREXATE, "2026-03-01", null, ONGOING)),
            "IP0235 5.B", MISSING, NEEDS_DOCUMENTATION),
        stillsRow("a topical corticosteroid is not systemic therapy",
            trials(trial(Drug.builder().name("triamcinolone 0.1% cream").form(DosageForm.CREAM)
                .drugClass(DrugClass.TOPICAL_CORTICOSTEROID).build(), "2026-01-01", "2026-02-01", FAILED)),
            "IP0235 5.B", MISSING, NEEDS_DOCUMENTATION),
        stillsRow("intramuscular triamcinolone is a systemic corticosteroid",
            trials(trial(Drug.builder().name("Kenalog-40 (triamcinolone)").form(DosageForm.INTRAMUSCULAR_INJECTION).build(),
                "2026-01-01", "2026-01-01", FAILED)),
            "IP0235 5.B", MET, MEETS_CRITERIA),
        stillsRow("no prior therapy documented", trials(), "IP0235 5.B", MISSING, NEEDS_DOCUMENTATION),
        stillsRow("a dermatologist may not prescribe", b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0235 5.C", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        stillsRow("a pediatrician in consultation with a rheumatologist",
            b -> b.prescriber(consulting(Specialty.PEDIATRICS, Specialty.RHEUMATOLOGY)), "IP0235 5.C", MET, MEETS_CRITERIA),

        // ------------------------------------------------------------ 6. Gout flares
        goutRow("the approvable gout case meets every clause", b -> b, "IP0235 6", MET, MEETS_CRITERIA),
        goutRow("chronic gout with tophus M1A.9XX1", diagnoses(Diagnosis.of("M1A.9XX1")), "IP0235 6.dx", MET, MEETS_CRITERIA),
        goutRow("an unlisted gout site code is recognised by its category", diagnoses(Diagnosis.of("M10.371")), "IP0235 6.dx", MET,
            MEETS_CRITERIA),
        goutRow("the header M10.4 is not billable", diagnoses(Diagnosis.of("M10.4")), "IP0235 6.dx", MISSING, NEEDS_DOCUMENTATION),
        goutRow("18th birthday on the as-of date", b -> b.patient(bornOn("2008-11-24")), "IP0235 6.A", MET, MEETS_CRITERIA),
        goutRow("18th birthday the day after", b -> b.patient(bornOn("2008-11-25")), "IP0235 6.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        goutRow("first treatment needs no previous Ilaris", b -> b, "IP0235 6.B.i.a", MET, MEETS_CRITERIA),
        goutRow("two flares in 12 months", b -> b.flares(List.of(flare("2026-06-15"), flare("2026-11-20"))), "IP0235 6.B.i.b",
            NOT_MET, DOES_NOT_MEET_CRITERIA),
        goutRow("a flare exactly 12 months before counts",
            b -> b.flares(List.of(flare("2025-11-24"), flare("2026-06-15"), flare("2026-11-20"))), "IP0235 6.B.i.b", MET,
            MEETS_CRITERIA),
        goutRow("a flare 12 months and a day before does not",
            b -> b.flares(List.of(flare("2025-11-23"), flare("2026-06-15"), flare("2026-11-20"))), "IP0235 6.B.i.b", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        goutRow("no flare history", b -> b.flares(List.of()), "IP0235 6.B.i.b", MISSING, NEEDS_DOCUMENTATION),
        goutRow("NSAIDs worked", goutTrial(0, trial(NAPROXEN, "2025-03-01", "2025-03-10", EFFECTIVE)), "IP0235 6.B.i.c", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        goutRow("NSAIDs contraindicated (kidney disease)", goutTrial(0, trial(NAPROXEN, null, null, CONTRAINDICATED)),
            "IP0235 6.B.i.c", MET, MEETS_CRITERIA),
        goutRow("NSAID use not documented", goutTrial(0, null), "IP0235 6.B.i.c", MISSING, NEEDS_DOCUMENTATION),
        goutRow("colchicine for flares not documented", goutTrial(1, null), "IP0235 6.B.i.d", MISSING, NEEDS_DOCUMENTATION),
        goutRow("colchicine not tolerated", goutTrial(1, trial(COLCHICINE, "2026-02-10", "2026-02-11", INTOLERANT)),
            "IP0235 6.B.i.d", MET, MEETS_CRITERIA),
        goutRow("colchicine worked", goutTrial(1, trial(COLCHICINE, "2026-02-10", "2026-02-13", EFFECTIVE)), "IP0235 6.B.i.d",
            NOT_MET, DOES_NOT_MEET_CRITERIA),
        goutRow("corticosteroid courses worked, no reason against repeating them",
            goutTrial(2, trial(PREDNISONE, "2026-06-15", "2026-06-20", EFFECTIVE)), "IP0235 6.B.i.e", NOT_MET, DOES_NOT_MEET_CRITERIA),
        goutRow("corticosteroids ineffective", goutTrial(2, trial(PREDNISONE, "2026-06-15", "2026-06-20", FAILED)),
            "IP0235 6.B.i.e", MET, MEETS_CRITERIA),
        goutRow("corticosteroid use not documented", goutTrial(2, null), "IP0235 6.B.i.e", MISSING, NEEDS_DOCUMENTATION),
        goutRow("allopurinol stopped", b -> b.concurrentMedications(List.of())
                .addTherapyTrials(trial(ALLOPURINOL, "2024-01-01", "2025-06-01", INTOLERANT)),
            "IP0235 6.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        goutRow("urate-lowering therapy contraindicated", b -> b.concurrentMedications(List.of())
                .addTherapyTrials(trial(Drug.named("febuxostat"), null, null, CONTRAINDICATED)),
            "IP0235 6.C", MET, MEETS_CRITERIA),
        goutRow("febuxostat in use", b -> b.concurrentMedications(List.of())
                .addTherapyTrials(trial(Drug.named("Uloric (febuxostat)"), "2025-01-01", null, ONGOING)),
            "IP0235 6.C", MET, MEETS_CRITERIA),
        goutRow("no urate-lowering therapy documented", b -> b.concurrentMedications(List.of()), "IP0235 6.C", MISSING,
            NEEDS_DOCUMENTATION),
        goutRow("pegloticase is the urate-lowering therapy, not a concurrent biologic",
            b -> b.concurrentMedications(List.of(Drug.builder().name("Krystexxa").drugClass(DrugClass.BIOLOGIC).build())),
            "IP0235 Not Covered 1", MET, MEETS_CRITERIA),
        goutRow("a nephrologist alone", b -> b.prescriber(prescriber(Specialty.NEPHROLOGY)), "IP0235 6.D", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        // 6.B.ii: retreatment
        retreatRow("retreatment meets 6.B through ii", b -> b, "IP0235 6.B", MET, MEETS_CRITERIA),
        retreatRow("a previous dose rules out the first-treatment route", b -> b, "IP0235 6.B.i.a", NOT_MET, MEETS_CRITERIA),
        retreatRow("last dose exactly 12 weeks (84 days) before",
            b -> b.therapyTrials(retreatmentTrials("2026-09-01")), "IP0235 6.B.ii.c", MET, MEETS_CRITERIA),
        retreatRow("last dose 83 days before",
            b -> b.therapyTrials(retreatmentTrials("2026-09-02")), "IP0235 6.B.ii.c", NOT_MET, DOES_NOT_MEET_CRITERIA),
        retreatRow("a previous dose that did not help",
            b -> b.therapyTrials(retreatment(trial(ILARIS, "2026-07-01", "2026-07-01", FAILED))), "IP0235 6.B.ii.a", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        retreatRow("a previous course whose response is not documented",
            b -> b.therapyTrials(retreatment(trial(ILARIS, "2026-07-01", null, ONGOING))),
            "IP0235 6.B.ii.a", MISSING, NEEDS_DOCUMENTATION),
        retreatRow("the response documented in the assessment instead",
            b -> b.therapyTrials(retreatment(trial(ILARIS, "2026-07-01", null, ONGOING)))
                .response(improved(ResponseMarker.FLARE_FREQUENCY)),
            "IP0235 6.B.ii.a", MET, NEEDS_DOCUMENTATION),
        retreatRow("no flare after the last dose",
            b -> b.flares(List.of(flare("2026-02-10"), flare("2026-06-15"))), "IP0235 6.B.ii.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        retreatRow("an Ilaris dose without its date",
            b -> b.therapyTrials(retreatment(trial(ILARIS, "2026-07-01", null, EFFECTIVE))), "IP0235 6.B.ii.c", MISSING,
            NEEDS_DOCUMENTATION),

        // ------------------------------------------------------------ Conditions Not Covered
        stillsRow("concurrent Kineret", b -> b.addConcurrentMedications(KINERET), "IP0235 Not Covered 1", NOT_MET, NOT_COVERED),
        stillsRow("an Actemra trial still in use",
            b -> b.addTherapyTrials(trial(Drug.named("Actemra"), "2026-05-01", null, ONGOING)), "IP0235 Not Covered 1", NOT_MET,
            NOT_COVERED),
        stillsRow("a concurrent JAK inhibitor known by class",
            b -> b.addConcurrentMedications(Drug.builder().name("new JAK").drugClass(DrugClass.JAK_INHIBITOR).build()),
            "IP0235 Not Covered 1", NOT_MET, NOT_COVERED),
        stillsRow("a Kineret trial that ended", b -> b.addTherapyTrials(trial(KINERET, "2025-06-01", "2026-02-01", FAILED)),
            "IP0235 Not Covered 1", MET, MEETS_CRITERIA),
        stillsRow("a failed Kineret trial without a stop date",
            b -> b.addTherapyTrials(trial(KINERET, "2025-06-01", null, FAILED)), "IP0235 Not Covered 1", MISSING,
            NEEDS_DOCUMENTATION),
        stillsRow("Ilaris itself is not another biologic", b -> b.addConcurrentMedications(ILARIS), "IP0235 Not Covered 1", MET,
            MEETS_CRITERIA),
        stillsRow("topical ruxolitinib is not a systemic JAK inhibitor",
            b -> b.addConcurrentMedications(Drug.builder().name("ruxolitinib 1.5% cream").form(DosageForm.CREAM).build()),
            "IP0235 Not Covered 1", MET, MEETS_CRITERIA),
        stillsRow("rheumatoid arthritis", b -> b.addDiagnoses(Diagnosis.of("M06.9")), "IP0235 Not Covered 2", NOT_MET, NOT_COVERED),
        stillsRow("seropositive rheumatoid arthritis", b -> b.addDiagnoses(Diagnosis.of("M05.79")), "IP0235 Not Covered 2", NOT_MET,
            NOT_COVERED),
        stillsRow("adult-onset Still's disease is not rheumatoid arthritis",
            b -> b.diagnoses(List.of(Diagnosis.of("M06.1"))).patient(bornOn("1990-01-01")), "IP0235 Not Covered 2", MET,
            MEETS_CRITERIA),
        // Diagnoses.notFor: with no diagnosis, whether the request is for rheumatoid arthritis cannot be told.
        stillsRow("no diagnosis leaves rheumatoid arthritis undecided", diagnoses(), "IP0235 Not Covered 2", MISSING,
            NEEDS_DOCUMENTATION),
        stillsRow("DIRA and other M04.8 syndromes are another use", diagnoses(Diagnosis.of("M04.8")),
            "IP0235 Not Covered (other use)", NOT_MET, NOT_COVERED),
        stillsRow("atopic dermatitis is another use", diagnoses(Diagnosis.of("L20.9")), "IP0235 Not Covered (other use)", NOT_MET,
            NOT_COVERED),
        stillsRow("E85.2 alone asks for the syndrome's code", diagnoses(Diagnosis.of("E85.2")), "IP0235 Not Covered (other use)",
            MISSING, NEEDS_DOCUMENTATION),
        stillsRow("M04.9 alone asks for the syndrome's code", diagnoses(Diagnosis.of("M04.9")), "IP0235 Not Covered (other use)",
            MISSING, NEEDS_DOCUMENTATION),
        stillsRow("no diagnosis", diagnoses(), "IP0235 Not Covered (other use)", MISSING, NEEDS_DOCUMENTATION));
  }

  private static List<Flare> withFirstFlareOn(String date) {
    List<Flare> flares = new ArrayList<>(hids().build().flares().subList(1, 6));
    flares.add(0, flare(date));
    return flares;
  }

  /** The retreatment case's trials with the single Ilaris dose on {@code doseDay}. */
  private static List<TherapyTrial> retreatmentTrials(String doseDay) {
    return retreatment(trial(ILARIS, doseDay, doseDay, EFFECTIVE));
  }

  private static List<TherapyTrial> retreatment(TherapyTrial ilaris) {
    List<TherapyTrial> trials = new ArrayList<>(gout().build().therapyTrials());
    trials.add(ilaris);
    return trials;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clauses")
  void each_clause_decides_on_its_side_of_the_threshold(String description, CoverageRequest request, String clauseId,
      Status expectedClause, Outcome expectedOutcome) {
    Determination d = REGISTRY.evaluate(request, AS_OF);
    assertThat(d.clause(clauseId)).as("clause %s present", clauseId).isPresent();
    assertThat(d.clause(clauseId).get().status()).as("status of %s: %s", clauseId, d.clause(clauseId).get().finding())
        .isEqualTo(expectedClause);
    assertThat(d.outcome()).as("outcome: %s", d.summary()).isEqualTo(expectedOutcome);
    assertEveryUnmetClauseExplainsItself(d);
  }

  /** "No flares": an empty flare list is MISSING until the clinic says the history was reviewed. */
  @Test
  void an_empty_flare_history_declared_reviewed_counts_as_no_flares() {
    CoverageRequest unreviewed = gout().flares(List.of()).build();
    assertThat(REGISTRY.evaluate(unreviewed, AS_OF).clause("IP0235 6.B.i.b").get().status()).isEqualTo(MISSING);
    CoverageRequest reviewed = gout().flares(List.of())
        .addHistoryReviews(HistoryReview.of(RecordedHistory.FLARES, AS_OF.minusYears(1))).build();
    Determination d = REGISTRY.evaluate(reviewed, AS_OF);
    assertThat(d.clause("IP0235 6.B.i.b").get().status()).isEqualTo(NOT_MET);
    assertThat(d.clause("IP0235 6.B.i.b").get().finding()).hasValueSatisfying(f -> assertThat(f).startsWith("0 flares"));
    // A review that starts after the window opened leaves the first day undocumented.
    CoverageRequest partly = gout().flares(List.of())
        .addHistoryReviews(HistoryReview.of(RecordedHistory.FLARES, AS_OF.minusYears(1).plusDays(1))).build();
    assertThat(REGISTRY.evaluate(partly, AS_OF).clause("IP0235 6.B.i.b").get().status()).isEqualTo(MISSING);
  }

  static Stream<Arguments> approvals() {
    return Stream.of(
        Arguments.of("CAPS", caps(), "IP0235 1", Period.ofMonths(6)),
        Arguments.of("FMF", fmf(), "IP0235 2", Period.ofMonths(4)),
        Arguments.of("HIDS/MKD", hids(), "IP0235 3", Period.ofMonths(4)),
        Arguments.of("TRAPS", traps(), "IP0235 4", Period.ofMonths(4)),
        Arguments.of("Still's disease", stills(), "IP0235 5", Period.ofMonths(3)),
        Arguments.of("gout flares", gout(), "IP0235 6", Period.ofDays(84)),
        Arguments.of("gout retreatment", goutRetreatment(), "IP0235 6", Period.ofDays(84)));
  }

  @ParameterizedTest(name = "{0}: initial approval {3}")
  @MethodSource("approvals")
  void each_pathway_has_its_initial_approval(String description, CoverageRequest.Builder request, String pathway, Period maximum) {
    Determination d = REGISTRY.evaluate(request.build(), AS_OF);
    assertThat(d.outcome()).isEqualTo(MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo(pathway);
    assertThat(d.approval().get().maximum()).isEqualTo(maximum);
    assertThat(d.approval().get().endsNoLaterThan()).isEqualTo(AS_OF.plus(maximum));
  }

  /** Ilaris started on {@code start} and still given. */
  private static UnaryOperator<CoverageRequest.Builder> onIlarisSince(String start) {
    return b -> b.addTherapyTrials(trial(ILARIS, start, null, ONGOING));
  }

  /** On Ilaris since {@code firstDose}, with a CRP and six flares in the year before it. */
  private static UnaryOperator<CoverageRequest.Builder> baselineBefore(String firstDose) {
    return b -> onIlarisSince(firstDose).apply(b)
        .labResults(List.of(crp("40", MILLIGRAMS_PER_LITER, "2026-06-20", "5")))
        .flares(List.of(flare("2025-08-01"), flare("2025-10-01"), flare("2025-12-01"), flare("2026-02-01"),
            flare("2026-04-01"), flare("2026-06-01")));
  }

  private static CoverageRequest.Builder reauth(CoverageRequest.Builder base, UnaryOperator<CoverageRequest.Builder> change) {
    return change.apply(base.requestType(RequestType.REAUTHORIZATION).response(improved(ResponseMarker.INFLAMMATORY_MARKERS)));
  }

  static Stream<Arguments> reauthorizations() {
    ResponseAssessment none = ResponseAssessment.builder().build();
    return Stream.of(
        Arguments.of("CAPS on Ilaris exactly 6 months", reauth(caps(), onIlarisSince("2026-05-24")), "IP0235 Reauthorization 1.A",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("CAPS on Ilaris a day short of 6 months", reauth(caps(), onIlarisSince("2026-05-25")),
            "IP0235 Reauthorization 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("CAPS without any Ilaris documented", reauth(caps(), b -> b), "IP0235 Reauthorization 1.A", MISSING,
            NEEDS_DOCUMENTATION, null),
        Arguments.of("CAPS, Ilaris stopped",
            reauth(caps(), b -> b.addTherapyTrials(trial(ILARIS, "2025-01-01", "2026-10-01", FAILED))),
            "IP0235 Reauthorization 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("CAPS without a response assessment",
            reauth(caps(), onIlarisSince("2026-01-01")).response(Optional.empty()), "IP0235 Reauthorization 1.B", MISSING,
            NEEDS_DOCUMENTATION, null),
        Arguments.of("CAPS assessed with no improvement", reauth(caps(), onIlarisSince("2026-01-01")).response(none),
            "IP0235 Reauthorization 1.B", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("CAPS with only an eczema score improved",
            reauth(caps(), onIlarisSince("2026-01-01")).response(improved(ResponseMarker.EASI)), "IP0235 Reauthorization 1.B",
            NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("CAPS with at least one symptom improved",
            reauth(caps(), onIlarisSince("2026-01-01")).response(improved(ResponseMarker.SYMPTOMS)), "IP0235 Reauthorization 1.B",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("CAPS with less urticaria",
            reauth(caps(), onIlarisSince("2026-01-01")).response(improved(ResponseMarker.URTICARIA)), "IP0235 Reauthorization 1.B",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("CAPS with less urticarial rash (a symptom)",
            reauth(caps(), onIlarisSince("2026-01-01")).response(improved(ResponseMarker.ERYTHEMA)), "IP0235 Reauthorization 1.B",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        // Reauthorization is the template only: the baseline of the initial criteria is not asked for again.
        Arguments.of("FMF reauthorization: diagnosis, 4 months on Ilaris and fewer flares", fmfReauthorization(),
            "IP0235 Reauthorization 2", MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("FMF long-term patient without a pre-treatment CRP or flare history is renewed",
            fmfReauthorization().labResults(List.of(crp("3", MILLIGRAMS_PER_LITER, "2026-11-02", "5"))).flares(List.of())
                .therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", null, ONGOING), trial(ILARIS, "2021-03-01", null, ONGOING))),
            "IP0235 Reauthorization 2", MET, MEETS_CRITERIA, Period.ofMonths(12)),
        // The baseline still decides an initial request of a patient already on Ilaris.
        Arguments.of("FMF initial request on Ilaris: baseline before the first dose",
            fmfReauthorization().requestType(RequestType.INITIAL), "IP0235 2.D.i", MET, MEETS_CRITERIA, Period.ofMonths(4)),
        Arguments.of("FMF initial request on Ilaris: the on-treatment CRP alone is not a baseline",
            fmfReauthorization().requestType(RequestType.INITIAL).labResults(List.of(crp("3", MILLIGRAMS_PER_LITER, "2026-11-02", "5"))),
            "IP0235 2.D.i", MISSING, NEEDS_DOCUMENTATION, null),
        Arguments.of("FMF initial request on Ilaris: baseline flares counted before the first dose",
            fmfReauthorization().requestType(RequestType.INITIAL), "IP0235 2.D.ii", MET, MEETS_CRITERIA, Period.ofMonths(4)),
        Arguments.of("FMF: 4 months on Ilaris suffice (the initial approval)",
            fmfReauthorization().therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", null, ONGOING),
                trial(ILARIS, "2026-07-24", null, ONGOING))), "IP0235 Reauthorization 2.A", MET, MEETS_CRITERIA,
            Period.ofMonths(12)),
        Arguments.of("FMF: a day short of 4 months",
            fmfReauthorization().therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", null, ONGOING),
                trial(ILARIS, "2026-07-25", null, ONGOING))), "IP0235 Reauthorization 2.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("FMF reauthorization without any Ilaris documented",
            fmfReauthorization().therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", null, ONGOING))),
            "IP0235 Reauthorization 2.A", MISSING, NEEDS_DOCUMENTATION, null),
        // Established on therapy: the current course, joined across pauses of up to one dosing interval (CAPS 8 weeks).
        Arguments.of("CAPS: two courses joined by a pause of exactly 8 weeks",
            reauth(caps(), b -> b.addTherapyTrials(trial(ILARIS, "2025-01-01", "2026-04-01", EFFECTIVE),
                trial(ILARIS, "2026-05-27", null, ONGOING))), "IP0235 Reauthorization 1.A", MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("CAPS: a pause a day longer than 8 weeks restarts the count",
            reauth(caps(), b -> b.addTherapyTrials(trial(ILARIS, "2025-01-01", "2026-04-01", EFFECTIVE),
                trial(ILARIS, "2026-05-28", null, ONGOING))), "IP0235 Reauthorization 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("CAPS: overlapping trials form one course",
            reauth(caps(), b -> b.addTherapyTrials(trial(ILARIS, "2026-05-20", "2026-06-30", EFFECTIVE),
                trial(ILARIS, "2026-06-15", null, ONGOING))), "IP0235 Reauthorization 1.A", MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("CAPS: restarted in June after a year off, an old course does not count",
            reauth(caps(), b -> b.addTherapyTrials(trial(ILARIS, "2023-01-01", "2025-06-01", EFFECTIVE),
                trial(ILARIS, "2026-06-01", null, ONGOING))), "IP0235 Reauthorization 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("CAPS: Ilaris a current medication, but the documented course ended a year ago",
            reauth(caps(), b -> b.addTherapyTrials(trial(ILARIS, "2023-01-01", "2025-11-01", EFFECTIVE))
                .addConcurrentMedications(ILARIS)), "IP0235 Reauthorization 1.A", MISSING, NEEDS_DOCUMENTATION, null),
        // FMF doses every 4 weeks: a 5-week pause restarts the count.
        Arguments.of("FMF: a pause of exactly 4 weeks keeps the course",
            fmfReauthorization().therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", null, ONGOING),
                trial(ILARIS, "2026-03-01", "2026-07-01", EFFECTIVE), trial(ILARIS, "2026-07-29", null, ONGOING))),
            "IP0235 Reauthorization 2.A", MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("FMF: a pause of 4 weeks and a day restarts the count",
            fmfReauthorization().therapyTrials(List.of(trial(COLCHICINE, "2024-01-10", null, ONGOING),
                trial(ILARIS, "2026-03-01", "2026-07-01", EFFECTIVE), trial(ILARIS, "2026-07-30", null, ONGOING))),
            "IP0235 Reauthorization 2.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("HIDS/MKD after 4 months", reauth(hids(), baselineBefore("2026-07-24")), "IP0235 Reauthorization 3.A",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("HIDS/MKD initial request on Ilaris: the flares after the first dose are not the baseline",
            reauth(hids(), onIlarisSince("2026-07-24")).requestType(RequestType.INITIAL), "IP0235 3.A.ii", NOT_MET,
            DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("HIDS/MKD with fewer flares",
            reauth(hids(), baselineBefore("2026-07-01")).response(improved(ResponseMarker.FLARE_FREQUENCY)),
            "IP0235 Reauthorization 3.B", MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("TRAPS without a response assessment",
            reauth(traps(), baselineBefore("2026-07-01")).response(Optional.empty()), "IP0235 Reauthorization 4.B", MISSING,
            NEEDS_DOCUMENTATION, null),
        Arguments.of("Still's disease with joint symptoms improved (OTHER)",
            reauth(stills(), onIlarisSince("2026-05-01")).response(improved(ResponseMarker.OTHER)), "IP0235 Reauthorization 5.B",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("Still's disease after 3 months", reauth(stills(), onIlarisSince("2026-08-24")), "IP0235 Reauthorization 5.A",
            MET, MEETS_CRITERIA, Period.ofMonths(12)),
        Arguments.of("Still's disease a day short of 3 months", reauth(stills(), onIlarisSince("2026-08-25")),
            "IP0235 Reauthorization 5.A", NOT_MET, DOES_NOT_MEET_CRITERIA, null),
        Arguments.of("gout retreatment as a reauthorization", goutRetreatment().requestType(RequestType.REAUTHORIZATION),
            "IP0235 Reauthorization 6", MET, MEETS_CRITERIA, Period.ofDays(84)),
        Arguments.of("gout reauthorization after a dose that failed",
            gout().requestType(RequestType.REAUTHORIZATION).addTherapyTrials(trial(ILARIS, "2026-07-01", "2026-07-01", FAILED)),
            "IP0235 Reauthorization 6", NOT_MET, DOES_NOT_MEET_CRITERIA, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reauthorizations")
  void reauthorization_needs_the_indication_established_therapy_and_a_response(String description, CoverageRequest.Builder request,
      String clauseId, Status expectedClause, Outcome expectedOutcome, Period renewal) {
    Determination d = REGISTRY.evaluate(request.build(), AS_OF);
    assertThat(d.clause(clauseId)).as("clause %s present", clauseId).isPresent();
    assertThat(d.clause(clauseId).get().status()).as("status of %s: %s", clauseId, d.clause(clauseId).get().finding())
        .isEqualTo(expectedClause);
    assertThat(d.outcome()).as("outcome: %s", d.summary()).isEqualTo(expectedOutcome);
    if (renewal != null) {
      assertThat(d.approval().get().maximum()).isEqualTo(renewal);
    } else {
      assertThat(d.approval()).isEmpty();
    }
    assertEveryUnmetClauseExplainsItself(d);
  }

  /** Every NOT_MET or MISSING clause says why, how to fix it, and (checks) which documents. */
  static void assertEveryUnmetClauseExplainsItself(Determination d) {
    for (ClauseResult root : d.trace()) {
      root.forEachClause(c -> {
        if (c.status() == MET) {
          assertThat(c.remedy()).as("%s is met and has no remedy", c.id()).isEmpty();
          return;
        }
        assertThat(c.remedy()).as("%s remedy", c.id()).isPresent();
        assertThat(c.remedy().get().denialReason()).as("%s denial reason", c.id()).isNotBlank();
        assertThat(c.remedy().get().howToFix()).as("%s fix", c.id()).isNotBlank();
        if (c.kind() == ClauseKind.CHECK) {
          assertThat(c.documents()).as("%s documents", c.id()).isNotEmpty();
        }
      });
    }
  }
}
