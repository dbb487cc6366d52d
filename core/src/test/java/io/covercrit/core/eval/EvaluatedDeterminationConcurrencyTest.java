package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One evaluated determination read by many threads at once: its parts are built on first read,
 * racily, so every thread must still see what one thread reading a built copy sees.
 */
class EvaluatedDeterminationConcurrencyTest {
  private static final int THREADS = 8;
  /** Fresh determinations per scenario: the race is on the first reads only. */
  private static final int ROUNDS = 20;

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void threads_reading_one_determination_at_once_all_see_the_built_values(AcmeScenarios scenario) throws Exception {
    Map<DeterminationReads, Object> expected =
        DeterminationReads.readAll(Determination.builder().from(scenario.evaluate()).build(), DeterminationReads.TRACE);
    DeterminationReads[] reads = DeterminationReads.values();

    for (int round = 0; round < ROUNDS; round++) {
      Determination shared = scenario.evaluate();
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Map<DeterminationReads, Object>>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // Each thread starts with a different part, so the first reads race on different fields.
        DeterminationReads first = reads[(t + round) % reads.length];
        running.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return DeterminationReads.readAll(shared, first);
        }));
      }
      // Bounds a hang, not a speed.
      assertThat(ready.await(1, TimeUnit.MINUTES)).isTrue();
      start.countDown();
      for (Future<Map<DeterminationReads, Object>> future : running) {
        assertThat(future.get(1, TimeUnit.MINUTES)).as("round %d", round).isEqualTo(expected);
      }
      assertThat(shared).isEqualTo(expected.get(DeterminationReads.BUILT_COPY));
    }
  }
}
