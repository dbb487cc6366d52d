package io.covercrit.examples.cli;

import io.covercrit.examples.batch.JsonLinesBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code covercrit batch IN.jsonl OUT.jsonl}: see {@link JsonLinesBatch} for the format. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
        "Evaluates one request per line of IN (JSON Lines) and writes one determination per line to OUT, in order.",
        "--output decision writes each request's decision instead (outcome, pathway, unmet clauses with their remedies,"
            + " checklist document ids): about 1 KB a line instead of 13-55 KB; evaluate --format json gives the full"
            + " determination of one request.",
        "A line that cannot be evaluated (malformed JSON, an invalid field, an unknown policy, a blank line) becomes"
            + " an error record {\"line\":N,\"error\":{\"code\":...,\"path\":...,\"problem\":...}} and the other lines still run.",
        "OUT appears only when complete: it is written to a temporary file beside it and moved into place at the end.",
        "Blank lines are error records too (code CC-BATCH-001), so that output line N always answers input line N."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every line was evaluated",
        "3:OUT was written, and some of its lines are error records",
        "2:bad arguments, or IN could not be read or OUT written (OUT is then left as it was)"})
final class BatchCommand implements Callable<Integer> {
  /** OUT is complete, and some lines are error records. */
  static final int SOME_LINES_FAILED = 3;

  @CommandLine.ParentCommand
  CovercritCli parent;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "Requests, one JSON object per line (UTF-8), or - for standard input.")
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write the determinations (replaced when the run completes).")
  Path output;

  @Option(names = "--policy", paramLabel = "ID", description = "Evaluate every line under this policy (default: each request's policyId).")
  String policy;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Evaluation date for every line (default: each request's requestDate, else today).")
  LocalDate asOf;

  @Option(names = "--output", paramLabel = "FORM", defaultValue = "full",
      description = "full (the whole determination, as evaluate --format json) or decision (see docs/JSON.md)"
          + " (default: ${DEFAULT-VALUE}).")
  JsonLinesBatch.OutputForm outputForm;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error (default: only when running in a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    boolean fromStdin = input.equals("-");
    if (!fromStdin && Files.exists(output) && Files.isSameFile(Path.of(input), output)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "IN and OUT must be different files");
    }
    JsonLinesBatch batch = JsonLinesBatch.builder(parent.registry(), parent.today)
        .policyId(policy)
        .asOf(asOf)
        .threads(threads)
        .output(outputForm)
        .build();
    PrintWriter err = spec.commandLine().getErr();
    // Java 17 cannot ask whether standard error alone is a terminal; an interactive console is the proxy.
    boolean showProgress = progress != null ? progress : System.console() != null;
    long size = fromStdin ? -1 : Files.size(Path.of(input));
    ProgressBar bar = showProgress ? new ProgressBar(err, size) : null;
    JsonLinesBatch.Summary summary;
    try (InputStream in = fromStdin ? parent.stdin : Files.newInputStream(Path.of(input))) {
      summary = AtomicFile.writeBytes(output, out -> batch.run(in, out, bar != null ? bar : JsonLinesBatch.Progress.none()));
    }
    if (bar != null) {
      bar.finish(summary.lines(), summary.errors(), Math.max(size, 0));
    }
    err.printf("%,d lines evaluated, %,d errors; wrote %s%n", summary.lines(), summary.errors(), output);
    err.flush();
    return summary.errors() == 0 ? 0 : SOME_LINES_FAILED;
  }
}
