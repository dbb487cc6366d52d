package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.json.CovercritJson;
import org.junit.jupiter.api.Test;

/** The Alecensa sample requests, run through the command line as a user would. */
class AlecensaSamplesTest extends CliTestSupport {
  @Test
  void the_adjuvant_sample_meets_criteria_on_the_digest_and_says_it_is_not_the_policy_text() {
    assertThat(run("evaluate", sample("alecensa-adjuvant-approvable.json"))).isZero();
    assertThat(out.toString())
        .contains("OUTCOME: MEETS CRITERIA")
        .contains("Meets criteria under CNF-494 1 (Non-Small Cell Lung Cancer - Adjuvant Therapy).")
        .contains("provenance: SECONDARY_DIGEST (facts gathered 2026-11-24) - NOT the payer's policy text")
        .contains("reading: 1.C \"used after tumor resection\" (digest) does not say \"complete\"")
        .contains("✔ CNF-494 1.C (4 cm or larger)")
        .contains("found: Tumor 5.2 cm (4 cm or larger required)")
        .contains("✔ CNF-494 1.D")
        .contains("Approval: up to 24 months (ends no later than 2028-11-24)")
        .contains("FAX 1-866-873-8279")
        .contains("DOCUMENTS TO ATTACH")
        .doesNotContain("U9876543201");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void the_metastatic_sample_needs_the_alk_test_method_and_rests_on_patient_guides() {
    assertThat(run("evaluate", sample("alecensa-metastatic-method-missing.json"))).isZero();
    assertThat(out.toString())
        .contains("OUTCOME: NEEDS DOCUMENTATION")
        .contains("Needs documentation: CNF-494 2.C not documented.")
        .contains("provenance: PATIENT_GUIDE (facts gathered 2026-11-24) - NOT the payer's policy text")
        .contains("reading: Step therapy (sources conflict): encoded as NOT required")
        .contains("? CNF-494 2.C")
        .contains("method not documented")
        .contains("✔ CNF-494 2.B")
        .contains("DOCUMENTS TO GATHER")
        .contains("FAX 1-866-649-8173")
        .doesNotContain("Approval:")
        .doesNotContain("U9876543202");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void json_output_carries_the_provenance_of_the_pathway() {
    assertThat(run("evaluate", "--format", "json", sample("alecensa-adjuvant-approvable.json"))).isZero();
    String json = out.toString();
    assertThat(json).contains("\"provenance\"").contains("\"pathwayProvenance\"");
    Determination d = CovercritJson.create().readDetermination(json);
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);

    out.getBuffer().setLength(0);
    assertThat(run("evaluate", "--format", "json", sample("alecensa-metastatic-method-missing.json"))).isZero();
    d = CovercritJson.create().readDetermination(out.toString());
    assertThat(out.toString()).contains("\"provenance\"");
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
  }

  @Test
  void policies_and_explain_show_the_policy_and_both_pathway_provenances() {
    assertThat(run("policies")).isZero();
    assertThat(out.toString()).contains("cigna/CNF-494").contains("PATIENT_GUIDE");
    out.getBuffer().setLength(0);
    assertThat(run("explain", "cigna/CNF-494")).isZero();
    assertThat(out.toString())
        .contains("CNF-494 1: provenance: SECONDARY_DIGEST")
        .contains("CNF-494 2: provenance: PATIENT_GUIDE")
        .contains("CNF-494 1 (2-year total)  Within the total duration of 2 years of adjuvant alectinib")
        .contains("CNF-494 1.C (size or nodes)  Tumor 4 cm or larger OR node-positive  [ONE of:]");
  }
}
