package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.json.CovercritJson;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The Ilaris (cigna/IP0235) sample requests, run through the command line. */
class IlarisSamplesTest extends CliTestSupport {
  @Test
  void the_gout_sample_meets_criteria_for_12_weeks_and_says_the_criteria_are_not_the_policy_text() {
    assertThat(run("evaluate", sample("ilaris-gout-approvable.json"))).isZero();
    assertThat(out.toString())
        .contains("OUTCOME: MEETS CRITERIA")
        .contains("Meets criteria under IP0235 6 (Gout Flares).")
        .contains("Approval: up to 12 weeks (ends no later than 2027-02-16)")
        .contains("✔ IP0235 6.B.i.b")
        .contains("provenance: ANALOG_POLICY")
        .contains("NOT the payer's policy text")
        .contains("reading: Gout flares: every criterion comes from Medical Mutual's Ilaris gout policy")
        .contains("NOT THE POLICY TEXT")
        .contains("WEB https://www.covermymeds.com")
        .contains("up to 30 days")
        .doesNotContain("U7654321001");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void the_fmf_sample_fails_on_a_crp_of_0_8_mg_per_dl_which_is_8_mg_per_l() {
    assertThat(run("evaluate", sample("ilaris-fmf-crp-too-low.json"))).isZero();
    assertThat(out.toString())
        .contains("OUTCOME: DOES NOT MEET CRITERIA")
        .contains("Does not meet criteria: IP0235 2.D.i not met.")
        .contains("✘ IP0235 2.D.i")
        .contains("found: 0.8 mg/dL (8 mg/L) on 2026-11-02: below 10 mg/L and below 2 times the upper limit of normal 0.5 mg/dL (5 mg/L)")
        .contains("provenance: ANALOG_POLICY")
        .contains("NOT the payer's policy text")
        .contains("internal appeal");
  }

  @Test
  void json_output_carries_the_provenance_and_reads_back() {
    assertThat(run("evaluate", "--format", "json", sample("ilaris-gout-approvable.json"))).isZero();
    String json = out.toString();
    assertThat(json).contains("\"provenance\"").contains("\"ANALOG_POLICY\"").contains("\"readings\"");
    Determination d = CovercritJson.create().readDetermination(json);
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.approval().get().maximum()).isEqualTo(Period.ofDays(84));
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.ANALOG_POLICY);
    assertThat(d.provenance().isSecondHand()).isTrue();
  }

  @Test
  void the_not_met_sample_in_json_is_not_met_and_carries_the_provenance() {
    assertThat(run("evaluate", "--format", "json", sample("ilaris-fmf-crp-too-low.json"))).isZero();
    assertThat(out.toString()).contains("\"provenance\"");
    Determination d = CovercritJson.create().readDetermination(out.toString());
    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("IP0235 2");
  }

  @Test
  void explain_prints_the_reconstructed_clause_tree_with_each_pathways_provenance() {
    assertThat(run("explain", "cigna/IP0235")).isZero();
    assertThat(out.toString())
        .contains("IP0235 5.B  Tried ONE systemic therapy for Still's disease")
        .contains("IP0235 6.B.ii.c  At least 12 weeks (84 days) since the last Ilaris dose")
        .contains("IP0235 3: provenance: UNCERTAIN")
        .contains("NOT ENCODED: the two-biologic step");
  }

  @Test
  void policies_lists_ip0235_as_second_hand() {
    assertThat(run("policies")).isZero();
    assertThat(out.toString()).contains("cigna/IP0235").contains("ANALOG_POLICY");
  }
}
