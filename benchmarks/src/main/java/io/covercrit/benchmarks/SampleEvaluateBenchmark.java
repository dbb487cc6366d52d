package io.covercrit.benchmarks;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating each policy's sample requests (read once from {@code examples/requests/}), as {@link EvaluateBenchmark} does for Opzelura: the outcome alone, and the
 * outcome with the clause trace, checklist and next steps formatted (what a caller that shows the
 * determination pays).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SampleEvaluateBenchmark {
  @Param({"dupixent-asthma-approvable", "dupixent-asthma-stale-eosinophil-count", "ilaris-gout-approvable",
      "ilaris-fmf-crp-too-low", "alecensa-adjuvant-approvable", "opzelura-vitiligo-bsa-too-high"})
  public String sample;

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  private PolicyRegistry registry;
  private CoverageRequest request;

  @Setup
  public void prepare() throws IOException {
    registry = PolicyRegistry.installed();
    // From the repository root (as docs/PERFORMANCE.md runs it) or the module directory (the build's smoke run).
    Path requests = Files.isDirectory(Path.of("examples/requests")) ? Path.of("examples/requests")
        : Path.of("../examples/requests");
    request = CovercritJson.create().readRequest(Files.readString(requests.resolve(sample + ".json")));
  }

  @Benchmark
  public Determination evaluate() {
    return registry.evaluate(request, AS_OF);
  }

  /** The determination read whole: the trace, checklist and next steps are built on first read. */
  @Benchmark
  public Object evaluateAndExplain() {
    Determination d = registry.evaluate(request, AS_OF);
    return new Object[] {d.trace(), d.checklist(), d.nextSteps(), d.summary()};
  }
}
