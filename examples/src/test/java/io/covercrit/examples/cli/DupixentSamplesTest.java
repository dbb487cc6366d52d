package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.json.CovercritJson;
import org.junit.jupiter.api.Test;

/** The Dupixent (cigna/IP0453) sample requests, run through the command line. */
class DupixentSamplesTest extends CliTestSupport {
  @Test
  void the_approvable_asthma_sample_meets_criteria_and_says_the_rules_are_second_hand() {
    assertThat(run("evaluate", sample("dupixent-asthma-approvable.json"))).isZero();
    assertThat(out.toString())
        .contains("cigna/IP0453")
        .contains("provenance: SECONDARY_DIGEST (facts gathered 2026-11-24) - NOT the payer's policy text")
        .contains("reading: Asthma 1.C: the California guide says 'failed high-dose ICS/LABA'")
        .contains("OUTCOME: MEETS CRITERIA")
        .contains("Meets criteria under IP0453 1 (Asthma).")
        .contains("Approval: up to 6 months (ends no later than 2027-05-24)")
        .contains("✔ IP0453 1.B.a")
        .contains("found: 0.32 10*9/L = 320 cells/µL on 2026-11-02")
        .contains("✔ IP0453 1.C")
        .contains("timing: Standard prior authorization review for Dupixent: often 5-10 business days")
        .contains("FAX 1-866-873-8279")
        .doesNotContain("U9876543201");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void the_approvable_asthma_sample_in_json_carries_its_provenance() {
    assertThat(run("evaluate", "--format", "json", sample("dupixent-asthma-approvable.json"))).isZero();
    assertThat(out.toString()).contains("\"provenance\"").contains("\"SECONDARY_DIGEST\"").doesNotContain("U9876543201");
    Determination d = CovercritJson.create().readDetermination(out.toString());
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);
    assertThat(d.policy().id()).isEqualTo("cigna/IP0453");
  }

  @Test
  void the_stale_eosinophil_sample_needs_a_new_count() {
    assertThat(run("evaluate", sample("dupixent-asthma-stale-eosinophil-count.json"))).isZero();
    assertThat(out.toString())
        .contains("provenance: SECONDARY_DIGEST")
        .contains("OUTCOME: NEEDS DOCUMENTATION")
        .contains("Needs documentation: IP0453 1.B not documented.")
        .contains("? IP0453 1.B.a")
        .contains("found: No count since 2026-10-13 (latest 0.41 10*9/L = 410 cells/µL on 2026-08-01)")
        .contains("fix: Draw a blood eosinophil count")
        .contains("DOCUMENTS TO GATHER")
        .contains("Blood eosinophil count report(s)");
    out.getBuffer().setLength(0);
    assertThat(run("evaluate", "--format", "json", sample("dupixent-asthma-stale-eosinophil-count.json"))).isZero();
    assertThat(out.toString()).contains("\"provenance\"");
    assertThat(CovercritJson.create().readDetermination(out.toString()).outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
  }

  @Test
  void policies_lists_ip0453_as_a_secondary_digest() {
    assertThat(run("policies")).isZero();
    assertThat(out.toString()).contains("cigna/IP0453").contains("digest (undated)").contains("SECONDARY_DIGEST");
  }
}
