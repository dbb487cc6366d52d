package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every {@code ./covercrit} command shown in the README runs and succeeds (serve, which never ends, aside). */
class ReadmeCommandsTest {
  @TempDir
  Path dir;

  /** The README's {@code ./covercrit ...} lines, continuation lines joined, comments removed. */
  static Stream<String> readmeCommands() throws IOException {
    List<String> commands = new ArrayList<>();
    StringBuilder pending = null;
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      String code = line.replaceFirst("\\s+#.*$", "").strip();
      if (pending == null && code.startsWith("./covercrit ")) {
        pending = new StringBuilder();
      }
      if (pending != null) {
        boolean continues = code.endsWith("\\");
        pending.append(' ').append(continues ? code.substring(0, code.length() - 1) : code);
        if (!continues) {
          commands.add(pending.toString().strip());
          pending = null;
        }
      }
    }
    assertThat(commands).anyMatch(c -> c.startsWith("./covercrit batch")).anyMatch(c -> c.startsWith("./covercrit deadlines"));
    return commands.stream().filter(c -> !c.startsWith("./covercrit serve") && !c.contains("&"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmeCommands")
  void the_readme_command_runs(String command) throws IOException {
    // The README's own file names, made to exist (or to be written) in a scratch directory.
    Path requests = dir.resolve("requests.jsonl");
    Files.writeString(requests, CovercritJson.create().writeRequest(CovercritJson.create().readRequest(
        Files.readString(Path.of("requests", "opzelura-ad-approvable.json"))), false) + "\n");
    String[] words = command.substring("./covercrit ".length()).split("\\s+");
    // A host's policy jar (--policy-path), built here as PolicyPathTest builds it.
    for (String word : words) {
      if (word.endsWith(".jar") && !Files.exists(dir.resolve(word))) {
        HostPolicyJars.hostJar(HostPolicyJars.compile(dir.resolve("host-build")), dir.resolve(word));
      }
    }
    String[] args = Stream.of(words)
        .map(w -> w.equals("requests.jsonl") ? requests.toString() : w)
        .map(w -> w.endsWith(".jsonl") || w.endsWith(".ics") || w.endsWith(".jar")
            ? (w.startsWith(dir.toString()) ? w : dir.resolve(w).toString()) : w)
        .map(w -> w.startsWith("examples/") ? w.substring("examples/".length()) : w)
        .toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CovercritCli.commandLine(PolicyRegistry.installed(), InputStream.nullInputStream());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute(args)).as(err.toString()).isZero();
    assertThat(out.toString() + err.toString()).isNotBlank();
    if (command.contains("--policy-path")) {
      assertThat(out.toString()).contains("host/HP1").contains("cigna/IP0369");
    }
  }
}
