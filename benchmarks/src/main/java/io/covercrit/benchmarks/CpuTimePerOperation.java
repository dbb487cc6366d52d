package io.covercrit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A cross-check of the JMH numbers that other processes cannot inflate: the same prepared
 * benchmark states, timed by the thread's own CPU time ({@code ThreadMXBean}), so time spent
 * waiting for a core on a shared machine is not counted. Also reports bytes allocated per
 * operation. Not a replacement for JMH (no forks, no Blackhole; results are kept in a volatile
 * field so nothing is eliminated), but stable where wall-clock averages are not.
 *
 * <pre>{@code
 * java -cp 'benchmarks/target/*:benchmarks/target/lib/*' io.covercrit.benchmarks.CpuTimePerOperation
 * }</pre>
 */
public final class CpuTimePerOperation {
  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final int ROUNDS = 7;

  private static volatile Object sink;

  private CpuTimePerOperation() {}

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (Operation operation : operations()) {
      long end = System.nanoTime() + WARM_UP_NANOS;
      while (System.nanoTime() < end) {
        for (int i = 0; i < 100; i++) {
          sink = operation.run.get();
        }
      }
      long best = Long.MAX_VALUE;
      long allocated = 0;
      for (int round = 0; round < ROUNDS; round++) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < operation.count; i++) {
          sink = operation.run.get();
        }
        best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / operation.count);
        allocated = (threads.getCurrentThreadAllocatedBytes() - bytes) / operation.count;
      }
      System.out.printf("%-55s best of %d rounds: %,8d ns CPU/op  %,8d B/op%n", operation.name, ROUNDS, best, allocated);
    }
  }

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (OpzeluraCase opzeluraCase : OpzeluraCase.values()) {
      EvaluateBenchmark evaluate = new EvaluateBenchmark();
      evaluate.opzeluraCase = opzeluraCase;
      evaluate.prepare();
      operations.add(new Operation("EvaluateBenchmark.evaluate " + opzeluraCase, 20_000, evaluate::evaluate));
    }
    for (OpzeluraCase opzeluraCase : OpzeluraCase.values()) {
      JsonRoundTripBenchmark json = new JsonRoundTripBenchmark();
      json.opzeluraCase = opzeluraCase;
      json.prepare();
      operations.add(new Operation("JsonRoundTripBenchmark.roundTrip " + opzeluraCase, 5_000, json::roundTrip));
    }
    for (String asOf : List.of("2024-06-01", "2026-11-24")) {
      RegistryLookupBenchmark lookup = new RegistryLookupBenchmark();
      lookup.asOf = asOf;
      lookup.prepare();
      operations.add(new Operation("RegistryLookupBenchmark.find " + asOf, 2_000_000, lookup::find));
      operations.add(new Operation("RegistryLookupBenchmark.require " + asOf, 2_000_000, lookup::require));
    }
    for (TimelineBenchmark.Scenario scenario : TimelineBenchmark.Scenario.values()) {
      TimelineBenchmark timeline = new TimelineBenchmark();
      timeline.scenario = scenario;
      timeline.prepare();
      operations.add(new Operation("TimelineBenchmark.compute " + scenario, 20_000, timeline::compute));
    }
    return operations;
  }

  private static final class Operation {
    final String name;
    final int count;
    final Supplier<Object> run;

    Operation(String name, int count, Supplier<Object> run) {
      this.name = name;
      this.count = count;
      this.run = run;
    }
  }
}
