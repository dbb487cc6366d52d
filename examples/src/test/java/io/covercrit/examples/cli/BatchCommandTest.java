package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.examples.testing.DefectivePolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class BatchCommandTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  private static final CovercritJson JSON = CovercritJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  // Not a request date of any sample: shows when "today" was used.
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
  private static final String SECRET_MEMBER_ID = "ZZ98765432101";

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(InputStream stdin, String... args) {
    return run(REGISTRY, stdin, args);
  }

  private int run(PolicyRegistry registry, InputStream stdin, String... args) {
    CommandLine cli = CovercritCli.commandLine(registry, stdin, CLOCK);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private static CoverageRequest sample(String name) {
    try {
      return JSON.readRequest(Files.readString(Path.of("requests", name)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The approvable sample as one compact line, with its own request id. */
  private static String goodLine(String requestId) {
    return JSON.writeRequest(CoverageRequest.builder().from(sample("opzelura-ad-approvable.json"))
        .requestId(requestId).build(), false);
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> badLines() {
    String good = goodLine("x");
    return Stream.of(
        Arguments.of("malformed JSON", "{\"policyId\": \"cigna/IP0369\", oops", "CC-JSON-001", "$"),
        Arguments.of("an invalid date", good.replace("\"2010-03-15\"", "\"2010-02-30\""), "CC-JSON-003", "$.patient.birthDate"),
        Arguments.of("an unknown field", good.replace("\"memberId\"", "\"memberNumber\""), "CC-JSON-002", "$.patient"),
        Arguments.of("an unknown policy", good.replace("cigna/IP0369", "acme/NOPE"), "CC-POLICY-001", "$.policyId"),
        Arguments.of("a missing policy id", good.replace("\"policyId\":\"cigna/IP0369\",", ""), "CC-INPUT-002", "$.policyId"),
        Arguments.of("a blank line", "   ", "CC-BATCH-001", "$"),
        Arguments.of("a JSON array", "[1,2]", "CC-JSON-003", "$"));
  }

  @ParameterizedTest(name = "{0} becomes an error record and the other lines still run")
  @MethodSource("badLines")
  void one_bad_line_among_good_ones_gives_one_output_line_per_input_line_in_order(
      String what, String badLine, String code, String path) throws IOException {
    String withSecret = badLine.replace("U1234567801", SECRET_MEMBER_ID);
    Path in = write("in.jsonl", List.of(goodLine("r-1"), goodLine("r-2"), withSecret, goodLine("r-4"), goodLine("r-5")));
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run("batch", "--threads", "3", in.toString(), outFile.toString())).isEqualTo(BatchCommand.SOME_LINES_FAILED);

    List<String> written = lines(outFile);
    assertThat(written).hasSize(5);
    for (int i : new int[] {0, 1, 3, 4}) {
      Determination d = JSON.readDetermination(written.get(i));
      assertThat(d.requestId()).contains("r-" + (i + 1));
    }
    JsonNode error = TREE.readTree(written.get(2));
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("error").get("code").asText()).isEqualTo(code);
    assertThat(error.get("error").get("path").asText()).isEqualTo(path);
    assertThat(error.get("error").get("problem").asText()).isNotBlank();
    assertThat(error.get("error").size()).isEqualTo(3);
    assertThat(written.get(2)).doesNotContain(SECRET_MEMBER_ID).doesNotContain("memberNumber").doesNotContain("2010-02-30").doesNotContain("acme/NOPE")
        .doesNotContain("oops");
    assertThat(err.toString()).contains("5 lines evaluated, 1 errors");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void a_clean_batch_exits_zero_and_its_lines_read_back_as_determinations() throws IOException {
    List<String> input = IntStream.rangeClosed(1, 40).mapToObj(i -> goodLine("r-" + i)).collect(Collectors.toList());
    Path in = write("in.jsonl", input);
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run("batch", in.toString(), outFile.toString())).isZero();

    List<String> written = lines(outFile);
    assertThat(written).hasSize(40);
    for (int i = 0; i < written.size(); i++) {
      Determination d = JSON.readDetermination(written.get(i));
      assertThat(d.requestId()).contains("r-" + (i + 1));
      // Same bytes as evaluating the line on its own: the batch adds nothing and loses nothing.
      assertThat(written.get(i)).isEqualTo(JSON.writeDetermination(
          REGISTRY.evaluate(JSON.readRequest(input.get(i)), LocalDate.of(2026, 11, 24)), false));
    }
    assertThat(err.toString()).contains("40 lines evaluated, 0 errors");
  }

  @Test
  void the_decision_output_writes_one_compact_decision_per_line_and_the_same_error_records() throws IOException {
    List<String> input = List.of(goodLine("r-1"), JSON.writeRequest(sample("opzelura-vitiligo-bsa-too-high.json"), false), "{",
        JSON.writeRequest(sample("opzelura-ad-concurrent-biologic.json"), false));
    Path in = write("in.jsonl", input);
    Path fullFile = dir.resolve("full.jsonl");
    Path decisionFile = dir.resolve("decision.jsonl");

    assertThat(run("batch", in.toString(), fullFile.toString())).isEqualTo(BatchCommand.SOME_LINES_FAILED);
    assertThat(run("batch", "--output", "decision", "--threads", "2", in.toString(), decisionFile.toString()))
        .isEqualTo(BatchCommand.SOME_LINES_FAILED);

    List<String> full = lines(fullFile);
    List<String> decisions = lines(decisionFile);
    assertThat(decisions).hasSize(4);
    JsonNode approvable = TREE.readTree(decisions.get(0));
    assertThat(approvable.get("form").asText()).isEqualTo("decision");
    assertThat(approvable.get("requestId").asText()).isEqualTo("r-1");
    assertThat(approvable.get("outcome").asText()).isEqualTo("MEETS_CRITERIA");
    assertThat(approvable.get("pathway").asText()).isEqualTo("IP0369 1");
    assertThat(approvable.get("approvalEndsNoLaterThan").asText()).isEqualTo("2027-05-24");
    assertThat(approvable.get("unmetClauses")).isEmpty();
    JsonNode vitiligo = TREE.readTree(decisions.get(1));
    assertThat(vitiligo.get("outcome").asText()).isEqualTo("DOES_NOT_MEET_CRITERIA");
    assertThat(vitiligo.get("unmetClauses")).hasSize(1);
    assertThat(vitiligo.get("unmetClauses").get(0).get("id").asText()).isEqualTo("IP0369 2.B");
    assertThat(vitiligo.get("unmetClauses").get(0).get("finding").asText()).isEqualTo("BSA 14% (limit 10%)");
    assertThat(decisions.get(2)).isEqualTo(full.get(2)).startsWith("{\"line\":3,\"error\":{\"code\":\"CC-JSON-001\"");
    assertThat(TREE.readTree(decisions.get(3)).get("outcome").asText()).isEqualTo("NOT_COVERED");
    for (int i : new int[] {0, 1, 3}) {
      assertThat(decisions.get(i).getBytes(StandardCharsets.UTF_8).length)
          .isLessThan(full.get(i).getBytes(StandardCharsets.UTF_8).length / 5);
    }
  }

  @Test
  void the_full_output_is_the_default_byte_for_byte() throws IOException {
    Path in = write("in.jsonl", List.of(goodLine("r-1"), "", JSON.writeRequest(sample("dupixent-asthma-approvable.json"), false)));
    Path byDefault = dir.resolve("default.jsonl");
    Path full = dir.resolve("full.jsonl");

    assertThat(run("batch", in.toString(), byDefault.toString())).isEqualTo(BatchCommand.SOME_LINES_FAILED);
    assertThat(run("batch", "--output", "full", in.toString(), full.toString())).isEqualTo(BatchCommand.SOME_LINES_FAILED);

    assertThat(Files.readAllBytes(full)).isEqualTo(Files.readAllBytes(byDefault));
    assertThat(lines(full).get(0)).isEqualTo(JSON.writeDetermination(
        REGISTRY.evaluate(JSON.readRequest(goodLine("r-1")), LocalDate.of(2026, 11, 24)), false));
  }

  @Test
  void an_unknown_output_form_is_a_usage_error_and_writes_nothing() throws IOException {
    Path in = write("in.jsonl", List.of(goodLine("r-1")));
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run("batch", "--output", "summary", in.toString(), outFile.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(outFile).doesNotExist();
    assertThat(err.toString()).contains("--output");
  }

  @Test
  void a_defect_in_a_policy_becomes_an_internal_error_record_without_its_message_and_the_other_lines_run() throws IOException {
    String defective = goodLine("r-2").replace("U1234567801", SECRET_MEMBER_ID).replace("cigna/IP0369", DefectivePolicy.ID);
    Path in = write("in.jsonl", List.of(goodLine("r-1"), defective, goodLine("r-3")));
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run(DefectivePolicy.registryWithDefect(), InputStream.nullInputStream(), "batch", in.toString(), outFile.toString()))
        .isEqualTo(BatchCommand.SOME_LINES_FAILED);

    List<String> written = lines(outFile);
    assertThat(written.get(1)).isEqualTo("{\"line\":2,\"error\":{\"code\":\"CC-INTERNAL-001\",\"path\":\"$\","
        + "\"problem\":\"unexpected failure while evaluating (IllegalStateException)\"}}");
    assertThat(JSON.readDetermination(written.get(2)).requestId()).contains("r-3");
    assertThat(err.toString()).doesNotContain(SECRET_MEMBER_ID);
  }

  @Test
  void the_as_of_date_is_the_override_else_the_request_date_else_today_at_start() throws IOException {
    CoverageRequest dated = sample("opzelura-ad-approvable.json");
    String undated = JSON.writeRequest(CoverageRequest.builder().from(dated).requestDate(Optional.empty()).build(), false);
    Path in = write("in.jsonl", List.of(JSON.writeRequest(dated, false), undated));
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run("batch", in.toString(), outFile.toString())).isZero();
    List<String> written = lines(outFile);
    assertThat(JSON.readDetermination(written.get(0)).asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(JSON.readDetermination(written.get(1)).asOf()).isEqualTo(LocalDate.of(2026, 12, 1));

    assertThat(run("batch", "--as-of", "2024-11-14", in.toString(), outFile.toString())).isZero();
    for (String line : lines(outFile)) {
      Determination d = JSON.readDetermination(line);
      assertThat(d.asOf()).isEqualTo(LocalDate.of(2024, 11, 14));
      assertThat(d.policy().version()).isEqualTo("before 2024-11-15");
    }
  }

  @Test
  void the_policy_option_overrides_every_line() throws IOException {
    Path in = write("in.jsonl", List.of(goodLine("r-1"), goodLine("r-2")));
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run("batch", "--policy", "acme/NOPE", in.toString(), outFile.toString())).isEqualTo(BatchCommand.SOME_LINES_FAILED);
    assertThat(lines(outFile)).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"code\":\"CC-POLICY-001\""));
  }

  @Test
  void standard_input_is_read_with_a_dash() throws IOException {
    Path outFile = dir.resolve("out.jsonl");
    byte[] input = (goodLine("r-1") + "\n" + goodLine("r-2") + "\n").getBytes(StandardCharsets.UTF_8);

    assertThat(run(new ByteArrayInputStream(input), "batch", "-", outFile.toString())).isZero();
    assertThat(lines(outFile)).hasSize(2);
  }

  /** Gives {@code prefix}, then fails as a broken pipe or a lost disk would. */
  private static InputStream failingAfter(String prefix) {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device went away");
      }
    };
    return new SequenceInputStream(new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), failing);
  }

  @Test
  void an_interrupted_run_leaves_no_output_file_and_no_partial_file() throws IOException {
    Path outFile = dir.resolve("out.jsonl");
    String prefix = IntStream.rangeClosed(1, 50).mapToObj(i -> goodLine("r-" + i) + "\n").collect(Collectors.joining());

    assertThat(run(failingAfter(prefix), "batch", "-", outFile.toString())).isEqualTo(CovercritCli.INPUT_ERROR);

    assertThat(outFile).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    assertThat(err.toString()).contains("cannot read or write a file");
  }

  @Test
  void an_interrupted_run_leaves_the_previous_output_as_it_was() throws IOException {
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(outFile, "previous complete run\n");

    assertThat(run(failingAfter(goodLine("r-1") + "\n"), "batch", "-", outFile.toString())).isEqualTo(CovercritCli.INPUT_ERROR);

    assertThat(Files.readString(outFile)).isEqualTo("previous complete run\n");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(outFile);
    }
  }

  @Test
  void input_and_output_must_differ() throws IOException {
    Path in = write("in.jsonl", List.of(goodLine("r-1")));

    assertThat(run("batch", in.toString(), in.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(lines(in)).containsExactly(goodLine("r-1"));
  }

  @Test
  void a_missing_input_file_is_an_error_and_writes_nothing() {
    Path outFile = dir.resolve("out.jsonl");

    assertThat(run("batch", dir.resolve("nope.jsonl").toString(), outFile.toString())).isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(outFile).doesNotExist();
    assertThat(err.toString()).contains("NoSuchFileException").contains("nope.jsonl");
  }

  @Test
  void the_progress_bar_reports_lines_and_errors_on_standard_error_when_asked() throws IOException {
    List<String> input = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      input.add(i % 4 == 0 ? "{" : goodLine("r-" + i));
    }
    Path in = write("in.jsonl", input);

    assertThat(run("batch", "--progress", in.toString(), dir.resolve("out.jsonl").toString()))
        .isEqualTo(BatchCommand.SOME_LINES_FAILED);
    assertThat(err.toString()).contains("[##############################] 100%").contains("12 lines, 3 errors");

    err.getBuffer().setLength(0);
    assertThat(run("batch", "--no-progress", in.toString(), dir.resolve("out.jsonl").toString()))
        .isEqualTo(BatchCommand.SOME_LINES_FAILED);
    assertThat(err.toString()).doesNotContain("%").contains("12 lines evaluated, 3 errors");
  }
}
