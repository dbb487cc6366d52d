package io.covercrit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.examples.batch.JsonLinesBatch.OutputForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's output equals {@code covercrit batch}'s on the same input, byte for byte per line:
 * in the decision form and the full form, read back from Parquet and as JSON Lines files.
 */
class SparkBatchMatchesCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int LINES = 3_000;

  @TempDir
  static Path dir;
  static Path input;
  static SparkSession spark;

  @BeforeAll
  static void generate() throws IOException {
    input = dir.resolve("requests.jsonl");
    Files.write(input, RequestLines.generate(LINES));
    spark = TestSpark.session();
  }

  @Test
  void the_input_is_many_partitions_and_every_kind_of_line() {
    Dataset<Row> run = SparkBatch.evaluate(spark, input.toString(), JobSettings.decisions(CliOutput.TODAY));
    assertThat(run.rdd().getNumPartitions()).as("partitions").isGreaterThan(20);
    List<Row> results = RunSummary.byOutcome(run).collectAsList();
    assertThat(results).extracting(r -> r.getString(0)).contains(
        "MEETS_CRITERIA", "DOES_NOT_MEET_CRITERIA", "NOT_COVERED", "NEEDS_DOCUMENTATION",
        "ERROR CC-JSON-001", "ERROR CC-BATCH-001", "ERROR CC-JSON-003", "ERROR CC-POLICY-001", "ERROR CC-JSON-006");
  }

  @Test
  void decision_rows_equal_the_cli_lines_byte_for_byte() {
    List<byte[]> expected = CliOutput.lines(CliOutput.batch(input, dir, "--output", "decision"));
    assertThat(expected).hasSize(LINES);
    Dataset<Row> run = SparkBatch.evaluate(spark, input.toString(), JobSettings.decisions(CliOutput.TODAY));
    assertRowsEqual(run.orderBy("line").collectAsList(), expected);
  }

  /**
   * Hadoop's line reader drops a byte order mark from line 1 before the job sees it: the job puts
   * it back, so that the mark counts towards the line limit and a second mark is kept, as
   * covercrit batch does. Lines at the limit, with a CR, and one byte over, cross many splits.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a mark tipping line 1 over the limit", "a mark within the limit", "two marks", "no mark"})
  void byte_order_marks_and_line_limits_give_the_cli_lines(String firstLine) throws IOException {
    int max = io.covercrit.examples.batch.JsonLinesBatch.MAX_LINE_BYTES;
    String padded = "{\"requestId\":\"" + "x".repeat(max - 16) + "\"}";
    String request = RequestLines.request(RequestLines.samples(), 5);
    String first = switch (firstLine) {
      case "a mark tipping line 1 over the limit" -> "\uFEFF" + padded.substring(2);
      case "a mark within the limit" -> "\uFEFF" + padded.substring(3);
      case "two marks" -> "\uFEFF\uFEFF" + request;
      default -> request;
    };
    String text = String.join("\n", first, padded, padded + "\r", padded + "x", request + "\r", request);
    Path file = dir.resolve("limits-" + firstLine.replace(' ', '-') + ".jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<byte[]> expected = CliOutput.lines(CliOutput.batch(file, dir, "--output", "decision"));
    assertThat(expected).hasSize(6);
    Dataset<Row> run = SparkBatch.evaluate(spark, file.toString(), JobSettings.decisions(CliOutput.TODAY));
    assertRowsEqual(run.orderBy("line").collectAsList(), expected);
  }

  @Test
  void a_gzip_file_gives_the_same_rows() throws IOException {
    Path gz = dir.resolve("requests.jsonl.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(input));
    }
    List<byte[]> expected = CliOutput.lines(CliOutput.batch(input, dir, "--output", "decision"));
    Dataset<Row> run = SparkBatch.evaluate(spark, gz.toString(), JobSettings.decisions(CliOutput.TODAY));
    assertRowsEqual(run.orderBy("line").collectAsList(), expected);
  }

  @Test
  void full_form_rows_equal_the_cli_lines_byte_for_byte() throws IOException {
    Path small = dir.resolve("small.jsonl");
    Files.write(small, RequestLines.generate(120));
    List<byte[]> expected = CliOutput.lines(CliOutput.batch(small, dir, "--as-of", "2026-12-01"));
    Dataset<Row> run = SparkBatch.evaluate(spark, small.toString(),
        JobSettings.decisions(CliOutput.TODAY).withOutput(OutputForm.FULL).withAsOf(java.time.LocalDate.of(2026, 12, 1)));
    assertRowsEqual(run.orderBy("line").collectAsList(), expected);
  }

  @Test
  void a_parquet_run_reads_back_to_the_same_rows() {
    Dataset<Row> run = SparkBatch.evaluate(spark, input.toString(), JobSettings.decisions(CliOutput.TODAY));
    String out = dir.resolve("run-parquet").toString();
    SparkBatch.write(run, out, SparkBatch.Format.PARQUET, false);
    List<byte[]> expected = CliOutput.lines(CliOutput.batch(input, dir, "--output", "decision"));
    assertRowsEqual(SparkBatch.read(spark, out).orderBy("line").collectAsList(), expected);
  }

  @Test
  void jsonl_part_files_concatenated_are_the_cli_output() throws IOException {
    Dataset<Row> run = SparkBatch.evaluate(spark, input.toString(), JobSettings.decisions(CliOutput.TODAY));
    Path out = dir.resolve("run-jsonl");
    SparkBatch.write(run, out.toString(), SparkBatch.Format.JSONL, false);
    ByteArrayOutputStream concatenated = new ByteArrayOutputStream();
    try (Stream<Path> parts = Files.list(out)) {
      List<Path> files = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
      assertThat(files).as("part files").hasSizeGreaterThan(1);
      for (Path part : files) {
        concatenated.write(Files.readAllBytes(part));
      }
    }
    assertThat(concatenated.toByteArray()).isEqualTo(CliOutput.batch(input, dir, "--output", "decision"));
  }

  /**
   * The job runs the library on Spark's Jackson; {@code ./covercrit} on the project's own. The
   * command line as the launcher runs it (the examples jar and its runtime class path, in a
   * process of its own) writes the same bytes. Needs the examples module packaged, as the
   * README's {@code ./mvnw -B verify} does before this module's tests.
   */
  @Test
  void the_launchers_command_line_on_its_own_jackson_writes_the_same_bytes() throws Exception {
    Path examples = Path.of("../examples/target");
    Path jar;
    try (Stream<Path> files = Files.list(examples)) {
      jar = files.filter(f -> f.getFileName().toString().matches("covercrit-examples-.*\\.jar")).findFirst().orElse(null);
    } catch (IOException e) {
      jar = null;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(jar != null && Files.isDirectory(examples.resolve("lib")),
        "the examples module is packaged (./mvnw verify)");
    Path out = dir.resolve("launcher.jsonl");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar + java.io.File.pathSeparator + examples.resolve("lib") + "/*",
        "io.covercrit.examples.cli.CovercritCli", "batch", "--output", "decision", "--as-of", "2026-11-24",
        input.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("launcher.log").toFile()).start();
    assertThat(process.waitFor()).as("exit code; %s", dir.resolve("launcher.log")).isEqualTo(3);
    List<byte[]> expected = CliOutput.lines(Files.readAllBytes(out));
    Dataset<Row> run = SparkBatch.evaluate(spark, input.toString(),
        JobSettings.decisions(CliOutput.TODAY).withAsOf(java.time.LocalDate.of(2026, 11, 24)));
    assertRowsEqual(run.orderBy("line").collectAsList(), expected);
  }

  private static void assertRowsEqual(List<Row> rows, List<byte[]> expected) {
    assertThat(rows).hasSize(expected.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      assertThat(row.getLong(row.fieldIndex("line"))).isEqualTo(i + 1);
      byte[] json = row.getString(row.fieldIndex("json")).getBytes(StandardCharsets.UTF_8);
      assertThat(json).as("line %d", i + 1).isEqualTo(expected.get(i));
      assertColumnsDescribe(row, expected.get(i));
    }
  }

  /** The extracted columns say what the line's JSON says. */
  private static void assertColumnsDescribe(Row row, byte[] line) {
    JsonNode json;
    try {
      json = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("line " + row.getLong(0) + " is not JSON", e);
    }
    if (json.has("error")) {
      assertThat(row.getString(row.fieldIndex("errorCode"))).isEqualTo(json.get("error").get("code").asText());
      assertThat(row.getString(row.fieldIndex("errorPath"))).isEqualTo(json.get("error").get("path").asText());
      assertThat(row.isNullAt(row.fieldIndex("outcome"))).isTrue();
      assertThat(json.get("line").asLong()).isEqualTo(row.getLong(0));
    } else {
      assertThat(row.getString(row.fieldIndex("outcome"))).isEqualTo(json.get("outcome").asText());
      String policyId = json.has("policyId") ? json.get("policyId").asText() : json.get("policy").get("id").asText();
      assertThat(row.getString(row.fieldIndex("policyId"))).isEqualTo(policyId);
      assertThat(row.isNullAt(row.fieldIndex("errorCode"))).isTrue();
      if (json.has("unmetClauses")) { // the decision form lists them
        List<String> ids = row.getList(row.fieldIndex("unmetClauses"));
        assertThat(ids).containsExactlyElementsOf(
            json.get("unmetClauses").findValuesAsText("id"));
      }
    }
  }
}
