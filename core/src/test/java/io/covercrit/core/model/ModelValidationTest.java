package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of the model types: every rejection names the field and repeats no input value. */
class ModelValidationTest {

  /** Asserts the rejection names {@code field} and that its message contains none of {@code inputs}. */
  private static InvalidInputException rejects(ThrowingCallable build, String field, String... inputs) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, build);
    assertThat(e).as("expected a rejection of %s", field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    for (String input : inputs) {
      assertThat(e.getMessage()).doesNotContain(input);
      assertThat(e.rule()).doesNotContain(input);
    }
    return e;
  }

  // --- Drug

  @Test
  void potency_is_accepted_for_a_topical_corticosteroid() {
    Drug drug = Drug.builder().name("clobetasol 0.05% cream").drugClass(DrugClass.TOPICAL_CORTICOSTEROID)
        .potency(TopicalSteroidPotency.SUPER_HIGH).build();
    assertThat(drug.potency()).contains(TopicalSteroidPotency.SUPER_HIGH);
    assertThat(drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID)).isTrue();
  }

  @ParameterizedTest(name = "class {0}")
  @CsvSource(nullValues = "none", value = {"TOPICAL_CALCINEURIN_INHIBITOR", "BIOLOGIC", "none"})
  void potency_is_rejected_for_any_other_class(DrugClass drugClass) {
    rejects(() -> Drug.builder().name("Zyphorax").drugClass(java.util.Optional.ofNullable(drugClass))
        .potency(TopicalSteroidPotency.HIGH).build(), "potency", "Zyphorax");
  }

  @ParameterizedTest(name = "NDC {0}")
  @ValueSource(strings = {"1234567890", "12345678901", "1234-5678-90", "12345-678-90", "12345-6789-01"})
  void an_ndc_of_10_or_11_digits_with_hyphens_is_accepted(String ndc) {
    assertThatCode(() -> Drug.builder().name("x").ndc(ndc).build()).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "NDC {0}")
  @ValueSource(strings = {"987654321", "987654321012", "98765-4321-0A", "98765 4321 01", "98765-4321-012", "9876543210123"})
  void an_ndc_of_another_length_or_with_other_characters_is_rejected(String ndc) {
    rejects(() -> Drug.builder().name("x").ndc(ndc).build(), "ndc", ndc);
  }

  @Test
  void a_drug_name_must_not_be_blank_nor_too_long() {
    rejects(() -> Drug.named(" "), "name");
    String longName = "Zyphorax".repeat(26);
    rejects(() -> Drug.named(longName), "name", "Zyphorax");
    rejects(() -> Drug.builder().name("x").rxNormCui("RX98765").build(), "rxNormCui", "RX98765");
  }

  // --- Prescriber

  @ParameterizedTest(name = "NPI {0}: {1}")
  @CsvSource({
    "1234567893, true",
    "1234567890, false",
    "1245319599, true",
    "1245319590, false",
    "123456789,  false",
    "12345678931, false",
    "123456789X, false",
  })
  void an_npi_has_ten_digits_and_a_luhn_check_digit_over_prefix_80840(String npi, boolean valid) {
    assertThat(Prescriber.isValidNpi(npi)).isEqualTo(valid);
    if (valid) {
      assertThat(Prescriber.builder().npi(npi).build().npi()).contains(npi);
    } else {
      rejects(() -> Prescriber.builder().npi(npi).build(), "npi", npi);
    }
  }

  @Test
  void a_prescriber_is_or_consulted_a_specialty() {
    Prescriber p = Prescriber.builder().addSpecialties(Specialty.FAMILY_MEDICINE)
        .addConsultedSpecialties(Specialty.DERMATOLOGY).build();
    assertThat(p.isOrConsulted(java.util.Set.of(Specialty.DERMATOLOGY, Specialty.ALLERGY))).isTrue();
    assertThat(p.isOrConsulted(java.util.Set.of(Specialty.RHEUMATOLOGY))).isFalse();
  }

  // --- SkinInvolvement

  @ParameterizedTest(name = "BSA {0}")
  @ValueSource(strings = {"0", "0.5", "10", "99.99", "100", "100.00"})
  void body_surface_area_from_0_to_100_is_accepted(String bsa) {
    SkinInvolvement s = SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal(bsa)).build();
    assertThat(s.bodySurfaceAreaPercent()).contains(new BigDecimal(bsa));
  }

  @ParameterizedTest(name = "BSA {0}")
  @ValueSource(strings = {"100.01", "-1", "-0.01", "250"})
  void body_surface_area_outside_0_to_100_is_rejected(String bsa) {
    rejects(() -> SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal(bsa)).build(),
        "bodySurfaceAreaPercent", bsa);
  }

  // --- LabResult and ReferenceRange

  @Test
  void a_lab_result_in_a_unit_of_its_analyte_is_accepted() {
    LabResult eos = LabResult.builder().analyte(Analyte.BLOOD_EOSINOPHILS)
        .value(Quantity.of("0.3", Unit.BILLION_CELLS_PER_LITER)).date(LocalDate.of(2026, 1, 2))
        .referenceRange(ReferenceRange.builder().high(Quantity.of("500", Unit.CELLS_PER_MICROLITER)).build())
        .loinc("711-2").build();
    assertThat(eos.value().to(Unit.CELLS_PER_MICROLITER)).isEqualByComparingTo("300");
  }

  @Test
  void a_lab_result_in_a_unit_of_another_dimension_is_rejected() {
    rejects(() -> LabResult.builder().analyte(Analyte.C_REACTIVE_PROTEIN)
        .value(Quantity.of("37.5", Unit.CELLS_PER_MICROLITER)).date(LocalDate.of(2026, 1, 2)).build(),
        "value.unit", "37.5");
    rejects(() -> LabResult.builder().analyte(Analyte.C_REACTIVE_PROTEIN)
        .value(Quantity.of("37.5", Unit.MILLIGRAMS_PER_LITER)).date(LocalDate.of(2026, 1, 2))
        .referenceRange(ReferenceRange.builder().high(Quantity.of("450", Unit.CELLS_PER_MICROLITER)).build())
        .build(), "referenceRange", "37.5", "450");
    rejects(() -> LabResult.builder().analyte(Analyte.C_REACTIVE_PROTEIN)
        .value(Quantity.of("37.5", Unit.MILLIGRAMS_PER_LITER)).date(LocalDate.of(2026, 1, 2))
        .loinc("LNC-4431").build(), "loinc", "37.5", "4431");
  }

  @Test
  void a_reference_range_needs_a_bound_and_ordered_bounds_of_one_dimension() {
    InvalidInputException none = rejects(() -> ReferenceRange.builder().build(), "high");
    assertThat(none.errorCode()).isEqualTo(InvalidInputException.REQUIRED_FIELD);
    rejects(() -> ReferenceRange.builder().low(Quantity.of("8.5", Unit.MILLIGRAMS_PER_DECILITER))
        .high(Quantity.of("50", Unit.MILLIGRAMS_PER_LITER)).build(), "low", "8.5", "50");
    rejects(() -> ReferenceRange.builder().low(Quantity.of("8.5", Unit.MILLIGRAMS_PER_LITER))
        .high(Quantity.of("450", Unit.CELLS_PER_MICROLITER)).build(), "high.unit", "8.5", "450");
    // 0.5 mg/dL is 5 mg/L: below 50 mg/L, so the order is checked after conversion
    assertThatCode(() -> ReferenceRange.builder().low(Quantity.of("0.5", Unit.MILLIGRAMS_PER_DECILITER))
        .high(Quantity.of("50", Unit.MILLIGRAMS_PER_LITER)).build()).doesNotThrowAnyException();
  }

  // --- Patient and BiomarkerResult

  @Test
  void patient_fields_are_checked_without_repeating_them() {
    rejects(() -> Patient.builder().birthDate(LocalDate.of(1879, 12, 31)).build(), "birthDate", "1879");
    rejects(() -> Patient.builder().memberId(" ").build(), "memberId");
    String longId = "MBR-998877".repeat(7);
    rejects(() -> Patient.builder().memberId(longId).build(), "memberId", "MBR-998877");
    rejects(() -> BiomarkerResult.builder().biomarker("ALK-SECRET-".repeat(5)).status(BiomarkerStatus.POSITIVE)
        .build(), "biomarker", "ALK-SECRET");
  }

  // --- Jurisdiction

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"nc, NC", "' NY ', NY", "federal, FEDERAL", "Pr, PR"})
  void a_jurisdiction_is_found_by_its_code_in_any_case(String code, Jurisdiction jurisdiction) {
    assertThat(Jurisdiction.fromCode(code)).isEqualTo(jurisdiction);
    assertThat(Jurisdiction.FEDERAL.isState()).isFalse();
    assertThat(Jurisdiction.NC.displayName()).isEqualTo("North Carolina");
  }

  @Test
  void an_unknown_jurisdiction_is_rejected_naming_the_field_and_not_the_code() {
    rejects(() -> Jurisdiction.fromCode("qx"), "jurisdiction", "QX", "qx");
    rejects(() -> Jurisdiction.fromCode(null), "jurisdiction");
  }

  // --- CoverageRequest

  private static CoverageRequest.Builder request() {
    return CoverageRequest.builder().requestedDrug(Drug.named("Zyphorax")).patient(Patient.builder().build());
  }

  @ParameterizedTest(name = "requestId {0}")
  @ValueSource(strings = {"REQ-2026.11:24_a", "a", "0123456789012345678901234567890123456789012345678901234567890123"})
  void a_request_id_of_letters_digits_and_punctuation_is_accepted(String id) {
    assertThat(request().requestId(id).build().requestId()).contains(id);
  }

  @ParameterizedTest(name = "requestId \"{0}\"")
  @ValueSource(strings = {"REQ 7781", "REQ/7781", "REQ#7781", "REQ-77810123456789012345678901234567890123456789012345678901234567"})
  void a_request_id_with_other_characters_or_too_long_is_rejected(String id) {
    rejects(() -> request().requestId(id).build(), "requestId", id);
  }

  @ParameterizedTest(name = "policyId {0}: {1}")
  @CsvSource({
    "cigna/IP0369, true",
    "acme/T1,      true",
    "blue-cross/PA.2026-01, true",
    "Cigna/IP0369, false",
    "acme,         false",
    "acme/T 1,     false",
    "/T1,          false",
    "acme/,        false",
    "acme/T1/2,    false",
  })
  void a_policy_id_looks_like_payer_slash_policy(String id, boolean valid) {
    if (valid) {
      assertThat(request().policyId(id).build().policyId()).contains(id);
    } else {
      rejects(() -> request().policyId(id).build(), "policyId", id);
    }
  }

  @Test
  void notes_longer_than_10000_characters_are_rejected() {
    assertThatCode(() -> request().notes("n".repeat(10_000)).build()).doesNotThrowAnyException();
    rejects(() -> request().notes("itching since the lake trip ".repeat(400)).build(), "notes", "lake trip");
  }

  // --- TherapyTrial daily dose

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"5, mg/d", "0.75, mg/day", "2.5, MG/D"})
  void a_daily_dose_in_mass_per_day_is_accepted(String value, String unit) {
    TherapyTrial trial = TherapyTrial.builder().drug(Drug.named("prednisone")).outcome(TrialOutcome.ONGOING)
        .start(LocalDate.of(2026, 1, 1)).dailyDose(Quantity.of(value, Unit.fromCode(unit))).build();
    assertThat(trial.dailyDose().orElseThrow().to(Unit.MILLIGRAMS_PER_DAY)).isEqualByComparingTo(value);
  }

  @Test
  void a_daily_dose_must_be_a_positive_mass_per_day() {
    rejects(() -> TherapyTrial.builder().drug(Drug.named("prednisone")).outcome(TrialOutcome.FAILED)
        .dailyDose(Quantity.of("5", Unit.MILLIGRAM)).build(), "dailyDose.unit");
    rejects(() -> TherapyTrial.builder().drug(Drug.named("prednisone")).outcome(TrialOutcome.FAILED)
        .dailyDose(Quantity.of("0", Unit.MILLIGRAMS_PER_DAY)).build(), "dailyDose.value");
    rejects(() -> TherapyTrial.builder().drug(Drug.named("prednisone")).outcome(TrialOutcome.FAILED)
        .dailyDose(Quantity.of("-5", Unit.MILLIGRAMS_PER_DAY)).build(), "dailyDose.value", "-5");
  }

  // --- Flare care flags

  @Test
  void a_flare_needed_no_care_unless_documented() {
    Flare flare = Flare.builder().date(LocalDate.of(2026, 1, 1)).build();
    assertThat(flare.hospitalized()).isFalse();
    assertThat(flare.systemicCorticosteroids()).isFalse();
    assertThat(flare.emergencyOrUrgentCare()).isFalse();
  }

  // --- ClinicalFinding

  @Test
  void a_clinical_finding_is_present_unless_documented_absent() {
    assertThat(ClinicalFinding.of(ClinicalFindingKind.PRURITUS).present()).isTrue();
    ClinicalFinding nodules = ClinicalFinding.builder().kind(ClinicalFindingKind.NODULAR_LESIONS)
        .since(LocalDate.of(2025, 1, 1)).observedOn(LocalDate.of(2025, 1, 1)).count(0).daysPerWeek(7)
        .addSites(BodySite.ARMS).build();
    assertThat(nodules.count()).contains(0);
    assertThat(ClinicalFinding.builder().kind(ClinicalFindingKind.SECONDARY_CAUSE).present(false).build().present()).isFalse();
  }

  @Test
  void a_clinical_finding_is_checked_without_repeating_its_values() {
    rejects(() -> ClinicalFinding.builder().kind(ClinicalFindingKind.PRURITUS)
        .since(LocalDate.of(2025, 3, 2)).observedOn(LocalDate.of(2025, 3, 1)).build(), "since", "2025-03-02");
    rejects(() -> ClinicalFinding.builder().kind(ClinicalFindingKind.NODULAR_LESIONS).count(-1).build(), "count", "-1");
    rejects(() -> ClinicalFinding.builder().kind(ClinicalFindingKind.NODULAR_LESIONS).count(ClinicalFinding.MAX_COUNT + 1).build(),
        "count", String.valueOf(ClinicalFinding.MAX_COUNT + 1));
    rejects(() -> ClinicalFinding.builder().kind(ClinicalFindingKind.HIVES).daysPerWeek(8).build(), "daysPerWeek", "8");
    rejects(() -> ClinicalFinding.builder().kind(ClinicalFindingKind.HIVES).daysPerWeek(-1).build(), "daysPerWeek");
    rejects(() -> ClinicalFinding.builder().kind(ClinicalFindingKind.NODULAR_LESIONS).present(false).count(3).build(), "present");
  }

  static Stream<Arguments> lists() {
    Diagnosis dx = Diagnosis.of("L20.9");
    TherapyTrial trial = TherapyTrial.builder().drug(Drug.named("t")).outcome(TrialOutcome.CONTRAINDICATED).build();
    LabResult lab = LabResult.builder().analyte(Analyte.C_REACTIVE_PROTEIN)
        .value(Quantity.of("1", Unit.MILLIGRAMS_PER_LITER)).date(LocalDate.of(2026, 1, 1)).build();
    Flare flare = Flare.builder().date(LocalDate.of(2026, 1, 1)).build();
    BiomarkerResult marker = BiomarkerResult.builder().biomarker("ALK").status(BiomarkerStatus.NEGATIVE).build();
    ClinicalFinding finding = ClinicalFinding.of(ClinicalFindingKind.PRURITUS);
    return Stream.of(
        Arguments.of("diagnoses", (Function<List<Object>, CoverageRequest.Builder>) l -> request().diagnoses(cast(l)), dx),
        Arguments.of("therapyTrials", (Function<List<Object>, CoverageRequest.Builder>) l -> request().therapyTrials(cast(l)), trial),
        Arguments.of("concurrentMedications", (Function<List<Object>, CoverageRequest.Builder>) l -> request().concurrentMedications(cast(l)), Drug.named("d")),
        Arguments.of("labResults", (Function<List<Object>, CoverageRequest.Builder>) l -> request().labResults(cast(l)), lab),
        Arguments.of("flares", (Function<List<Object>, CoverageRequest.Builder>) l -> request().flares(cast(l)), flare),
        Arguments.of("biomarkers", (Function<List<Object>, CoverageRequest.Builder>) l -> request().biomarkers(cast(l)), marker),
        Arguments.of("clinicalFindings", (Function<List<Object>, CoverageRequest.Builder>) l -> request().clinicalFindings(cast(l)), finding));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> list) {
    return (List<T>) (List<?>) list;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void each_list_holds_at_most_max_list_size_entries(
      String field, Function<List<Object>, CoverageRequest.Builder> withList, Object element) {
    List<Object> full = new ArrayList<>();
    for (int i = 0; i < CoverageRequest.MAX_LIST_SIZE; i++) {
      full.add(element);
    }
    assertThatCode(() -> withList.apply(full).build()).doesNotThrowAnyException();
    full.add(element);
    rejects(() -> withList.apply(full).build(), field, String.valueOf(CoverageRequest.MAX_LIST_SIZE + 1));
  }
}
