package io.covercrit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bar: a US Core bundle for each sample request of {@code examples/requests/} gives,
 * through the mapper, the determination of the JSON sample (the same outcome and the same status
 * for every clause of the trace).
 */
class SampleBundlesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  static final Path SAMPLES = Path.of("../examples/requests");
  static final FhirRequestMapper MAPPER = FhirRequestMapper.create();
  static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  static final CovercritJson JSON = CovercritJson.create();

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(9);
      return names.stream();
    }
  }

  static String bundle(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/bundles/" + name + ".json"));
  }

  static Map<String, Status> statuses(Determination d) {
    Map<String, Status> map = new LinkedHashMap<>();
    d.trace().forEach(root -> root.forEachClause(c -> map.put(c.id(), c.status())));
    return map;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theBundleDecidesAsTheJsonSampleDoes(String sample) throws IOException {
    CoverageRequest fromJson = JSON.readRequest(Files.readString(SAMPLES.resolve(sample + ".json")));
    MappedRequest mapped = MAPPER.map(bundle(sample), MappingOptions.forPolicy(fromJson.policyId().orElseThrow()));

    Determination expected = REGISTRY.evaluate(fromJson, AS_OF);
    Determination actual = REGISTRY.evaluate(mapped.request(), AS_OF);

    assertThat(actual.outcome()).as(sample + " outcome").isEqualTo(expected.outcome());
    assertThat(statuses(actual)).as(sample + " clause statuses").containsExactlyEntriesOf(statuses(expected));
    assertThat(statuses(actual)).isNotEmpty();
    assertThat(mapped.report().entries(MappingReport.Kind.NOT_USABLE)).as(sample + " " + mapped.report()).isEmpty();
  }
}
