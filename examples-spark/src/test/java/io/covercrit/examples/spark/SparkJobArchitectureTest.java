package io.covercrit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.covercrit.testing.CovercritArchitectureRules;
import org.junit.jupiter.api.Test;

/** The job is an application on the public API, like the other examples. */
class SparkJobArchitectureTest {
  private static final JavaClasses JOB = CovercritArchitectureRules.importProductionClasses("io.covercrit.examples.spark");

  @Test
  void only_production_classes_are_checked() {
    assertThat(JOB.contain(SparkBatch.class)).isTrue();
    assertThat(JOB.contain(SparkJobArchitectureTest.class)).isFalse();
  }

  @Test
  void the_job_uses_only_public_api() {
    CovercritArchitectureRules.examples_use_no_internal_package_of_other_modules.check(JOB);
  }

  @Test
  void the_job_uses_java_time_and_holds_no_static_mutable_state() {
    CovercritArchitectureRules.no_legacy_date_time.check(JOB);
    // The per-executor registry is a static final holder of immutable, thread-safe values.
    CovercritArchitectureRules.no_static_mutable_state.check(JOB);
  }
}
