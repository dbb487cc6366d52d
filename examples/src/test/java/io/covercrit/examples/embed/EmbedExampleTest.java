package io.covercrit.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedExampleTest {
  @Test
  void the_tests_run_on_the_jackson_the_build_names() {
    // The pom runs this class on the BOM's Jackson and again on the oldest supported one.
    String expected = System.getProperty("covercrit.test.jackson", "");
    assertThat(expected).as("covercrit.test.jackson, set by the pom").isNotEmpty();
    assertThat(List.of(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION))
        .extracting(Object::toString).containsOnly(expected);
  }

  @Test
  void the_readme_snippet_explains_a_vitiligo_request_that_fails_on_bsa() throws IOException {
    String json = Files.readString(Path.of("requests", "opzelura-vitiligo-bsa-too-high.json"));
    String shown = EmbedExample.explain(json, LocalDate.of(2026, 11, 24));
    assertThat(shown).startsWith("DOES_NOT_MEET_CRITERIA: Does not meet criteria: IP0369 2.B not met.")
        .contains("IP0369 2.B: Opzelura is limited to 10% BSA");
  }

  @Test
  void the_readme_snippet_is_the_code_in_the_readme() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/covercrit/examples/embed/EmbedExample.java"));
    String snippet = source.substring(source.indexOf("// README snippet begins") + "// README snippet begins".length(),
        source.indexOf("    // README snippet ends")).strip();
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String line : snippet.split("\n")) {
      assertThat(readme).as("README contains the snippet line").contains(line.strip());
    }
  }
}
