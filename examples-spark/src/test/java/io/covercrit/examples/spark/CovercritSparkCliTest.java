package io.covercrit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job's command line as spark-submit runs it: evaluate, summary and diff, exit codes, refusals. */
class CovercritSparkCliTest {
  @TempDir
  static Path dir;
  static Path input;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeAll
  static void generate() throws IOException {
    input = dir.resolve("requests.jsonl");
    Files.write(input, RequestLines.generate(300));
    TestSpark.session(); // the command's getOrCreate() finds it
  }

  int run(String... args) {
    CommandLine cli = CovercritSpark.commandLine(CliOutput.TODAY);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void evaluate_then_summary_then_diff() throws IOException {
    Path before = dir.resolve("before");
    Path after = dir.resolve("after");
    assertThat(run("--master", "local[2]", "evaluate", "--as-of", "2024-11-14", input.toString(), before.toString()))
        .as("some lines are error records").isEqualTo(CovercritSpark.SOME_LINES_FAILED);
    assertThat(err.toString()).contains(String.format("300 lines evaluated, %d errors", cliErrors("--as-of", "2024-11-14")));
    assertThat(run("evaluate", "--as-of", "2024-11-20", input.toString(), after.toString())).isEqualTo(3);

    assertThat(run("summary", after.toString())).isZero();
    assertThat(out.toString()).startsWith("300 lines").contains("by unmet clause").contains("ERROR CC-JSON-001");

    Path changes = dir.resolve("changes");
    assertThat(run("diff", before.toString(), after.toString(), changes.toString())).isZero();
    assertThat(out.toString()).contains("lines changed outcome").contains("MEETS_CRITERIA -> DOES_NOT_MEET_CRITERIA");
    List<String> changed = readParts(changes);
    assertThat(changed).isNotEmpty().allMatch(l -> l.startsWith("{\"line\":"))
        .anyMatch(l -> l.contains("\"before\":\"MEETS_CRITERIA\",\"after\":\"DOES_NOT_MEET_CRITERIA\""));
    assertThat(out.toString()).contains(String.format("%,d lines changed outcome", changed.size()));

    // Runs over another input are refused, not diffed line by line.
    Path other = dir.resolve("other.jsonl");
    var samples = RequestLines.samples();
    List<String> reversed = new java.util.ArrayList<>();
    for (int i = 300; i >= 1; i--) {
      reversed.add(RequestLines.request(samples, i));
    }
    Files.write(other, reversed, StandardCharsets.UTF_8);
    assertThat(run("evaluate", other.toString(), dir.resolve("other").toString())).isZero();
    assertThat(run("diff", before.toString(), dir.resolve("other").toString(), dir.resolve("c2").toString()))
        .isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("the runs are not over the same input").doesNotContain("spark-0");
    assertThat(dir.resolve("c2")).doesNotExist();
  }

  @Test
  void jsonl_output_is_the_cli_output_and_open_to_its_owner_only() throws IOException {
    Path jsonl = dir.resolve("jsonl");
    assertThat(run("evaluate", "--format", "jsonl", "--output", "full", input.toString(), jsonl.toString())).isEqualTo(3);
    assertThat(err.toString()).contains(String.format("300 lines evaluated, %d errors", cliErrors()));
    StringBuilder concatenated = new StringBuilder();
    readParts(jsonl).forEach(l -> concatenated.append(l).append('\n'));
    assertThat(concatenated.toString()).isEqualTo(new String(CliOutput.batch(input, dir), StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(jsonl)).as("the run's directory")
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
  }

  @Test
  void an_existing_output_is_refused_unless_overwrite() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("existing"));
    Files.writeString(existing.resolve("keep.txt"), "kept");
    assertThat(run("evaluate", input.toString(), existing.toString())).isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("exists (--overwrite replaces it)");
    assertThat(existing.resolve("keep.txt")).hasContent("kept");
    assertThat(run("evaluate", "--overwrite", input.toString(), existing.toString())).isEqualTo(3);
    assertThat(existing.resolve("keep.txt")).doesNotExist();
  }

  @Test
  void an_output_holding_the_input_is_refused_before_any_work() throws IOException {
    Path runDir = Files.createDirectories(dir.resolve("holds-input"));
    Path inside = Files.copy(input, runDir.resolve("requests.jsonl"));
    assertThat(run("evaluate", "--overwrite", inside.toString(), runDir.toString())).isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("holds the input");
    assertThat(inside).exists();
    assertThat(run("diff", "--overwrite", runDir.toString(), runDir.toString(), runDir.toString()))
        .isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(inside).exists();
  }

  @Test
  void a_failed_write_leaves_the_old_output_as_it_was_and_no_temporary_directory() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("kept"));
    Files.writeString(existing.resolve("old-run.txt"), "old");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBatch.writeAtomically(TestSpark.session(),
        existing.toString(), true, into -> {
          throw new IllegalStateException("the job failed");
        })).hasMessage("the job failed");
    assertThat(existing.resolve("old-run.txt")).hasContent("old");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".kept.tmp-"));
    }
  }

  @Test
  void a_missing_run_and_a_glob_input_are_clear_errors() {
    assertThat(run("summary", dir.resolve("no-such-run").toString())).isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("error: ").doesNotContain("\tat ");
    assertThat(run("evaluate", dir.resolve("*.jsonl").toString(), dir.resolve("o4").toString()))
        .isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("without glob characters");
  }

  @Test
  void a_directory_or_a_missing_file_as_input_is_a_clear_error() {
    assertThat(run("evaluate", dir.toString(), dir.resolve("o1").toString())).isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("must be one JSON Lines file");
    assertThat(run("evaluate", dir.resolve("absent.jsonl").toString(), dir.resolve("o2").toString()))
        .isEqualTo(CovercritSpark.INPUT_ERROR);
    assertThat(err.toString()).contains("cannot read the input").doesNotContain("\tat ");
  }

  @Test
  void a_bad_option_value_is_a_usage_error() {
    assertThat(run("evaluate", "--output", "everything", input.toString(), dir.resolve("o3").toString()))
        .isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--output");
  }

  /** Error records in covercrit batch's output for the same input and options. */
  private static long cliErrors(String... args) {
    long errors = CliOutput.lines(CliOutput.batch(input, dir, args)).stream()
        .filter(l -> new String(l, StandardCharsets.UTF_8).startsWith("{\"line\":")).count();
    assertThat(errors).isPositive();
    return errors;
  }

  private static List<String> readParts(Path directory) throws IOException {
    try (Stream<Path> parts = Files.list(directory)) {
      List<Path> files = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
      List<String> lines = new java.util.ArrayList<>();
      for (Path f : files) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
      return lines;
    }
  }
}
