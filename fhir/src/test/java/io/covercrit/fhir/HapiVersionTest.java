package io.covercrit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.util.VersionUtil;
import org.junit.jupiter.api.Test;

/** The HAPI range: the build runs on the newest (default) and the oldest (execution hapi-oldest). */
class HapiVersionTest {
  @Test
  void the_hapi_under_test_is_the_one_the_build_chose() {
    String expected = System.getProperty("covercrit.test.hapi");
    assertThat(expected).as("the build sets covercrit.test.hapi").isNotBlank();
    assertThat(VersionUtil.getVersion()).isEqualTo(expected);
    assertThat(FhirRequestMapper.create()).isNotNull();
  }

  @Test
  void versions_outside_the_range_are_refused_with_the_fix() {
    assertThat(UnsupportedHapiException.supported("8.6.4")).isTrue();
    assertThat(UnsupportedHapiException.supported("8.12.1")).isTrue();
    assertThat(UnsupportedHapiException.supported("8.14.0-SNAPSHOT")).isTrue();
    assertThat(UnsupportedHapiException.supported("8.6.3")).isFalse();
    assertThat(UnsupportedHapiException.supported("8.4.1")).isFalse();
    assertThat(UnsupportedHapiException.supported("7.6.1")).isFalse();
    assertThat(UnsupportedHapiException.supported("9.0.0")).isFalse();
    assertThat(new UnsupportedHapiException("7.6.1").getMessage()).contains("7.6.1", "8.6.4", "hapi-fhir-bom");
  }
}
