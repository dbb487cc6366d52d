package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.AcmeTestPolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import io.covercrit.core.model.Unit;
import io.covercrit.core.model.Urgency;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CovercritJsonTest {
  private final CovercritJson json = CovercritJson.create();

  // Distinctive values every error document carries: no error message may repeat them.
  private static final String MEMBER_ID = "MBR-998877";
  private static final String BIRTH_DATE = "1957-08-14";
  private static final String REQUEST_ID = "REQ-5550142";
  private static final String NOTE = "itching since the lake trip";
  private static final String NPI = "1245319599";
  private static final List<String> SECRETS = List.of(MEMBER_ID, BIRTH_DATE, REQUEST_ID, NOTE, NPI, "Testamab");

  private static String request(String extra) {
    return request(BIRTH_DATE, extra);
  }

  private static String request(String birthDate, String extra) {
    return "{\"schemaVersion\":\"1\",\"requestId\":\"" + REQUEST_ID + "\",\"requestedDrug\":{\"name\":\"Testamab\"},"
        + "\"patient\":{\"birthDate\":\"" + birthDate + "\",\"memberId\":\"" + MEMBER_ID + "\"},"
        + "\"prescriber\":{\"npi\":\"" + NPI + "\"},\"notes\":\"" + NOTE + "\"" + extra + "}";
  }

  private static String nested(int depth) {
    return "{\"requestedDrug\":{\"name\":\"Testamab\"},\"notes\":\"" + NOTE + "\",\"x\":"
        + "[".repeat(depth - 1) + "\"" + MEMBER_ID + "\"" + "]".repeat(depth - 1) + "}";
  }

  // --- round trips

  /** A request with every field set. */
  static CoverageRequest fullRequest() {
    Drug steroid = Drug.builder().name("clobetasol 0.05% ointment").activeIngredient("clobetasol propionate")
        .strength("0.05%").form(DosageForm.OINTMENT).drugClass(DrugClass.TOPICAL_CORTICOSTEROID)
        .potency(TopicalSteroidPotency.SUPER_HIGH).rxNormCui("861467").ndc("0168-0163-15").build();
    return CoverageRequest.builder()
        .requestId(REQUEST_ID)
        .policyId("acme/T1")
        .requestedDrug(Drug.builder().name("Testamab").activeIngredient("testamab").strength("300 mg/2 mL")
            .form(DosageForm.SUBCUTANEOUS_INJECTION).drugClass(DrugClass.BIOLOGIC).rxNormCui("1876376")
            .ndc("0024-5914-02").build())
        .requestType(RequestType.REAUTHORIZATION)
        .urgency(Urgency.EXPEDITED)
        .patient(Patient.builder().birthDate(LocalDate.parse(BIRTH_DATE)).memberId(MEMBER_ID).build())
        .addDiagnoses(Diagnosis.builder().code(Icd10Code.of("L20.84")).severity(DiseaseSeverity.SEVERE)
            .subtype(DiagnosisSubtype.NONSEGMENTAL).diagnosedOn(LocalDate.of(2019, 4, 2)).build(),
            Diagnosis.of("L80"))
        .addTherapyTrials(TherapyTrial.builder().drug(steroid).start(LocalDate.of(2025, 1, 6))
            .end(LocalDate.of(2025, 2, 14)).outcome(TrialOutcome.FAILED).sample(true).build(),
            TherapyTrial.builder().drug(Drug.named("cyclosporine")).outcome(TrialOutcome.CONTRAINDICATED).build(),
            TherapyTrial.builder().drug(Drug.builder().name("prednisone 5 mg").drugClass(DrugClass.SYSTEMIC_CORTICOSTEROID).build())
                .start(LocalDate.of(2024, 6, 1)).outcome(TrialOutcome.ONGOING)
                .dailyDose(Quantity.of("7.5", Unit.MILLIGRAMS_PER_DAY)).build())
        .addConcurrentMedications(Drug.builder().name("cetirizine").drugClass(DrugClass.OTHER).build())
        .addLabResults(LabResult.builder().analyte(Analyte.BLOOD_EOSINOPHILS)
            .value(Quantity.of("0.45", Unit.BILLION_CELLS_PER_LITER)).date(LocalDate.of(2025, 3, 3))
            .referenceRange(ReferenceRange.builder().low(Quantity.of("30", Unit.CELLS_PER_MICROLITER))
                .high(Quantity.of("350", Unit.CELLS_PER_MICROLITER)).build())
            .loinc("711-2").build())
        .prescriber(Prescriber.builder().addSpecialties(Specialty.DERMATOLOGY, Specialty.ALLERGY)
            .addConsultedSpecialties(Specialty.IMMUNOLOGY).npi(NPI).build())
        .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("12.5"))
            .addSites(BodySite.HANDS, BodySite.FACE).assessedOn(LocalDate.of(2025, 3, 3)).build())
        .addFlares(Flare.builder().date(LocalDate.of(2025, 2, 1)).hospitalized(true).systemicCorticosteroids(true)
            .emergencyOrUrgentCare(true).build())
        .addClinicalFindings(ClinicalFinding.builder().kind(ClinicalFindingKind.NODULAR_LESIONS).since(LocalDate.of(2024, 1, 5))
                .observedOn(LocalDate.of(2025, 3, 3)).count(24).daysPerWeek(7).addSites(BodySite.ARMS, BodySite.LEGS).build(),
            ClinicalFinding.builder().kind(ClinicalFindingKind.SECONDARY_CAUSE).present(false).build())
        .addBiomarkers(BiomarkerResult.builder().biomarker("IL-13").status(BiomarkerStatus.POSITIVE)
            .method("ELISA").date(LocalDate.of(2025, 3, 3)).build())
        .tumorStaging(TumorStaging.builder().primaryTumorSizeCm(new BigDecimal("5.20")).nodalStatus(TumorStaging.NodalStatus.N2)
            .resection(TumorStaging.Resection.R0).stage("IIIA").metastatic(false).recurrent(false)
            .assessedOn(LocalDate.of(2025, 2, 20)).build())
        .addHistoryReviews(HistoryReview.of(RecordedHistory.THERAPY_TRIALS, LocalDate.of(2020, 1, 1)))
        .response(ResponseAssessment.builder().assessedOn(LocalDate.of(2025, 9, 1))
            .addImprovements(ResponseMarker.EASI, ResponseMarker.PRURITUS).build())
        .jurisdiction(Jurisdiction.NC)
        .planType(PlanType.FULLY_INSURED_COMMERCIAL)
        .requestDate(LocalDate.of(2025, 9, 2))
        .notes(NOTE)
        .build();
  }

  @Test
  void a_full_request_survives_a_round_trip_and_is_written_byte_for_byte_the_same() throws Exception {
    CoverageRequest request = fullRequest();
    String written = json.writeRequest(request, false);

    // the test really sets every field of the request
    JsonNode tree = new ObjectMapper().readTree(written);
    for (Method m : CoverageRequest.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
        assertThat(tree.has(m.getName())).as("field %s is written", m.getName()).isTrue();
      }
    }
    assertThat(tree.get("schemaVersion").textValue()).isEqualTo("1");
    assertThat(tree.at("/diagnoses/0/code").textValue()).isEqualTo("L20.84");
    assertThat(tree.at("/labResults/0/value/unit").textValue()).isEqualTo("10*9/L");
    assertThat(tree.at("/therapyTrials/2/dailyDose/unit").textValue()).isEqualTo("mg/d");
    assertThat(tree.at("/flares/0/systemicCorticosteroids").booleanValue()).isTrue();
    assertThat(tree.at("/clinicalFindings/0/count").intValue()).isEqualTo(24);
    assertThat(tree.at("/clinicalFindings/1/present").booleanValue()).isFalse();

    CoverageRequest read = json.readRequest(written);
    assertThat(read).isEqualTo(request);
    assertThat(json.writeRequest(request, false)).isEqualTo(written);
    assertThat(json.writeRequest(read, false)).isEqualTo(written);
    assertThat(json.readRequest(json.writeRequest(request, true))).isEqualTo(request);
    assertThat(json.readRequest(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(request);
  }

  @Test
  void a_decimal_with_trailing_zeros_survives_a_round_trip() {
    CoverageRequest request = CoverageRequest.builder().from(fullRequest())
        .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("20.0")).build())
        .labResults(List.of(LabResult.builder().analyte(Analyte.C_REACTIVE_PROTEIN)
            .value(Quantity.of("1.50", Unit.MILLIGRAMS_PER_DECILITER)).date(LocalDate.of(2025, 3, 3)).build()))
        .build();
    assertThat(json.readRequest(json.writeRequest(request, false))).isEqualTo(request);
    CoverageRequest read = json.readRequest(request(",\"skinInvolvement\":{\"bodySurfaceAreaPercent\":10.0}"));
    assertThat(read.skinInvolvement().orElseThrow().bodySurfaceAreaPercent()).contains(new BigDecimal("10.0"));
  }

  @Test
  void a_determination_survives_a_round_trip() {
    Determination meets = AcmeTestPolicy.policy().evaluate(AcmeTestPolicy.request().addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(AcmeTestPolicy.failedTrial(DrugClass.TOPICAL_CORTICOSTEROID,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28))).build(),
        LocalDate.of(2026, 3, 1), AcmeTestPolicy.codes());
    Determination missing = AcmeTestPolicy.policy().evaluate(AcmeTestPolicy.request().build(),
        LocalDate.of(2026, 3, 1), AcmeTestPolicy.codes());
    assertThat(meets.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(missing.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);

    for (Determination d : List.of(meets, missing)) {
      String written = json.writeDetermination(d, false);
      assertThat(written).startsWith("{\"schemaVersion\":\"1\",");
      assertThat(json.readDetermination(written)).isEqualTo(d);
      assertThat(json.readDetermination(json.writeDetermination(d, true))).isEqualTo(d);
      assertThat(json.writeDeterminationBytes(d)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      assertThat(json.writeDetermination(json.readDetermination(written), false)).isEqualTo(written);
    }
    assertThat(json.writeDetermination(meets, false)).contains("\"maximum\":\"P6M\"", "\"endsNoLaterThan\":\"2026-09-01\"");
  }

  @Test
  void the_error_documents_are_valid_apart_from_their_error() {
    CoverageRequest base = json.readRequest(request(""));
    assertThat(base.patient().memberId()).contains(MEMBER_ID);
    assertThat(base.notes()).contains(NOTE);
  }

  // --- errors

  static Stream<Arguments> errors() {
    String lab = ",\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":37.5,\"unit\":\"%s\"},\"date\":\"2025-03-03\"}]";
    return Stream.of(
        Arguments.of("schema version 2", request("").replace("\"schemaVersion\":\"1\"", "\"schemaVersion\":\"2\""),
            JsonInputException.UNSUPPORTED_VERSION, "$.schemaVersion", ""),
        Arguments.of("schema version as a number", request("").replace("\"schemaVersion\":\"1\"", "\"schemaVersion\":1"),
            JsonInputException.UNSUPPORTED_VERSION, "$.schemaVersion", ""),
        Arguments.of("a string for a number", request(",\"skinInvolvement\":{\"bodySurfaceAreaPercent\":\"38.5 percent\"}"),
            JsonInputException.INVALID_VALUE, "$.skinInvolvement.bodySurfaceAreaPercent", "38.5"),
        Arguments.of("a number for an enum", request(",\"urgency\":1"),
            JsonInputException.INVALID_VALUE, "$.urgency", ""),
        Arguments.of("an array for an object", request(",\"skinInvolvement\":[\"" + MEMBER_ID + "\"]"),
            JsonInputException.INVALID_VALUE, "$.skinInvolvement", ""),
        Arguments.of("an object for an array", request(",\"diagnoses\":{\"code\":\"L20.9\"}"),
            JsonInputException.INVALID_VALUE, "$.diagnoses", ""),
        Arguments.of("a boolean for a string", request(",\"policyId\":true"),
            JsonInputException.INVALID_VALUE, "$.policyId", ""),
        Arguments.of("a number for a boolean", request(",\"flares\":[{\"date\":\"2025-02-01\",\"hospitalized\":1}]"),
            JsonInputException.INVALID_VALUE, "$.flares[0].hospitalized", ""),
        Arguments.of("an impossible date", request("1957-02-30", ""),
            JsonInputException.INVALID_VALUE, "$.patient.birthDate", "1957-02-30"),
        Arguments.of("malformed JSON", request("").substring(0, 120),
            JsonInputException.MALFORMED, "$", ""),
        Arguments.of("a trailing token", request("") + " " + MEMBER_ID,
            JsonInputException.MALFORMED, "$", ""),
        Arguments.of("a duplicate key", request(",\"notes\":\"" + NOTE + " again\""),
            JsonInputException.MALFORMED, "$", ""),
        Arguments.of("a duplicate key in a nested object", request(",\"flares\":[{\"date\":\"2025-02-01\",\"date\":\"2025-02-02\"}]"),
            JsonInputException.MALFORMED, "$", "2025-02-0"),
        Arguments.of("not an object", "[\"" + MEMBER_ID + "\"]",
            JsonInputException.INVALID_VALUE, "$", ""),
        Arguments.of("nesting deeper than the limit", nested(CovercritJson.MAX_NESTING_DEPTH + 1),
            JsonInputException.LIMIT_EXCEEDED, "$", ""),
        Arguments.of("a string longer than the limit", request(",\"policyId\":\"" + "MBR-998877".repeat(2001) + "\""),
            JsonInputException.LIMIT_EXCEEDED, "$", ""),
        Arguments.of("a number longer than the limit",
            request(",\"skinInvolvement\":{\"bodySurfaceAreaPercent\":1" + "0".repeat(CovercritJson.MAX_NUMBER_CHARS) + "}"),
            JsonInputException.LIMIT_EXCEEDED, "$", ""),
        Arguments.of("a document longer than the limit",
            request(",\"x\":\"" + "ab".repeat(CovercritJson.MAX_DOCUMENT_CHARS / 2) + "\""),
            JsonInputException.LIMIT_EXCEEDED, "$", ""),
        Arguments.of("an invalid ICD-10-CM code in a list", request(",\"diagnoses\":[{\"code\":\"Q9Z-44718\"}]"),
            JsonInputException.INVALID_VALUE, "$.diagnoses[0].code", "Q9Z-44718"),
        Arguments.of("an invalid code as the second element",
            request(",\"diagnoses\":[{\"code\":\"L20.9\"},{\"code\":\"L20..9\"}]"),
            JsonInputException.INVALID_VALUE, "$.diagnoses[1].code", "L20..9"),
        Arguments.of("an unknown enum value",
            request(",\"therapyTrials\":[{\"drug\":{\"name\":\"t\"},\"outcome\":\"ULTRAVIOLET\"}]"),
            JsonInputException.INVALID_VALUE, "$.therapyTrials[0].outcome", "ULTRAVIOLET"),
        Arguments.of("an unknown unit", request(String.format(lab, "furlongs-4471")),
            JsonInputException.INVALID_VALUE, "$.labResults[0].value.unit", "furlongs-4471"),
        Arguments.of("a unit of another dimension", request(String.format(lab, "/uL")),
            JsonInputException.INVALID_VALUE, "$.labResults[0].value.unit", "37.5"),
        Arguments.of("an unknown field with a secret value", request(",\"memberNumber\":\"" + MEMBER_ID + "\""),
            JsonInputException.UNKNOWN_FIELD, "$", "memberNumber"),
        Arguments.of("a missing required field",
            "{\"patient\":{\"birthDate\":\"" + BIRTH_DATE + "\",\"memberId\":\"" + MEMBER_ID + "\"}}",
            JsonInputException.MISSING_FIELD, "$.requestedDrug", ""),
        Arguments.of("a null required field", request("").replace("{\"name\":\"Testamab\"}", "{\"name\":null}"),
            JsonInputException.MISSING_FIELD, "$.requestedDrug.name", ""),
        Arguments.of("an end before the start",
            request(",\"therapyTrials\":[{\"drug\":{\"name\":\"t\"},\"start\":\"2025-07-19\",\"end\":\"2025-06-03\",\"outcome\":\"FAILED\"}]"),
            JsonInputException.INVALID_VALUE, "$.therapyTrials[0].end", "2025-0"),
        Arguments.of("a member id that is too long",
            request("").replace(MEMBER_ID, MEMBER_ID.repeat(7)),
            JsonInputException.INVALID_VALUE, "$.patient.memberId", ""),
        Arguments.of("a daily dose that is not a mass per day",
            request(",\"therapyTrials\":[{\"drug\":{\"name\":\"t\"},\"outcome\":\"FAILED\",\"dailyDose\":{\"value\":17.5,\"unit\":\"mg\"}}]"),
            JsonInputException.INVALID_VALUE, "$.therapyTrials[0].dailyDose.unit", "17.5"),
        Arguments.of("days per week above 7",
            request(",\"clinicalFindings\":[{\"kind\":\"HIVES\",\"daysPerWeek\":9}]"),
            JsonInputException.INVALID_VALUE, "$.clinicalFindings[0].daysPerWeek", ""),
        Arguments.of("a count given as a decimal",
            request(",\"clinicalFindings\":[{\"kind\":\"NODULAR_LESIONS\",\"count\":23.5}]"),
            JsonInputException.INVALID_VALUE, "$.clinicalFindings[0].count", "23.5"),
        Arguments.of("an invalid NPI", request("").replace(NPI, "1234567890"),
            JsonInputException.INVALID_VALUE, "$.prescriber.npi", "1234567890"),
        Arguments.of("an invalid request id", request("").replace(REQUEST_ID, "REQ 5550142"),
            JsonInputException.INVALID_VALUE, "$.requestId", "5550142"),
        Arguments.of("a BSA above 100", request(",\"skinInvolvement\":{\"bodySurfaceAreaPercent\":143.75}"),
            JsonInputException.INVALID_VALUE, "$.skinInvolvement.bodySurfaceAreaPercent", "143.75"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void an_error_names_its_path_and_code_and_repeats_no_input_value(
      String problem, String document, String code, String path, String secret) {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest(document));
    assertThat(e).as(problem).isNotNull();
    assertThat(e.errorCode()).as(problem).isEqualTo(code);
    assertThat(e.path()).as(problem).isEqualTo(path);
    assertThat(e.getMessage()).isEqualTo(path + ": " + e.problem());
    assertThat(e.getCause()).as("no Jackson message travels with the exception").isNull();
    List<String> forbidden = new ArrayList<>(SECRETS);
    if (!secret.isEmpty()) {
      forbidden.add(secret);
    }
    for (String value : forbidden) {
      assertThat(e.getMessage()).as(problem).doesNotContain(value);
      assertThat(String.valueOf(e)).doesNotContain(value);
    }
  }

  @Test
  void an_unknown_enum_value_lists_the_allowed_ones() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest(
        request(",\"urgency\":\"WHENEVER\"")));
    assertThat(e.path()).isEqualTo("$.urgency");
    assertThat(e.problem()).isEqualTo("expected one of [STANDARD, EXPEDITED]");
  }

  @Test
  void an_invalid_code_says_what_a_code_looks_like() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest(request(",\"diagnoses\":[{\"code\":\"209.1\"}]")));
    assertThat(e.problem()).contains("starts with a letter");
  }

  @Test
  void nesting_up_to_the_limit_is_read_and_one_level_more_is_rejected() {
    JsonInputException atLimit = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest(nested(CovercritJson.MAX_NESTING_DEPTH)));
    assertThat(atLimit.errorCode()).isEqualTo(JsonInputException.UNKNOWN_FIELD);
    JsonInputException beyond = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest(nested(CovercritJson.MAX_NESTING_DEPTH + 1)));
    assertThat(beyond.errorCode()).isEqualTo(JsonInputException.LIMIT_EXCEEDED);
  }

  @Test
  void a_string_up_to_the_limit_is_read_and_one_character_more_is_rejected() {
    JsonInputException atLimit = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest(request("").replace(NOTE, "n".repeat(CovercritJson.MAX_STRING_CHARS))));
    assertThat(atLimit.errorCode()).isEqualTo(JsonInputException.INVALID_VALUE);
    assertThat(atLimit.path()).isEqualTo("$.notes");
    JsonInputException beyond = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest(request("").replace(NOTE, "n".repeat(CovercritJson.MAX_STRING_CHARS + 1))));
    assertThat(beyond.errorCode()).isEqualTo(JsonInputException.LIMIT_EXCEEDED);
  }

  @Test
  void no_document_is_malformed() {
    assertThat(catchThrowableOfType(JsonInputException.class, () -> json.readRequest((String) null)).errorCode())
        .isEqualTo(JsonInputException.MALFORMED);
    assertThat(catchThrowableOfType(JsonInputException.class, () -> json.readRequest("")).path()).isEqualTo("$");
  }

  @Test
  void a_second_value_after_the_document_is_malformed() {
    for (String trailing : List.of(" {}", " 1", " \"" + MEMBER_ID + "\"")) {
      JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest(request("") + trailing));
      assertThat(e.errorCode()).as(trailing).isEqualTo(JsonInputException.MALFORMED);
      assertThat(e.getMessage()).doesNotContain(MEMBER_ID);
    }
  }

  @Test
  void a_magnitude_error_names_the_value_inside_the_quantity() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest(request(
        ",\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":4000000000000,\"unit\":\"mg/L\"},\"date\":\"2025-03-03\"}]")));
    assertThat(e.path()).isEqualTo("$.labResults[0].value.value");
  }

  @Test
  void a_code_given_as_a_number_asks_for_a_string() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest(request(",\"diagnoses\":[{\"code\":209}]")));
    assertThat(e.path()).isEqualTo("$.diagnoses[0].code");
    assertThat(e.problem()).contains("string");
  }

  @Test
  void the_written_form_lists_absent_optionals_as_omitted_and_empty_lists_as_empty() throws Exception {
    String written = json.writeRequest(json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{}}"), false);
    JsonNode tree = new ObjectMapper().readTree(written);
    assertThat(tree.has("requestId")).isFalse();
    assertThat(tree.get("diagnoses").isArray()).isTrue();
    assertThat(tree.get("diagnoses")).isEmpty();
    Iterator<String> names = tree.fieldNames();
    assertThat(names.next()).isEqualTo("schemaVersion");
  }
}
