package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentRequests.ANORO;
import static io.covercrit.cigna.dupixent.DupixentRequests.AS_OF;
import static io.covercrit.cigna.dupixent.DupixentRequests.CETIRIZINE;
import static io.covercrit.cigna.dupixent.DupixentRequests.FLONASE;
import static io.covercrit.cigna.dupixent.DupixentRequests.FLUTICASONE_HFA;
import static io.covercrit.cigna.dupixent.DupixentRequests.MONTELUKAST;
import static io.covercrit.cigna.dupixent.DupixentRequests.OMEPRAZOLE;
import static io.covercrit.cigna.dupixent.DupixentRequests.PREDNISONE;
import static io.covercrit.cigna.dupixent.DupixentRequests.SYMBICORT;
import static io.covercrit.cigna.dupixent.DupixentRequests.TRELEGY;
import static io.covercrit.cigna.dupixent.DupixentRequests.absent;
import static io.covercrit.cigna.dupixent.DupixentRequests.asthma;
import static io.covercrit.cigna.dupixent.DupixentRequests.atopicDermatitis;
import static io.covercrit.cigna.dupixent.DupixentRequests.bornOn;
import static io.covercrit.cigna.dupixent.DupixentRequests.bullousPemphigoid;
import static io.covercrit.cigna.dupixent.DupixentRequests.chronicSpontaneousUrticaria;
import static io.covercrit.cigna.dupixent.DupixentRequests.copd;
import static io.covercrit.cigna.dupixent.DupixentRequests.corticosteroid;
import static io.covercrit.cigna.dupixent.DupixentRequests.counted;
import static io.covercrit.cigna.dupixent.DupixentRequests.dupixentSince;
import static io.covercrit.cigna.dupixent.DupixentRequests.eosinophilicEsophagitis;
import static io.covercrit.cigna.dupixent.DupixentRequests.eosinophils;
import static io.covercrit.cigna.dupixent.DupixentRequests.finding;
import static io.covercrit.cigna.dupixent.DupixentRequests.flare;
import static io.covercrit.cigna.dupixent.DupixentRequests.hives;
import static io.covercrit.cigna.dupixent.DupixentRequests.lab;
import static io.covercrit.cigna.dupixent.DupixentRequests.nasalPolyps;
import static io.covercrit.cigna.dupixent.DupixentRequests.ongoing;
import static io.covercrit.cigna.dupixent.DupixentRequests.prescriber;
import static io.covercrit.cigna.dupixent.DupixentRequests.prurigoNodularis;
import static io.covercrit.cigna.dupixent.DupixentRequests.since;
import static io.covercrit.cigna.dupixent.DupixentRequests.topicalSteroid;
import static io.covercrit.cigna.dupixent.DupixentRequests.trial;
import static io.covercrit.core.eval.Outcome.DOES_NOT_MEET_CRITERIA;
import static io.covercrit.core.eval.Outcome.MEETS_CRITERIA;
import static io.covercrit.core.eval.Outcome.NEEDS_DOCUMENTATION;
import static io.covercrit.core.eval.Status.MET;
import static io.covercrit.core.eval.Status.MISSING;
import static io.covercrit.core.eval.Status.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every clause of cigna/IP0453 on both sides of its threshold, for every indication, the
 * initial and the reauthorization criteria, and MISSING (a document absent) against NOT_MET (a
 * document that shows the clause fails). Each row changes one fact of an approvable request (as
 * of 2026-11-24) and names the clause it decides.
 */
class DupixentIp0453Test {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  private static Arguments row(String description, Supplier<CoverageRequest.Builder> base,
      UnaryOperator<CoverageRequest.Builder> change, String clauseId, Status clause, Outcome outcome) {
    return Arguments.of(description, change.apply(base.get()).build(), clauseId, clause, outcome);
  }

  private static UnaryOperator<CoverageRequest.Builder> reauth(UnaryOperator<CoverageRequest.Builder> change) {
    return b -> change.apply(b.requestType(RequestType.REAUTHORIZATION));
  }

  private static ResponseAssessment improved(ResponseMarker... markers) {
    return ResponseAssessment.builder().assessedOn(AS_OF).addImprovements(markers).build();
  }

  private static UnaryOperator<CoverageRequest.Builder> trials(TherapyTrial... trials) {
    return b -> b.therapyTrials(List.of(trials));
  }

  private static UnaryOperator<CoverageRequest.Builder> findings(ClinicalFinding... findings) {
    return b -> b.clinicalFindings(List.of(findings));
  }

  // ---------------------------------------------------------------- 1. Asthma

  /** The asthma case with blood eosinophils of 100 cells/µL, so that 1.B turns on oral corticosteroids. */
  private static UnaryOperator<CoverageRequest.Builder> lowEosinophilsWith(TherapyTrial... extraTrials) {
    return b -> b
        .labResults(List.of(eosinophils("100", "2026-11-02"),
            lab(Analyte.FEV1_PERCENT_PREDICTED, "68", Unit.PERCENT, "2026-10-20")))
        .addTherapyTrials(extraTrials);
  }

  private static UnaryOperator<CoverageRequest.Builder> asthmaControllers(TherapyTrial... trials) {
    return b -> b.therapyTrials(List.of(trials));
  }

  /** No exacerbations or acute care, normal spirometry, no oral corticosteroid: only 1.D alternatives left to vary. */
  private static CoverageRequest.Builder controlledAsthma() {
    return asthma()
        .flares(List.of(flare("2026-03-01", false, false, false)))
        .labResults(List.of(eosinophils("320", "2026-11-02"),
            lab(Analyte.FEV1_PERCENT_PREDICTED, "92", Unit.PERCENT, "2026-10-20"),
            lab(Analyte.FEV1_FVC_RATIO, "0.84", Unit.RATIO, "2026-10-20")));
  }

  static Stream<Arguments> asthmaRows() {
    Supplier<CoverageRequest.Builder> a = DupixentRequests::asthma;
    Supplier<CoverageRequest.Builder> controlled = DupixentIp0453Test::controlledAsthma;
    return Stream.of(
        row("the approvable asthma case meets every clause", a, b -> b, "IP0453 1", MET, MEETS_CRITERIA),
        // 1.dx
        row("eosinophilic asthma J82.83 is asthma", a, b -> b.diagnoses(List.of(Diagnosis.of("J82.83"))), "IP0453 1.dx", MET, MEETS_CRITERIA),
        row("J82, as the guide writes it, is a category", a, b -> b.diagnoses(List.of(Diagnosis.of("J82"))), "IP0453 1.dx", MISSING, NEEDS_DOCUMENTATION),
        row("the header J45.5 is not billable", a, b -> b.diagnoses(List.of(Diagnosis.of("J45.5"))), "IP0453 1.dx", MISSING, NEEDS_DOCUMENTATION),
        row("J45.6 does not exist", a, b -> b.diagnoses(List.of(Diagnosis.of("J45.6"))), "IP0453 1.dx", MISSING, NEEDS_DOCUMENTATION),
        row("chronic eosinophilic pneumonia is not asthma", a, b -> b.diagnoses(List.of(Diagnosis.of("J82.81"))), "IP0453 1.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 1.A: 6 years
        row("6th birthday on the as-of date", a, b -> b.patient(bornOn("2020-11-24")), "IP0453 1.A", MET, MEETS_CRITERIA),
        row("6th birthday the day after", a, b -> b.patient(bornOn("2020-11-25")), "IP0453 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("birth date not documented", a, b -> b.patient(Patient.builder().build()), "IP0453 1.A", MISSING, NEEDS_DOCUMENTATION),
        // 1.B.a: 150 cells/µL within 6 weeks, or before an eosinophil-lowering antibody
        row("150 cells/µL", a, b -> b.labResults(List.of(eosinophils("150", "2026-11-02"))), "IP0453 1.B.a", MET, MEETS_CRITERIA),
        row("149 cells/µL, no oral corticosteroid documented", a, b -> b.labResults(List.of(eosinophils("149", "2026-11-02"))),
            "IP0453 1.B.a", NOT_MET, NEEDS_DOCUMENTATION),
        row("0.15 x10^9/L is 150 cells/µL", a, b -> b.labResults(List.of(lab(Analyte.BLOOD_EOSINOPHILS, "0.15", Unit.BILLION_CELLS_PER_LITER, "2026-11-02"))),
            "IP0453 1.B.a", MET, MEETS_CRITERIA),
        row("0.149 x10^9/L is 149 cells/µL", a, b -> b.labResults(List.of(lab(Analyte.BLOOD_EOSINOPHILS, "0.149", Unit.BILLION_CELLS_PER_LITER, "2026-11-02"))),
            "IP0453 1.B.a", NOT_MET, NEEDS_DOCUMENTATION),
        row("a count exactly 6 weeks (42 days) old", a, b -> b.labResults(List.of(eosinophils("300", "2026-10-13"))), "IP0453 1.B.a", MET, MEETS_CRITERIA),
        row("a count 43 days old is not recent", a, b -> b.labResults(List.of(eosinophils("300", "2026-10-12"))), "IP0453 1.B.a", MISSING, NEEDS_DOCUMENTATION),
        row("a count dated after the as-of date is not yet known", a, b -> b.labResults(List.of(eosinophils("300", "2026-11-25"))), "IP0453 1.B.a", MISSING, NEEDS_DOCUMENTATION),
        row("no eosinophil count at all", a, b -> b.labResults(List.of()), "IP0453 1.B.a", MISSING, NEEDS_DOCUMENTATION),
        row("an old count before Nucala was started counts", a,
            b -> b.labResults(List.of(eosinophils("90", "2026-11-02"), eosinophils("410", "2025-12-01")))
                .addTherapyTrials(ongoing(Drug.named("Nucala (mepolizumab)"), "2026-01-10")),
            "IP0453 1.B.a", MET, MEETS_CRITERIA),
        row("a count taken the day the antibody was started is not before it", a,
            b -> b.labResults(List.of(eosinophils("90", "2026-11-02"), eosinophils("410", "2026-01-10")))
                .addTherapyTrials(ongoing(Drug.named("Fasenra"), "2026-01-10")),
            "IP0453 1.B.a", MISSING, NEEDS_DOCUMENTATION),
        row("on Tezspire without a pre-treatment count", a,
            b -> b.labResults(List.of(eosinophils("60", "2026-11-02"))).addTherapyTrials(ongoing(Drug.named("Tezspire"), "2026-03-01")),
            "IP0453 1.B.a", MISSING, NEEDS_DOCUMENTATION),
        row("a low count before the antibody and a low recent count", a,
            b -> b.labResults(List.of(eosinophils("60", "2026-11-02"), eosinophils("140", "2026-02-01")))
                .addTherapyTrials(ongoing(Drug.named("dupilumab"), "2026-03-01")),
            "IP0453 1.B.a", NOT_MET, NEEDS_DOCUMENTATION),
        // 1.B.b: oral corticosteroid, 5 mg/day prednisone-equivalent for 6 months
        row("prednisone 5 mg/day for exactly 6 months", a, lowEosinophilsWith(corticosteroid(PREDNISONE, "5", "2026-05-25", null)),
            "IP0453 1.B.b", MET, MEETS_CRITERIA),
        row("prednisone 5 mg/day, one day short of 6 months", a, lowEosinophilsWith(corticosteroid(PREDNISONE, "5", "2026-05-26", null)),
            "IP0453 1.B.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("prednisone 4.9 mg/day", a, lowEosinophilsWith(corticosteroid(PREDNISONE, "4.9", "2025-01-01", null)),
            "IP0453 1.B.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("methylprednisolone 4 mg/day equals 5 mg prednisone", a,
            lowEosinophilsWith(corticosteroid(Drug.named("Medrol (methylprednisolone) 4 mg tablet"), "4", "2025-01-01", null)),
            "IP0453 1.B.b", MET, MEETS_CRITERIA),
        row("dexamethasone 0.75 mg/day equals 5 mg prednisone", a,
            lowEosinophilsWith(corticosteroid(Drug.named("dexamethasone"), "0.75", "2025-01-01", null)), "IP0453 1.B.b", MET, MEETS_CRITERIA),
        row("dexamethasone 0.7 mg/day is below", a,
            lowEosinophilsWith(corticosteroid(Drug.named("dexamethasone"), "0.7", "2025-01-01", null)), "IP0453 1.B.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("10 mg then 5 mg without a gap day join into 6 months", a,
            lowEosinophilsWith(corticosteroid(PREDNISONE, "10", "2026-05-25", "2026-08-31"), corticosteroid(PREDNISONE, "5", "2026-09-01", null)),
            "IP0453 1.B.b", MET, MEETS_CRITERIA),
        row("a one-day gap breaks the 6 months", a,
            lowEosinophilsWith(corticosteroid(PREDNISONE, "10", "2026-05-25", "2026-08-31"), corticosteroid(PREDNISONE, "5", "2026-09-02", null)),
            "IP0453 1.B.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("daily dose not documented", a, lowEosinophilsWith(ongoing(PREDNISONE, "2025-01-01")), "IP0453 1.B.b", MISSING, NEEDS_DOCUMENTATION),
        row("a corticosteroid without a known prednisone equivalent", a,
            lowEosinophilsWith(corticosteroid(Drug.builder().name("deflazacort").drugClass(DrugClass.SYSTEMIC_CORTICOSTEROID).build(), "6", "2025-01-01", null)),
            "IP0453 1.B.b", MISSING, NEEDS_DOCUMENTATION),
        row("injected methylprednisolone is not oral", a,
            lowEosinophilsWith(corticosteroid(Drug.builder().name("Solu-Medrol").form(DosageForm.INTRAVENOUS_INFUSION).build(), "40", "2025-01-01", null)),
            "IP0453 1.B.b", MISSING, NEEDS_DOCUMENTATION),
        row("no oral corticosteroid documented", a, lowEosinophilsWith(), "IP0453 1.B", MISSING, NEEDS_DOCUMENTATION),
        // 1.C: ICS + additional controller, 3 consecutive months together
        row("ICS since January, montelukast for exactly 3 months", a,
            asthmaControllers(ongoing(FLUTICASONE_HFA, "2026-01-05"), ongoing(MONTELUKAST, "2026-08-25")), "IP0453 1.C", MET, MEETS_CRITERIA),
        row("montelukast one day short of 3 months", a,
            asthmaControllers(ongoing(FLUTICASONE_HFA, "2026-01-05"), ongoing(MONTELUKAST, "2026-08-26")), "IP0453 1.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("an ICS/LABA combination inhaler is both", a, asthmaControllers(ongoing(SYMBICORT, "2026-08-25")), "IP0453 1.C", MET, MEETS_CRITERIA),
        row("the combination inhaler one day short", a, asthmaControllers(ongoing(SYMBICORT, "2026-08-26")), "IP0453 1.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("both used for months, but never together for 3", a,
            asthmaControllers(trial(FLUTICASONE_HFA, "2026-01-05", "2026-06-30", TrialOutcome.FAILED), ongoing(MONTELUKAST, "2026-05-01")),
            "IP0453 1.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("an ICS alone: no additional controller documented", a, asthmaControllers(ongoing(FLUTICASONE_HFA, "2026-01-05")),
            "IP0453 1.C", MISSING, NEEDS_DOCUMENTATION),
        row("an ICS trial without a start date", a,
            asthmaControllers(trial(FLUTICASONE_HFA, null, null, TrialOutcome.FAILED), ongoing(MONTELUKAST, "2026-05-01")),
            "IP0453 1.C", MISSING, NEEDS_DOCUMENTATION),
        row("fluticasone cream is not an inhaled corticosteroid", a,
            asthmaControllers(ongoing(Drug.builder().name("fluticasone 0.05% cream").form(DosageForm.CREAM).build(), "2026-01-05"),
                ongoing(MONTELUKAST, "2026-05-01")),
            "IP0453 1.C", MISSING, NEEDS_DOCUMENTATION),
        row("a nasal fluticasone spray is not an inhaled corticosteroid", a,
            asthmaControllers(ongoing(FLONASE, "2026-01-05"), ongoing(MONTELUKAST, "2026-05-01")), "IP0453 1.C", MISSING, NEEDS_DOCUMENTATION),
        // 1.D
        row("2 exacerbations with systemic corticosteroids", controlled,
            b -> b.flares(List.of(flare("2026-02-10", true, false, false), flare("2026-07-15", true, false, false))),
            "IP0453 1.D (exacerbations)", MET, MEETS_CRITERIA),
        row("one of them exactly a year before", controlled,
            b -> b.flares(List.of(flare("2025-11-24", true, false, false), flare("2026-07-15", true, false, false))),
            "IP0453 1.D (exacerbations)", MET, MEETS_CRITERIA),
        row("one of them a year and a day before", controlled,
            b -> b.flares(List.of(flare("2025-11-23", true, false, false), flare("2026-07-15", true, false, false))),
            "IP0453 1.D (exacerbations)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no exacerbation history at all", controlled, b -> b.flares(List.of()), "IP0453 1.D (exacerbations)", MISSING, NEEDS_DOCUMENTATION),
        row("one emergency department visit", controlled, b -> b.flares(List.of(flare("2026-04-01", false, false, true))),
            "IP0453 1.D (acute care)", MET, MEETS_CRITERIA),
        row("one hospitalization", controlled, b -> b.flares(List.of(flare("2026-04-01", false, true, false))),
            "IP0453 1.D (acute care)", MET, MEETS_CRITERIA),
        row("a documented exacerbation without acute care", controlled, b -> b, "IP0453 1.D (acute care)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("FEV1 79.9% predicted", controlled, withSpirometry("79.9", Unit.PERCENT, "0.84"), "IP0453 1.D (FEV1)", MET, MEETS_CRITERIA),
        row("FEV1 80% predicted", controlled, withSpirometry("80", Unit.PERCENT, "0.84"), "IP0453 1.D (FEV1)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("FEV1 given as the ratio 0.79", controlled, withSpirometry("0.79", Unit.RATIO, "0.84"), "IP0453 1.D (FEV1)", MET, MEETS_CRITERIA),
        row("FEV1/FVC 0.79", controlled, withSpirometry("92", Unit.PERCENT, "0.79"), "IP0453 1.D (FEV1/FVC)", MET, MEETS_CRITERIA),
        row("FEV1/FVC 0.80", controlled, withSpirometry("92", Unit.PERCENT, "0.80"), "IP0453 1.D (FEV1/FVC)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("FEV1/FVC given as 79%", controlled,
            b -> b.labResults(List.of(eosinophils("320", "2026-11-02"), lab(Analyte.FEV1_PERCENT_PREDICTED, "92", Unit.PERCENT, "2026-10-20"),
                lab(Analyte.FEV1_FVC_RATIO, "79", Unit.PERCENT, "2026-10-20"))),
            "IP0453 1.D (FEV1/FVC)", MET, MEETS_CRITERIA),
        row("the most recent spirometry decides", controlled,
            b -> b.addLabResults(lab(Analyte.FEV1_PERCENT_PREDICTED, "70", Unit.PERCENT, "2026-01-20")), "IP0453 1.D (FEV1)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no spirometry", controlled, b -> b.labResults(List.of(eosinophils("320", "2026-11-02"))), "IP0453 1.D (FEV1)", MISSING, NEEDS_DOCUMENTATION),
        row("worsening on an oral corticosteroid taper", controlled,
            b -> b.addClinicalFindings(finding(ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER)), "IP0453 1.D (corticosteroid taper)", MET, MEETS_CRITERIA),
        row("no worsening on the taper", controlled,
            b -> b.addClinicalFindings(absent(ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER)), "IP0453 1.D (corticosteroid taper)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("an oral corticosteroid course with the taper undocumented", controlled,
            b -> b.addTherapyTrials(corticosteroid(PREDNISONE, "10", "2026-01-01", "2026-02-01")), "IP0453 1.D (corticosteroid taper)", MISSING, NEEDS_DOCUMENTATION),
        row("controlled asthma fails 1.D as a whole", controlled, b -> b, "IP0453 1.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 1.E
        row("an allergist prescribes", a, b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0453 1.E", MET, MEETS_CRITERIA),
        row("a family physician with an immunologist consulted", a,
            b -> b.prescriber(Prescriber.builder().addSpecialties(Specialty.FAMILY_MEDICINE).addConsultedSpecialties(Specialty.IMMUNOLOGY).build()),
            "IP0453 1.E", MET, MEETS_CRITERIA),
        row("a dermatologist may not prescribe for asthma", a, b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0453 1.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no prescriber documented", a, b -> b.prescriber(Optional.empty()), "IP0453 1.E", MISSING, NEEDS_DOCUMENTATION),
        // Reauthorization: 1.R1 6 months received, 1.R2 still on ICS, 1.R3 response
        row("reauthorization after exactly 6 months of Dupixent", a,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-25")).response(improved(ResponseMarker.EXACERBATIONS))),
            "IP0453 1.R1", MET, MEETS_CRITERIA),
        row("reauthorization one day short of 6 months", a,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-26")).response(improved(ResponseMarker.EXACERBATIONS))),
            "IP0453 1.R1", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization without Dupixent dates", a, reauth(b -> b.response(improved(ResponseMarker.EXACERBATIONS))),
            "IP0453 1.R1", MISSING, NEEDS_DOCUMENTATION),
        row("reauthorization: ICS no longer used", a,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01")).response(improved(ResponseMarker.SYMPTOMS))
                .concurrentMedications(List.of(MONTELUKAST)).therapyTrials(List.of(dupixentSince("2026-01-01")))),
            "IP0453 1.R2", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: the ICS continues in a combination inhaler", a,
            reauth(b -> b.therapyTrials(List.of(dupixentSince("2026-01-01"))).concurrentMedications(List.of(SYMBICORT))
                .response(improved(ResponseMarker.SYMPTOMS))),
            "IP0453 1.R2", MET, MEETS_CRITERIA),
        row("reauthorization: no current medications documented", a,
            reauth(b -> b.therapyTrials(List.of(dupixentSince("2026-01-01"))).concurrentMedications(List.of())
                .response(improved(ResponseMarker.SYMPTOMS))),
            "IP0453 1.R2", MISSING, NEEDS_DOCUMENTATION),
        row("reauthorization: a response the prescriber describes otherwise counts", a,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01")).response(improved(ResponseMarker.OTHER))),
            "IP0453 1.R3", MET, MEETS_CRITERIA),
        row("reauthorization: repigmentation is not an asthma response", a,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01")).response(improved(ResponseMarker.REPIGMENTATION))),
            "IP0453 1.R3", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: assessed with no improvement", a,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01")).response(improved())), "IP0453 1.R3", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: no response assessment", a, reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01"))),
            "IP0453 1.R3", MISSING, NEEDS_DOCUMENTATION),
        row("reauthorization does not re-check the initial criteria", a,
            reauth(b -> b.labResults(List.of()).flares(List.of()).addTherapyTrials(dupixentSince("2026-01-01"))
                .response(improved(ResponseMarker.CORTICOSTEROID_USE))),
            "IP0453 1", MET, MEETS_CRITERIA));
  }

  private static UnaryOperator<CoverageRequest.Builder> withSpirometry(String fev1, Unit fev1Unit, String ratio) {
    return b -> b.labResults(List.of(eosinophils("320", "2026-11-02"),
        lab(Analyte.FEV1_PERCENT_PREDICTED, fev1, fev1Unit, "2026-10-20"),
        lab(Analyte.FEV1_FVC_RATIO, ratio, Unit.RATIO, "2026-10-20")));
  }

  // ---------------------------------------------------------------- 2. Atopic dermatitis

  private static SkinInvolvement skin(String bsa, BodySite... sites) {
    SkinInvolvement.Builder skin = SkinInvolvement.builder().addSites(sites);
    if (bsa != null) {
      skin.bodySurfaceAreaPercent(new BigDecimal(bsa));
    }
    return skin.build();
  }

  private static UnaryOperator<CoverageRequest.Builder> handEczema(DiseaseSeverity severity, String birthDate) {
    return b -> {
      Diagnosis.Builder dx = Diagnosis.builder().code(io.covercrit.core.codes.Icd10Code.of("L20.9"));
      if (severity != null) {
        dx.severity(severity);
      }
      return b.diagnoses(List.of(dx.build())).skinInvolvement(skin("4", BodySite.HANDS)).patient(bornOn(birthDate));
    };
  }

  private static UnaryOperator<CoverageRequest.Builder> steroid(TopicalSteroidPotency potency, String start, String end, TrialOutcome outcome) {
    return trials(trial(topicalSteroid(potency), start, end, outcome));
  }

  static Stream<Arguments> atopicDermatitisRows() {
    Supplier<CoverageRequest.Builder> ad = DupixentRequests::atopicDermatitis;
    return Stream.of(
        row("the approvable atopic dermatitis case meets every clause", ad, b -> b, "IP0453 2", MET, MEETS_CRITERIA),
        row("psoriasis is not atopic dermatitis", ad, b -> b.diagnoses(List.of(Diagnosis.of("L40.0"))), "IP0453 2.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 2.A: 6 months
        row("exactly 6 months old", ad, b -> b.patient(bornOn("2026-05-24")), "IP0453 2.A", MET, MEETS_CRITERIA),
        row("one day short of 6 months", ad, b -> b.patient(bornOn("2026-05-25")), "IP0453 2.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 2.B.a: 10% BSA
        row("BSA exactly 10%", ad, b -> b.skinInvolvement(skin("10", BodySite.ARMS)), "IP0453 2.B.a", MET, MEETS_CRITERIA),
        row("BSA 9.9% on the arms", ad, b -> b.skinInvolvement(skin("9.9", BodySite.ARMS)), "IP0453 2.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("BSA not documented", ad, b -> b.skinInvolvement(skin(null, BodySite.ARMS)), "IP0453 2.B.a", MISSING, NEEDS_DOCUMENTATION),
        // 2.B.b: moderate-to-severe hand or foot disease, age 12
        row("moderate hand eczema at 12", ad, handEczema(DiseaseSeverity.MODERATE, "2014-11-24"), "IP0453 2.B.b", MET, MEETS_CRITERIA),
        row("moderate hand eczema at 11", ad, handEczema(DiseaseSeverity.MODERATE, "2014-11-25"), "IP0453 2.B.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("mild hand eczema", ad, handEczema(DiseaseSeverity.MILD, "2000-01-01"), "IP0453 2.B.b", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("hand eczema of undocumented severity", ad, handEczema(null, "2000-01-01"), "IP0453 2.B.b", MISSING, NEEDS_DOCUMENTATION),
        row("severe foot eczema", ad,
            b -> handEczema(DiseaseSeverity.SEVERE, "2000-01-01").apply(b).skinInvolvement(skin("3", BodySite.FEET)), "IP0453 2.B.b", MET, MEETS_CRITERIA),
        // 2.C: medium-or-higher TCS daily for 28 consecutive days, inadequate efficacy
        row("27 days", ad, steroid(TopicalSteroidPotency.MEDIUM, "2026-06-01", "2026-06-27", TrialOutcome.FAILED), "IP0453 2.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("a low-potency corticosteroid", ad, steroid(TopicalSteroidPotency.LOW, "2026-06-01", "2026-06-28", TrialOutcome.FAILED), "IP0453 2.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("a super-high-potency corticosteroid", ad, steroid(TopicalSteroidPotency.SUPER_HIGH, "2026-06-01", "2026-06-28", TrialOutcome.FAILED), "IP0453 2.C", MET, MEETS_CRITERIA),
        row("intolerance is no exception in the digest", ad, steroid(TopicalSteroidPotency.MEDIUM, "2026-06-01", "2026-06-03", TrialOutcome.INTOLERANT), "IP0453 2.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("an effective corticosteroid", ad, steroid(TopicalSteroidPotency.MEDIUM, "2026-06-01", "2026-07-28", TrialOutcome.EFFECTIVE), "IP0453 2.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("potency not documented", ad, steroid(null, "2026-06-01", "2026-06-28", TrialOutcome.FAILED), "IP0453 2.C", MISSING, NEEDS_DOCUMENTATION),
        row("in use past 28 days, efficacy not documented", ad, steroid(TopicalSteroidPotency.MEDIUM, "2026-10-01", null, TrialOutcome.ONGOING), "IP0453 2.C", MISSING, NEEDS_DOCUMENTATION),
        row("no topical corticosteroid", ad, trials(), "IP0453 2.C", MISSING, NEEDS_DOCUMENTATION),
        // 2.D
        row("an allergist prescribes", ad, b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0453 2.D", MET, MEETS_CRITERIA),
        row("a pulmonologist may not prescribe for atopic dermatitis", ad, b -> b.prescriber(prescriber(Specialty.PULMONOLOGY)), "IP0453 2.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // Reauthorization: 4 months
        row("reauthorization after exactly 4 months", ad,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-07-25")).response(improved(ResponseMarker.ERYTHEMA))), "IP0453 2.R1", MET, MEETS_CRITERIA),
        row("reauthorization one day short of 4 months", ad,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-07-26")).response(improved(ResponseMarker.ERYTHEMA))), "IP0453 2.R1", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: less need for other therapies", ad,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01")).response(improved(ResponseMarker.OTHER_THERAPY_USE))), "IP0453 2.R2", MET, MEETS_CRITERIA),
        row("reauthorization: an improvement of another disease", ad,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-01-01")).response(improved(ResponseMarker.LUNG_FUNCTION))), "IP0453 2.R2", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  // ---------------------------------------------------------------- 3. CRSwNP

  static Stream<Arguments> nasalPolypRows() {
    Supplier<CoverageRequest.Builder> np = DupixentRequests::nasalPolyps;
    ClinicalFinding endoscopy = finding(ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY);
    ClinicalFinding smell = since(ClinicalFindingKind.REDUCED_OR_LOST_SMELL, "2025-03-01");
    return Stream.of(
        row("the approvable CRSwNP case meets every clause", np, b -> b, "IP0453 3", MET, MEETS_CRITERIA),
        row("chronic sinusitis coded without polyps", np, b -> b.diagnoses(List.of(Diagnosis.of("J32.4"))), "IP0453 3.dx", MISSING, NEEDS_DOCUMENTATION),
        row("polyps alone (J33.8)", np, b -> b.diagnoses(List.of(Diagnosis.of("J33.8"))), "IP0453 3.dx", MET, MEETS_CRITERIA),
        row("a deviated septum is not CRSwNP", np, b -> b.diagnoses(List.of(Diagnosis.of("J34.2"))), "IP0453 3.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 3.A: 12 (the Pennsylvania guide's 18 is not encoded)
        row("12th birthday on the as-of date", np, b -> b.patient(bornOn("2014-11-24")), "IP0453 3.A", MET, MEETS_CRITERIA),
        row("12th birthday the day after", np, b -> b.patient(bornOn("2014-11-25")), "IP0453 3.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 3.B
        row("polyps on sinus CT", np, findings(finding(ClinicalFindingKind.NASAL_POLYPS_ON_SINUS_CT),
            since(ClinicalFindingKind.NASAL_CONGESTION, "2025-01-01"), smell), "IP0453 3.B", MET, MEETS_CRITERIA),
        row("endoscopy without polyps", np, findings(absent(ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY),
            since(ClinicalFindingKind.NASAL_CONGESTION, "2025-01-01"), smell), "IP0453 3.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no confirming examination", np, findings(since(ClinicalFindingKind.NASAL_CONGESTION, "2025-01-01"), smell),
            "IP0453 3.B", MISSING, NEEDS_DOCUMENTATION),
        // 3.C: 2 of 4 symptoms for 6 months
        row("congestion for exactly 6 months", np, findings(endoscopy, since(ClinicalFindingKind.NASAL_CONGESTION, "2026-05-25"), smell),
            "IP0453 3.C", MET, MEETS_CRITERIA),
        row("congestion one day short, the other symptoms documented absent", np,
            findings(endoscopy, since(ClinicalFindingKind.NASAL_CONGESTION, "2026-05-26"), smell,
                absent(ClinicalFindingKind.NASAL_OBSTRUCTION), absent(ClinicalFindingKind.NASAL_DISCHARGE)),
            "IP0453 3.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("congestion one day short, the other symptoms not documented", np,
            findings(endoscopy, since(ClinicalFindingKind.NASAL_CONGESTION, "2026-05-26"), smell), "IP0453 3.C", MISSING, NEEDS_DOCUMENTATION),
        row("a symptom without its onset", np, findings(endoscopy, finding(ClinicalFindingKind.NASAL_CONGESTION), smell,
            absent(ClinicalFindingKind.NASAL_OBSTRUCTION), absent(ClinicalFindingKind.NASAL_DISCHARGE)), "IP0453 3.C", MISSING, NEEDS_DOCUMENTATION),
        // 3.D: 4 weeks of intranasal corticosteroid, continued
        row("intranasal corticosteroid for exactly 28 days", np,
            trials(ongoing(FLONASE, "2026-10-28"), corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05")), "IP0453 3.D (trial)", MET, MEETS_CRITERIA),
        row("27 days", np,
            trials(ongoing(FLONASE, "2026-10-29"), corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05")), "IP0453 3.D (trial)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no intranasal corticosteroid", np, trials(corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05")), "IP0453 3.D (trial)", MISSING, NEEDS_DOCUMENTATION),
        row("a corticosteroid nasal spray known by class only", np,
            trials(ongoing(Drug.builder().name("generic steroid spray").drugClass(DrugClass.INTRANASAL_CORTICOSTEROID).build(), "2026-08-01"),
                corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05")),
            "IP0453 3.D (trial)", MET, MEETS_CRITERIA),
        row("the spray was stopped and other drugs continue", np,
            b -> b.therapyTrials(List.of(trial(FLONASE, "2026-06-01", "2026-08-01", TrialOutcome.FAILED),
                corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05"))).concurrentMedications(List.of(CETIRIZINE)),
            "IP0453 3.D (continued)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no current medications documented", np, b -> b.concurrentMedications(List.of())
            .therapyTrials(List.of(trial(FLONASE, "2026-06-01", "2026-08-01", TrialOutcome.FAILED),
                corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05"))),
            "IP0453 3.D (continued)", MISSING, NEEDS_DOCUMENTATION),
        // 3.E.a: systemic corticosteroid for 5 days within 2 years (the surgical history of 3.E.c is silent: MISSING)
        row("a 4-day burst", np, trials(ongoing(FLONASE, "2026-08-01"), corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-04")),
            "IP0453 3.E.a", NOT_MET, NEEDS_DOCUMENTATION),
        row("5 days inside the 2-year window", np, trials(ongoing(FLONASE, "2026-08-01"), corticosteroid(PREDNISONE, "40", "2024-11-20", "2024-11-28")),
            "IP0453 3.E.a", MET, MEETS_CRITERIA),
        row("only 4 of its days inside the window", np, trials(ongoing(FLONASE, "2026-08-01"), corticosteroid(PREDNISONE, "40", "2024-11-20", "2024-11-27")),
            "IP0453 3.E.a", NOT_MET, NEEDS_DOCUMENTATION),
        row("an intramuscular triamcinolone injection counts", np,
            trials(ongoing(FLONASE, "2026-08-01"), trial(Drug.builder().name("Kenalog-40").form(DosageForm.INTRAMUSCULAR_INJECTION).build(),
                "2026-03-01", "2026-03-28", TrialOutcome.FAILED)),
            "IP0453 3.E.a", MET, MEETS_CRITERIA),
        row("no systemic corticosteroid, no contraindication, no surgery", np, trials(ongoing(FLONASE, "2026-08-01")),
            "IP0453 3.E", MISSING, NEEDS_DOCUMENTATION),
        // A short burst fails 3.E.a; with the surgical history silent, 3.E.c (and so 3.E) is MISSING, not NOT_MET.
        row("a short burst, no contraindication, surgical history not documented", np,
            trials(ongoing(FLONASE, "2026-08-01"), corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-02")), "IP0453 3.E", MISSING, NEEDS_DOCUMENTATION),
        row("a short burst, no contraindication, no surgery documented", np,
            b -> b.therapyTrials(List.of(ongoing(FLONASE, "2026-08-01"), corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-02")))
                .addClinicalFindings(absent(ClinicalFindingKind.NASAL_POLYP_SURGERY)),
            "IP0453 3.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 3.E.b, 3.E.c
        row("systemic corticosteroids contraindicated", np,
            trials(ongoing(FLONASE, "2026-08-01"), trial(PREDNISONE, null, null, TrialOutcome.CONTRAINDICATED)), "IP0453 3.E.b", MET, MEETS_CRITERIA),
        row("prior nasal polyp surgery", np,
            b -> b.therapyTrials(List.of(ongoing(FLONASE, "2026-08-01"))).addClinicalFindings(
                ClinicalFinding.builder().kind(ClinicalFindingKind.NASAL_POLYP_SURGERY).since(LocalDate.of(2021, 4, 1)).build()),
            "IP0453 3.E.c", MET, MEETS_CRITERIA),
        row("surgical history not documented", np, trials(ongoing(FLONASE, "2026-08-01")), "IP0453 3.E.c", MISSING, NEEDS_DOCUMENTATION),
        row("nasal polyp surgery documented absent", np,
            b -> b.therapyTrials(List.of(ongoing(FLONASE, "2026-08-01"))).addClinicalFindings(absent(ClinicalFindingKind.NASAL_POLYP_SURGERY)),
            "IP0453 3.E.c", NOT_MET, NEEDS_DOCUMENTATION),
        // 3.F
        row("a dermatologist may not prescribe for CRSwNP", np, b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0453 3.F", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // Reauthorization
        row("reauthorization with better smell, still on the spray", np,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.SENSE_OF_SMELL))), "IP0453 3.R3", MET, MEETS_CRITERIA),
        row("reauthorization after the spray was stopped", np,
            reauth(b -> b.therapyTrials(List.of(dupixentSince("2026-05-01"), trial(FLONASE, "2026-06-01", "2026-08-01", TrialOutcome.FAILED)))
                .concurrentMedications(List.of(CETIRIZINE)).response(improved(ResponseMarker.SENSE_OF_SMELL))),
            "IP0453 3.R2", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  // ---------------------------------------------------------------- 4. EoE

  private static UnaryOperator<CoverageRequest.Builder> eoeFindings(ClinicalFinding... findings) {
    return b -> b.clinicalFindings(List.of(findings));
  }

  static Stream<Arguments> eosinophilicEsophagitisRows() {
    Supplier<CoverageRequest.Builder> eoe = DupixentRequests::eosinophilicEsophagitis;
    ClinicalFinding biopsy40 = counted(ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF, 40);
    ClinicalFinding noCause = absent(ClinicalFindingKind.SECONDARY_CAUSE);
    ClinicalFinding diet = finding(ClinicalFindingKind.DIETARY_THERAPY_TRIED);
    return Stream.of(
        row("the approvable EoE case meets every clause", eoe, b -> b, "IP0453 4", MET, MEETS_CRITERIA),
        row("GERD esophagitis is not EoE", eoe, b -> b.diagnoses(List.of(Diagnosis.of("K20.90"))), "IP0453 4.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // A category above the wanted code may stand for it: MISSING (submit the billable code), not NOT_MET.
        row("the esophagitis category K20", eoe, b -> b.diagnoses(List.of(Diagnosis.of("K20"))), "IP0453 4.dx", MISSING, NEEDS_DOCUMENTATION),
        // 4.A: 1 year
        row("first birthday on the as-of date", eoe, b -> b.patient(bornOn("2025-11-24")), "IP0453 4.A", MET, MEETS_CRITERIA),
        row("first birthday the day after", eoe, b -> b.patient(bornOn("2025-11-25")), "IP0453 4.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 4.B: 15 kg
        row("15 kg", eoe, b -> b.labResults(List.of(lab(Analyte.BODY_WEIGHT, "15", Unit.KILOGRAM, "2026-11-01"))), "IP0453 4.B", MET, MEETS_CRITERIA),
        row("14.9 kg", eoe, b -> b.labResults(List.of(lab(Analyte.BODY_WEIGHT, "14.9", Unit.KILOGRAM, "2026-11-01"))), "IP0453 4.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("15000 g is 15 kg", eoe, b -> b.labResults(List.of(lab(Analyte.BODY_WEIGHT, "15000", Unit.GRAM, "2026-11-01"))), "IP0453 4.B", MET, MEETS_CRITERIA),
        row("weight not documented", eoe, b -> b.labResults(List.of()), "IP0453 4.B", MISSING, NEEDS_DOCUMENTATION),
        // 4.C: 15 eosinophils per high-power field
        row("15 per high-power field", eoe, eoeFindings(counted(ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF, 15), noCause, diet),
            "IP0453 4.C", MET, MEETS_CRITERIA),
        row("14 per high-power field", eoe, eoeFindings(counted(ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF, 14), noCause, diet),
            "IP0453 4.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("a biopsy documented without its count", eoe, eoeFindings(finding(ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF), noCause, diet),
            "IP0453 4.C", MISSING, NEEDS_DOCUMENTATION),
        row("no biopsy", eoe, eoeFindings(noCause, diet), "IP0453 4.C", MISSING, NEEDS_DOCUMENTATION),
        // 4.D
        row("a secondary cause found", eoe, eoeFindings(biopsy40, finding(ClinicalFindingKind.SECONDARY_CAUSE), diet), "IP0453 4.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("secondary causes not addressed", eoe, eoeFindings(biopsy40, diet), "IP0453 4.D", MISSING, NEEDS_DOCUMENTATION),
        // 4.E: 8 weeks of PPI
        row("a PPI for exactly 56 days", eoe, trials(trial(OMEPRAZOLE, "2026-06-01", "2026-07-26", TrialOutcome.FAILED)), "IP0453 4.E", MET, MEETS_CRITERIA),
        row("a PPI for 55 days", eoe, trials(trial(OMEPRAZOLE, "2026-06-01", "2026-07-25", TrialOutcome.FAILED)), "IP0453 4.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("a PPI known by class", eoe,
            trials(trial(Drug.builder().name("PPI").drugClass(DrugClass.PROTON_PUMP_INHIBITOR).build(), "2026-06-01", "2026-07-26", TrialOutcome.FAILED)),
            "IP0453 4.E", MET, MEETS_CRITERIA),
        row("no PPI", eoe, trials(), "IP0453 4.E", MISSING, NEEDS_DOCUMENTATION),
        // 4.F
        row("not a candidate for dietary therapy", eoe,
            eoeFindings(biopsy40, noCause, finding(ClinicalFindingKind.NOT_A_CANDIDATE_FOR_DIETARY_THERAPY)), "IP0453 4.F.b", MET, MEETS_CRITERIA),
        row("no diet tried, candidacy not addressed", eoe,
            eoeFindings(biopsy40, noCause, absent(ClinicalFindingKind.DIETARY_THERAPY_TRIED)), "IP0453 4.F", MISSING, NEEDS_DOCUMENTATION),
        row("no diet tried and a candidate for one", eoe,
            eoeFindings(biopsy40, noCause, absent(ClinicalFindingKind.DIETARY_THERAPY_TRIED),
                absent(ClinicalFindingKind.NOT_A_CANDIDATE_FOR_DIETARY_THERAPY)), "IP0453 4.F", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 4.G
        row("an allergist prescribes", eoe, b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0453 4.G", MET, MEETS_CRITERIA),
        row("an immunologist is not named for EoE", eoe, b -> b.prescriber(prescriber(Specialty.IMMUNOLOGY)), "IP0453 4.G", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // Reauthorization: ONE of the listed responses
        row("reauthorization: less dysphagia", eoe,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.DYSPHAGIA))), "IP0453 4.R2", MET, MEETS_CRITERIA),
        row("reauthorization: an unlisted improvement", eoe,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.OTHER))), "IP0453 4.R2", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  // ---------------------------------------------------------------- 5. Prurigo nodularis

  static Stream<Arguments> prurigoNodularisRows() {
    Supplier<CoverageRequest.Builder> pn = DupixentRequests::prurigoNodularis;
    ClinicalFinding itch = since(ClinicalFindingKind.PRURITUS, "2026-01-01");
    ClinicalFinding noCause = absent(ClinicalFindingKind.SECONDARY_CAUSE);
    ClinicalFinding nodules = counted(ClinicalFindingKind.NODULAR_LESIONS, 24, BodySite.ARMS, BodySite.LEGS);
    return Stream.of(
        row("the approvable prurigo nodularis case meets every clause", pn, b -> b, "IP0453 5", MET, MEETS_CRITERIA),
        row("the prurigo category L28", pn, b -> b.diagnoses(List.of(Diagnosis.of("L28"))), "IP0453 5.dx", MISSING, NEEDS_DOCUMENTATION),
        row("lichen simplex chronicus L28.0 is not prurigo nodularis", pn, b -> b.diagnoses(List.of(Diagnosis.of("L28.0"))),
            "IP0453 5.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("18th birthday the day after", pn, b -> b.patient(bornOn("2008-11-25")), "IP0453 5.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("18th birthday on the as-of date", pn, b -> b.patient(bornOn("2008-11-24")), "IP0453 5.A", MET, MEETS_CRITERIA),
        // 5.B: 20 nodules on arms, legs or trunk
        row("20 nodules on the trunk", pn, findings(counted(ClinicalFindingKind.NODULAR_LESIONS, 20, BodySite.TRUNK), itch, noCause), "IP0453 5.B", MET, MEETS_CRITERIA),
        row("19 nodules", pn, findings(counted(ClinicalFindingKind.NODULAR_LESIONS, 19, BodySite.ARMS), itch, noCause), "IP0453 5.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("30 nodules on the face only", pn, findings(counted(ClinicalFindingKind.NODULAR_LESIONS, 30, BodySite.FACE), itch, noCause), "IP0453 5.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("24 nodules counted on the face and arms together", pn, findings(counted(ClinicalFindingKind.NODULAR_LESIONS, 24, BodySite.FACE, BodySite.ARMS), itch, noCause), "IP0453 5.B", MISSING, NEEDS_DOCUMENTATION),
        row("30 nodules, body areas not documented", pn, findings(counted(ClinicalFindingKind.NODULAR_LESIONS, 30), itch, noCause), "IP0453 5.B", MISSING, NEEDS_DOCUMENTATION),
        row("no lesion count", pn, findings(itch, noCause), "IP0453 5.B", MISSING, NEEDS_DOCUMENTATION),
        // 5.C: pruritus 6 weeks
        row("itch for exactly 42 days", pn, findings(nodules, since(ClinicalFindingKind.PRURITUS, "2026-10-14"), noCause), "IP0453 5.C", MET, MEETS_CRITERIA),
        row("itch for 41 days", pn, findings(nodules, since(ClinicalFindingKind.PRURITUS, "2026-10-15"), noCause), "IP0453 5.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("itch without its onset", pn, findings(nodules, finding(ClinicalFindingKind.PRURITUS), noCause), "IP0453 5.C", MISSING, NEEDS_DOCUMENTATION),
        // 5.D
        row("a secondary cause found and managed", pn,
            findings(nodules, itch, finding(ClinicalFindingKind.SECONDARY_CAUSE), finding(ClinicalFindingKind.SECONDARY_CAUSE_MANAGED)),
            "IP0453 5.D (secondary cause managed)", MET, MEETS_CRITERIA),
        row("a secondary cause found, management not documented", pn,
            findings(nodules, itch, finding(ClinicalFindingKind.SECONDARY_CAUSE)), "IP0453 5.D", MISSING, NEEDS_DOCUMENTATION),
        row("a secondary cause found and not managed", pn,
            findings(nodules, itch, finding(ClinicalFindingKind.SECONDARY_CAUSE), absent(ClinicalFindingKind.SECONDARY_CAUSE_MANAGED)),
            "IP0453 5.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("the work-up not documented", pn, findings(nodules, itch), "IP0453 5.D", MISSING, NEEDS_DOCUMENTATION),
        // 5.E: high or super-high TCS for 14 days
        row("a high-potency corticosteroid for 13 days", pn, steroid(TopicalSteroidPotency.HIGH, "2026-08-01", "2026-08-13", TrialOutcome.FAILED), "IP0453 5.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("a high-potency corticosteroid for 14 days", pn, steroid(TopicalSteroidPotency.HIGH, "2026-08-01", "2026-08-14", TrialOutcome.FAILED), "IP0453 5.E", MET, MEETS_CRITERIA),
        row("medium potency is not enough for prurigo nodularis", pn, steroid(TopicalSteroidPotency.MEDIUM, "2026-08-01", "2026-09-14", TrialOutcome.FAILED), "IP0453 5.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 5.F
        row("an immunologist prescribes", pn, b -> b.prescriber(prescriber(Specialty.IMMUNOLOGY)), "IP0453 5.F", MET, MEETS_CRITERIA),
        // Reauthorization
        row("reauthorization: smaller nodules", pn,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.LESION_SIZE))), "IP0453 5.R2", MET, MEETS_CRITERIA),
        row("reauthorization: less erythema is not listed", pn,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.ERYTHEMA))), "IP0453 5.R2", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  // ---------------------------------------------------------------- 6. COPD

  static Stream<Arguments> copdRows() {
    Supplier<CoverageRequest.Builder> copd = DupixentRequests::copd;
    Drug fluticasoneContraindicated = FLUTICASONE_HFA;
    return Stream.of(
        row("the approvable COPD case meets every clause", copd, b -> b, "IP0453 6", MET, MEETS_CRITERIA),
        row("emphysema counts as COPD", copd, b -> b.diagnoses(List.of(Diagnosis.of("J43.2"))), "IP0453 6.dx", MET, MEETS_CRITERIA),
        row("bronchiolitis obliterans is classified in J44 but is not COPD", copd, b -> b.diagnoses(List.of(Diagnosis.of("J44.81"))),
            "IP0453 6.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("the FY2024 header J44.8 is not billable", copd, b -> b.diagnoses(List.of(Diagnosis.of("J44.8"))), "IP0453 6.dx", MISSING, NEEDS_DOCUMENTATION),
        row("18th birthday the day after", copd, b -> b.patient(bornOn("2008-11-25")), "IP0453 6.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 6.B: 300 cells/µL
        row("300 cells/µL", copd, b -> b.labResults(List.of(eosinophils("300", "2026-11-01"))), "IP0453 6.B.a", MET, MEETS_CRITERIA),
        row("299 cells/µL and no antibody", copd, b -> b.labResults(List.of(eosinophils("299", "2026-11-01"))), "IP0453 6.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("0.3 x10^9/L is 300 cells/µL", copd, b -> b.labResults(List.of(lab(Analyte.BLOOD_EOSINOPHILS, "0.3", Unit.BILLION_CELLS_PER_LITER, "2026-11-01"))),
            "IP0453 6.B.a", MET, MEETS_CRITERIA),
        row("0.299 x10^9/L", copd, b -> b.labResults(List.of(lab(Analyte.BLOOD_EOSINOPHILS, "0.299", Unit.BILLION_CELLS_PER_LITER, "2026-11-01"))),
            "IP0453 6.B.a", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("300 cells/µL 43 days ago", copd, b -> b.labResults(List.of(eosinophils("300", "2026-10-12"))), "IP0453 6.B.a", MISSING, NEEDS_DOCUMENTATION),
        row("310 cells/µL before Dupixent was started", copd,
            b -> b.labResults(List.of(eosinophils("80", "2026-11-01"), lab(Analyte.BLOOD_EOSINOPHILS, "0.31", Unit.BILLION_CELLS_PER_LITER, "2026-08-15")))
                .addTherapyTrials(dupixentSince("2026-09-01")),
            "IP0453 6.B.b", MET, MEETS_CRITERIA),
        row("290 cells/µL before Dupixent was started", copd,
            b -> b.labResults(List.of(eosinophils("80", "2026-11-01"), eosinophils("290", "2026-08-15"))).addTherapyTrials(dupixentSince("2026-09-01")),
            "IP0453 6.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 6.C: 3 months of LABA + LAMA + ICS, or LABA + LAMA with ICS contraindicated
        row("Trelegy for exactly 3 months", copd, trials(ongoing(TRELEGY, "2026-08-25")), "IP0453 6.C.a", MET, MEETS_CRITERIA),
        row("Trelegy one day short", copd, trials(ongoing(TRELEGY, "2026-08-26")), "IP0453 6.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("Anoro with a separate ICS inhaler", copd, trials(ongoing(ANORO, "2026-01-01"), ongoing(FLUTICASONE_HFA, "2026-02-01")),
            "IP0453 6.C.a", MET, MEETS_CRITERIA),
        row("Anoro alone: no ICS documented", copd, trials(ongoing(ANORO, "2026-01-01")), "IP0453 6.C", MISSING, NEEDS_DOCUMENTATION),
        row("Anoro with the ICS contraindicated", copd,
            trials(ongoing(ANORO, "2026-01-01"), trial(fluticasoneContraindicated, null, null, TrialOutcome.CONTRAINDICATED)),
            "IP0453 6.C.b", MET, MEETS_CRITERIA),
        row("ICS + LABA without a LAMA", copd, trials(ongoing(SYMBICORT, "2026-01-01")), "IP0453 6.C.a", MISSING, NEEDS_DOCUMENTATION),
        row("tiotropium and Breo for 3 months together", copd,
            trials(ongoing(Drug.named("Spiriva Respimat (tiotropium)"), "2026-08-25"), ongoing(Drug.named("Breo Ellipta"), "2026-01-01")),
            "IP0453 6.C.a", MET, MEETS_CRITERIA),
        // 6.D
        row("one exacerbation with systemic corticosteroids", copd, b -> b.flares(List.of(flare("2026-06-20", true, false, false))),
            "IP0453 6.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("one hospitalization", copd, b -> b.flares(List.of(flare("2026-06-20", false, true, false))), "IP0453 6.D.b", MET, MEETS_CRITERIA),
        row("an emergency visit is not enough for COPD", copd, b -> b.flares(List.of(flare("2026-06-20", false, false, true))),
            "IP0453 6.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("no exacerbation history", copd, b -> b.flares(List.of()), "IP0453 6.D", MISSING, NEEDS_DOCUMENTATION),
        // 6.E
        row("a dermatologist may not prescribe for COPD", copd, b -> b.prescriber(prescriber(Specialty.DERMATOLOGY)), "IP0453 6.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // Reauthorization
        row("reauthorization: still on Trelegy, better lung function", copd,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.LUNG_FUNCTION))), "IP0453 6.R3", MET, MEETS_CRITERIA),
        row("reauthorization: only an ICS continues", copd,
            reauth(b -> b.therapyTrials(List.of(dupixentSince("2026-05-01"))).concurrentMedications(List.of(FLUTICASONE_HFA))
                .response(improved(ResponseMarker.LUNG_FUNCTION))), "IP0453 6.R2", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: an unlisted improvement", copd,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.OTHER))), "IP0453 6.R3", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  // ---------------------------------------------------------------- 7. CSU

  static Stream<Arguments> urticariaRows() {
    Supplier<CoverageRequest.Builder> csu = DupixentRequests::chronicSpontaneousUrticaria;
    return Stream.of(
        row("the approvable urticaria case meets every clause", csu, b -> b, "IP0453 7", MET, MEETS_CRITERIA),
        row("chronic urticaria L50.8", csu, b -> b.diagnoses(List.of(Diagnosis.of("L50.8"))), "IP0453 7.dx", MET, MEETS_CRITERIA),
        row("unspecified urticaria", csu, b -> b.diagnoses(List.of(Diagnosis.of("L50.9"))), "IP0453 7.dx", MISSING, NEEDS_DOCUMENTATION),
        row("cold urticaria is inducible", csu, b -> b.diagnoses(List.of(Diagnosis.of("L50.2"))), "IP0453 7.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("the urticaria category L50", csu, b -> b.diagnoses(List.of(Diagnosis.of("L50"))), "IP0453 7.dx", MISSING, NEEDS_DOCUMENTATION),
        row("12th birthday the day after", csu, b -> b.patient(bornOn("2014-11-25")), "IP0453 7.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 7.B: more than 6 weeks, more than 3 days a week, despite an antihistamine
        row("hives for 43 days", csu, findings(hives("2026-10-13", 5)), "IP0453 7.B (duration)", MET, MEETS_CRITERIA),
        row("hives for exactly 6 weeks is not more", csu, findings(hives("2026-10-14", 5)), "IP0453 7.B (duration)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("hives on 4 days a week", csu, findings(hives("2026-06-01", 4)), "IP0453 7.B (frequency)", MET, MEETS_CRITERIA),
        row("hives on 3 days a week", csu, findings(hives("2026-06-01", 3)), "IP0453 7.B (frequency)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("how often not documented", csu, findings(hives("2026-06-01", null)), "IP0453 7.B (frequency)", MISSING, NEEDS_DOCUMENTATION),
        row("hives not documented at all", csu, findings(), "IP0453 7.B", MISSING, NEEDS_DOCUMENTATION),
        row("stopped the antihistamine for intolerance", csu, trials(trial(CETIRIZINE, "2026-06-15", "2026-06-20", TrialOutcome.INTOLERANT)),
            "IP0453 7.B (antihistamine)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("fexofenadine in the current medications", csu, b -> b.therapyTrials(List.of()).addConcurrentMedications(Drug.named("Allegra (fexofenadine) 180 mg")),
            "IP0453 7.B (antihistamine)", MET, MEETS_CRITERIA),
        row("no antihistamine documented", csu, trials(), "IP0453 7.B (antihistamine)", MISSING, NEEDS_DOCUMENTATION),
        row("a pulmonologist may not prescribe for urticaria", csu, b -> b.prescriber(prescriber(Specialty.PULMONOLOGY)), "IP0453 7.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: fewer hives", csu,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.LESION_COUNT))), "IP0453 7.R2", MET, MEETS_CRITERIA),
        row("reauthorization: less urticaria", csu,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.URTICARIA))), "IP0453 7.R2", MET, MEETS_CRITERIA),
        row("reauthorization: less erythema is not a listed urticaria response", csu,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.ERYTHEMA))), "IP0453 7.R2", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        row("reauthorization after 5 months", csu,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-06-25")).response(improved(ResponseMarker.LESION_COUNT))), "IP0453 7.R1", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  // ---------------------------------------------------------------- 8. Bullous pemphigoid

  static Stream<Arguments> bullousPemphigoidRows() {
    Supplier<CoverageRequest.Builder> bp = DupixentRequests::bullousPemphigoid;
    return Stream.of(
        row("the approvable bullous pemphigoid case meets every clause", bp, b -> b, "IP0453 8", MET, MEETS_CRITERIA),
        row("cicatricial pemphigoid is not bullous pemphigoid", bp, b -> b.diagnoses(List.of(Diagnosis.of("L12.1"))), "IP0453 8.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("the pemphigoid category L12", bp, b -> b.diagnoses(List.of(Diagnosis.of("L12"))), "IP0453 8.dx", MISSING, NEEDS_DOCUMENTATION),
        row("18th birthday the day after", bp, b -> b.patient(bornOn("2008-11-25")), "IP0453 8.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("an allergist may not prescribe for bullous pemphigoid", bp, b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0453 8.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization: less corticosteroid needed", bp,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.CORTICOSTEROID_USE))), "IP0453 8.R2", MET, MEETS_CRITERIA),
        row("reauthorization: fewer blisters", bp,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.LESION_COUNT))), "IP0453 8.R2", MET, MEETS_CRITERIA),
        row("reauthorization: less itch is not listed", bp,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01")).response(improved(ResponseMarker.PRURITUS))), "IP0453 8.R2", NOT_MET, DOES_NOT_MEET_CRITERIA),
        row("reauthorization without a response assessment", bp,
            reauth(b -> b.addTherapyTrials(dupixentSince("2026-05-01"))), "IP0453 8.R2", MISSING, NEEDS_DOCUMENTATION));
  }

  static Stream<Arguments> clauses() {
    return Stream.of(asthmaRows(), atopicDermatitisRows(), nasalPolypRows(), eosinophilicEsophagitisRows(),
        prurigoNodularisRows(), copdRows(), urticariaRows(), bullousPemphigoidRows()).flatMap(s -> s);
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

  static Stream<Arguments> categoryHeaders() {
    return Stream.of(
        Arguments.of("IP0453 4.dx", DupixentRequests.eosinophilicEsophagitis(), "K20", "K20.0"),
        Arguments.of("IP0453 5.dx", DupixentRequests.prurigoNodularis(), "L28", "L28.1"),
        Arguments.of("IP0453 7.dx", DupixentRequests.chronicSpontaneousUrticaria(), "L50", "L50.1"),
        Arguments.of("IP0453 8.dx", DupixentRequests.bullousPemphigoid(), "L12", "L12.0"));
  }

  @ParameterizedTest(name = "{2} asks for {3}")
  @MethodSource("categoryHeaders")
  void a_category_header_above_the_wanted_code_asks_for_the_billable_code(String clauseId, CoverageRequest.Builder base,
      String header, String billable) {
    Determination d = REGISTRY.evaluate(base.diagnoses(List.of(Diagnosis.of(header))).build(), AS_OF);
    ClauseResult dx = d.clause(clauseId).get();
    assertThat(dx.status()).isEqualTo(MISSING);
    assertThat(dx.remedy().get().howToFix()).contains("billable code").contains(billable).contains(header);
  }

  // ---------------------------------------------------------------- approvals

  static Stream<Arguments> approvals() {
    return Stream.of(
        Arguments.of("IP0453 1", (Supplier<CoverageRequest.Builder>) DupixentRequests::asthma, Period.ofMonths(6), ResponseMarker.EXACERBATIONS),
        Arguments.of("IP0453 2", (Supplier<CoverageRequest.Builder>) DupixentRequests::atopicDermatitis, Period.ofMonths(4), ResponseMarker.PRURITUS),
        Arguments.of("IP0453 3", (Supplier<CoverageRequest.Builder>) DupixentRequests::nasalPolyps, Period.ofMonths(6), ResponseMarker.NASAL_POLYP_SIZE),
        Arguments.of("IP0453 4", (Supplier<CoverageRequest.Builder>) DupixentRequests::eosinophilicEsophagitis, Period.ofMonths(6), ResponseMarker.TISSUE_EOSINOPHILS),
        Arguments.of("IP0453 5", (Supplier<CoverageRequest.Builder>) DupixentRequests::prurigoNodularis, Period.ofMonths(6), ResponseMarker.PRURITUS),
        Arguments.of("IP0453 6", (Supplier<CoverageRequest.Builder>) DupixentRequests::copd, Period.ofMonths(6), ResponseMarker.EXACERBATIONS),
        Arguments.of("IP0453 7", (Supplier<CoverageRequest.Builder>) DupixentRequests::chronicSpontaneousUrticaria, Period.ofMonths(6), ResponseMarker.LESION_SIZE),
        Arguments.of("IP0453 8", (Supplier<CoverageRequest.Builder>) DupixentRequests::bullousPemphigoid, Period.ofMonths(6), ResponseMarker.URTICARIA));
  }

  @ParameterizedTest(name = "{0}: initial {2}, reauthorization 1 year")
  @MethodSource("approvals")
  void each_indication_is_approved_for_its_own_initial_period_and_a_year_on_reauthorization(
      String pathwayId, Supplier<CoverageRequest.Builder> request, Period initial, ResponseMarker response) {
    Determination first = REGISTRY.evaluate(request.get().build(), AS_OF);
    assertThat(first.outcome()).as(first.summary()).isEqualTo(MEETS_CRITERIA);
    assertThat(first.pathway().get().id()).isEqualTo(pathwayId);
    assertThat(first.approval().get().maximum()).isEqualTo(initial);
    assertThat(first.approval().get().endsNoLaterThan()).isEqualTo(AS_OF.plus(initial));

    Determination renewed = REGISTRY.evaluate(request.get().requestType(RequestType.REAUTHORIZATION)
        .addTherapyTrials(dupixentSince("2025-11-24")).response(improved(response)).build(), AS_OF);
    assertThat(renewed.outcome()).as(renewed.summary()).isEqualTo(MEETS_CRITERIA);
    assertThat(renewed.pathway().get().id()).isEqualTo(pathwayId);
    assertThat(renewed.approval().get().maximum()).isEqualTo(Period.ofYears(1));
    assertThat(renewed.approval().get().endsNoLaterThan()).isEqualTo(LocalDate.of(2027, 11, 24));
  }

  // ---------------------------------------------------------------- MISSING, never NOT_MET, for absent documents

  static Stream<Arguments> diagnosisOnly() {
    return Stream.of(
        Arguments.of("IP0453 1", "J45.50"), Arguments.of("IP0453 2", "L20.9"), Arguments.of("IP0453 3", "J33.9"),
        Arguments.of("IP0453 4", "K20.0"), Arguments.of("IP0453 5", "L28.1"), Arguments.of("IP0453 6", "J44.9"),
        Arguments.of("IP0453 7", "L50.1"), Arguments.of("IP0453 8", "L12.0"));
  }

  @ParameterizedTest(name = "{0} with only the diagnosis {1}")
  @MethodSource("diagnosisOnly")
  void a_request_with_only_the_diagnosis_is_missing_documents_and_fails_no_clause(String pathwayId, String code) {
    for (RequestType type : RequestType.values()) {
      CoverageRequest request = CoverageRequest.builder().requestedDrug(DupixentRequests.DUPIXENT)
          .policyId(DupixentIp0453.POLICY_ID).requestType(type).patient(Patient.builder().build())
          .addDiagnoses(Diagnosis.of(code)).build();
      Determination d = REGISTRY.evaluate(request, AS_OF);
      assertThat(d.outcome()).as("%s %s", type, d.summary()).isEqualTo(NEEDS_DOCUMENTATION);
      assertThat(d.pathway().get().id()).isEqualTo(pathwayId);
      ClauseResult pathway = d.clause(pathwayId).get();
      assertThat(pathway.status()).isEqualTo(MISSING);
      assertThat(pathway.children().get(0).status()).as("diagnosis").isEqualTo(MET);
      for (ClauseResult clause : pathway.children().subList(1, pathway.children().size())) {
        assertThat(clause.status()).as("%s %s: %s", type, clause.id(), clause.finding()).isEqualTo(MISSING);
      }
      assertEveryUnmetClauseExplainsItself(d);
    }
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
