package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.AcmeScenarios;
import io.covercrit.core.eval.Determination;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link CovercritJson#writeDeterminationBytes} reuses each thread's buffers: every determination
 * still gets exactly its own bytes, whatever was written before it and on other threads.
 */
class DeterminationBytesTest {
  private static final int THREADS = 8;

  private static byte[] viaText(CovercritJson json, Determination d) {
    return json.writeDetermination(d, false).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void threads_sharing_one_writer_get_the_bytes_one_thread_gets() throws Exception {
    CovercritJson shared = CovercritJson.create();
    AcmeScenarios[] scenarios = AcmeScenarios.values();
    List<byte[]> expected = new ArrayList<>();
    for (AcmeScenarios scenario : scenarios) {
      expected.add(viaText(CovercritJson.create(), scenario.evaluate()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<Integer>> running = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        running.add(pool.submit(() -> {
          start.await();
          int compared = 0;
          for (int round = 0; round < 50; round++) {
            for (int k = 0; k < scenarios.length; k++) {
              int i = (k + thread) % scenarios.length;
              assertThat(shared.writeDeterminationBytes(scenarios[i].evaluate())).isEqualTo(expected.get(i));
              compared++;
            }
          }
          return compared;
        }));
      }
      for (Future<Integer> future : running) {
        // Bounds a hang, not a speed.
        assertThat(future.get(10, TimeUnit.MINUTES)).isEqualTo(50 * scenarios.length);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An unusually large determination, then small ones: none carries bytes of another. */
  @Test
  void a_large_determination_then_small_ones_each_get_only_their_own_bytes() {
    CovercritJson json = CovercritJson.create();
    Determination small = AcmeScenarios.MEETS.evaluate();
    Determination large = Determination.builder().from(AcmeScenarios.NOT_MET_TOO_YOUNG.evaluate())
        .addNotes("long note " + "x".repeat(600_000))
        .build();

    byte[] first = json.writeDeterminationBytes(small);
    byte[] big = json.writeDeterminationBytes(large);
    byte[] after = json.writeDeterminationBytes(small);

    assertThat(first).isEqualTo(viaText(json, small));
    assertThat(big).hasSizeGreaterThan(600_000).isEqualTo(viaText(json, large));
    assertThat(after).isEqualTo(first);
  }
}
