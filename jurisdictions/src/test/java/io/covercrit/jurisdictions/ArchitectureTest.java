package io.covercrit.jurisdictions;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.covercrit.testing.CovercritArchitectureRules;
import org.junit.jupiter.api.Test;

/** The covercrit architecture rules, and this module's own API rule, checked on its compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      CovercritArchitectureRules.importProductionClasses("io.covercrit.jurisdictions");

  private static final DescribedPredicate<JavaClass> ALL = resideInAPackage("io.covercrit.jurisdictions..");

  /** Writes JSON text through Jackson (UncheckedIOException); exempt from the I/O rule only. */
  private static final DescribedPredicate<JavaClass> JSON_EDGE = type(TimelineJson.class);

  @Test
  void the_rules_see_the_whole_module() {
    assertThat(CLASSES.stream().map(JavaClass::getName))
        .contains(TimelineCalendar.class.getName(), "io.covercrit.jurisdictions.internal.TimelineEngine",
            "io.covercrit.jurisdictions.internal.StatePrograms")
        .noneMatch(n -> n.endsWith("Test"));
  }

  @Test
  void computations_are_pure() {
    CovercritArchitectureRules.evaluators_do_no_io(ALL.and(not(JSON_EDGE))).check(CLASSES);
    CovercritArchitectureRules.evaluators_read_no_clock(ALL).check(CLASSES);
    CovercritArchitectureRules.evaluators_use_no_randomness(ALL).check(CLASSES);
  }

  @Test
  void no_static_mutable_state() {
    CovercritArchitectureRules.no_static_mutable_state.check(CLASSES);
  }

  @Test
  void library_hygiene() {
    CovercritArchitectureRules.no_standard_streams_in_library_code.check(CLASSES);
    CovercritArchitectureRules.no_legacy_date_time.check(CLASSES);
    CovercritArchitectureRules.loggers_are_private_static_final.check(CLASSES);
    CovercritArchitectureRules.no_logging_backend.check(CLASSES);
    CovercritArchitectureRules.logging_goes_through_slf4j.check(CLASSES);
  }

  @Test
  void jurisdictions_do_not_depend_on_payer_criteria() {
    CovercritArchitectureRules.jurisdictions_do_not_depend_on_criteria.check(CLASSES);
  }

  @Test
  void the_public_api_does_not_expose_internal_types() {
    methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("io.covercrit.jurisdictions")
        .and().areDeclaredInClassesThat().arePublic()
        .should(new ArchCondition<>("not return or take internal types") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean leaks = method.getRawReturnType().getPackageName().contains(".internal")
                || method.getRawParameterTypes().stream().anyMatch(p -> p.getPackageName().contains(".internal"));
            if (leaks) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an internal type"));
            }
          }
        })
        .because("io.covercrit.jurisdictions.internal may change without notice")
        .check(CLASSES);
  }

  @Test
  void no_package_cycles() {
    CovercritArchitectureRules.no_package_cycles("io.covercrit.jurisdictions").check(CLASSES);
  }

  @Test
  void public_api_exposes_no_internal_type() {
    CovercritArchitectureRules.public_api_exposes_no_internal_type.check(CLASSES);
  }
}
