package io.covercrit.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static io.covercrit.testing.CovercritArchitectureRules.documentedException;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.covercrit.testing.CovercritArchitectureRules;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.PolicyRegistry;
import org.junit.jupiter.api.Test;

/** The covercrit architecture rules applied to core's production classes. */
class CoreArchitectureTest {
  private static final JavaClasses CORE = CovercritArchitectureRules.importProductionClasses("io.covercrit.core");

  private static final DescribedPredicate<JavaClass> ALL_OF_CORE = resideInAPackage("io.covercrit.core..");

  /**
   * Where core meets the host's I/O; exempt from evaluators_do_no_io only (never from the clock
   * and randomness rules):
   * <ul>
   *   <li>{@code io.covercrit.core.json..}: reads and writes JSON text (Jackson, UncheckedIOException);
   *   <li>{@code io.covercrit.core.internal}: the JSON writing helpers (UTF-8 buffers written to a
   *       generator or an {@code OutputStream}), and {@code DeterminationSerializer}, the Jackson
   *       serializer {@code Determination} names, which sits beside it so that the API type names no
   *       internal package;
   *   <li>{@code OrderFileReader}: reads the CMS order file from a host-supplied {@code java.io.Reader};
   *   <li>{@code Icd10CodeSets}: the public factory for it, {@code fromOrderFile(Reader, String) throws IOException}.
   * </ul>
   * {@code PolicyRegistry.installed()} needs no exemption: {@code java.util.ServiceLoader} is not
   * an I/O type to these rules (see {@link #the_policy_registry_needs_no_exemption_for_its_service_loader}).
   */
  private static final String ORDER_FILE_READER = "io.covercrit.core.codes.OrderFileReader";
  private static final String DETERMINATION_SERIALIZER = "io.covercrit.core.eval.DeterminationSerializer";

  private static final DescribedPredicate<JavaClass> IO_EDGES = resideInAPackage("io.covercrit.core.json..")
      .or(resideInAPackage("io.covercrit.core.internal"))
      .or(name(ORDER_FILE_READER))
      .or(name(DETERMINATION_SERIALIZER))
      .or(type(Icd10CodeSets.class))
      .as("core's I/O edges (json, its writing helpers, OrderFileReader, Icd10CodeSets)");

  @Test
  void only_production_classes_are_checked() {
    assertThat(CORE.contain(PolicyRegistry.class)).isTrue();
    assertThat(CORE.contain("io.covercrit.core.eval.ImmutableDetermination")).isTrue();
    assertThat(CORE.contain(CoreArchitectureTest.class)).isFalse();
    assertThat(CORE.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.startsWith("io.covercrit.testing"));
    assertThat(CORE.stream().map(JavaClass::getName)).noneMatch(n -> n.contains("Acme"));
  }

  @Test
  void evaluators_do_no_io() {
    CovercritArchitectureRules.evaluators_do_no_io(ALL_OF_CORE.and(not(IO_EDGES))).check(CORE);
  }

  @Test
  void every_io_exemption_is_still_needed() {
    for (String edge : new String[] {"io.covercrit.core.json.CovercritJson", ORDER_FILE_READER, DETERMINATION_SERIALIZER,
        "io.covercrit.core.internal.Utf8Json", "io.covercrit.core.internal.ByteSink",
        Icd10CodeSets.class.getName()}) {
      assertThat(CovercritArchitectureRules.evaluators_do_no_io(type(CORE.get(edge).reflect())).evaluate(CORE)
          .hasViolation()).as("%s touches I/O", edge).isTrue();
    }
  }

  @Test
  void the_policy_registry_needs_no_exemption_for_its_service_loader() {
    assertThat(CORE.get(PolicyRegistry.class).getDirectDependenciesFromSelf())
        .anyMatch(d -> d.getTargetClass().getName().equals("java.util.ServiceLoader"));
    CovercritArchitectureRules.evaluators_are_pure(type(PolicyRegistry.class)).check(CORE);
  }

  @Test
  void core_reads_no_clock() {
    CovercritArchitectureRules.evaluators_read_no_clock(ALL_OF_CORE).check(CORE);
  }

  @Test
  void core_uses_no_randomness() {
    CovercritArchitectureRules.evaluators_use_no_randomness(ALL_OF_CORE).check(CORE);
  }

  @Test
  void no_static_mutable_state_without_exceptions() {
    CovercritArchitectureRules.no_static_mutable_state.check(CORE);
  }

  @Test
  void no_standard_streams_in_library_code() {
    CovercritArchitectureRules.no_standard_streams_in_library_code.check(CORE);
  }

  @Test
  void no_legacy_date_time() {
    CovercritArchitectureRules.no_legacy_date_time.check(CORE);
  }

  @Test
  void loggers_are_private_static_final() {
    CovercritArchitectureRules.loggers_are_private_static_final.check(CORE);
  }

  @Test
  void no_logging_backend() {
    CovercritArchitectureRules.no_logging_backend.check(CORE);
  }

  @Test
  void logging_goes_through_slf4j() {
    CovercritArchitectureRules.logging_goes_through_slf4j.check(CORE);
  }

  @Test
  void core_knows_no_payer_jurisdiction_or_example() {
    CovercritArchitectureRules.core_knows_no_payer_jurisdiction_or_example.check(CORE);
  }

  @Test
  void no_package_cycles() {
    CovercritArchitectureRules.no_package_cycles("io.covercrit.core").check(CORE);
  }

  @Test
  void public_api_exposes_no_internal_type() {
    CovercritArchitectureRules.public_api_exposes_no_internal_type.check(CORE);
  }
}
