package io.covercrit.benchmarks;

import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor under {@code covercrit batch}: the same per-line work (JSON bytes → request →
 * determination → JSON bytes) over a JSON Lines file, in order, on N threads, in bounded memory,
 * writing to a counting sink instead of a file. Not the CLI: it shows how much of the 20 s budget
 * for a million lines the library itself takes, so the CLI's own overhead can be read off.
 *
 * <pre>{@code
 * java -Xmx256m -cp 'benchmarks/target/*:benchmarks/target/lib/*' \
 *     io.covercrit.benchmarks.InProcessBatchThroughput target/requests-1m.jsonl 2
 * }</pre>
 */
public final class InProcessBatchThroughput {
  private static final int CHUNK = 1024;

  private InProcessBatchThroughput() {}

  public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: InProcessBatchThroughput IN.jsonl [THREADS]");
      System.exit(2);
    }
    int threads = args.length == 2 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    PolicyRegistry registry = PolicyRegistry.installed();
    CovercritJson json = CovercritJson.create();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ArrayDeque<Future<long[]>> inFlight = new ArrayDeque<>();
    long lines = 0;
    long bytes = 0;
    long errors = 0;
    long started = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      List<String> chunk = new ArrayList<>(CHUNK);
      for (String line = in.readLine(); ; line = in.readLine()) {
        if (line != null) {
          chunk.add(line);
        }
        if (chunk.size() == CHUNK || line == null && !chunk.isEmpty()) {
          List<String> work = chunk;
          inFlight.add(pool.submit(() -> process(work, registry, json)));
          chunk = new ArrayList<>(CHUNK);
        }
        // Bounded memory: at most two chunks per thread in flight, collected in input order.
        while (inFlight.size() > 2 * threads || line == null && !inFlight.isEmpty()) {
          long[] done = inFlight.remove().get();
          lines += done[0];
          bytes += done[1];
          errors += done[2];
        }
        if (line == null) {
          break;
        }
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%d lines (%d errors) on %d threads in %.2f s: %.0f lines/s, %.2f µs/line; %d output bytes%n",
        lines, errors, threads, seconds, lines / seconds, seconds * 1e6 / lines, bytes);
  }

  private static long[] process(List<String> lines, PolicyRegistry registry, CovercritJson json) {
    long bytes = 0;
    long errors = 0;
    for (String line : lines) {
      try {
        CoverageRequest request = json.readRequest(line);
        byte[] out = json.writeDeterminationBytes(registry.evaluate(request, request.requestDate().orElse(OpzeluraCase.AS_OF)));
        bytes += out.length + 1;
      } catch (RuntimeException e) {
        errors++;
      }
    }
    return new long[] {lines.size(), bytes, errors};
  }
}
