package io.covercrit.benchmarks;

import io.covercrit.cigna.opzelura.OpzeluraIp0369;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.PolicyRegistry;
import java.time.LocalDate;
import java.util.Optional;
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
 * Target: finding the version of a policy in force on a date takes under 100 ns. One date falls
 * before the 2024-11-15 revision (the undated first version), one after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegistryLookupBenchmark {
  @Param({"2024-06-01", "2026-11-24"})
  public String asOf;

  private PolicyRegistry registry;
  private LocalDate date;
  private String policyId;

  @Setup
  public void prepare() {
    registry = PolicyRegistry.installed();
    date = LocalDate.parse(asOf);
    // A different String instance from the registry's key, as a parsed request would carry.
    policyId = new String(OpzeluraIp0369.POLICY_ID.toCharArray());
    String expected = date.isBefore(OpzeluraIp0369.REVISION_2024_11_15) ? "before 2024-11-15" : "2024-11-15";
    String found = require().descriptor().version();
    if (!found.equals(expected) || !find().isPresent()) {
      throw new IllegalStateException(asOf + " found version " + found);
    }
  }

  /** {@link PolicyRegistry#find}: empty when unknown or not yet in force. */
  @Benchmark
  public Optional<CoveragePolicy> find() {
    return registry.find(policyId, date);
  }

  /** {@link PolicyRegistry#require}: what {@code evaluate} calls. */
  @Benchmark
  public CoveragePolicy require() {
    return registry.require(policyId, date);
  }
}
