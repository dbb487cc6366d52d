package io.covercrit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;

/**
 * One call that checks a host's own policy module against the rules the covercrit policies keep:
 *
 * <pre>{@code
 * @Test
 * void my_policies_are_pure() {
 *   PolicyArchitecture.check("com.acme.policies");
 * }
 * }</pre>
 *
 * <p>Checked, on the production classes of the packages (test directories and test-jars are
 * skipped): no I/O, no clock, no randomness in any class (an evaluation is a pure function of the
 * request and the as-of date), no static mutable state, no standard streams, no legacy date types,
 * logging only through the SLF4J API with no backend, no dependency on an {@code internal} package
 * of covercrit, and no package cycles. A violation fails with ArchUnit's report, which names each
 * offending class and line.
 */
public final class PolicyArchitecture {
  private PolicyArchitecture() {}

  /**
   * Imports the production classes of {@code packages} (and their sub-packages) and checks them.
   *
   * @throws AssertionError naming every violation
   */
  public static void check(String... packages) {
    if (packages.length == 0) {
      throw new IllegalArgumentException("name at least one package");
    }
    check(CovercritArchitectureRules.importProductionClasses(packages), packages);
  }

  /** Checks classes the caller imported; {@code rootPackages} bound the package-cycle check. */
  public static void check(JavaClasses classes, String... rootPackages) {
    String[] patterns = new String[rootPackages.length];
    for (int i = 0; i < rootPackages.length; i++) {
      patterns[i] = rootPackages[i] + "..";
    }
    for (ArchRule rule : rules(patterns)) {
      rule.check(classes);
    }
    for (String root : rootPackages) {
      // A module of one package has no slices to compare: nothing to find, not a failure.
      CovercritArchitectureRules.no_package_cycles(root).allowEmptyShould(true).check(classes);
    }
  }

  private static List<ArchRule> rules(String... patterns) {
    return List.of(
        CovercritArchitectureRules.evaluators_are_pure(patterns),
        CovercritArchitectureRules.no_static_mutable_state,
        CovercritArchitectureRules.no_standard_streams_in_library_code,
        CovercritArchitectureRules.no_legacy_date_time,
        CovercritArchitectureRules.no_logging_backend,
        CovercritArchitectureRules.logging_goes_through_slf4j,
        ArchRuleDefinition.noClasses().should().dependOnClassesThat().resideInAPackage("io.covercrit..internal..")
            .because("covercrit's internal packages may change in any release; policies use the public API")
            .allowEmptyShould(true));
  }
}
