package io.covercrit.examples.cli;

import io.covercrit.core.eval.PolicyRegistry;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line as a user would, capturing what it prints; one instance per test. */
abstract class CliTestSupport {
  static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  // Maven runs tests from the module directory.
  static final Path REQUESTS = Path.of("requests");

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int runWithInput(String stdin, String... args) {
    CommandLine cli = CovercritCli.commandLine(REGISTRY, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  int run(String... args) {
    return runWithInput("", args);
  }

  static String sample(String name) {
    return REQUESTS.resolve(name).toString();
  }
}
