package io.covercrit.examples.spark;

import io.covercrit.examples.batch.JsonLinesBatch;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The job's entry point, for {@code spark-submit --class io.covercrit.examples.spark.CovercritSpark}
 * (README, "On Apache Spark"): {@code evaluate} a JSON Lines file, {@code summary} of a run,
 * {@code diff} of two runs. The clock is read once, on the driver, when the program starts.
 */
@Command(name = "covercrit-spark", mixinStandardHelpOptions = true, version = "covercrit-spark 0.1.0",
    description = "covercrit batch on Apache Spark: evaluate requests, summarise a run, list the requests whose outcome changed.",
    subcommands = {CovercritSpark.Evaluate.class, CovercritSpark.Summary.class, CovercritSpark.Diff.class})
public final class CovercritSpark implements Runnable {
  /** Some lines are error records (as {@code covercrit batch}). */
  static final int SOME_LINES_FAILED = 3;
  /** Bad arguments or input. */
  static final int INPUT_ERROR = 2;
  /** The Spark job failed (an executor lost, out of memory...): nothing was moved into OUT. */
  static final int JOB_FAILED = 1;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
      description = "Spark master, e.g. local[*] to run without a cluster (default: what spark-submit sets).")
  String master;

  final LocalDate today;

  CovercritSpark(LocalDate today) {
    this.today = today;
  }

  public static void main(String[] args) {
    System.exit(commandLine(LocalDate.now()).execute(args));
  }

  static CommandLine commandLine(LocalDate today) {
    CommandLine cli = new CommandLine(new CovercritSpark(today));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof IllegalArgumentException) {
        // Our messages name paths and options only, never request content.
        commandLine.getErr().println("error: " + e.getMessage());
        return INPUT_ERROR;
      }
      if (e instanceof AnalysisException) {
        // Spark's analysis errors name paths and columns (e.g. a run that does not exist).
        commandLine.getErr().println("error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        return INPUT_ERROR;
      }
      // Spark has logged the failure; its messages can quote task output, so only the class here.
      commandLine.getErr().println("error: the job failed (" + e.getClass().getSimpleName() + "); see Spark's log");
      return JOB_FAILED;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  SparkSession session() {
    SparkSession.Builder builder = SparkSession.builder().appName("covercrit");
    if (master != null) {
      builder.master(master);
    }
    return builder.getOrCreate();
  }

  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = {"Evaluates one request per line of IN (JSON Lines) and writes one row per line to OUT (a directory).",
          "Each row holds the line number and the line covercrit batch writes for it; see the README for the columns."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:every line was evaluated", "3:OUT was written, and some of its rows are error records",
          "2:bad arguments, IN could not be read or OUT exists (OUT is then left as it was)",
          "1:the Spark job failed (OUT is then left as it was)"})
  static final class Evaluate implements Callable<Integer> {
    @CommandLine.ParentCommand
    CovercritSpark parent;

    @Parameters(index = "0", paramLabel = "IN", description = "One JSON Lines file of requests (any Hadoop file system URI).")
    String input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Directory to write the run to.")
    String output;

    @Option(names = "--policy", paramLabel = "ID", description = "Evaluate every line under this policy (default: each request's policyId).")
    String policy;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluation date for every line (default: each request's requestDate, else today).")
    LocalDate asOf;

    @Option(names = "--output", paramLabel = "FORM", defaultValue = "decision",
        description = "decision or full: what each row's json holds, as covercrit batch --output (default: ${DEFAULT-VALUE};"
            + " batch's default is full).")
    JsonLinesBatch.OutputForm outputForm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
        description = "parquet (every column; what summary and diff read) or jsonl (the json column in line order:"
            + " cat OUT/part-* is covercrit batch's output) (default: ${DEFAULT-VALUE}).")
    SparkBatch.Format format;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Override
    public Integer call() {
      JobSettings settings = JobSettings.decisions(parent.today).withOutput(outputForm).withPolicyId(policy).withAsOf(asOf);
      SparkSession spark = parent.session();
      SparkBatch.requireWritable(spark, output, overwrite, input); // before the line-numbering pass
      SparkBatch.write(SparkBatch.evaluate(spark, input, settings), output, format, overwrite);
      // Counted from what was written: one pass of evaluation, nothing cached.
      SparkBatch.Counts counts = SparkBatch.countWritten(spark, output, format);
      PrintWriter err = parent.spec.commandLine().getErr();
      err.printf("%,d lines evaluated, %,d errors; wrote %s%n", counts.lines(), counts.errors(), output);
      err.flush();
      return counts.errors() == 0 ? 0 : SOME_LINES_FAILED;
    }
  }

  @Command(name = "summary", mixinStandardHelpOptions = true,
      description = "Counts the lines of a run (written as parquet) by outcome and by unmet clause.")
  static final class Summary implements Callable<Integer> {
    @CommandLine.ParentCommand
    CovercritSpark parent;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run written by evaluate --format parquet.")
    String run;

    @Override
    public Integer call() {
      PrintWriter out = parent.spec.commandLine().getOut();
      out.print(RunSummary.report(SparkBatch.read(parent.session(), run)));
      out.flush();
      return 0;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Lists the lines whose outcome changed from run BEFORE to run AFTER (both written as parquet, over"
          + " the same input) and writes them to OUT; prints how many moved from each outcome to each."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:OUT was written", "2:bad arguments, a run could not be read, the runs are over different inputs,"
          + " or OUT exists", "1:the Spark job failed"})
  static final class Diff implements Callable<Integer> {
    @CommandLine.ParentCommand
    CovercritSpark parent;

    @Parameters(index = "0", paramLabel = "BEFORE")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER")
    String after;

    @Parameters(index = "2", paramLabel = "OUT", description = "Directory to write the changed lines to (JSON Lines).")
    String output;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Override
    public Integer call() {
      SparkSession spark = parent.session();
      SparkBatch.requireWritable(spark, output, overwrite, before, after);
      Dataset<Row> beforeRun = SparkBatch.read(spark, before);
      Dataset<Row> afterRun = SparkBatch.read(spark, after);
      RunDiff.requireSameInput(beforeRun, afterRun);
      Dataset<Row> changes = RunDiff.changes(beforeRun, afterRun);
      RunDiff.write(changes, output, overwrite);
      PrintWriter out = parent.spec.commandLine().getOut();
      // Counted from what was written: the changes are worked out once.
      out.print(RunDiff.report(spark.read().schema(changes.schema()).json(output)));
      out.flush();
      return 0;
    }
  }
}
