package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.PatientDataSentinels;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * One {@link CovercritJson} shared by many threads reads and writes exactly what it does on one
 * thread: the same request text for a valid document, the same error (code, path, problem) for
 * a damaged one.
 */
class CovercritJsonConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Property(tries = 1, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void threads_sharing_one_reader_get_what_one_thread_gets(@ForAll("documents") List<String> documents) throws Exception {
    CovercritJson shared = CovercritJson.create();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<String[]>> running = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        running.add(pool.submit(() -> {
          start.await();
          String[] results = new String[documents.size()];
          for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < documents.size(); k++) {
              int i = (k + thread * documents.size() / THREADS) % documents.size();
              String result = read(shared, documents.get(i));
              if (results[i] != null) {
                assertThat(result).isEqualTo(results[i]);
              }
              results[i] = result;
            }
          }
          return results;
        }));
      }
      CovercritJson alone = CovercritJson.create();
      List<String> expected = new ArrayList<>();
      for (String document : documents) {
        expected.add(read(alone, document));
      }
      for (Future<String[]> future : running) {
        // Bounds a hang, not a speed.
        assertThat(future.get(10, TimeUnit.MINUTES)).containsExactlyElementsOf(expected);
      }
      assertThat(expected).anyMatch(r -> r.startsWith("read")).anyMatch(r -> r.startsWith("CC-JSON"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** The request written back, or the error. */
  private static String read(CovercritJson json, String document) {
    try {
      return "read " + json.writeRequest(json.readRequest(document), false);
    } catch (JsonInputException e) {
      return e.errorCode() + " " + e.path() + " " + e.problem();
    }
  }

  /** 300 request documents, a third of them damaged. */
  @Provide
  Arbitrary<List<String>> documents() {
    Arbitrary<String> valid = CoverageRequestArbitraries.cases()
        .map(c -> CovercritJson.create().writeRequest(PatientDataSentinels.mark(c.request()), false));
    Arbitrary<String> damaged = Combinators.combine(valid, Arbitraries.of(HostileJson.Mutation.class), Arbitraries.randoms())
        .as((document, mutation, random) -> HostileJson.mutate(document, mutation, new Random(random.nextLong())));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, valid), net.jqwik.api.Tuple.of(1, damaged)).list().ofSize(300);
  }
}
