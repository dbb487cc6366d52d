package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.covercrit.core.logcapture.CapturedLogs;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import io.covercrit.core.model.PatientDataSentinels;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The JSON reader never crashes its host: a document either becomes a valid request or fails
 * with a {@link JsonInputException} whose path starts at {@code $}, whatever the damage, and no
 * error message or log line repeats a value from the document.
 *
 * <p>Tries per property: {@code jqwik.tries.default} in {@code junit-platform.properties};
 * raise it with {@code -Djqwik.tries.default=100000} for a long fuzzing run.
 */
class JsonReaderPropertyTest {
  private static final CovercritJson JSON = CovercritJson.create();

  private static final Set<String> ERROR_CODES = Set.of(JsonInputException.MALFORMED,
      JsonInputException.UNKNOWN_FIELD, JsonInputException.INVALID_VALUE, JsonInputException.MISSING_FIELD,
      JsonInputException.UNSUPPORTED_VERSION, JsonInputException.LIMIT_EXCEEDED);

  @Property
  void a_written_request_reads_back_equal_and_writes_the_same_bytes(@ForAll("cases") RequestCase c) {
    for (boolean pretty : new boolean[] {false, true}) {
      String written = JSON.writeRequest(c.request(), pretty);
      CoverageRequest read = JSON.readRequest(written);
      assertThat(read).isEqualTo(c.request());
      assertThat(JSON.writeRequest(read, pretty)).isEqualTo(written);
      assertThat(JSON.readRequest(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(c.request());
    }
  }

  @Property
  void a_damaged_request_document_reads_as_a_valid_request_or_fails_with_a_typed_error(
      @ForAll("markedDocuments") String document, @ForAll HostileJson.Mutation mutation, @ForAll Random random) {
    String damaged = HostileJson.mutate(document, mutation, random);
    String outcome = readsOrFailsTyped(() -> JSON.readRequest(damaged));
    Statistics.label("mutation").collect(mutation);
    Statistics.label("outcome").collect(outcome);
  }

  @Property
  void a_document_with_flipped_bytes_reads_as_a_valid_request_or_fails_with_a_typed_error(
      @ForAll("markedDocuments") String document, @ForAll Random random) {
    byte[] flipped = HostileJson.flipBytes(document, 1 + random.nextInt(3), random);
    Statistics.label("outcome").collect(readsOrFailsTyped(() -> JSON.readRequest(flipped)));
  }

  @Property
  void any_json_value_reads_as_a_valid_request_or_fails_with_a_typed_error(@ForAll("anyJson") String document) {
    Statistics.label("outcome").collect(readsOrFailsTyped(() -> JSON.readRequest(document)));
  }

  @Property
  void any_text_reads_as_a_valid_request_or_fails_with_a_typed_error(@ForAll String text) {
    readsOrFailsTyped(() -> JSON.readRequest(text));
  }

  /**
   * Reads; on success the request must also write and read back to the same text (a request
   * that cannot be written would crash the host later). On failure the error must be typed, name
   * a path from {@code $} and carry no sentinel. Returns the outcome for the statistics.
   */
  static String readsOrFailsTyped(Supplier<CoverageRequest> read) {
    try (CapturedLogs.Recording logs = CapturedLogs.start()) {
      String outcome;
      try {
        CoverageRequest request = read.get();
        String written = JSON.writeRequest(request, false);
        assertThat(JSON.writeRequest(JSON.readRequest(written), false)).isEqualTo(written);
        outcome = "read";
      } catch (JsonInputException e) {
        assertTyped(e);
        outcome = e.errorCode();
      } catch (AssertionError e) {
        throw e;
      } catch (Throwable e) {
        // Includes NullPointerException, IllegalArgumentException, StackOverflowError, OutOfMemoryError.
        throw new AssertionError("untyped failure " + e.getClass().getName(), e);
      }
      assertThat(logs.events())
          .allSatisfy(event -> assertThat(PatientDataSentinels.foundIn(event.text())).as(event.text()).isEmpty());
      return outcome;
    }
  }

  static void assertTyped(JsonInputException e) {
    assertThat(e.errorCode()).isIn(ERROR_CODES);
    assertThat(e.path()).isNotEmpty().startsWith("$");
    assertThat(e.path().length() == 1 || e.path().charAt(1) == '.' || e.path().charAt(1) == '[')
        .as("path %s continues with a member or an index", e.path()).isTrue();
    assertThat(e.problem()).isNotBlank();
    assertThat(e.getCause()).isNull();
    for (String text : new String[] {e.getMessage(), e.path(), e.problem(), e.toString()}) {
      if (!PatientDataSentinels.foundIn(text).isEmpty()) {
        fail("error text repeats patient data %s: %s", PatientDataSentinels.foundIn(text), text);
      }
    }
  }

  @Provide
  Arbitrary<RequestCase> cases() {
    return CoverageRequestArbitraries.cases();
  }

  @Provide
  Arbitrary<String> markedDocuments() {
    return HostileJson.markedDocuments();
  }

  @Provide
  Arbitrary<String> anyJson() {
    return HostileJson.anyJson();
  }
}
