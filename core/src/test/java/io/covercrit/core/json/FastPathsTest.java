package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.AcmeTestPolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DrugClass;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortcuts of {@link FastPaths} and the direct request binding change costs, never results. */
class FastPathsTest {
  private final CovercritJson json = CovercritJson.create();

  private static final String MINIMAL = "\"requestedDrug\":{\"name\":\"Testamab\"},\"patient\":{}";

  private static String withBirthDate(String birthDate) {
    return "{\"requestedDrug\":{\"name\":\"Testamab\"},\"patient\":{\"birthDate\":" + birthDate + "}}";
  }

  static Stream<Arguments> validDates() {
    return Stream.of(
        Arguments.of("\"1957-08-14\"", LocalDate.of(1957, 8, 14)),
        Arguments.of("\"2000-02-29\"", LocalDate.of(2000, 2, 29)),
        Arguments.of("\"1999-12-31\"", LocalDate.of(1999, 12, 31)),
        // Not the canonical 10 characters: the JavaTimeModule deserializer reads these, as before.
        Arguments.of("\" 1957-08-14 \"", LocalDate.of(1957, 8, 14)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDates")
  void a_date_is_read_to_the_same_value_whichever_path_reads_it(String date, LocalDate expected) {
    assertThat(json.readRequest(withBirthDate(date)).patient().birthDate()).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDates")
  void an_impossible_or_misspelt_date_is_the_standard_error_at_its_path(String date) {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest(withBirthDate(date)));
    assertThat(e.path()).isEqualTo("$.patient.birthDate");
    assertThat(e.errorCode()).isEqualTo(JsonInputException.INVALID_VALUE);
  }

  static Stream<String> invalidDates() {
    return Stream.of("\"1957-02-30\"", "\"1957-13-01\"", "\"1957-00-10\"", "\"1957-1-140\"", "\"19570814xx\"", "\"1957/08/14\"",
        // A date-time is not silently cut to its date (the strict reader rejects it on either path).
        "\"1957-08-14T10:15:30\"");
  }

  @Test
  void a_schema_version_is_accepted_at_the_root_only() {
    CoverageRequest request = json.readRequest("{\"schemaVersion\":\"1\"," + MINIMAL + "}");
    assertThat(request.requestedDrug().name()).isEqualTo("Testamab");

    JsonInputException nested = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest("{\"patient\":{},\"requestedDrug\":{\"name\":\"Testamab\",\"schemaVersion\":\"1\"}}"));
    assertThat(nested.errorCode()).isEqualTo(JsonInputException.UNKNOWN_FIELD);
    assertThat(nested.path()).isEqualTo("$.requestedDrug");
    assertThat(nested.problem()).isEqualTo("unknown field (member 2 of the object)");

    // The version is checked before the rest of the document, wherever it stands.
    JsonInputException late = catchThrowableOfType(JsonInputException.class,
        () -> json.readRequest("{\"unknown\":1," + MINIMAL + ",\"schemaVersion\":\"2\"}"));
    assertThat(late.errorCode()).isEqualTo(JsonInputException.UNSUPPORTED_VERSION);
    assertThat(json.readRequest(("{" + MINIMAL + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .requestedDrug().name()).isEqualTo("Testamab");
  }

  @Test
  void null_is_not_an_object() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest("null"));
    assertThat(e.errorCode()).isEqualTo(JsonInputException.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$");
  }

  @Test
  void values_rendered_once_are_written_as_the_pretty_form_says_every_time() throws Exception {
    Determination meets = AcmeTestPolicy.policy().evaluate(AcmeTestPolicy.request().addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(AcmeTestPolicy.failedTrial(DrugClass.TOPICAL_CORTICOSTEROID,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28))).build(),
        LocalDate.of(2026, 3, 1), AcmeTestPolicy.codes());
    Determination missing = AcmeTestPolicy.policy().evaluate(AcmeTestPolicy.request().build(),
        LocalDate.of(2026, 3, 1), AcmeTestPolicy.codes());
    ObjectMapper plain = new ObjectMapper();
    for (Determination d : List.of(meets, missing, meets, missing)) {
      // Pretty output never uses the rendered fragments: it is the reference.
      JsonNode reference = plain.readTree(json.writeDetermination(d, true));
      String compact = json.writeDetermination(d, false);
      assertThat(plain.readTree(compact)).isEqualTo(reference);
      assertThat(plain.writeValueAsString(reference)).isEqualTo(compact);
      assertThat(json.writeDetermination(d, false)).isEqualTo(compact);
    }
    assertThat(json.writeDetermination(meets, false)).isNotEqualTo(json.writeDetermination(missing, false));
  }
}
