package io.covercrit.fhir;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.covercrit.testing.CovercritArchitectureRules;
import org.junit.jupiter.api.Test;

/** The module's layering (FHIR only here, criteria only through the registry) and the library rules. */
class FhirArchitectureTest {
  private static final JavaClasses FHIR = CovercritArchitectureRules.importProductionClasses("io.covercrit.fhir");
  private static final JavaClasses CORE = CovercritArchitectureRules.importProductionClasses("io.covercrit.core");

  /**
   * Read their tables from the jar once, when made (and CrdResponder names Jackson's IOException of
   * in-memory text); the rest maps in memory.
   */
  private static final DescribedPredicate<JavaClass> TABLE_LOADERS = simpleName("ProductCatalog")
      .or(simpleName("RequestSchema")).or(simpleName("QuestionPlanner")).or(simpleName("CrdResponder"));

  @Test
  void the_rules_see_the_whole_module() {
    assertThat(FHIR.stream().map(JavaClass::getName))
        .contains(FhirRequestMapper.class.getName(), "io.covercrit.fhir.internal.BundleMapper")
        .noneMatch(n -> n.endsWith("Test"));
    assertThat(CORE.stream().map(JavaClass::getName)).contains("io.covercrit.core.eval.PolicyRegistry");
  }

  @Test
  void core_stays_free_of_fhir() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("ca.uhn..", "org.hl7..")
        .because("HAPI FHIR's weight belongs to covercrit-fhir alone").check(CORE);
  }

  @Test
  void the_question_model_is_free_of_fhir_so_other_renderers_can_take_it() {
    noClasses().that().resideInAPackage("io.covercrit.fhir.questions..")
        .should().dependOnClassesThat().resideInAnyPackage("ca.uhn..", "org.hl7..")
        .because("NCPDP SCRIPT ePA question sets are to render the same questions").check(FHIR);
  }

  @Test
  void payer_criteria_are_reached_only_through_the_registry() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.covercrit.cigna..", "io.covercrit.jurisdictions..")
        .check(FHIR);
  }

  @Test
  void mapping_is_pure() {
    DescribedPredicate<JavaClass> mapping = resideInAPackage("io.covercrit.fhir..").and(not(TABLE_LOADERS));
    CovercritArchitectureRules.evaluators_do_no_io(mapping).check(FHIR);
    CovercritArchitectureRules.evaluators_read_no_clock(resideInAPackage("io.covercrit.fhir..")).check(FHIR);
    CovercritArchitectureRules.evaluators_use_no_randomness(resideInAPackage("io.covercrit.fhir..")).check(FHIR);
  }

  @Test
  void library_hygiene() {
    CovercritArchitectureRules.no_static_mutable_state.check(FHIR);
    CovercritArchitectureRules.no_standard_streams_in_library_code.check(FHIR);
    CovercritArchitectureRules.no_legacy_date_time.check(FHIR);
    CovercritArchitectureRules.no_logging_backend.check(FHIR);
    CovercritArchitectureRules.logging_goes_through_slf4j.check(FHIR);
    CovercritArchitectureRules.public_api_exposes_no_internal_type.check(FHIR);
    CovercritArchitectureRules.no_package_cycles("io.covercrit.fhir").check(FHIR);
  }
}
