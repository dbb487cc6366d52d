package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.internal.JacksonSupport;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each documented input limit at its boundary: a document exactly at the limit gets past it (it
 * is read, or fails on its content), one character, digit or level more fails with
 * {@link JsonInputException#LIMIT_EXCEEDED} or the model's rule, naming the path.
 */
class JsonLimitsTest {
  private static final CovercritJson JSON = CovercritJson.create();

  private static final String MINIMAL = "{\"requestedDrug\":{\"name\":\"Opzelura\"},\"patient\":{}";

  static String request(String extraMembers) {
    return MINIMAL + "," + extraMembers + "}";
  }

  static String bsa(String number) {
    return request("\"skinInvolvement\":{\"bodySurfaceAreaPercent\":" + number + "}");
  }

  static String labValue(String number) {
    return request("\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":" + number
        + ",\"unit\":\"mg/L\"},\"date\":\"2026-01-01\"}]");
  }

  private static String diagnoses(int count) {
    return request("\"diagnoses\":[" + String.join(",", java.util.Collections.nCopies(count, "{\"code\":\"L20.9\"}")) + "]");
  }

  /** {@code MINIMAL} padded with whitespace to exactly {@code length} characters. */
  private static String documentOfLength(int length) {
    String end = "}";
    return MINIMAL + " ".repeat(length - MINIMAL.length() - end.length()) + end;
  }

  /** An unknown member whose value is {@code depth - 1} nested arrays, so the document is {@code depth} deep. */
  private static String nestedTo(int depth) {
    return request("\"x\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1));
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        // name, document at the limit, its outcome ("read" or "code path"), document over the limit, its outcome
        Arguments.of("document length " + CovercritJson.MAX_DOCUMENT_CHARS,
            documentOfLength(CovercritJson.MAX_DOCUMENT_CHARS), "read",
            documentOfLength(CovercritJson.MAX_DOCUMENT_CHARS + 1), "CC-JSON-006 $"),
        Arguments.of("nesting depth " + CovercritJson.MAX_NESTING_DEPTH,
            nestedTo(CovercritJson.MAX_NESTING_DEPTH), "CC-JSON-002 $",
            nestedTo(CovercritJson.MAX_NESTING_DEPTH + 1), "CC-JSON-006 $"),
        Arguments.of("string length " + CovercritJson.MAX_STRING_CHARS + " (notes allow fewer)",
            request("\"notes\":\"" + "n".repeat(CovercritJson.MAX_STRING_CHARS) + "\""), "CC-JSON-003 $.notes",
            request("\"notes\":\"" + "n".repeat(CovercritJson.MAX_STRING_CHARS + 1) + "\""), "CC-JSON-006 $"),
        Arguments.of("notes 10000",
            request("\"notes\":\"" + "n".repeat(10_000) + "\""), "read",
            request("\"notes\":\"" + "n".repeat(10_001) + "\""), "CC-JSON-003 $.notes"),
        Arguments.of("digits per number " + CovercritJson.MAX_NUMBER_CHARS,
            bsa("0." + "1".repeat(CovercritJson.MAX_NUMBER_CHARS)), "read",
            bsa("0." + "1".repeat(CovercritJson.MAX_NUMBER_CHARS + 1)), "CC-JSON-006 $"),
        Arguments.of("digits per integer " + CovercritJson.MAX_NUMBER_CHARS + " (lab values allow fewer)",
            labValue("1".repeat(CovercritJson.MAX_NUMBER_CHARS)), "CC-JSON-003 $.labResults[0].value.value",
            labValue("1".repeat(CovercritJson.MAX_NUMBER_CHARS + 1)), "CC-JSON-006 $"),
        Arguments.of("field name length 200",
            request("\"" + "k".repeat(200) + "\":1"), "CC-JSON-002 $",
            // Jackson before 2.16 has no name limit: the long name is just an unknown field there.
            request("\"" + "k".repeat(201) + "\":1"), JacksonSupport.HAS_DOCUMENT_AND_NAME_LIMITS ? "CC-JSON-006 $" : "CC-JSON-002 $"),
        Arguments.of("entries per list 200",
            diagnoses(200), "read",
            diagnoses(201), "CC-JSON-003 $.diagnoses"),
        Arguments.of("decimal places 50",
            bsa("1e-50"), "read",
            bsa("1e-51"), "CC-JSON-003 $.skinInvolvement.bodySurfaceAreaPercent"),
        // Without the limit, 1E-999999999 was read and then could not be written back.
        Arguments.of("decimal places 50 (tumor size)",
            request("\"tumorStaging\":{\"primaryTumorSizeCm\":1e-50}"), "read",
            request("\"tumorStaging\":{\"primaryTumorSizeCm\":1E-999999999}"),
            "CC-JSON-003 $.tumorStaging.primaryTumorSizeCm"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void the_limit_passes_and_one_more_is_a_typed_error_naming_the_path(String limit, String atLimit, String atLimitOutcome,
      String overLimit, String overLimitOutcome) {
    assertThat(outcome(atLimit)).as("at the limit").isEqualTo(atLimitOutcome);
    assertThat(outcome(overLimit)).as("over the limit").isEqualTo(overLimitOutcome);
    assertThat(outcome(() -> JSON.readRequest(overLimit.getBytes(StandardCharsets.UTF_8)))).as("over the limit, as bytes")
        .isEqualTo(overLimitOutcome);
  }

  @Test
  void the_documented_limits_have_the_documented_values() {
    assertThat(CovercritJson.MAX_DOCUMENT_CHARS).isEqualTo(1_000_000);
    assertThat(CovercritJson.MAX_NESTING_DEPTH).isEqualTo(32);
    assertThat(CovercritJson.MAX_STRING_CHARS).isEqualTo(20_000);
    assertThat(CovercritJson.MAX_NUMBER_CHARS).isEqualTo(50);
  }

  private static String outcome(String document) {
    return outcome(() -> JSON.readRequest(document));
  }

  private static String outcome(Runnable read) {
    try {
      read.run();
      return "read";
    } catch (JsonInputException e) {
      return e.errorCode() + " " + e.path();
    }
  }
}
