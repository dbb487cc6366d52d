package io.covercrit.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.JsonInputException;
import io.covercrit.core.model.CoverageRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesBatchTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  private static final CovercritJson JSON = CovercritJson.create();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static String goodLine(String requestId) throws IOException {
    CoverageRequest sample = JSON.readRequest(Files.readString(Path.of("requests", "opzelura-ad-approvable.json")));
    return JSON.writeRequest(CoverageRequest.builder().from(sample).requestId(requestId).build(), false);
  }

  private static List<String> run(JsonLinesBatch batch, byte[] input) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLinesBatch.Summary summary = batch.run(new ByteArrayInputStream(input), bytes, JsonLinesBatch.Progress.none());
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = out.isEmpty() ? List.of() : List.of(out.split("\n", -1));
    // Every line ends with \n: the split leaves one empty string after the last.
    assertThat(lines.isEmpty() || lines.get(lines.size() - 1).isEmpty()).isTrue();
    List<String> written = lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
    assertThat(summary.lines()).isEqualTo(written.size());
    return written;
  }

  @ParameterizedTest(name = "{0} threads, {1} lines in flight")
  @CsvSource({"1, 1", "4, 1", "4, 3", "3, 64"})
  void output_order_is_input_order_whatever_the_threads_and_window(int threads, int inFlight) throws Exception {
    String line = goodLine("placeholder");
    StringBuilder input = new StringBuilder();
    int n = 300;
    for (int i = 0; i < n; i++) {
      // Every seventh line is broken, so error records and determinations interleave.
      input.append(i % 7 == 3 ? "{\"broken\"" : line.replace("placeholder", "r-" + i)).append('\n');
    }
    JsonLinesBatch batch = JsonLinesBatch.builder(REGISTRY, TODAY).threads(threads).inFlight(inFlight).build();

    List<String> written = run(batch, input.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(written).hasSize(n);
    for (int i = 0; i < n; i++) {
      if (i % 7 == 3) {
        assertThat(written.get(i)).startsWith("{\"line\":" + (i + 1) + ",\"error\":{\"code\":\"CC-JSON-001\"");
      } else {
        assertThat(JSON.readDetermination(written.get(i)).requestId()).contains("r-" + i);
      }
    }
  }

  /** Every sample request, one per line, each with its own id; then a broken line and a blank one. */
  private static List<String> samplesWithBadLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (var samples = Files.list(Path.of("requests"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().collect(java.util.stream.Collectors.toList())) {
        lines.add(JSON.writeRequest(JSON.readRequest(Files.readString(sample)), false));
      }
    }
    lines.add(2, "{\"policyId\": \"cigna/IP0369\", oops");
    lines.add(5, "  ");
    return lines;
  }

  private static byte[] utf8Lines(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} threads, {1} lines in flight")
  @CsvSource({"1, 1", "4, 2", "3, 64"})
  void the_decision_form_keeps_the_order_and_the_error_records_and_agrees_with_the_full_form(int threads, int inFlight)
      throws Exception {
    List<String> input = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      input.addAll(samplesWithBadLines());
    }
    byte[] bytes = utf8Lines(input);
    JsonLinesBatch.Builder builder = JsonLinesBatch.builder(REGISTRY, TODAY).threads(threads).inFlight(inFlight);

    List<String> full = run(builder.build(), bytes);
    List<String> decisions = run(builder.output(JsonLinesBatch.OutputForm.DECISION).build(), bytes);

    assertThat(decisions).hasSameSizeAs(input).hasSameSizeAs(full);
    ObjectMapper tree = new ObjectMapper();
    int errors = 0;
    for (int i = 0; i < input.size(); i++) {
      if (full.get(i).startsWith("{\"line\":")) {
        // Error records do not depend on the form.
        assertThat(decisions.get(i)).isEqualTo(full.get(i)).startsWith("{\"line\":" + (i + 1) + ",");
        errors++;
        continue;
      }
      Determination d = JSON.readDetermination(full.get(i));
      JsonNode decision = tree.readTree(decisions.get(i));
      assertThat(decision.get("form").asText()).isEqualTo("decision");
      assertThat(decision.get("requestId").asText()).isEqualTo(d.requestId().orElseThrow());
      assertThat(decision.get("outcome").asText()).isEqualTo(d.outcome().name());
      assertThat(decision.get("summary").asText()).isEqualTo(d.summary());
      assertThat(decision.get("asOf").asText()).isEqualTo(d.asOf().toString());
      // The same record the evaluation gives on its own: the batch adds nothing and loses nothing.
      CoverageRequest request = JSON.readRequest(input.get(i));
      assertThat(decisions.get(i)).isEqualTo(new String(DecisionRecord.of(
          REGISTRY.evaluate(request, request.requestDate().orElse(TODAY))).toJsonBytes(), StandardCharsets.UTF_8));
    }
    assertThat(errors).isEqualTo(10);
  }

  @Test
  void the_full_form_is_the_default_and_writes_what_covercrit_json_writes() throws Exception {
    List<String> input = samplesWithBadLines();
    byte[] bytes = utf8Lines(input);

    List<String> byDefault = run(JsonLinesBatch.builder(REGISTRY, TODAY).threads(2).build(), bytes);
    List<String> full = run(JsonLinesBatch.builder(REGISTRY, TODAY).threads(2).output(JsonLinesBatch.OutputForm.FULL).build(), bytes);

    assertThat(full).isEqualTo(byDefault);
    for (int i = 0; i < input.size(); i++) {
      if (i == 2 || i == 5) {
        assertThat(full.get(i)).startsWith("{\"line\":" + (i + 1) + ",\"error\":");
      } else {
        CoverageRequest request = JSON.readRequest(input.get(i));
        assertThat(full.get(i)).isEqualTo(JSON.writeDetermination(REGISTRY.evaluate(request, request.requestDate().orElse(TODAY)), false));
      }
    }
  }

  @Test
  void crlf_line_ends_a_byte_order_mark_and_a_missing_final_newline_are_accepted() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write(bom);
    input.write((goodLine("r-1") + "\r\n" + goodLine("r-2")).getBytes(StandardCharsets.UTF_8));

    List<String> written = run(JsonLinesBatch.builder(REGISTRY, TODAY).threads(2).build(), input.toByteArray());

    assertThat(written).hasSize(2);
    assertThat(JSON.readDetermination(written.get(0)).requestId()).contains("r-1");
    assertThat(JSON.readDetermination(written.get(1)).requestId()).contains("r-2");
  }

  /**
   * A host that splits the input itself (the Spark job) gets from evaluateRecord the line run()
   * writes, at the limits: a line of exactly the limit, the limit plus a \r that is dropped, one
   * byte over, a byte order mark on line 1 that tips it over, a second mark, CR inside a line.
   */
  @Test
  void evaluate_record_gives_the_line_run_writes_at_every_limit() throws Exception {
    int max = JsonLinesBatch.MAX_LINE_BYTES;
    String bom = "\uFEFF";
    String padded = "{\"requestId\":\"" + "x".repeat(max - 16) + "\"}";
    assertThat(padded.length()).isEqualTo(max);
    for (String first : List.of(bom + padded.substring(2), bom + padded.substring(3), bom + bom + goodLine("r-1"),
        bom + goodLine("r-1"), padded)) {
      List<String> lines = List.of(first, padded, padded + "\r", padded + "x", "x" + padded + "\r",
          goodLine("r-2") + "\r" + goodLine("r-3"), "", goodLine("r-4") + "\r");
      JsonLinesBatch batch = JsonLinesBatch.builder(REGISTRY, TODAY).build();
      List<String> written = run(batch, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      assertThat(written).hasSize(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        byte[] record = lines.get(i).getBytes(StandardCharsets.UTF_8);
        byte[] padding = new byte[record.length + 5]; // the record need not fill its array
        System.arraycopy(record, 0, padding, 0, record.length);
        assertThat(new String(batch.evaluateRecord(i + 1, padding, record.length).json(), StandardCharsets.UTF_8))
            .as("line %d", i + 1).isEqualTo(written.get(i));
      }
      // Lines of the limit reach the JSON reader (whose string limit they break); one byte more does not.
      String overTheLineLimit = "document longer than " + max + " bytes";
      assertThat(written.get(1)).as("the limit").doesNotContain(overTheLineLimit);
      assertThat(written.get(2)).as("the limit plus a dropped CR").doesNotContain(overTheLineLimit);
      assertThat(written.get(3)).as("one byte over").contains(JsonInputException.LIMIT_EXCEEDED, overTheLineLimit);
      assertThat(written.get(4)).as("one byte over, then a CR").contains(overTheLineLimit);
    }
  }

  @Test
  void empty_input_gives_empty_output() throws Exception {
    assertThat(run(JsonLinesBatch.builder(REGISTRY, TODAY).build(), new byte[0])).isEmpty();
  }

  @Test
  void a_line_over_the_limit_is_skipped_whole_and_reported_without_holding_it() throws Exception {
    String good = goodLine("r-1");
    String huge = "{\"notes\":\"" + "a".repeat(JsonLinesBatch.MAX_LINE_BYTES) + "\"}";
    byte[] input = (good + "\n" + huge + "\n" + goodLine("r-3") + "\n").getBytes(StandardCharsets.UTF_8);

    List<String> written = run(JsonLinesBatch.builder(REGISTRY, TODAY).threads(2).build(), input);

    assertThat(written).hasSize(3);
    assertThat(written.get(1)).isEqualTo("{\"line\":2,\"error\":{\"code\":\"CC-JSON-006\",\"path\":\"$\","
        + "\"problem\":\"document longer than " + JsonLinesBatch.MAX_LINE_BYTES + " bytes\"}}");
    assertThat(JSON.readDetermination(written.get(2)).requestId()).contains("r-3");
  }

  @Test
  void bytes_that_are_not_utf8_are_an_error_for_their_line_only() throws Exception {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write((goodLine("r-1") + "\n").getBytes(StandardCharsets.UTF_8));
    input.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    input.write((goodLine("r-3") + "\n").getBytes(StandardCharsets.UTF_8));

    List<String> written = run(JsonLinesBatch.builder(REGISTRY, TODAY).build(), input.toByteArray());

    assertThat(written.get(1)).isEqualTo("{\"line\":2,\"error\":{\"code\":\"CC-JSON-001\",\"path\":\"$\",\"problem\":\"not valid UTF-8 text\"}}");
    assertThat(JSON.readDetermination(written.get(2)).requestId()).contains("r-3");
  }

  @Test
  void progress_is_reported_once_per_line_written_with_the_bytes_read() throws Exception {
    byte[] input = (goodLine("r-1") + "\n{\n" + goodLine("r-3") + "\n").getBytes(StandardCharsets.UTF_8);
    List<long[]> updates = new ArrayList<>();

    JsonLinesBatch.builder(REGISTRY, TODAY).threads(2).build()
        .run(new ByteArrayInputStream(input), new ByteArrayOutputStream(), (lines, errors, bytes) -> updates.add(new long[] {lines, errors, bytes}));

    assertThat(updates).hasSize(3);
    assertThat(updates.get(2)).containsExactly(3, 1, input.length);
  }
}
