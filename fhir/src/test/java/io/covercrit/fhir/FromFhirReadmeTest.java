package io.covercrit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "From FHIR" example compiles, runs, and is the code the README shows. */
class FromFhirReadmeTest {
  static ObjectNode readmeExample(String bundleJson, LocalDate asOf) {
    // README snippet begins
    FhirRequestMapper fhir = FhirRequestMapper.create();   // once: loads HAPI's R4 context; thread-safe
    MappedRequest mapped = fhir.map(bundleJson, MappingOptions.forPolicy("cigna/IP0369"));
    Determination d = PolicyRegistry.installed().evaluate(mapped.request(), asOf);
    CrdAssertion assertion = CrdAssertion.forCoverage(mapped.coverageReference().orElse("Coverage/unknown"));
    ObjectNode cdsHooks = CrdResponder.create(fhir).cdsHooksResponse(d, mapped.order(), assertion);
    // README snippet ends
    return cdsHooks;
  }

  @Test
  void the_example_answers_a_vitiligo_bundle_with_a_critical_card() throws IOException {
    String bundle = Files.readString(Path.of("src/test/resources/bundles/opzelura-vitiligo-bsa-too-high.json"));
    ObjectNode response = readmeExample(bundle, LocalDate.of(2026, 11, 24));
    assertThat(response.path("cards").get(0).path("indicator").asText()).isEqualTo("critical");
    assertThat(response.path("cards").get(0).path("detail").asText()).contains("IP0369 2.B");
    assertThat(response.path("systemActions").get(0).path("resource").path("resourceType").asText())
        .isEqualTo("MedicationRequest");
  }

  @Test
  void the_snippet_is_the_code_in_the_readme() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/covercrit/fhir/FromFhirReadmeTest.java"));
    String snippet = source.substring(source.indexOf("// README snippet begins") + "// README snippet begins".length(),
        source.indexOf("    // README snippet ends")).strip();
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(snippet.split("\n")).hasSize(5);
    for (String line : snippet.split("\n")) {
      assertThat(readme).as("README contains the snippet line").contains(line.strip());
    }
  }
}
