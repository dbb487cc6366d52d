package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.CovercritException;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DrugClass;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyRegistryTest {
  private static final CriteriaPolicy UNDATED = AcmeTestPolicy.policy(AcmeTestPolicy.descriptor("draft", null));
  private static final CriteriaPolicy V2025 =
      AcmeTestPolicy.policy(AcmeTestPolicy.descriptor("2025-01", LocalDate.of(2025, 1, 1)));
  private static final CriteriaPolicy V2026 =
      AcmeTestPolicy.policy(AcmeTestPolicy.descriptor("2026-01", LocalDate.of(2026, 1, 1)));

  private static CoverageRequest request() {
    return AcmeTestPolicy.request().addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(AcmeTestPolicy.failedTrial(DrugClass.TOPICAL_CORTICOSTEROID,
            LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 28)))
        .build();
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2024-06-30, draft",
    "2024-12-31, draft",
    "2025-01-01, 2025-01",
    "2025-12-31, 2025-01",
    "2026-01-01, 2026-01",
    "2026-01-02, 2026-01",
    "2099-01-01, 2026-01",
  })
  void the_version_in_force_runs_from_its_effective_date_to_the_next_one(LocalDate asOf, String version) {
    // registration order must not matter
    PolicyRegistry registry = PolicyRegistry.of(List.of(V2026, UNDATED, V2025));
    assertThat(registry.require(AcmeTestPolicy.ID, asOf).descriptor().version()).isEqualTo(version);
    assertThat(registry.find(AcmeTestPolicy.ID, asOf).map(p -> p.descriptor().version())).contains(version);
    assertThat(registry.evaluate(AcmeTestPolicy.ID, request(), asOf).policy().version()).isEqualTo(version);
  }

  @Test
  void before_the_first_dated_version_no_version_is_in_force() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(V2025, V2026));
    assertThat(registry.find(AcmeTestPolicy.ID, LocalDate.of(2024, 12, 31))).isEmpty();
    PolicyNotInForceException e = catchThrowableOfType(PolicyNotInForceException.class,
        () -> registry.require(AcmeTestPolicy.ID, LocalDate.of(2024, 12, 31)));
    assertThat(e.errorCode()).isEqualTo(PolicyNotInForceException.CODE).isEqualTo("CC-POLICY-002");
  }

  @Test
  void an_unknown_policy_id_is_reported_with_its_error_code() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(V2026));
    assertThat(registry.find("acme/T9", LocalDate.of(2026, 3, 1))).isEmpty();
    UnknownPolicyException e = catchThrowableOfType(UnknownPolicyException.class,
        () -> registry.require("acme/T9", LocalDate.of(2026, 3, 1)));
    assertThat(e.errorCode()).isEqualTo(UnknownPolicyException.CODE).isEqualTo("CC-POLICY-001");
    assertThat(e).isInstanceOf(CovercritException.class);
  }

  @Test
  void two_versions_taking_effect_on_one_date_are_rejected() {
    CriteriaPolicy twin = AcmeTestPolicy.policy(AcmeTestPolicy.descriptor("2026-01b", LocalDate.of(2026, 1, 1)));
    assertThatThrownBy(() -> PolicyRegistry.of(List.of(V2026, twin)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(AcmeTestPolicy.ID);
    assertThatThrownBy(() -> PolicyRegistry.of(List.of(UNDATED, AcmeTestPolicy.policy(AcmeTestPolicy.descriptor("x", null)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_request_names_its_policy_or_is_rejected() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(V2026));
    Determination d = registry.evaluate(request(), LocalDate.of(2026, 3, 1));
    assertThat(d.policy().id()).isEqualTo(AcmeTestPolicy.ID);
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);

    CoverageRequest anonymous = CoverageRequest.builder().from(request()).policyId(java.util.Optional.empty()).build();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> registry.evaluate(anonymous, LocalDate.of(2026, 3, 1)));
    assertThat(e.field()).isEqualTo("policyId");
    assertThat(e.errorCode()).isEqualTo(InvalidInputException.REQUIRED_FIELD);
  }

  @Test
  void the_registry_checks_codes_against_the_curated_set_unless_given_another() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(V2026));
    LocalDate asOf = LocalDate.of(2026, 3, 1);
    assertThat(registry.evaluate(request(), asOf).codeSet()).isEqualTo("covercrit curated ICD-10-CM FY2026 subset");
    assertThat(registry.withCodeSet(AcmeTestPolicy.codes()).evaluate(request(), asOf).codeSet())
        .isEqualTo("acme test codes");
    assertThatThrownBy(() -> registry.withCodeSet(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void ids_descriptors_and_versions_are_listed_in_order() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(V2026, V2025, UNDATED));
    assertThat(registry.policyIds()).containsExactly(AcmeTestPolicy.ID);
    assertThat(registry.descriptors()).extracting(PolicyDescriptor::version).containsExactly("draft", "2025-01", "2026-01");
    assertThat(registry.versions(AcmeTestPolicy.ID)).containsExactly(UNDATED, V2025, V2026);
    assertThat(registry.versions("acme/T9")).isEmpty();
  }

  @Test
  void installed_policies_are_found_through_the_service_loader() {
    PolicyRegistry installed = PolicyRegistry.installed();
    assertThat(installed.policyIds()).contains(AcmeTestPolicy.ID);
    assertThat(installed.versions(AcmeTestPolicy.ID)).extracting(p -> p.descriptor().version())
        .containsExactly("2025-01", "2026-01");
    assertThat(PolicyRegistry.installed(getClass().getClassLoader()).policyIds()).contains(AcmeTestPolicy.ID);
    assertThat(installed.evaluate(request(), LocalDate.of(2026, 3, 1)).policy().version()).isEqualTo("2026-01");
  }
}
