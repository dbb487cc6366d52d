package io.covercrit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's {@code examples-spark/covercrit-spark ...} commands run, in order, and succeed. */
class ReadmeSparkCommandsTest {
  private static final String LAUNCHER = "examples-spark/covercrit-spark ";

  @TempDir
  Path dir;

  static List<String> readmeCommands() throws IOException {
    List<String> commands = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      String code = line.replaceFirst("\\s+#.*$", "").strip();
      if (code.startsWith(LAUNCHER)) {
        commands.add(code.substring(LAUNCHER.length()));
      }
    }
    return commands;
  }

  @Test
  void the_readme_commands_run_in_order() throws IOException {
    List<String> commands = readmeCommands();
    assertThat(commands).anyMatch(c -> c.contains(" evaluate ")).anyMatch(c -> c.contains(" summary "))
        .anyMatch(c -> c.contains(" diff "));
    // Valid requests only: every README command then exits 0.
    Path requests = dir.resolve("requests.jsonl");
    var samples = RequestLines.samples();
    Files.writeString(requests, Stream.iterate(1, i -> i + 1).limit(200)
        .map(i -> RequestLines.request(samples, i)).collect(Collectors.joining("\n", "", "\n")));
    for (String command : commands) {
      String[] args = Stream.of(command.split("\\s+"))
          .map(w -> w.replace("'", ""))
          .map(w -> w.equals("requests.jsonl") ? requests.toString() : w)
          .map(w -> w.startsWith("runs/") ? dir.resolve(w).toString() : w)
          .toArray(String[]::new);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = CovercritSpark.commandLine(CliOutput.TODAY);
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      TestSpark.session(); // the command's getOrCreate() finds it
      assertThat(cli.execute(args)).as("%s: %s", command, err).isZero();
      assertThat(out.toString() + err.toString()).as(command).isNotBlank();
    }
    // The last one's part files are covercrit batch's output for the same input.
    StringBuilder concatenated = new StringBuilder();
    try (Stream<Path> parts = Files.list(dir.resolve("runs/as-batch"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        concatenated.append(Files.readString(part, StandardCharsets.UTF_8));
      }
    }
    assertThat(concatenated.toString())
        .isEqualTo(new String(CliOutput.batch(requests, dir, "--output", "decision"), StandardCharsets.UTF_8));
  }

}
