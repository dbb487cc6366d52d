package io.covercrit.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static io.covercrit.testing.CovercritArchitectureRules.core_knows_no_payer_jurisdiction_or_example;
import static io.covercrit.testing.CovercritArchitectureRules.documentedException;
import static io.covercrit.testing.CovercritArchitectureRules.evaluators_are_pure;
import static io.covercrit.testing.CovercritArchitectureRules.evaluators_do_no_io;
import static io.covercrit.testing.CovercritArchitectureRules.evaluators_read_no_clock;
import static io.covercrit.testing.CovercritArchitectureRules.evaluators_use_no_randomness;
import static io.covercrit.testing.CovercritArchitectureRules.examples_use_no_internal_package_of_other_modules;
import static io.covercrit.testing.CovercritArchitectureRules.jurisdictions_do_not_depend_on_criteria;
import static io.covercrit.testing.CovercritArchitectureRules.loggers_are_private_static_final;
import static io.covercrit.testing.CovercritArchitectureRules.logging_goes_through_slf4j;
import static io.covercrit.testing.CovercritArchitectureRules.no_legacy_date_time;
import static io.covercrit.testing.CovercritArchitectureRules.no_logging_backend;
import static io.covercrit.testing.CovercritArchitectureRules.no_package_cycles;
import static io.covercrit.testing.CovercritArchitectureRules.no_standard_streams_in_library_code;
import static io.covercrit.testing.CovercritArchitectureRules.no_static_mutable_state;
import static io.covercrit.testing.CovercritArchitectureRules.no_static_mutable_state_except;
import static io.covercrit.testing.CovercritArchitectureRules.policies_of_one_payer_do_not_depend_on_each_other;
import static io.covercrit.testing.CovercritArchitectureRules.public_api_exposes_no_internal_type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.covercrit.testing.fixtures.CachesInAStaticMap;
import io.covercrit.testing.fixtures.HoldsAClock;
import io.covercrit.testing.fixtures.HoldsFrozenStaticState;
import io.covercrit.testing.fixtures.HoldsStaticMutableFields;
import io.covercrit.testing.fixtures.LogsBadly;
import io.covercrit.testing.fixtures.LogsWell;
import io.covercrit.testing.fixtures.MakesRandomIds;
import io.covercrit.testing.fixtures.PrintsToTheConsole;
import io.covercrit.testing.fixtures.PureEvaluator;
import io.covercrit.testing.fixtures.ReadsAFile;
import io.covercrit.testing.fixtures.ReadsSystemTime;
import io.covercrit.testing.fixtures.ReadsTheClock;
import io.covercrit.testing.fixtures.ReadsTheClockByReference;
import io.covercrit.testing.fixtures.UsesLegacyDates;
import io.covercrit.testing.fixtures.UsesRandomness;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves each rule bites: it fails on a fixture that breaks it and passes on one that does not.
 * Fixtures for packages that cannot exist in core (other modules, logging backends) are compiled
 * at test time into a temporary directory, so they never ship in the test-jar.
 */
class CovercritArchitectureRulesTest {
  private static final DescribedPredicate<JavaClass> FIXTURES = resideInAPackage("io.covercrit.testing.fixtures");

  @TempDir
  Path output;

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
    return rule.evaluate(new ClassFileImporter().importClasses(classes));
  }

  private static String violations(ArchRule rule, Class<?>... classes) {
    EvaluationResult result = evaluate(rule, classes);
    assertThat(result.hasViolation()).as("%s fails on %s", rule.getDescription(), List.of(classes)).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  private static void passes(ArchRule rule, Class<?>... classes) {
    EvaluationResult result = evaluate(rule, classes);
    assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
  }

  // --- purity

  @Test
  void evaluators_do_no_io_fails_on_a_file_read() {
    assertThat(violations(evaluators_do_no_io(FIXTURES), ReadsAFile.class))
        .contains("java.nio.file.Files.readString", "java.io.IOException");
    passes(evaluators_do_no_io(FIXTURES), PureEvaluator.class);
  }

  @Test
  void evaluators_read_no_clock_fails_on_now_system_time_a_clock_and_a_method_reference() {
    ArchRule rule = evaluators_read_no_clock(FIXTURES);
    assertThat(violations(rule, ReadsTheClock.class)).contains("LocalDate.now()");
    assertThat(violations(rule, ReadsTheClockByReference.class)).contains("Instant.now()");
    assertThat(violations(rule, ReadsSystemTime.class)).contains("System.nanoTime()", "System.currentTimeMillis()");
    assertThat(violations(rule, HoldsAClock.class)).contains("java.time.Clock");
    passes(rule, PureEvaluator.class);
  }

  @Test
  void evaluators_use_no_randomness_fails_on_random_uuid_and_math_random() {
    ArchRule rule = evaluators_use_no_randomness(FIXTURES);
    assertThat(violations(rule, UsesRandomness.class)).contains("java.util.Random");
    assertThat(violations(rule, MakesRandomIds.class)).contains("UUID.randomUUID()", "Math.random()");
    passes(rule, PureEvaluator.class);
  }

  @Test
  void evaluators_are_pure_combines_the_three_and_applies_only_to_the_given_classes() {
    ArchRule pure = evaluators_are_pure("io.covercrit.testing.fixtures..");
    assertThat(violations(pure, ReadsAFile.class, ReadsTheClock.class, UsesRandomness.class))
        .contains("Files.readString", "LocalDate.now()", "java.util.Random");
    passes(pure, PureEvaluator.class);
    // a class outside the given packages is not an evaluator, and a rule that checks nothing fails
    assertThatThrownBy(() -> evaluate(evaluators_are_pure("io.covercrit.nowhere.."), ReadsTheClock.class))
        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
  }

  @Test
  void check_throws_with_the_reason() {
    assertThatThrownBy(() -> evaluators_read_no_clock(FIXTURES).check(new ClassFileImporter().importClasses(ReadsTheClock.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("because the as-of date is an input");
  }

  // --- static state

  @Test
  void no_static_mutable_state_fails_on_a_final_map_that_is_a_hash_map() {
    assertThat(violations(no_static_mutable_state, CachesInAStaticMap.class))
        .contains("CachesInAStaticMap.CACHE> is static and initialised with a new java.util.HashMap");
  }

  @Test
  void no_static_mutable_state_fails_on_each_kind_of_mutable_field() {
    String report = violations(no_static_mutable_state, HoldsStaticMutableFields.class);
    assertThat(report)
        .contains("HoldsStaticMutableFields.evaluations> is static but not final")
        .contains("HoldsStaticMutableFields.TABLE> is static final but of mutable type an array")
        .contains("HoldsStaticMutableFields.BY_CODE> is static final but of mutable type java.util.LinkedHashMap")
        .contains("HoldsStaticMutableFields.COUNTER> is static final but of mutable type java.util.concurrent.atomic.AtomicInteger")
        .contains("HoldsStaticMutableFields.NAMES> is static and initialised with a new java.util.ArrayList");
    assertThat(evaluate(no_static_mutable_state, HoldsStaticMutableFields.class).getFailureReport().getDetails()).hasSize(5);
  }

  @Test
  void no_static_mutable_state_passes_constants_frozen_collections_enums_and_switch_maps() {
    passes(no_static_mutable_state, HoldsFrozenStaticState.class, HoldsFrozenStaticState.Kind.class,
        PureEvaluator.class, LogsWell.class);
    // the enum switch compiles to a synthetic HoldsFrozenStaticState$1 holding a static final int[]
    JavaClasses frozen = new ClassFileImporter().importPackages("io.covercrit.testing.fixtures")
        .that(DescribedPredicate.describe("HoldsFrozenStaticState and its nested classes",
            c -> c.getName().startsWith(HoldsFrozenStaticState.class.getName())));
    assertThat(frozen.stream().map(JavaClass::getName)).contains(HoldsFrozenStaticState.class.getName() + "$1");
    assertThat(no_static_mutable_state.evaluate(frozen).getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void a_documented_exception_exempts_exactly_its_field() {
    ArchRule rule = no_static_mutable_state_except(documentedException(
        HoldsStaticMutableFields.class.getName(), "TABLE", "a test exception"));
    String report = violations(rule, HoldsStaticMutableFields.class);
    assertThat(report).doesNotContain(".TABLE>").contains(".BY_CODE>");
    assertThat(rule.getDescription()).contains("hold no static mutable state");
  }

  // --- hygiene

  @Test
  void no_standard_streams_fails_on_system_out_system_err_and_print_stack_trace() {
    assertThat(violations(no_standard_streams_in_library_code, PrintsToTheConsole.class))
        .contains("System.out", "System.err", "Exception.printStackTrace()");
    passes(no_standard_streams_in_library_code, PureEvaluator.class, LogsWell.class);
  }

  @Test
  void no_legacy_date_time_fails_on_date_and_calendar() {
    assertThat(violations(no_legacy_date_time, UsesLegacyDates.class)).contains("java.util.Date", "java.util.Calendar");
    passes(no_legacy_date_time, PureEvaluator.class);
  }

  @Test
  void loggers_must_be_private_static_final_and_slf4j() {
    assertThat(violations(loggers_are_private_static_final, LogsBadly.class)).contains("SHARED", "perInstance");
    passes(loggers_are_private_static_final, LogsWell.class);
    // a module without any logger passes
    passes(loggers_are_private_static_final, PureEvaluator.class);
    assertThat(violations(logging_goes_through_slf4j, LogsBadly.class)).contains("java.util.logging.Logger");
    passes(logging_goes_through_slf4j, LogsWell.class);
  }

  @Test
  void no_logging_backend_fails_on_a_logback_dependency() throws IOException {
    JavaClasses classes = compile(
        "package ch.qos.logback.classic; public class Logger {}",
        "package io.covercrit.core.fake; public class UsesLogback { ch.qos.logback.classic.Logger logger; }");
    assertThat(no_logging_backend.evaluate(classes).hasViolation()).isTrue();
    assertThat(no_logging_backend.evaluate(new ClassFileImporter().importClasses(LogsWell.class)).hasViolation()).isFalse();
  }

  // --- layering

  @Test
  void core_knows_no_payer_jurisdiction_or_example_fails_on_a_core_class_using_cigna() throws IOException {
    JavaClasses classes = compile(
        "package io.covercrit.cigna.opzelura; public class Opzelura {}",
        "package io.covercrit.jurisdictions.nc; public class NorthCarolina {}",
        "package io.covercrit.core.eval; public class Sneaky { io.covercrit.cigna.opzelura.Opzelura p; }",
        "package io.covercrit.core.model; public class Fine { java.util.List<String> names; }");
    String details = String.join("\n", core_knows_no_payer_jurisdiction_or_example.evaluate(classes).getFailureReport().getDetails());
    assertThat(details).contains("io.covercrit.core.eval.Sneaky").doesNotContain("core.model.Fine");
  }

  @Test
  void jurisdictions_do_not_depend_on_criteria_fails_on_a_state_rule_using_a_cigna_class() throws IOException {
    JavaClasses bad = compile(
        "package io.covercrit.cigna.opzelura; public class Opzelura {}",
        "package io.covercrit.jurisdictions.nc; public class NorthCarolina { Object p = new io.covercrit.cigna.opzelura.Opzelura(); }");
    assertThat(jurisdictions_do_not_depend_on_criteria.evaluate(bad).hasViolation()).isTrue();
  }

  @Test
  void examples_use_no_internal_package_of_other_modules_but_may_use_their_own() throws IOException {
    JavaClasses classes = compile(
        "package io.covercrit.core.codes.internal; public class Hidden {}",
        "package io.covercrit.core.codes; public class Open {}",
        "package io.covercrit.examples.internal; public class OwnHelper {}",
        "package io.covercrit.examples; public class BadExample { io.covercrit.core.codes.internal.Hidden h; }",
        "package io.covercrit.examples.cli; public class GoodExample { io.covercrit.core.codes.Open o;"
            + " io.covercrit.examples.internal.OwnHelper helper; }");
    String details = String.join("\n",
        examples_use_no_internal_package_of_other_modules.evaluate(classes).getFailureReport().getDetails());
    assertThat(details).contains("BadExample").doesNotContain("GoodExample");
  }

  @Test
  void policies_of_one_payer_do_not_depend_on_each_other_except_on_shared_packages() throws IOException {
    JavaClasses classes = compile(
        "package io.covercrit.cigna.common; public class Steps {}",
        "package io.covercrit.cigna.dupixent; public class Dupixent { io.covercrit.cigna.common.Steps s; }",
        "package io.covercrit.cigna.opzelura; public class Opzelura { io.covercrit.cigna.common.Steps s; }");
    assertThat(policies_of_one_payer_do_not_depend_on_each_other("io.covercrit.cigna", "io.covercrit.cigna.common")
        .evaluate(classes).hasViolation()).isFalse();
    assertThat(policies_of_one_payer_do_not_depend_on_each_other("io.covercrit.cigna")
        .evaluate(classes).hasViolation()).as("common is a slice too unless declared shared").isTrue();

    JavaClasses coupled = compile(
        "package io.covercrit.cigna.dupixent; public class Dupixent {}",
        "package io.covercrit.cigna.opzelura; public class Opzelura { io.covercrit.cigna.dupixent.Dupixent d; }");
    assertThat(policies_of_one_payer_do_not_depend_on_each_other("io.covercrit.cigna", "io.covercrit.cigna.common")
        .evaluate(coupled).hasViolation()).isTrue();
  }

  @Test
  void no_package_cycles_fails_on_an_api_type_naming_an_internal_type_that_names_it_back() throws IOException {
    JavaClasses cycle = compile(
        "package io.covercrit.core.eval; public class Result { Object form = new io.covercrit.core.eval.internal.Form(); }",
        "package io.covercrit.core.eval.internal; public class Form { io.covercrit.core.eval.Result result; }");
    assertThat(String.join("\n", no_package_cycles("io.covercrit").evaluate(cycle).getFailureReport().getDetails()))
        .contains("Cycle detected", "package core.eval", "package core.eval.internal");

    JavaClasses layered = compile(
        "package io.covercrit.core.eval; public class Result { Object form = new io.covercrit.core.eval.internal.Form(); }",
        "package io.covercrit.core.eval.internal; public class Form { String text; }",
        "package io.covercrit.core.json; public class Writer { io.covercrit.core.eval.Result result; }");
    assertThat(no_package_cycles("io.covercrit").evaluate(layered).hasViolation()).isFalse();
  }

  @Test
  void public_api_exposes_no_internal_type_fails_on_each_kind_of_signature() throws IOException {
    JavaClasses classes = compile(
        "package io.covercrit.core.codes.internal; public class Hidden extends RuntimeException {}",
        "package io.covercrit.core.codes.internal; public interface HiddenShape {}",
        "package io.covercrit.core.codes; public class Leaks extends Object implements"
            + " io.covercrit.core.codes.internal.HiddenShape {"
            + " public io.covercrit.core.codes.internal.Hidden field;"
            + " public Leaks(io.covercrit.core.codes.internal.Hidden h) {}"
            + " public java.util.List<io.covercrit.core.codes.internal.Hidden> list() { return null; }"
            + " protected void fail() throws io.covercrit.core.codes.internal.Hidden {} }",
        "package io.covercrit.core.codes; public final class Keeps {"
            + " private io.covercrit.core.codes.internal.Hidden field;"
            + " io.covercrit.core.codes.internal.Hidden packagePrivate() { return field; }"
            + " protected void onlyForSubclasses(io.covercrit.core.codes.internal.Hidden h) {}"
            + " public String text() { return String.valueOf(field); } }",
        "package io.covercrit.core.codes; class NotPublic { public io.covercrit.core.codes.internal.Hidden h; }");
    String details = String.join("\n", public_api_exposes_no_internal_type.evaluate(classes).getFailureReport().getDetails());
    assertThat(details)
        .contains("Leaks exposes implements io.covercrit.core.codes.internal.HiddenShape")
        .contains("Leaks exposes field field: io.covercrit.core.codes.internal.Hidden")
        .contains("Leaks exposes <init>(..): io.covercrit.core.codes.internal.Hidden")
        .contains("Leaks exposes list(..): io.covercrit.core.codes.internal.Hidden")
        .contains("Leaks exposes fail(..): io.covercrit.core.codes.internal.Hidden")
        // a final class's protected member, package-private and private members, and a class
        // that is not public, are no API
        .doesNotContain("Keeps").doesNotContain("NotPublic");
  }

  // --- importing

  @Test
  void test_jars_are_not_imported_as_production_classes() {
    CovercritArchitectureRules.DoNotIncludeTestJars option = new CovercritArchitectureRules.DoNotIncludeTestJars();
    assertThat(option.includes(com.tngtech.archunit.core.importer.Location.of(URI.create(
        "jar:file:/m2/io/covercrit/covercrit-core/0.1.0/covercrit-core-0.1.0-tests.jar!/io/covercrit/core/archtest/fixtures/ReadsAFile.class"))))
        .isFalse();
    assertThat(option.includes(com.tngtech.archunit.core.importer.Location.of(URI.create(
        "jar:file:/m2/io/covercrit/covercrit-core/0.1.0/covercrit-core-0.1.0.jar!/io/covercrit/core/eval/Status.class"))))
        .isTrue();
  }

  /** Compiles one-class sources ({@code package p; ... class C ...}) into {@link #output} and imports them. */
  private JavaClasses compile(String... sources) throws IOException {
    Path dir = Files.createTempDirectory(output, "classes");
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("tests run on a JDK").isNotNull();
    List<JavaFileObject> units = new ArrayList<>();
    Pattern name = Pattern.compile("package ([\\w.]+);.*?(?:class|interface) (\\w+)", Pattern.DOTALL);
    for (String source : sources) {
      Matcher m = name.matcher(source);
      assertThat(m.find()).as(source).isTrue();
      String path = m.group(1).replace('.', '/') + "/" + m.group(2) + ".java";
      units.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      });
    }
    boolean compiled = compiler.getTask(null, null, null, List.of("-d", dir.toString(), "-proc:none"), null, units).call();
    assertThat(compiled).as("fixture sources compile").isTrue();
    return new ClassFileImporter().importPath(dir);
  }
}
