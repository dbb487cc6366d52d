package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures the property and leak tests found in the JSON reader, kept as examples. */
class JsonPropertyFindingsTest {
  private static final CovercritJson JSON = CovercritJson.create();

  /** Found by the property tests: a short number whose plain form is a billion characters long. */
  @ParameterizedTest
  @MethodSource("tinyAndHugeScales")
  void a_number_with_an_extreme_scale_is_rejected_by_the_model_rule(String document, String path) {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> JSON.readRequest(document));
    assertThat(e.errorCode()).isEqualTo(JsonInputException.INVALID_VALUE);
    assertThat(e.path()).isEqualTo(path);
  }

  static Stream<Arguments> tinyAndHugeScales() {
    return Stream.of(
        Arguments.of(JsonLimitsTest.bsa("1e-999999999"), "$.skinInvolvement.bodySurfaceAreaPercent"),
        Arguments.of(JsonLimitsTest.bsa("0e-999999999"), "$.skinInvolvement.bodySurfaceAreaPercent"),
        Arguments.of(JsonLimitsTest.bsa("0e999999999"), "$.skinInvolvement.bodySurfaceAreaPercent"),
        Arguments.of(JsonLimitsTest.labValue("1e-999999999"), "$.labResults[0].value.value"),
        Arguments.of(JsonLimitsTest.labValue("0e51"), "$.labResults[0].value.value"));
  }

  /** Found by the property tests: Jackson's decimal parser threw NumberFormatException past the reader. */
  @ParameterizedTest
  @MethodSource("exponentsBeyondTheIntRange")
  void an_exponent_beyond_the_int_range_is_a_limit_error(String number) {
    assertThatThrownBy(() -> JSON.readRequest(JsonLimitsTest.bsa(number)))
        .isInstanceOfSatisfying(JsonInputException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(JsonInputException.LIMIT_EXCEEDED);
          assertThat(e.path()).isEqualTo("$");
        });
  }

  static Stream<String> exponentsBeyondTheIntRange() {
    return Stream.of("1e-11111111111", "1e-2147483648", "1e2147483648", "1e99999999999");
  }

  /** Found by the leak test's damaged documents: a date-time was read as its date, the time dropped. */
  @ParameterizedTest
  @ValueSource(strings = {"1961-07-13T00:00", "1961-07-13T23:30:00Z", "1961-07-13T23:30:00-05:00", "", " "})
  void a_date_is_a_calendar_date_and_nothing_else(String text) {
    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> JSON.readRequest(JsonLimitsTest.request("\"requestDate\":\"" + text + "\"")));
    assertThat(e.errorCode()).isEqualTo(JsonInputException.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.requestDate");
    assertThat(JSON.readRequest(JsonLimitsTest.request("\"requestDate\":\"1961-07-13\"")).requestDate()).hasValueSatisfying(
        date -> assertThat(date).hasToString("1961-07-13"));
  }

  /** A null inside a list or set was reported at the enclosing object ({@code $} for a top-level list). */
  @ParameterizedTest
  @MethodSource("nullElements")
  void a_null_element_names_its_list(String members, String path) {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> JSON.readRequest(JsonLimitsTest.request(members)));
    assertThat(e.errorCode()).isEqualTo(JsonInputException.MISSING_FIELD);
    assertThat(e.path()).isEqualTo(path);
  }

  static Stream<Arguments> nullElements() {
    return Stream.of(
        Arguments.of("\"diagnoses\":[null]", "$.diagnoses"),
        Arguments.of("\"concurrentMedications\":[{\"name\":\"x\"},null]", "$.concurrentMedications"),
        Arguments.of("\"skinInvolvement\":{\"sites\":[null]}", "$.skinInvolvement.sites"),
        Arguments.of("\"prescriber\":{\"specialties\":[\"DERMATOLOGY\",null]}", "$.prescriber.specialties"));
  }
}
