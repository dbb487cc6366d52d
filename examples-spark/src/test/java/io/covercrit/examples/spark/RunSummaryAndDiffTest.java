package io.covercrit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary and the diff of runs, checked against counts and changes worked out from
 * {@code covercrit batch --output decision}'s own lines on the same input.
 */
class RunSummaryAndDiffTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The day before the IP0369 revision (14-day corticosteroid trial), and a day it is in force (28 days). */
  private static final LocalDate BEFORE_REVISION = LocalDate.of(2024, 11, 14);
  private static final LocalDate AFTER_REVISION = LocalDate.of(2024, 11, 20);

  @TempDir
  static Path dir;
  static Path input;
  static SparkSession spark;

  @BeforeAll
  static void generate() throws IOException {
    input = dir.resolve("requests.jsonl");
    Files.write(input, RequestLines.generate(1_200));
    spark = TestSpark.session();
  }

  @Test
  void counts_by_outcome_are_the_cli_lines_counted() {
    List<JsonNode> cli = cliLines();
    Map<String, Long> expected = new TreeMap<>();
    for (JsonNode line : cli) {
      expected.merge(result(line), 1L, Long::sum);
    }
    Map<String, Long> actual = new TreeMap<>();
    for (Row r : RunSummary.byOutcome(run(JobSettings.decisions(CliOutput.TODAY))).collectAsList()) {
      actual.put(r.getString(0), r.getLong(1));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.keySet()).hasSizeGreaterThan(5);
  }

  @Test
  void counts_by_unmet_clause_are_the_cli_lines_counted() {
    Map<String, Long> expected = new TreeMap<>();
    for (JsonNode line : cliLines()) {
      if (!line.has("error")) {
        for (JsonNode clause : line.get("unmetClauses")) {
          expected.merge(line.get("policyId").asText() + " | " + clause.get("id").asText() + " | "
              + line.get("outcome").asText(), 1L, Long::sum);
        }
      }
    }
    List<Row> rows = RunSummary.byUnmetClause(run(JobSettings.decisions(CliOutput.TODAY))).collectAsList();
    Map<String, Long> actual = new TreeMap<>();
    for (Row r : rows) {
      actual.put(r.getString(0) + " | " + r.getString(1) + " | " + r.getString(2), r.getLong(3));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual).hasSizeGreaterThan(10);
    assertThat(rows).extracting(r -> r.getLong(3)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void the_report_names_every_result_and_clause_with_its_count() {
    String report = RunSummary.report(run(JobSettings.decisions(CliOutput.TODAY)));
    assertThat(report).startsWith("1,200 lines").contains("ERROR CC-BATCH-001").contains("cigna/IP0369  IP0369 ");
  }

  @Test
  void the_diff_of_two_as_of_dates_lists_exactly_the_lines_whose_outcome_changed() {
    List<JsonNode> before = cliLines("--as-of", BEFORE_REVISION.toString());
    List<JsonNode> after = cliLines("--as-of", AFTER_REVISION.toString());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      String b = result(before.get(i));
      String a = result(after.get(i));
      if (!b.equals(a)) {
        Set<String> nowUnmet = new LinkedHashSet<>(unmetIds(after.get(i)));
        nowUnmet.removeAll(unmetIds(before.get(i)));
        Set<String> noLonger = new LinkedHashSet<>(unmetIds(before.get(i)));
        noLonger.removeAll(unmetIds(after.get(i)));
        expected.add((i + 1) + " " + b + " -> " + a + " now " + nowUnmet + " no longer " + noLonger);
      }
    }
    Dataset<Row> changes = RunDiff.changes(
        persisted("before", JobSettings.decisions(CliOutput.TODAY).withAsOf(BEFORE_REVISION)),
        persisted("after", JobSettings.decisions(CliOutput.TODAY).withAsOf(AFTER_REVISION)));
    List<String> actual = new ArrayList<>();
    for (Row r : changes.collectAsList()) {
      actual.add(r.getLong(0) + " " + r.getString(2) + " -> " + r.getString(3)
          + " now " + new LinkedHashSet<>(r.<String>getList(4)) + " no longer " + new LinkedHashSet<>(r.<String>getList(5)));
    }
    assertThat(actual).isEqualTo(expected);
    // The revision moved some 14-27 day corticosteroid trials from meeting the criteria to not.
    assertThat(actual).anyMatch(c -> c.contains("MEETS_CRITERIA -> DOES_NOT_MEET_CRITERIA now [IP0369 1.C"));
    String report = RunDiff.report(changes);
    assertThat(report).startsWith(String.format("%,d lines changed outcome", expected.size()));
  }

  @Test
  void a_run_diffed_with_itself_has_no_changes_and_a_missing_line_is_a_change() {
    Dataset<Row> run = persisted("self", JobSettings.decisions(CliOutput.TODAY));
    assertThat(RunDiff.changes(run, run).count()).isZero();
    Dataset<Row> shorter = run.filter("line <> 5");
    List<Row> changes = RunDiff.changes(run, shorter).collectAsList();
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).getLong(0)).isEqualTo(5);
    assertThat(changes.get(0).isNullAt(3)).as("after").isTrue();
    // Written, the missing side is a null, not a missing field.
    String out = dir.resolve("missing-line-" + System.nanoTime()).toString();
    RunDiff.write(RunDiff.changes(run, shorter), out, false);
    assertThat(spark.read().text(out).collectAsList()).singleElement()
        .satisfies(r -> assertThat(r.getString(0)).startsWith("{\"line\":5,").contains("\"after\":null"));
  }

  private static Dataset<Row> run(JobSettings settings) {
    return SparkBatch.evaluate(spark, input.toString(), settings);
  }

  /** The run written as Parquet and read back, as the diff command reads runs. */
  private static Dataset<Row> persisted(String name, JobSettings settings) {
    String out = dir.resolve(name + "-" + System.nanoTime()).toString();
    SparkBatch.write(run(settings), out, SparkBatch.Format.PARQUET, false);
    return SparkBatch.read(spark, out);
  }

  private static List<JsonNode> cliLines(String... args) {
    List<String> all = new ArrayList<>(List.of("--output", "decision"));
    all.addAll(List.of(args));
    List<JsonNode> lines = new ArrayList<>();
    for (byte[] line : CliOutput.lines(CliOutput.batch(input, dir, all.toArray(String[]::new)))) {
      try {
        lines.add(MAPPER.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  private static String result(JsonNode line) {
    return line.has("error") ? "ERROR " + line.get("error").get("code").asText() : line.get("outcome").asText();
  }

  private static Set<String> unmetIds(JsonNode line) {
    Set<String> ids = new HashSet<>();
    if (!line.has("error")) {
      line.get("unmetClauses").forEach(c -> ids.add(c.get("id").asText()));
    }
    return ids;
  }
}
