package io.covercrit.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each clause type of the library on the boundaries its parameters set. */
class ClauseLibraryTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static CoverageRequest.Builder request() {
    return CoverageRequest.builder().requestedDrug(Drug.named("Testamab")).patient(Patient.builder().build());
  }

  private static ClauseResult evaluate(Criterion clause, CoverageRequest.Builder request) {
    return clause.evaluate(new EvaluationContext(request.build(), AS_OF, Icd10CodeSets.curated()));
  }

  private static CoverageRequest.Builder bornOn(String date) {
    return request().patient(Patient.builder().birthDate(LocalDate.parse(date)).build());
  }

  @ParameterizedTest
  @CsvSource({"2014-03-01, MET", "2014-03-02, NOT_MET"})
  void age_at_least_years_turns_on_the_birthday(String born, Status expected) {
    ClauseResult r = evaluate(Ages.atLeastYears("T 1.A", 12).build(), bornOn(born));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.text()).isEqualTo("Age 12 years or older");
  }

  @ParameterizedTest
  @CsvSource({"2025-09-01, MET", "2025-09-02, NOT_MET"})
  void age_at_least_months(String born, Status expected) {
    assertThat(evaluate(Ages.atLeastMonths("T 1.A", 6).build(), bornOn(born)).status()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2008-03-02, MET", "2008-03-01, NOT_MET"})
  void age_below_years(String born, Status expected) {
    assertThat(evaluate(Ages.belowYears("T 1.A", 18).build(), bornOn(born)).status()).isEqualTo(expected);
  }

  @Test
  void an_undocumented_or_future_birth_date_is_missing_never_a_failure() {
    assertThat(evaluate(Ages.atLeastYears("T 1.A", 12).build(), request()).status()).isEqualTo(Status.MISSING);
    ClauseResult future = evaluate(Ages.belowMonths("T 1.A", 6).build(), bornOn("2026-05-01"));
    assertThat(future.status()).isEqualTo(Status.MISSING);
    assertThat(future.remedy().get().howToFix()).isEqualTo("Verify and correct the birth date.");
  }

  @Test
  void the_wording_a_policy_overrides_replaces_the_default() {
    Criterion age = Ages.atLeastYears("T 1.A", 12).text("Patient is 12 or older")
        .whenNotMet("Too young.", "Wait until 12.").build();
    ClauseResult r = evaluate(age, bornOn("2020-01-01"));
    assertThat(r.text()).isEqualTo("Patient is 12 or older");
    assertThat(r.remedy().get().denialReason()).isEqualTo("Too young.");
    assertThat(r.documents()).containsExactly(StandardDocuments.BIRTH_DATE_VERIFICATION);
  }

  @ParameterizedTest
  @CsvSource({
      "L20.9, MET", // billable, in the family
      "L20, MISSING", // the family's own header
      "L40.0, NOT_MET", // another disease
      "L50, MISSING", // a header above the wanted family L50.1
      "Q99.9, NOT_MET"})
  void diagnosis_within_families(String code, Status expected) {
    Criterion dx = Diagnoses.within("T 1.dx", "Diagnosis of eczema or urticaria", "eczema (L20.-) or CSU (L50.1)",
        Icd10Code.of("L20"), Icd10Code.of("L50.1")).build();
    assertThat(evaluate(dx, request().addDiagnoses(Diagnosis.of(code))).status()).isEqualTo(expected);
  }

  @Test
  void no_diagnosis_is_missing() {
    Criterion dx = Diagnoses.within("T 1.dx", "Diagnosis of eczema", "eczema", Icd10Code.of("L20")).build();
    assertThat(evaluate(dx, request()).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({
      "L63.0, , NOT_MET", // within an excluded family
      "L20.9, L65.9, NOT_MET", // any excluded diagnosis among several
      "L20.9, , MET",
      "L60.0, , MET"}) // a neighbouring category, not within the families
  void a_condition_not_covered_by_diagnosis(String code, String second, Status expected) {
    Criterion notForAlopecia = Diagnoses.notFor("T NC 1", "Not for alopecia", "alopecia",
        Icd10Code.of("L63"), Icd10Code.of("L65")).build();
    CoverageRequest.Builder r = request().addDiagnoses(Diagnosis.of(code));
    if (second != null) {
      r.addDiagnoses(Diagnosis.of(second));
    }
    ClauseResult result = evaluate(notForAlopecia, r);
    assertThat(result.status()).isEqualTo(expected);
    if (expected == Status.NOT_MET) {
      assertThat(result.finding()).hasValueSatisfying(f -> assertThat(f).startsWith("Requested for L6").endsWith("(alopecia)"));
    }
    assertThat(evaluate(notForAlopecia, request()).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"L20.9, MET", "L80, MET", "L40.0, NOT_MET", "L30.9, NOT_MET"})
  void any_other_use_is_not_covered(String code, Status expected) {
    Criterion onlyFor = Diagnoses.onlyFor("T NC other", "Use is for eczema or vitiligo", "eczema or vitiligo",
        Icd10Code.of("L20"), Icd10Code.of("L80")).build();
    ClauseResult result = evaluate(onlyFor, request().addDiagnoses(Diagnosis.of(code)));
    assertThat(result.status()).isEqualTo(expected);
    if (expected == Status.NOT_MET) {
      assertThat(result.finding()).hasValue("None of [" + code + "] is eczema or vitiligo");
    }
    assertThat(evaluate(onlyFor, request()).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"M06.9, NOT_MET", "M05.79, NOT_MET", "M06.1, MET", "L20.9, MET"})
  void a_condition_not_covered_by_a_code_test(String code, Status expected) {
    // M06 but for M06.1: not a set of whole families.
    Criterion notForRa = Diagnoses.notFor("T NC 2", "Not for rheumatoid arthritis", "rheumatoid arthritis",
        c -> c.isWithin(Icd10Code.of("M05")) || c.isWithin(Icd10Code.of("M06")) && !c.isWithin(Icd10Code.of("M06.1")))
        .build();
    ClauseResult result = evaluate(notForRa, request().addDiagnoses(Diagnosis.of(code)));
    assertThat(result.status()).isEqualTo(expected);
    assertThat(result.finding()).hasValue(expected == Status.MET ? "No rheumatoid arthritis diagnosis among the indications"
        : "Requested for " + code + " (rheumatoid arthritis)");
    assertThat(evaluate(notForRa, request()).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"M04.1, MET", "M04.9, MISSING", "L30.9, NOT_MET"})
  void any_other_use_with_an_undecided_code(String code, Status expected) {
    Criterion onlyFor = Diagnoses.onlyFor("T NC other", "Use is for a periodic fever", "a periodic fever",
        d -> d.code().isWithin(Icd10Code.of("M04.1")),
        ctx -> ctx.request().diagnoses().stream().filter(d -> d.code().isWithin(Icd10Code.of("M04.9"))).findFirst()
            .map(d -> Finding.missing("M04.9 does not name the syndrome")))
        .build();
    ClauseResult result = evaluate(onlyFor, request().addDiagnoses(Diagnosis.of(code)));
    assertThat(result.status()).isEqualTo(expected);
    if (expected == Status.NOT_MET) {
      assertThat(result.finding()).hasValue("None of [" + code + "] is a periodic fever");
    }
    assertThat(evaluate(onlyFor, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void sources_are_checked_and_gathered_on_one_date() {
    Sources sources = Sources.gatheredOn(AS_OF);
    SourceRef guide = sources.source("A guide", null, Reliability.PATIENT_GUIDE);
    SourceRef text = sources.source("The policy", "https://example.org/t100", Reliability.POLICY_TEXT);
    assertThat(guide.url()).isEmpty();
    assertThat(text.url()).hasValue("https://example.org/t100");
    assertThat(text.checkedOn()).isEqualTo(AS_OF);
    Provenance provenance = sources.provenance(Reliability.PATIENT_GUIDE, List.of(text, guide), "one", "two");
    assertThat(provenance.gatheredOn()).isEqualTo(AS_OF);
    assertThat(provenance.sources()).containsExactly(text, guide);
    assertThat(provenance.readings()).containsExactly("one", "two");
  }

  @Test
  void a_timed_step_carries_its_timing_after_its_contacts() {
    NextStep step = Step.timed("Send it", "prescriber", "within 2 days");
    assertThat(step).isEqualTo(NextStep.builder().action("Send it").actor("prescriber").addTiming("within 2 days").build());
    assertThat(Step.of("Call", "patient").timing()).isEmpty();
  }

  @Test
  void dosage_forms_by_route() {
    assertThat(EnumSet.allOf(DosageForm.class).stream().filter(DosageForm::isSystemic))
        .containsExactlyInAnyOrder(DosageForm.TABLET, DosageForm.CAPSULE, DosageForm.ORAL_SOLUTION,
            DosageForm.SUBCUTANEOUS_INJECTION, DosageForm.INTRAVENOUS_INFUSION, DosageForm.INTRAMUSCULAR_INJECTION);
    assertThat(DosageForm.CAPSULE.isOral()).isTrue();
    assertThat(DosageForm.CAPSULE.isInjected()).isFalse();
    assertThat(DosageForm.INTRAMUSCULAR_INJECTION.isInjected()).isTrue();
    assertThat(DosageForm.OPHTHALMIC.isSystemic()).isFalse();
    assertThat(DosageForm.INHALER.isSystemic()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"20, MET", "20.01, NOT_MET"})
  void body_surface_area_at_most(String percent, Status expected) {
    Criterion bsa = BodySurfaceArea.atMost("T 1.B", BigDecimal.valueOf(20), "eczema").build();
    CoverageRequest.Builder r = request().skinInvolvement(
        SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal(percent)).build());
    assertThat(evaluate(bsa, r).status()).isEqualTo(expected);
    assertThat(evaluate(bsa, request()).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"10, MET", "9.9, NOT_MET"})
  void body_surface_area_at_least(String percent, Status expected) {
    Criterion bsa = BodySurfaceArea.atLeast("T 1.B", BigDecimal.TEN, "eczema").build();
    assertThat(evaluate(bsa, request().skinInvolvement(
        SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal(percent)).build())).status()).isEqualTo(expected);
  }

  private static LabResult eosinophils(String value, Unit unit, String date) {
    return LabResult.builder().analyte(Analyte.BLOOD_EOSINOPHILS).value(Quantity.of(value, unit))
        .date(LocalDate.parse(date)).build();
  }

  private static Criterion eosinophilsAtLeast150InSixWeeks() {
    return Labs.latest("T 1.C", "Eosinophils of 150 cells/µL or more in the last 6 weeks", Analyte.BLOOD_EOSINOPHILS,
        Unit.CELLS_PER_MICROLITER, Labs.Comparison.AT_LEAST, BigDecimal.valueOf(150), Period.ofWeeks(6), "Eosinophils",
        " cells/µL").build();
  }

  @Test
  void a_lab_threshold_converts_units_uses_the_latest_result_and_its_window() {
    Criterion clause = eosinophilsAtLeast150InSixWeeks();
    // 0.15 x 10^9/L is 150 cells/µL.
    assertThat(evaluate(clause, request().addLabResults(eosinophils("0.15", Unit.BILLION_CELLS_PER_LITER, "2026-02-01")))
        .status()).isEqualTo(Status.MET);
    // The latest result decides, even when an older one was higher.
    assertThat(evaluate(clause, request().addLabResults(eosinophils("400", Unit.CELLS_PER_MICROLITER, "2026-01-25"),
        eosinophils("149", Unit.CELLS_PER_MICROLITER, "2026-02-20"))).status()).isEqualTo(Status.NOT_MET);
    // 18 January is 6 weeks before 1 March; 17 January is outside the window.
    assertThat(evaluate(clause, request().addLabResults(eosinophils("300", Unit.CELLS_PER_MICROLITER, "2026-01-18")))
        .status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addLabResults(eosinophils("300", Unit.CELLS_PER_MICROLITER, "2026-01-17")))
        .status()).isEqualTo(Status.MISSING);
    // A result after the as-of date is not yet known.
    assertThat(evaluate(clause, request().addLabResults(eosinophils("300", Unit.CELLS_PER_MICROLITER, "2026-03-02")))
        .status()).isEqualTo(Status.MISSING);
  }

  @Test
  void a_lab_clause_in_a_unit_that_cannot_measure_the_analyte_is_rejected_when_built() {
    assertThatThrownBy(() -> Labs.latest("T 1.C", "CRP", Analyte.C_REACTIVE_PROTEIN, Unit.PERCENT,
        Labs.Comparison.ABOVE, BigDecimal.ONE, null, "CRP", "%"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T 1.C");
  }

  private static TherapyTrial steroid(TopicalSteroidPotency potency, String start, String end, TrialOutcome outcome) {
    TherapyTrial.Builder b = TherapyTrial.builder()
        .drug(Drug.builder().name("steroid " + potency).drugClass(DrugClass.TOPICAL_CORTICOSTEROID).potency(potency).build())
        .start(LocalDate.parse(start)).outcome(outcome);
    if (end != null) {
      b.end(LocalDate.parse(end));
    }
    return b.build();
  }

  private static Criterion steroidTrial28Days() {
    return Trials.failed("T 1.D", "Failed a medium-or-higher topical steroid for 28 days",
        Trials.Rule.of(d -> d.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID), "topical corticosteroid", 28)
            .withPotencies(EnumSet.of(TopicalSteroidPotency.MEDIUM, TopicalSteroidPotency.HIGH), "medium or high")).build();
  }

  @Test
  void a_failed_trial_needs_the_days_the_potency_and_an_outcome() {
    Criterion clause = steroidTrial28Days();
    assertThat(evaluate(clause, request().addTherapyTrials(
        steroid(TopicalSteroidPotency.MEDIUM, "2026-01-01", "2026-01-28", TrialOutcome.FAILED))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addTherapyTrials(
        steroid(TopicalSteroidPotency.MEDIUM, "2026-01-01", "2026-01-27", TrialOutcome.FAILED))).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addTherapyTrials(
        steroid(TopicalSteroidPotency.LOW, "2026-01-01", "2026-02-28", TrialOutcome.FAILED))).status()).isEqualTo(Status.NOT_MET);
    ClauseResult ongoing = evaluate(clause, request().addTherapyTrials(
        steroid(TopicalSteroidPotency.HIGH, "2026-01-01", null, TrialOutcome.ONGOING)));
    assertThat(ongoing.status()).isEqualTo(Status.MISSING);
    assertThat(ongoing.finding().get()).contains("outcome (failure) not documented");
    assertThat(evaluate(clause, request().addTherapyTrials(
        steroid(TopicalSteroidPotency.HIGH, "2026-02-01", "2026-02-02", TrialOutcome.INTOLERANT))).status()).isEqualTo(Status.MET);
  }

  @Test
  void a_rule_without_exceptions_does_not_accept_an_intolerance() {
    Criterion clause = Trials.failed("T 1.D", "Inadequate efficacy of a topical steroid",
        Trials.Rule.of(d -> d.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID), "topical corticosteroid", 28).excusedBy()).build();
    assertThat(evaluate(clause, request().addTherapyTrials(
        steroid(TopicalSteroidPotency.HIGH, "2026-02-01", "2026-02-02", TrialOutcome.INTOLERANT))).status())
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void samples_never_count() {
    TherapyTrial sample = TherapyTrial.builder().from(
        steroid(TopicalSteroidPotency.HIGH, "2026-01-01", "2026-02-15", TrialOutcome.FAILED)).sample(true).build();
    ClauseResult r = evaluate(steroidTrial28Days(), request().addTherapyTrials(sample));
    assertThat(r.status()).isEqualTo(Status.NOT_MET);
    assertThat(r.remedy().get().denialReason()).startsWith("Receipt of sample product");
  }

  @Test
  void no_trial_is_missing_until_the_therapy_history_is_declared_complete() {
    assertThat(evaluate(steroidTrial28Days(), request()).status()).isEqualTo(Status.MISSING);
    ClauseResult reviewed = evaluate(steroidTrial28Days(), request()
        .addHistoryReviews(HistoryReview.of(RecordedHistory.THERAPY_TRIALS, LocalDate.of(2024, 1, 1))));
    assertThat(reviewed.status()).isEqualTo(Status.NOT_MET);
    assertThat(reviewed.finding().get()).isEqualTo("No topical corticosteroid trial in the therapy history reviewed from 2024-01-01");
  }

  private static Criterion twoExacerbationsInAYear() {
    return Events.atLeast("T 1.E", "2 or more exacerbations in the previous year", 2, Period.ofYears(1),
        Flare::systemicCorticosteroids, "exacerbation(s) treated with systemic corticosteroids").build();
  }

  private static Flare flare(String date) {
    return Flare.builder().date(LocalDate.parse(date)).systemicCorticosteroids(true).build();
  }

  @Test
  void events_are_counted_in_the_window_both_ends_included() {
    Criterion clause = twoExacerbationsInAYear();
    assertThat(evaluate(clause, request().addFlares(flare("2025-03-01"), flare("2026-03-01"))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addFlares(flare("2025-02-28"), flare("2026-03-01"))).status())
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void no_events_is_missing_unless_a_review_covers_the_whole_window() {
    Criterion clause = twoExacerbationsInAYear();
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
    ClauseResult none = evaluate(clause, request()
        .addHistoryReviews(HistoryReview.of(RecordedHistory.FLARES, LocalDate.of(2025, 3, 1))));
    assertThat(none.status()).isEqualTo(Status.NOT_MET);
    assertThat(none.finding().get()).startsWith("0 exacerbation(s)");
    // A review that starts inside the window leaves its first part undocumented.
    assertThat(evaluate(clause, request()
        .addHistoryReviews(HistoryReview.of(RecordedHistory.FLARES, LocalDate.of(2025, 3, 2)))).status())
        .isEqualTo(Status.MISSING);
    // A review of another list says nothing about flares.
    assertThat(evaluate(clause, request()
        .addHistoryReviews(HistoryReview.of(RecordedHistory.THERAPY_TRIALS, LocalDate.of(2020, 1, 1)))).status())
        .isEqualTo(Status.MISSING);
  }

  @Test
  void months_on_the_requested_drug_join_touching_trials() {
    Criterion clause = RequestedDrug.monthsOn("T R1", "Testamab", d -> DrugNames.mentions(d, "testamab"), 6).build();
    TherapyTrial first = TherapyTrial.builder().drug(Drug.named("Testamab")).start(LocalDate.of(2025, 9, 1))
        .end(LocalDate.of(2025, 11, 30)).outcome(TrialOutcome.EFFECTIVE).build();
    TherapyTrial second = TherapyTrial.builder().drug(Drug.named("testamab")).start(LocalDate.of(2025, 12, 1))
        .outcome(TrialOutcome.ONGOING).build();
    assertThat(evaluate(clause, request().addTherapyTrials(first, second)).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addTherapyTrials(second)).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void prescriber_specialty_or_consultation() {
    Criterion clause = Prescribers.prescribedBy("T 1.F", EnumSet.of(Specialty.DERMATOLOGY), "a dermatologist").build();
    assertThat(evaluate(clause, request().prescriber(Prescriber.builder().addConsultedSpecialties(Specialty.DERMATOLOGY)
        .addSpecialties(Specialty.FAMILY_MEDICINE).build())).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().prescriber(Prescriber.builder().addSpecialties(Specialty.FAMILY_MEDICINE).build()))
        .status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void concurrent_use_by_class_or_named_product() {
    Criterion clause = ConcurrentUse.notUsedWith("T NC 1", "Not with a biologic", "a biologic",
        DrugNames.classOrNamed(Set.of(DrugClass.BIOLOGIC), DrugNames.lowerCase("dupixent"))).build();
    assertThat(evaluate(clause, request().addConcurrentMedications(Drug.named("Dupixent 300 mg"))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addConcurrentMedications(
        Drug.builder().name("Brandx").drugClass(DrugClass.BIOLOGIC).build())).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addConcurrentMedications(Drug.named("cetirizine"))).status())
        .isEqualTo(Status.MET);
  }

  @Test
  void a_clinical_finding_documented_absent_decides_the_clause() {
    Criterion clause = ClinicalFindings.documented("T 1.G", "Nasal obstruction", ClinicalFindingKind.NASAL_OBSTRUCTION,
        "nasal obstruction").build();
    assertThat(evaluate(clause, request().addClinicalFindings(ClinicalFinding.of(ClinicalFindingKind.NASAL_OBSTRUCTION)))
        .status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addClinicalFindings(ClinicalFinding.builder()
        .kind(ClinicalFindingKind.NASAL_OBSTRUCTION).present(false).build())).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }
}
