package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import io.covercrit.core.internal.JacksonSupport;
import org.junit.jupiter.api.Test;

/**
 * Runs in each Surefire execution of core (newest, oldest and one unsupported Jackson; see the
 * pom): proves the execution really runs on the Jackson it names, and that construction works
 * inside the range and fails with the documented message below it.
 */
class JacksonVersionTest {
  private static final String EXPECTED = System.getProperty("covercrit.test.jackson", "");

  @Test
  void the_tests_run_on_the_jackson_the_build_names() {
    assertThat(EXPECTED).as("covercrit.test.jackson, set by the pom").isNotEmpty();
    assertThat(JacksonSupport.versionsFound()).extracting(Version::toString).containsOnly(EXPECTED);
  }

  @Test
  void construction_works_in_the_range_and_names_the_minimum_below_it() {
    Version found = JacksonSupport.versionsFound().get(0);
    boolean supported = found.compareTo(JacksonSupport.OLDEST) >= 0;
    if (supported) {
      CovercritJson json = CovercritJson.create();
      assertThat(json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{}}").requestedDrug().name())
          .isEqualTo("x");
      assertThat(JacksonSupport.firstUnsupported()).isEmpty();
    } else {
      UnsupportedJacksonException e = catchThrowableOfType(UnsupportedJacksonException.class, CovercritJson::create);
      assertThat(e).isNotNull();
      assertThat(e.errorCode()).isEqualTo(UnsupportedJacksonException.CODE);
      assertThat(e.getMessage()).startsWith("covercrit needs Jackson 2.15.0 or newer (2.x); found jackson-core " + EXPECTED);
      catchThrowableOfType(UnsupportedJacksonException.class, CovercritJson::mapperBuilder);
    }
  }

  @Test
  void the_documented_minimum_is_the_one_checked() {
    assertThat(UnsupportedJacksonException.MINIMUM).isEqualTo(JacksonSupport.OLDEST.toString());
  }

  @Test
  void the_optional_features_follow_the_version() {
    Version found = JacksonSupport.versionsFound().get(0);
    assertThat(JacksonSupport.COMBINE_SURROGATES_IN_UTF8.isPresent()).isEqualTo(atLeast(found, 18));
    assertThat(JacksonSupport.ESCAPE_FORWARD_SLASHES.isPresent()).isEqualTo(atLeast(found, 17));
    assertThat(JacksonSupport.HAS_WRITE_CONSTRAINTS).isEqualTo(atLeast(found, 16));
    assertThat(JacksonSupport.HAS_DOCUMENT_AND_NAME_LIMITS).isEqualTo(atLeast(found, 16));
  }

  private static boolean atLeast(Version version, int minor) {
    return version.getMajorVersion() == 2 && version.getMinorVersion() >= minor;
  }
}
