package io.covercrit.cigna;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.cigna.opzelura.OpzeluraArbitraries;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Threads that share one registry, its policy instances and one {@link CovercritJson} get
 * exactly what a single thread gets: equal determinations and the same JSON bytes. The threads
 * start together, before anything is evaluated on this registry, so lazy initialisation would be
 * raced too.
 */
class ConcurrentEvaluationTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;
  private static final int REQUESTS = 400;

  /** What one request produced under every installed policy: the determinations and their JSON. */
  private record Result(List<Determination> determinations, byte[] json) {}

  @Property(tries = 1, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void threads_sharing_a_registry_and_a_json_reader_get_what_one_thread_gets(@ForAll("batches") List<RequestCase> cases)
      throws Exception {
    PolicyRegistry shared = PolicyRegistry.installed();
    CovercritJson json = CovercritJson.create();
    List<String> documents = new ArrayList<>();
    for (RequestCase c : cases) {
      documents.add(json.writeRequest(c.request(), false));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Result[]>> running = new ArrayList<>();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        running.add(pool.submit(() -> {
          start.await();
          Result[] results = new Result[cases.size()];
          for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < cases.size(); k++) {
              // Each thread walks the requests from its own offset, so that threads differ in what they do at once.
              int i = (k + thread * cases.size() / THREADS) % cases.size();
              CoverageRequest request = json.readRequest(documents.get(i));
              Result result = evaluate(shared, json, request, cases.get(i), (thread + round) % 2 == 0);
              if (results[i] != null) {
                assertSame(results[i], result);
              }
              results[i] = result;
            }
          }
          return results;
        }));
      }
      List<Result[]> concurrent = new ArrayList<>();
      for (Future<Result[]> future : running) {
        // Bounds a hang, not a speed.
        concurrent.add(future.get(10, TimeUnit.MINUTES));
      }

      PolicyRegistry alone = PolicyRegistry.installed();
      CovercritJson ownJson = CovercritJson.create();
      for (int i = 0; i < cases.size(); i++) {
        Result expected = evaluate(alone, ownJson, cases.get(i).request(), cases.get(i), true);
        for (Result[] results : concurrent) {
          assertSame(results[i], expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Under every installed policy, through the registry or, when {@code direct}, through the
   * policy instance it holds.
   */
  private static Result evaluate(PolicyRegistry registry, CovercritJson json, CoverageRequest request, RequestCase c,
      boolean direct) {
    List<Determination> all = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String id : registry.policyIds()) {
      if (registry.find(id, c.asOf()).isEmpty()) {
        continue;
      }
      CoveragePolicy policy = registry.require(id, c.asOf());
      Determination d = direct ? policy.evaluate(request, c.asOf()) : registry.evaluate(id, request, c.asOf());
      all.add(d);
      bytes.writeBytes(json.writeDeterminationBytes(d));
    }
    return new Result(all, bytes.toByteArray());
  }

  private static void assertSame(Result actual, Result expected) {
    assertThat(actual.determinations()).isEqualTo(expected.determinations());
    assertThat(Arrays.equals(actual.json(), expected.json())).as("same JSON bytes").isTrue();
  }

  @Provide
  Arbitrary<List<RequestCase>> batches() {
    return Arbitraries.oneOf(CoverageRequestArbitraries.cases(), OpzeluraArbitraries.cases()).list().ofSize(REQUESTS);
  }
}
