package io.covercrit.benchmarks;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
 * Target: JSON bytes → request → determination → JSON bytes in under 20 µs: what a service or
 * {@code covercrit batch} does per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonRoundTripBenchmark {
  @Param({"APPROVABLE", "NOT_MET", "EXCLUDED"})
  public OpzeluraCase opzeluraCase;

  private PolicyRegistry registry;
  private CovercritJson json;
  private byte[] requestJson;

  @Setup
  public void prepare() {
    registry = PolicyRegistry.installed();
    json = CovercritJson.create();
    CoverageRequest request = opzeluraCase.request("bench-" + opzeluraCase.name().toLowerCase(Locale.ROOT));
    requestJson = json.writeRequest(request, false).getBytes(StandardCharsets.UTF_8);
    Determination back = json.readDetermination(new String(roundTrip(), StandardCharsets.UTF_8));
    if (back.outcome() != opzeluraCase.expected()) {
      throw new IllegalStateException(opzeluraCase + " evaluated to " + back.outcome());
    }
  }

  @Benchmark
  public byte[] roundTrip() {
    CoverageRequest request = json.readRequest(requestJson);
    Determination determination = registry.evaluate(request, OpzeluraCase.AS_OF);
    return json.writeDeterminationBytes(determination);
  }
}
