package io.covercrit.benchmarks;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.model.CoverageRequest;
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
 * Target: evaluating a prepared request (already bound, policy installed) takes under 1 µs and
 * allocates under 2 KB. Goes through {@link PolicyRegistry#evaluate(CoverageRequest, java.time.LocalDate)},
 * the call an EHR makes, so the version look-up is included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluateBenchmark {
  @Param({"APPROVABLE", "NOT_MET", "EXCLUDED"})
  public OpzeluraCase opzeluraCase;

  private PolicyRegistry registry;
  private CoverageRequest request;

  @Setup
  public void prepare() {
    registry = PolicyRegistry.installed();
    request = opzeluraCase.request("bench-" + opzeluraCase.name().toLowerCase(java.util.Locale.ROOT));
    Determination determination = evaluate();
    if (determination.outcome() != opzeluraCase.expected()) {
      throw new IllegalStateException(opzeluraCase + " evaluated to " + determination.outcome());
    }
  }

  /** The determination is returned, so JMH consumes it: nothing is eliminated as dead code. */
  @Benchmark
  public Determination evaluate() {
    return registry.evaluate(request, OpzeluraCase.AS_OF);
  }
}
