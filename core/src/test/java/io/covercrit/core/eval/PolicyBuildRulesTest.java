package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a policy author may and may not declare: checked when the policy is built. */
class PolicyBuildRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static Criterion check(String id, Status status) {
    return Criterion.check(id, "Clause " + id)
        .documents(DocumentRequirement.of("notes", "Notes"))
        .whenNotMet("Not met", "Fix it")
        .whenMissing("Missing", "Attach it")
        .by(ctx -> Finding.of(status, "as declared"));
  }

  private static Criterion adult(String id) {
    return Criterion.check(id, "Adult")
        .documents(DocumentRequirement.of("birth-date", "Birth date"))
        .whenNotMet("Too young", "Wait")
        .whenMissing("No birth date", "Attach it")
        .by(ctx -> ctx.request().patient().ageOn(ctx.asOf()).orElse(-1) >= 18 ? Finding.met("adult") : Finding.notMet("minor"));
  }

  private static CriteriaPolicy policy(Pathway pathway) {
    return CriteriaPolicy.builder(PolicyDescriptor.builder().id("test/P1").payer("Test").title("P1").version("1")
            .provenance(Provenance.builder().reliability(Reliability.POLICY_TEXT).gatheredOn(AS_OF)
                .addSources(SourceRef.builder().title("P1").reliability(Reliability.POLICY_TEXT).checkedOn(AS_OF).build())
                .build())
            .build())
        .pathway(pathway)
        .build();
  }

  private static CoverageRequest request(RequestType type, String birthDate) {
    return CoverageRequest.builder()
        .requestId("R1")
        .requestedDrug(io.covercrit.core.model.Drug.named("Testamab"))
        .requestType(type)
        .patient(Patient.builder().birthDate(LocalDate.parse(birthDate)).build())
        .addDiagnoses(Diagnosis.of("L20.9"))
        .build();
  }

  @Test
  void a_pathway_without_a_reauthorization_section_builds_and_judges_a_renewal_on_the_initial_criteria() {
    Pathway pathway = Pathway.builder("P1 1", "Indication")
        .diagnosis(check("P1 1.dx", Status.MET))
        .criteria(adult("P1 1.A"))
        .approvals(Period.ofMonths(6), Period.ofMonths(12))
        .build();
    assertThat(pathway.reauthorizationCriteria().children()).extracting(Criterion::id).containsExactly("P1 1.dx", "P1 1.A");

    CriteriaPolicy policy = policy(pathway);
    Determination adultRenewal = policy.evaluate(request(RequestType.REAUTHORIZATION, "1990-01-01"), AS_OF,
        Icd10CodeSets.curated());
    assertThat(adultRenewal.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(adultRenewal.approval().get().maximum()).isEqualTo(Period.ofMonths(12));
    Determination minorRenewal = policy.evaluate(request(RequestType.REAUTHORIZATION, "2015-01-01"), AS_OF,
        Icd10CodeSets.curated());
    assertThat(minorRenewal.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(minorRenewal.unmetClauses()).extracting(ClauseResult::id).contains("P1 1.A");
  }

  @Test
  void two_clauses_with_one_id_in_a_tree_are_rejected_when_built() {
    assertThatThrownBy(() -> Criterion.allOf("P1 1", "All", List.of(check("P1 1.A", Status.MET), check("P1 1.A", Status.MET))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("P1 1: the clause id 'P1 1.A' is used twice in one tree");
  }

  @Test
  void a_duplicate_id_deep_in_the_tree_or_equal_to_the_parent_is_rejected_too() {
    Criterion inner = Criterion.anyOf("P1 1.B", "Any", List.of(check("P1 1.B.i", Status.MET), check("P1 1.A", Status.MET)));
    assertThatThrownBy(() -> Criterion.allOf("P1 1", "All", List.of(check("P1 1.A", Status.MET), inner)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'P1 1.A'");
    assertThatThrownBy(() -> Criterion.allOf("P1 1", "All", List.of(check("P1 1", Status.MET))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'P1 1'");
  }

  @Test
  void a_pathway_that_repeats_its_diagnosis_clause_among_its_criteria_is_rejected() {
    Criterion dx = check("P1 1.dx", Status.MET);
    assertThatThrownBy(() -> Pathway.builder("P1 1", "Indication").diagnosis(dx).criteria(dx)
            .approvals(Period.ofMonths(6), Period.ofMonths(6)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'P1 1.dx'");
  }

  @Test
  void the_same_ids_in_the_initial_and_the_reauthorization_trees_are_allowed() {
    Criterion response = check("P1 1.R", Status.MET);
    Pathway pathway = Pathway.builder("P1 1", "Indication")
        .diagnosis(check("P1 1.dx", Status.MET))
        .criteria(check("P1 1.A", Status.MET))
        .response(response)
        .approvals(Period.ofMonths(6), Period.ofMonths(12))
        .build();
    assertThat(policy(pathway).criteriaTrees()).hasSize(2);
  }
}
