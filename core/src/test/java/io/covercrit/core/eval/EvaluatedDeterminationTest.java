package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An evaluated determination (built on first read) is indistinguishable from one built eagerly or
 * read from JSON: equal both ways, same hash code and text, in whatever order it is read.
 */
class EvaluatedDeterminationTest {
  private static final CovercritJson JSON = CovercritJson.create();

  // --- equality across implementations

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void an_evaluated_determination_equals_its_built_copy_and_its_json_read_back_both_ways(AcmeScenarios scenario) {
    Determination evaluated = scenario.evaluate();
    assertThat(evaluated).isInstanceOf(EvaluatedDetermination.class);
    assertThat(evaluated.outcome()).isEqualTo(scenario.outcome());

    Determination built = Determination.builder().from(scenario.evaluate()).build();
    Determination read = JSON.readDetermination(JSON.writeDetermination(scenario.evaluate(), false));
    Determination secondEvaluation = scenario.evaluate();
    for (Determination other : List.of(built, read, secondEvaluation)) {
      assertThat(evaluated.equals(other)).as("evaluated.equals(%s)", other.getClass().getSimpleName()).isTrue();
      assertThat(other.equals(evaluated)).as("%s.equals(evaluated)", other.getClass().getSimpleName()).isTrue();
      assertThat(evaluated.hashCode()).isEqualTo(other.hashCode());
      assertThat(evaluated.toString()).isEqualTo(other.toString());
    }
    assertThat(built).isNotInstanceOf(EvaluatedDetermination.class);
    assertThat(read).isNotInstanceOf(EvaluatedDetermination.class);
    assertThat(JSON.writeDetermination(evaluated, false)).isEqualTo(JSON.writeDetermination(built, false));
    assertThat(JSON.writeDetermination(evaluated, true)).isEqualTo(JSON.writeDetermination(read, true));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void an_evaluated_determination_is_not_equal_to_null_or_to_another_type(AcmeScenarios scenario) {
    Determination evaluated = scenario.evaluate();
    assertThat(evaluated.equals(null)).isFalse();
    assertThat(evaluated.equals(evaluated.summary())).isFalse();
    assertThat(evaluated.equals(evaluated)).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("oneAttributeChanged")
  void a_determination_differing_in_one_attribute_is_not_equal(AcmeScenarios scenario, String attribute,
      BiConsumer<Determination, Determination.Builder> change) {
    Determination evaluated = scenario.evaluate();
    Determination.Builder changed = Determination.builder().from(scenario.evaluate());
    change.accept(evaluated, changed);
    Determination other = changed.build();

    assertThat(evaluated.equals(other)).as("evaluated.equals(changed)").isFalse();
    assertThat(other.equals(evaluated)).as("changed.equals(evaluated)").isFalse();
    assertThat(evaluated.toString()).isNotEqualTo(other.toString());
    assertThat(JSON.writeDetermination(evaluated, false)).isNotEqualTo(JSON.writeDetermination(other, false));
  }

  static Stream<Arguments> oneAttributeChanged() {
    List<Arguments> cases = new ArrayList<>();
    Provenance otherProvenance = Provenance.builder().reliability(Reliability.SECONDARY_DIGEST)
        .gatheredOn(LocalDate.of(2026, 2, 1)).addReadings("from a digest").build();
    ClauseResult extraClause = ClauseResult.builder().id("X 1").text("another clause").kind(ClauseKind.CHECK)
        .status(Status.MET).build();
    ChecklistItem extraItem = ChecklistItem.builder().document(DocumentRequirement.of("extra", "Another document"))
        .addClauseIds("X 1").build();
    NextStep extraStep = NextStep.builder().action("Call the payer").actor("prescriber").build();
    for (AcmeScenarios s : List.of(AcmeScenarios.MEETS, AcmeScenarios.NOT_MET_TOO_YOUNG,
        AcmeScenarios.MISSING_BIRTH_DATE, AcmeScenarios.NOT_COVERED_BIOLOGIC, AcmeScenarios.REAUTHORIZATION_MEETS)) {
      cases.add(Arguments.of(s, "policy", change((d, b) ->
          b.policy(AcmeTestPolicy.descriptor("2026-02", LocalDate.of(2026, 2, 1))))));
      cases.add(Arguments.of(s, "asOf", change((d, b) -> b.asOf(d.asOf().plusDays(1)))));
      cases.add(Arguments.of(s, "requestId", change((d, b) -> b.requestId("REQ-2"))));
      cases.add(Arguments.of(s, "requestType", change((d, b) -> b.requestType(
          d.requestType() == RequestType.INITIAL ? RequestType.REAUTHORIZATION : RequestType.INITIAL))));
      cases.add(Arguments.of(s, "outcome", change((d, b) -> b.outcome(
          d.outcome() == Outcome.MEETS_CRITERIA ? Outcome.NEEDS_DOCUMENTATION : Outcome.MEETS_CRITERIA))));
      cases.add(Arguments.of(s, "summary", change((d, b) -> b.summary(d.summary() + " Reviewed."))));
      cases.add(Arguments.of(s, "pathway", change((d, b) -> b.pathway(MatchedPathway.of("T1 9", "Other")))));
      cases.add(Arguments.of(s, "provenance", change((d, b) -> b.provenance(otherProvenance))));
      cases.add(Arguments.of(s, "approval", change((d, b) -> b.approval(ApprovalDuration.builder()
          .maximum(Period.ofMonths(1)).endsNoLaterThan(d.asOf().plusMonths(1)).build()))));
      cases.add(Arguments.of(s, "trace", change((d, b) -> b.addTrace(extraClause))));
      cases.add(Arguments.of(s, "trace (one clause's finding)", change((d, b) -> b.trace(List.of(d.trace().get(0),
          ClauseResult.builder().from(d.trace().get(1)).finding("changed").build())))));
      cases.add(Arguments.of(s, "checklist", change((d, b) -> b.addChecklist(extraItem))));
      cases.add(Arguments.of(s, "nextSteps", change((d, b) -> b.addNextSteps(extraStep))));
      cases.add(Arguments.of(s, "notes", change((d, b) -> b.addNotes("Another caveat."))));
      cases.add(Arguments.of(s, "codeSet", change((d, b) -> b.codeSet("another code set"))));
    }
    return cases.stream();
  }

  private static BiConsumer<Determination, Determination.Builder> change(BiConsumer<Determination, Determination.Builder> c) {
    return c;
  }

  @Test
  void evaluations_of_requests_that_differ_only_in_their_id_are_not_equal() {
    CriteriaPolicy policy = AcmeTestPolicy.policy();
    Determination first = policy.evaluate(AcmeScenarios.MEETS.request(), AcmeScenarios.AS_OF, AcmeTestPolicy.codes());
    Determination second = policy.evaluate(io.covercrit.core.model.CoverageRequest.builder()
        .from(AcmeScenarios.MEETS.request()).requestId("REQ-2").build(), AcmeScenarios.AS_OF, AcmeTestPolicy.codes());
    assertThat(first.equals(second)).isFalse();
    assertThat(second.equals(first)).isFalse();
    assertThat(Determination.builder().from(first).requestId("REQ-2").build()).isEqualTo(second);
  }

  // --- laziness is invisible

  @ParameterizedTest(name = "{0}, {1} first")
  @MethodSource("scenariosAndFirstReads")
  void reading_in_any_order_gives_what_a_determination_built_eagerly_gives(AcmeScenarios scenario,
      DeterminationReads first) {
    Map<DeterminationReads, Object> expected =
        DeterminationReads.readAll(Determination.builder().from(scenario.evaluate()).build(), DeterminationReads.TRACE);

    Map<DeterminationReads, Object> read = DeterminationReads.readAll(scenario.evaluate(), first);

    assertThat(read).isEqualTo(expected);
  }

  static Stream<Arguments> scenariosAndFirstReads() {
    return Stream.of(AcmeScenarios.values())
        .flatMap(s -> Stream.of(DeterminationReads.values()).map(r -> Arguments.of(s, r)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void each_part_is_built_once_and_read_again_as_the_same_value(AcmeScenarios scenario) {
    Determination d = scenario.evaluate();
    assertThat(d.trace()).isSameAs(d.trace());
    assertThat(d.checklist()).isSameAs(d.checklist());
    assertThat(d.summary()).isSameAs(d.summary());
    assertThat(d.approval()).isSameAs(d.approval());
    assertThat(d.nextSteps()).isSameAs(d.nextSteps());
    assertThat(d.pathway()).isSameAs(d.pathway());
    assertThat(d.provenance()).isSameAs(d.provenance());
    assertThat(d.notes()).isSameAs(d.notes());
    assertThat(JSON.writeDetermination(d, false)).isEqualTo(JSON.writeDetermination(d, false));
    assertThat(d.hashCode()).isEqualTo(d.hashCode());
    assertThat(d.toString()).isEqualTo(d.toString());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void the_trace_of_an_evaluation_is_what_each_criteria_tree_evaluates_to_alone(AcmeScenarios scenario) {
    CriteriaPolicy policy = AcmeTestPolicy.policy();
    EvaluationContext context = new EvaluationContext(scenario.request(), AcmeScenarios.AS_OF, AcmeTestPolicy.codes());
    List<Criterion> trees = policy.criteriaTrees(); // exclusions, initial, reauthorization
    Criterion necessity = scenario.request().requestType() == RequestType.REAUTHORIZATION ? trees.get(2) : trees.get(1);

    Determination d = policy.evaluate(scenario.request(), AcmeScenarios.AS_OF, AcmeTestPolicy.codes());

    assertThat(d.trace()).containsExactly(trees.get(0).evaluate(context), necessity.evaluate(context));
  }

  // --- as immutable as a built determination

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void the_lists_of_an_evaluated_determination_cannot_be_changed(AcmeScenarios scenario) {
    Determination d = scenario.evaluate();
    Determination before = Determination.builder().from(scenario.evaluate()).build();
    ChecklistItem item = ChecklistItem.builder().document(AcmeTestPolicy.CHART_NOTES).addClauseIds("T1 1.A").build();
    NextStep step = NextStep.builder().action("Call the payer").actor("prescriber").build();

    // Soft: one mutable list must not hide another.
    SoftAssertions softly = new SoftAssertions();
    assertUnmodifiable(softly, "trace", d.trace(), d.trace().get(0));
    assertUnmodifiable(softly, "checklist", d.checklist(), item);
    assertUnmodifiable(softly, "nextSteps", d.nextSteps(), step);
    assertUnmodifiable(softly, "notes", d.notes(), "another note");
    assertUnmodifiable(softly, "trace children", d.trace().get(1).children(), d.trace().get(0));
    for (ChecklistItem listed : d.checklist()) {
      assertUnmodifiable(softly, "clause ids of " + listed.document().id(), listed.clauseIds(), "X 1");
    }
    softly.assertThat(d).as("the determination after the attempts").isEqualTo(before);
    softly.assertAll();
  }

  private static <T> void assertUnmodifiable(SoftAssertions softly, String what, List<T> list, T element) {
    softly.assertThat(catchThrowable(() -> list.add(element)))
        .as("%s.add(…) must throw UnsupportedOperationException", what)
        .isInstanceOf(UnsupportedOperationException.class);
    softly.assertThat(catchThrowable(() -> list.add(0, element)))
        .as("%s.add(0, …) must throw UnsupportedOperationException", what)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // --- the determination's own checks still hold

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void an_evaluated_determination_satisfies_the_determination_invariants(AcmeScenarios scenario) {
    DeterminationInvariants.check(scenario.evaluate(), AcmeTestPolicy.ID, scenario.request(), AcmeScenarios.AS_OF);
    assertThat(scenario.evaluate().approval().isPresent()).isEqualTo(scenario.outcome() == Outcome.MEETS_CRITERIA);
    assertThat(scenario.evaluate().pathway().map(MatchedPathway::id))
        .isEqualTo(scenario == AcmeScenarios.NO_COVERED_DIAGNOSIS ? Optional.empty()
            : scenario == AcmeScenarios.VITILIGO_REAUTHORIZATION ? Optional.of("T1 2") : Optional.of("T1 1"));
  }
}
