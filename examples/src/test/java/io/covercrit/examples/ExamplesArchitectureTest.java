package io.covercrit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.covercrit.testing.CovercritArchitectureRules;
import io.covercrit.examples.cli.CovercritCli;
import org.junit.jupiter.api.Test;

/**
 * The examples are applications, so they may print, read files and the clock; what they show
 * hosts must still be the public API only.
 */
class ExamplesArchitectureTest {
  private static final JavaClasses EXAMPLES = CovercritArchitectureRules.importProductionClasses("io.covercrit.examples");

  @Test
  void only_production_classes_are_checked() {
    assertThat(EXAMPLES.contain(CovercritCli.class)).isTrue();
    assertThat(EXAMPLES.contain(ExamplesArchitectureTest.class)).isFalse();
  }

  @Test
  void examples_use_only_public_api() {
    CovercritArchitectureRules.examples_use_no_internal_package_of_other_modules.check(EXAMPLES);
  }

  @Test
  void examples_use_java_time_and_slf4j() {
    CovercritArchitectureRules.no_legacy_date_time.check(EXAMPLES);
    CovercritArchitectureRules.logging_goes_through_slf4j.check(EXAMPLES);
    CovercritArchitectureRules.no_static_mutable_state.check(EXAMPLES);
  }
}
