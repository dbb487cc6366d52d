package io.covercrit.cigna;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.opzelura.OpzeluraIp0369;
import io.covercrit.testing.CovercritArchitectureRules;
import org.junit.jupiter.api.Test;

/** The covercrit architecture rules applied to the Cigna policies. */
class CignaArchitectureTest {
  private static final JavaClasses CIGNA = CovercritArchitectureRules.importProductionClasses("io.covercrit.cigna");

  /**
   * Reads its bundled {@code cigna-directory.json} once, when the class is initialised, never
   * during an evaluation; exempt from the I/O rule only (not from the clock or randomness rules).
   */
  private static final DescribedPredicate<JavaClass> DIRECTORY_LOADER = type(CignaDirectory.class);

  private static final DescribedPredicate<JavaClass> ALL_OF_CIGNA = resideInAPackage("io.covercrit.cigna..");

  @Test
  void only_production_classes_are_checked() {
    assertThat(CIGNA.contain(OpzeluraIp0369.class)).isTrue();
    assertThat(CIGNA.contain(CignaArchitectureTest.class)).isFalse();
  }

  @Test
  void policies_do_no_io() {
    CovercritArchitectureRules.evaluators_do_no_io(ALL_OF_CIGNA.and(not(DIRECTORY_LOADER))).check(CIGNA);
  }

  @Test
  void the_io_exemption_is_still_needed() {
    assertThat(CovercritArchitectureRules.evaluators_do_no_io(DIRECTORY_LOADER).evaluate(CIGNA).hasViolation()).isTrue();
  }

  @Test
  void policies_read_no_clock_and_draw_no_random_numbers() {
    CovercritArchitectureRules.evaluators_read_no_clock(ALL_OF_CIGNA).check(CIGNA);
    CovercritArchitectureRules.evaluators_use_no_randomness(ALL_OF_CIGNA).check(CIGNA);
  }

  @Test
  void no_static_mutable_state() {
    CovercritArchitectureRules.no_static_mutable_state.check(CIGNA);
  }

  @Test
  void library_hygiene() {
    CovercritArchitectureRules.no_standard_streams_in_library_code.check(CIGNA);
    CovercritArchitectureRules.no_legacy_date_time.check(CIGNA);
    CovercritArchitectureRules.loggers_are_private_static_final.check(CIGNA);
    CovercritArchitectureRules.no_logging_backend.check(CIGNA);
    CovercritArchitectureRules.logging_goes_through_slf4j.check(CIGNA);
  }

  @Test
  void each_policy_stands_alone() {
    CovercritArchitectureRules.policies_of_one_payer_do_not_depend_on_each_other("io.covercrit.cigna",
        "io.covercrit.cigna.internal").check(CIGNA);
  }

  @Test
  void cigna_depends_on_no_example_and_on_no_internal_package_of_another_module() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("io.covercrit.examples..",
            "io.covercrit.jurisdictions.internal..", "io.covercrit.core..internal..")
        .because("a payer module composes the public APIs of core and jurisdictions (its appeal rules)")
        .check(CIGNA);
  }

  @Test
  void no_package_cycles() {
    CovercritArchitectureRules.no_package_cycles("io.covercrit.cigna").check(CIGNA);
  }

  @Test
  void public_api_exposes_no_internal_type() {
    CovercritArchitectureRules.public_api_exposes_no_internal_type.check(CIGNA);
  }
}
