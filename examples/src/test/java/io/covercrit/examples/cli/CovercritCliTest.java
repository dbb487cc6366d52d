package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.json.CovercritJson;
import org.junit.jupiter.api.Test;

class CovercritCliTest extends CliTestSupport {
  @Test
  void the_approvable_atopic_dermatitis_sample_meets_criteria_with_a_readable_worksheet() {
    assertThat(run("evaluate", sample("opzelura-ad-approvable.json"))).isZero();
    assertThat(out.toString())
        .contains("OUTCOME: MEETS CRITERIA")
        .contains("✔ IP0369 1.C.i")
        .contains("Approval: up to 6 months (ends no later than 2027-05-24)")
        .contains("FAX 1-866-873-8279")
        .contains("DOCUMENTS TO ATTACH")
        .doesNotContain("U1234567801");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void the_vitiligo_sample_fails_on_body_surface_area() {
    assertThat(run("evaluate", sample("opzelura-vitiligo-bsa-too-high.json"))).isZero();
    assertThat(out.toString())
        .contains("OUTCOME: DOES NOT MEET CRITERIA")
        .contains("Does not meet criteria: IP0369 2.B not met.")
        .contains("✘ IP0369 2.B")
        .contains("found: BSA 14% (limit 10%)")
        .contains("DOCUMENTS TO GATHER");
  }

  @Test
  void the_concurrent_biologic_sample_is_not_covered() {
    assertThat(run("evaluate", sample("opzelura-ad-concurrent-biologic.json"))).isZero();
    assertThat(out.toString()).contains("OUTCOME: NOT COVERED").contains("found: Dupixent 300 mg still in use on 2026-11-24");
  }

  @Test
  void json_output_reads_back_as_the_same_determination() {
    assertThat(run("evaluate", "--format", "json", sample("opzelura-ad-approvable.json"))).isZero();
    Determination d = CovercritJson.create().readDetermination(out.toString());
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.asOf()).hasToString("2026-11-24");
  }

  @Test
  void as_of_overrides_the_request_date_and_selects_the_policy_version() {
    assertThat(run("evaluate", "--as-of", "2024-11-14", "--format", "json", sample("opzelura-ad-approvable.json"))).isZero();
    assertThat(CovercritJson.create().readDetermination(out.toString()).policy().version()).isEqualTo("before 2024-11-15");
  }

  @Test
  void a_request_on_standard_input_with_a_bad_date_is_an_error_naming_the_path_only() {
    String bad = "{\"requestedDrug\":{\"name\":\"Opzelura\"},\"policyId\":\"cigna/IP0369\",\"patient\":{\"birthDate\":\"2010-02-30x\"}}";
    assertThat(runWithInput(bad, "evaluate", "-")).isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(err.toString()).contains("CC-JSON-003").contains("$.patient.birthDate").doesNotContain("2010-02-30x");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void an_unknown_policy_is_an_error() {
    assertThat(run("evaluate", "--policy", "acme/NOPE", sample("opzelura-ad-approvable.json"))).isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(err.toString()).contains("CC-POLICY-001");
  }

  @Test
  void policies_lists_both_versions_of_ip0369() {
    assertThat(run("policies")).isZero();
    assertThat(out.toString()).contains("cigna/IP0369").contains("before 2024-11-15").contains("2024-11-15").contains("POLICY_TEXT");
  }

  @Test
  void explain_prints_the_clause_tree_from_the_code() {
    assertThat(run("explain", "cigna/IP0369")).isZero();
    assertThat(out.toString())
        .contains("IP0369 1.C.i  Failure to ONE prescription topical corticosteroid (medium potency or higher) applied for at least 28 consecutive days")
        .contains("IP0369 2.E  Medication is prescribed by, or in consultation with, a dermatologist")
        .contains("IP0369 Not Covered 1");
    out.getBuffer().setLength(0);
    assertThat(run("explain", "cigna/IP0369", "--as-of", "2024-01-01")).isZero();
    assertThat(out.toString()).contains("at least 14 consecutive days");
  }
}
