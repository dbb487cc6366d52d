package io.covercrit.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clause types on a drug's own treatment course ({@link TreatmentCourse}), on labs against a
 * multiple of the upper limit of normal ({@link UpperLimitLabs}), on flares before an anchor
 * ({@link FlareHistory}), on diagnoses told apart by subtype ({@link DiagnosisSubtypes}), and
 * {@link Step}, at the boundaries their parameters set.
 */
class TreatmentCourseClauseTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final Predicate<Drug> TESTAMAB = d -> DrugNames.mentions(d, "testamab");
  private static final Predicate<Drug> HELPER = d -> DrugNames.mentions(d, "helperol");
  private static final TreatmentCourse COURSE = TreatmentCourse.of(TESTAMAB, "Testamab", "injection");

  private static CoverageRequest.Builder request() {
    return CoverageRequest.builder().requestedDrug(Drug.named("Testamab")).patient(Patient.builder().build());
  }

  private static ClauseResult evaluate(Criterion clause, CoverageRequest.Builder request) {
    return clause.evaluate(new EvaluationContext(request.build(), AS_OF, Icd10CodeSets.curated()));
  }

  private static TherapyTrial trial(String drug, String start, String end, TrialOutcome outcome) {
    TherapyTrial.Builder b = TherapyTrial.builder().drug(Drug.named(drug)).outcome(outcome);
    if (start != null) {
      b.start(LocalDate.parse(start));
    }
    if (end != null) {
      b.end(LocalDate.parse(end));
    }
    return b.build();
  }

  private static Flare flare(String date, boolean hospitalized) {
    return Flare.builder().date(LocalDate.parse(date)).hospitalized(hospitalized).build();
  }

  // ---------------------------------------------------------------- TreatmentCourse

  @Test
  void baseline_is_the_first_dose_or_the_as_of_date() {
    EvaluationContext started = new EvaluationContext(request()
        .addTherapyTrials(trial("Testamab", "2026-01-10", null, TrialOutcome.ONGOING),
            trial("Testamab", "2025-12-01", "2025-12-01", TrialOutcome.EFFECTIVE)).build(), AS_OF, Icd10CodeSets.curated());
    assertThat(COURSE.baseline(started).date()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(COURSE.baseline(started).words()).isEqualTo("the first Testamab dose on 2025-12-01");
    EvaluationContext notStarted = new EvaluationContext(request().build(), AS_OF, Icd10CodeSets.curated());
    assertThat(COURSE.baseline(notStarted).date()).isEqualTo(AS_OF);
    assertThat(COURSE.baseline(notStarted).problem()).isEmpty();
  }

  @Test
  void baseline_is_missing_for_an_undated_dose_and_for_a_reauthorization_without_one() {
    EvaluationContext undated = new EvaluationContext(request()
        .addTherapyTrials(trial("Testamab", null, null, TrialOutcome.ONGOING)).build(), AS_OF, Icd10CodeSets.curated());
    assertThat(COURSE.baseline(undated).problem().map(Finding::status)).contains(Status.MISSING);
    EvaluationContext renewal = new EvaluationContext(request().requestType(RequestType.REAUTHORIZATION).build(), AS_OF,
        Icd10CodeSets.curated());
    assertThat(COURSE.baseline(renewal).problem().map(Finding::status)).contains(Status.MISSING);
    // A contraindication is not a dose.
    EvaluationContext contraindicated = new EvaluationContext(request()
        .addTherapyTrials(trial("Testamab", null, null, TrialOutcome.CONTRAINDICATED)).build(), AS_OF,
        Icd10CodeSets.curated());
    assertThat(COURSE.baseline(contraindicated).date()).isEqualTo(AS_OF);
  }

  @ParameterizedTest
  @CsvSource({"2025-09-01, MET", "2025-09-02, NOT_MET"})
  void established_counts_whole_months_on_the_current_course(String start, Status expected) {
    Criterion established = COURSE.established("T R.A", 6, Period.ofWeeks(4)).build();
    assertThat(evaluate(established, request().addTherapyTrials(trial("Testamab", start, null, TrialOutcome.ONGOING)))
        .status()).isEqualTo(expected);
  }

  @Test
  void established_joins_pauses_within_the_dosing_interval_and_restarts_after_longer_ones() {
    Criterion established = COURSE.established("T R.A", 6, Period.ofWeeks(4)).build();
    TherapyTrial early = trial("Testamab", "2025-01-01", "2025-08-01", TrialOutcome.EFFECTIVE);
    TherapyTrial withinInterval = trial("Testamab", "2025-08-29", null, TrialOutcome.ONGOING);
    TherapyTrial afterPause = trial("Testamab", "2025-10-01", null, TrialOutcome.ONGOING);
    assertThat(evaluate(established, request().addTherapyTrials(early, withinInterval)).status()).isEqualTo(Status.MET);
    ClauseResult restarted = evaluate(established, request().addTherapyTrials(early, afterPause));
    assertThat(restarted.status()).isEqualTo(Status.NOT_MET);
    assertThat(restarted.finding()).hasValueSatisfying(f -> assertThat(f).contains("restarted"));
  }

  @Test
  void established_is_not_met_when_stopped_and_missing_without_a_start_or_a_restart_date() {
    Criterion established = COURSE.established("T R.A", 6, Period.ofWeeks(4)).build();
    assertThat(evaluate(established, request()
        .addTherapyTrials(trial("Testamab", "2025-01-01", "2026-01-01", TrialOutcome.EFFECTIVE))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(established, request().addTherapyTrials(trial("Testamab", null, null, TrialOutcome.ONGOING)))
        .status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(established, request().addConcurrentMedications(Drug.named("Testamab"))
        .addTherapyTrials(trial("Testamab", "2025-01-01", "2025-06-01", TrialOutcome.EFFECTIVE))).status())
        .isEqualTo(Status.MISSING);
    assertThat(evaluate(established, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void not_given_before_reads_the_therapy_history_as_complete() {
    Criterion first = COURSE.notGivenBefore("T 6.a", "Not treated with Testamab before").build();
    assertThat(evaluate(first, request()).status()).isEqualTo(Status.MET);
    assertThat(evaluate(first, request().addTherapyTrials(trial("Testamab", "2025-06-01", "2025-06-01",
        TrialOutcome.EFFECTIVE))).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void previous_response_judges_the_latest_course() {
    Criterion response = COURSE.previousResponse("T R6", EnumSet.of(ResponseMarker.SYMPTOMS), "are not counted").build();
    TherapyTrial failedEarlier = trial("Testamab", "2025-01-01", "2025-01-01", TrialOutcome.FAILED);
    TherapyTrial ongoingLater = trial("Testamab", "2025-10-01", null, TrialOutcome.ONGOING);
    assertThat(evaluate(response, request()).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(response, request().addTherapyTrials(failedEarlier)).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(response, request().addTherapyTrials(failedEarlier, ongoingLater)).status())
        .isEqualTo(Status.MISSING);
    assertThat(evaluate(response, request().addTherapyTrials(failedEarlier, ongoingLater)
        .response(ResponseAssessment.builder().addImprovements(ResponseMarker.SYMPTOMS).build())).status())
        .isEqualTo(Status.MET);
    assertThat(evaluate(response, request().addTherapyTrials(trial("Testamab", "2025-10-01", "2025-10-01",
        TrialOutcome.EFFECTIVE))).status()).isEqualTo(Status.MET);
  }

  @Test
  void flare_since_last_dose_needs_a_flare_after_that_day() {
    Criterion newFlare = COURSE.flareSinceLastDose("T 6.b").build();
    CoverageRequest.Builder dosed = request().addTherapyTrials(trial("Testamab", "2025-11-01", "2025-11-01",
        TrialOutcome.EFFECTIVE));
    assertThat(evaluate(newFlare, dosed).status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(newFlare, request().from(dosed.build()).addFlares(flare("2025-11-01", false))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(newFlare, request().from(dosed.build()).addFlares(flare("2025-11-02", false))).status())
        .isEqualTo(Status.MET);
    assertThat(evaluate(newFlare, request().from(dosed.build())
        .addHistoryReviews(HistoryReview.of(RecordedHistory.FLARES, LocalDate.of(2025, 11, 2)))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(newFlare, request().addTherapyTrials(trial("Testamab", "2025-11-01", null,
        TrialOutcome.ONGOING))).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"2025-12-07, MET", "2025-12-08, NOT_MET"})
  void days_since_last_dose_counts_from_the_day_of_the_dose(String lastDose, Status expected) {
    Criterion interval = COURSE.daysSinceLastDose("T 6.c", 84, "12 weeks = 84 days").build();
    ClauseResult r = evaluate(interval, request().addTherapyTrials(trial("Testamab", lastDose, lastDose,
        TrialOutcome.EFFECTIVE)));
    assertThat(r.status()).isEqualTo(expected);
  }

  @Test
  void days_since_last_dose_is_not_met_without_a_dose_and_missing_without_its_date() {
    Criterion interval = COURSE.daysSinceLastDose("T 6.c", 84, "84 days").build();
    assertThat(evaluate(interval, request()).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(interval, request().addTherapyTrials(trial("Testamab", "2025-01-01", null,
        TrialOutcome.ONGOING))).status()).isEqualTo(Status.MISSING);
  }

  // ---------------------------------------------------------------- UpperLimitLabs

  private static final UpperLimitLabs.Rule CRP = UpperLimitLabs.Rule.of(Analyte.C_REACTIVE_PROTEIN,
      Unit.MILLIGRAMS_PER_LITER, BigDecimal.TEN, BigDecimal.valueOf(2), Period.ofMonths(3), "3 months", "CRP");

  private static LabResult crp(String value, Unit unit, String date, String upperLimit) {
    LabResult.Builder b = LabResult.builder().analyte(Analyte.C_REACTIVE_PROTEIN).value(Quantity.of(value, unit))
        .date(LocalDate.parse(date));
    if (upperLimit != null) {
      b.referenceRange(ReferenceRange.builder().high(Quantity.of(upperLimit, unit)).build());
    }
    return b.build();
  }

  @ParameterizedTest
  @CsvSource({
      "10, mg/L, , MET", "9.9, mg/L, 5, NOT_MET", "9.9, mg/L, 4.95, MET", "9.9, mg/L, , MISSING",
      "1.0, mg/dL, , MET", "0.99, mg/dL, 0.4, MET", "0.99, mg/dL, 0.5, NOT_MET"})
  void upper_limit_lab_meets_the_limit_or_the_multiple(String value, String unit, String upperLimit, Status expected) {
    Criterion clause = UpperLimitLabs.atLeast("T 2.D.i", "CRP of 10 mg/L or twice the upper limit", CRP,
        TreatmentCourse.Anchor::asOf).build();
    Unit u = unit.equals("mg/L") ? Unit.MILLIGRAMS_PER_LITER : Unit.MILLIGRAMS_PER_DECILITER;
    assertThat(evaluate(clause, request().addLabResults(crp(value, u, "2026-01-15", upperLimit))).status())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2025-12-01, MET", "2025-11-30, MISSING", "2026-03-02, MISSING"})
  void upper_limit_lab_counts_only_the_window_before_the_anchor(String date, Status expected) {
    Criterion clause = UpperLimitLabs.atLeast("T 2.D.i", "CRP", CRP, TreatmentCourse.Anchor::asOf).build();
    assertThat(evaluate(clause, request().addLabResults(crp("12", Unit.MILLIGRAMS_PER_LITER, date, null))).status())
        .isEqualTo(expected);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void upper_limit_lab_window_ends_at_the_baseline() {
    Criterion clause = UpperLimitLabs.atLeast("T 2.D.i", "CRP", CRP, COURSE::baseline).build();
    CoverageRequest.Builder started = request()
        .addTherapyTrials(trial("Testamab", "2025-10-01", null, TrialOutcome.ONGOING));
    assertThat(evaluate(clause, request().from(started.build())
        .addLabResults(crp("12", Unit.MILLIGRAMS_PER_LITER, "2025-09-01", null))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().from(started.build())
        .addLabResults(crp("12", Unit.MILLIGRAMS_PER_LITER, "2026-01-01", null))).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void upper_limit_lab_rejects_a_unit_of_another_dimension() {
    assertThatThrownBy(() -> UpperLimitLabs.Rule.of(Analyte.C_REACTIVE_PROTEIN, Unit.PERCENT, BigDecimal.TEN,
        BigDecimal.ONE, Period.ofMonths(3), "3 months", "CRP")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- FlareHistory

  @ParameterizedTest
  @CsvSource({"2025-03-01, MET", "2025-02-28, NOT_MET"})
  void flare_count_includes_both_ends_of_the_window(String earliest, Status expected) {
    Criterion clause = FlareHistory.atLeast("T 6.b", "3 flares in 12 months", FlareHistory.Count.of(3, Period.ofMonths(12)))
        .build();
    assertThat(evaluate(clause, request().addFlares(flare(earliest, false), flare("2025-09-01", false),
        flare("2026-03-01", false))).status()).isEqualTo(expected);
  }

  @Test
  void flare_count_is_missing_without_flares_unless_reviewed() {
    Criterion clause = FlareHistory.atLeast("T 6.b", "3 flares", FlareHistory.Count.of(3, Period.ofMonths(12))).build();
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(clause, request().addHistoryReviews(HistoryReview.of(RecordedHistory.FLARES,
        LocalDate.of(2025, 3, 1)))).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void a_hospitalized_flare_up_to_the_anchor_meets_it_whatever_the_count() {
    FlareHistory.Count six = FlareHistory.Count.of(6, Period.ofMonths(12)).orHospitalized();
    Criterion clause = FlareHistory.atLeast("T 3.A.ii", "6 flares or a hospitalization", six).build();
    assertThat(evaluate(clause, request().addFlares(flare("2020-01-01", true))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addFlares(flare("2026-03-02", true))).status()).isEqualTo(Status.NOT_MET);
    Criterion beforeStart = FlareHistory.atLeast("T 3.A.ii", "before starting", six.before(COURSE::baseline)).build();
    assertThat(evaluate(beforeStart, request().addFlares(flare("2026-01-02", true))
        .addTherapyTrials(trial("Testamab", "2026-01-01", null, TrialOutcome.ONGOING))).status())
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void despite_a_drug_counts_only_flares_while_it_was_in_use() {
    FlareHistory.Count despite = FlareHistory.Count.of(2, Period.ofMonths(3)).despite(HELPER, "helperol");
    Criterion clause = FlareHistory.atLeast("T 2.D.ii", "2 flares despite helperol", despite).build();
    CoverageRequest.Builder flares = request().addFlares(flare("2026-01-10", false), flare("2026-02-10", false));
    assertThat(evaluate(clause, request().from(flares.build())
        .addTherapyTrials(trial("Helperol", "2026-01-01", null, TrialOutcome.ONGOING))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().from(flares.build())
        .addTherapyTrials(trial("Helperol", "2026-02-01", null, TrialOutcome.ONGOING))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().from(flares.build())
        .addTherapyTrials(trial("Helperol", null, null, TrialOutcome.INTOLERANT))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().from(flares.build())).status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(clause, request().addFlares(flare("2026-01-10", false))).status()).isEqualTo(Status.NOT_MET);
  }

  // ---------------------------------------------------------------- DiagnosisSubtypes

  private static Status subtype(Diagnosis... diagnoses) {
    Criterion clause = Criterion.check("T 2.dx", "FMF").documents(StandardDocuments.DIAGNOSIS_NOTES)
        .whenNotMet("Not FMF.", "Document FMF.")
        .whenMissing("Not documented.", "Document the syndrome.").by(ctx -> DiagnosisSubtypes.finding(ctx,
        d -> d.code().isWithin(io.covercrit.core.codes.Icd10Code.of("M04.1")), DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER,
        d -> "FMF", d -> Finding.missing("syndrome not documented")));
    return evaluate(clause, request().addDiagnoses(diagnoses)).status();
  }

  private static Diagnosis m041(DiagnosisSubtype subtype) {
    Diagnosis.Builder b = Diagnosis.builder().code(io.covercrit.core.codes.Icd10Code.of("M04.1"));
    if (subtype != null) {
      b.subtype(subtype);
    }
    return b.build();
  }

  @Test
  void diagnosis_subtype_decides_between_diseases_of_one_code() {
    assertThat(subtype(m041(DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER))).isEqualTo(Status.MET);
    assertThat(subtype(m041(DiagnosisSubtype.TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME))).isEqualTo(Status.NOT_MET);
    assertThat(subtype(m041(null))).isEqualTo(Status.MISSING);
    assertThat(subtype(m041(DiagnosisSubtype.MEVALONATE_KINASE_DEFICIENCY), m041(DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER)))
        .isEqualTo(Status.MET);
    assertThat(DiagnosisSubtypes.words(DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER))
        .isEqualTo("familial mediterranean fever");
  }

  // ---------------------------------------------------------------- Step

  @Test
  void step_of_carries_action_actor_and_contacts() {
    NextStep step = Step.of("Call the plan", "clinic staff");
    assertThat(step.action()).isEqualTo("Call the plan");
    assertThat(step.actor()).isEqualTo("clinic staff");
    assertThat(step.contacts()).isEmpty();
  }
}
