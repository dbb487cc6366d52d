package io.covercrit.examples.cli;

import io.covercrit.core.CovercritException;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The covercrit command line: evaluates requests (one, or a JSON Lines batch), lists policies,
 * explains their criteria, computes appeal deadlines and serves the HTTP example. Built on the
 * public API only. The clock is read once, here at the edge, when the program starts; it is the
 * evaluation date only when neither {@code --as-of} nor the request's date gives one.
 *
 * <p>{@code --policy-path} (before the command) adds a host's policy jars to the built-in
 * policies for every command: see {@link PolicyPath}.
 */
@Command(name = "covercrit", mixinStandardHelpOptions = true, version = "covercrit 0.1.0",
    description = "Decides whether a drug request meets a payer's coverage criteria and explains every clause.",
    subcommands = {CovercritCli.Evaluate.class, BatchCommand.class, CovercritCli.Policies.class, CovercritCli.Explain.class,
        DeadlinesCommand.class, ServeCommand.class})
public final class CovercritCli implements Runnable {
  /** Exit code for input the library rejects (bad JSON, unknown policy) or a file that cannot be read or written. */
  static final int INPUT_ERROR = 2;
  /** Exit code after Ctrl-C or another interruption (128 + SIGINT, as shells report it). */
  static final int INTERRUPTED = 130;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = PolicyPath.OPTION, paramLabel = "PATH",
      description = {"Also load the policies in a host's jar, or in a directory: every *.jar in it, by name (not"
          + " sub-directories), or, if it holds no jar, a class directory with"
          + " META-INF/services/io.covercrit.core.eval.PolicyProvider. The built-in policies stay.",
          "Repeat it or join entries with '${sys:path.separator}'. Goes before the command:"
          + " covercrit --policy-path my-policies.jar policies"})
  List<String> policyPath;

  /** The registry without {@code --policy-path}, built when first asked for. */
  private final Supplier<PolicyRegistry> builtIn;
  private PolicyRegistry builtInRegistry;
  /** The {@code --policy-path} jars of the command being run, loaded when first asked for. */
  private PolicyPath loaded;

  final InputStream stdin;
  /** When the program started, read once from the clock. */
  final Instant startedAt;
  /** The date in the system's zone when the program started. */
  final LocalDate today;

  private CovercritCli(Supplier<PolicyRegistry> builtIn, InputStream stdin, Clock clock) {
    this.builtIn = builtIn;
    this.stdin = stdin;
    this.startedAt = clock.instant();
    this.today = LocalDate.ofInstant(startedAt, clock.getZone());
  }

  public static void main(String[] args) {
    // Built only if no --policy-path replaces it.
    System.exit(commandLine(PolicyRegistry::installed, System.in, Clock.systemDefaultZone()).execute(args));
  }

  /** The command line with the system clock. */
  static CommandLine commandLine(PolicyRegistry registry, InputStream stdin) {
    return commandLine(registry, stdin, Clock.systemDefaultZone());
  }

  /**
   * The command line over {@code registry}, reading {@code -} from {@code stdin} and "today" from
   * {@code clock} once; {@code execute(args)} runs it and returns the exit code. For hosts and
   * tests that run a command in-process (the Spark job's test compares its output with
   * {@code batch}'s). With {@code --policy-path}, the commands use
   * {@link PolicyRegistry#installed(ClassLoader)} over those jars (whose loader's parent is this
   * class's) instead of {@code registry}; the jars are closed when the command returns.
   */
  public static CommandLine commandLine(PolicyRegistry registry, InputStream stdin, Clock clock) {
    return commandLine(() -> registry, stdin, clock);
  }

  private static CommandLine commandLine(Supplier<PolicyRegistry> builtIn, InputStream stdin, Clock clock) {
    CovercritCli app = new CovercritCli(builtIn, stdin, clock);
    CommandLine cli = new CommandLine(app);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
    cli.setExecutionStrategy(parseResult -> {
      try {
        return runLast.execute(parseResult);
      } finally {
        app.closePolicyPath();
      }
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof PolicyPathException) {
        // Paths and class names only: the jars are loaded before any request is looked at.
        commandLine.getErr().println("error: " + e.getMessage());
        return INPUT_ERROR;
      }
      if (e instanceof CovercritException) {
        // Library messages name fields and rules, never patient values: safe to print.
        commandLine.getErr().println("error " + ((CovercritException) e).errorCode() + ": " + e.getMessage());
        return INPUT_ERROR;
      }
      if (e instanceof IOException) {
        // File names come from the command line; I/O messages never hold request content.
        String file = e instanceof FileSystemException && ((FileSystemException) e).getFile() != null
            ? ": " + ((FileSystemException) e).getFile() : "";
        commandLine.getErr().println("error: cannot read or write a file (" + e.getClass().getSimpleName() + file + ")");
        return INPUT_ERROR;
      }
      if (e instanceof InterruptedException) {
        commandLine.getErr().println("interrupted");
        return INTERRUPTED;
      }
      throw e;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The policies the commands use: the built-in registry, or with {@code --policy-path}
   * {@link PolicyRegistry#installed(ClassLoader)} over those jars and the built-in ones.
   *
   * @throws PolicyPathException if the policy path cannot be loaded
   */
  PolicyRegistry registry() {
    if (policyPath == null || policyPath.isEmpty()) {
      if (builtInRegistry == null) {
        builtInRegistry = builtIn.get();
      }
      return builtInRegistry;
    }
    if (loaded == null) {
      loaded = PolicyPath.load(policyPath, CovercritCli.class.getClassLoader());
    }
    return loaded.registry();
  }

  private void closePolicyPath() {
    if (loaded != null) {
      loaded.close();
      loaded = null;
    }
  }

  enum Format { text, json }

  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluates one request (JSON) and prints the determination.")
  static final class Evaluate implements Callable<Integer> {
    @CommandLine.ParentCommand
    CovercritCli parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Request JSON file, or - for standard input.")
    String file;

    @Option(names = "--policy", paramLabel = "ID", description = "Policy id, e.g. cigna/IP0369 (default: the request's policyId).")
    String policy;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluation date, YYYY-MM-DD (default: the request's requestDate, else today).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
      PolicyRegistry registry = parent.registry();
      String json = file.equals("-")
          ? new String(parent.stdin.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(file), StandardCharsets.UTF_8);
      CovercritJson codec = CovercritJson.create();
      CoverageRequest request = codec.readRequest(json);
      LocalDate date = asOf != null ? asOf : request.requestDate().orElse(parent.today);
      Determination d = policy != null
          ? registry.evaluate(policy, request, date)
          : registry.evaluate(request, date);
      PrintWriter out = spec.commandLine().getOut();
      out.print(format == Format.json ? codec.writeDetermination(d, true) + "\n" : DeterminationText.render(d));
      out.flush();
      return 0;
    }
  }

  @Command(name = "policies", mixinStandardHelpOptions = true, description = "Lists installed policies and their versions.")
  static final class Policies implements Callable<Integer> {
    @CommandLine.ParentCommand
    CovercritCli parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (PolicyDescriptor p : parent.registry().descriptors()) {
        out.printf("%-16s %-20s %-12s %-18s %s%n", p.id(), p.version(),
            p.effectiveFrom().map(LocalDate::toString).orElse("-"), p.provenance().reliability(), p.title());
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Prints a policy's criteria tree, generated from the code.")
  static final class Explain implements Callable<Integer> {
    @CommandLine.ParentCommand
    CovercritCli parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POLICY", description = "Policy id, e.g. cigna/IP0369.")
    String policyId;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Explain the version in force on this date (default: the newest).")
    LocalDate asOf;

    @Override
    public Integer call() {
      PolicyRegistry registry = parent.registry();
      CoveragePolicy policy = asOf != null
          ? registry.require(policyId, asOf)
          : registry.require(policyId, LocalDate.MAX);
      PrintWriter out = spec.commandLine().getOut();
      out.print(DeterminationText.explain(policy.descriptor(), policy.criteriaTrees()));
      out.flush();
      return 0;
    }
  }
}
