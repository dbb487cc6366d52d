package io.covercrit.core.eval;

import static io.covercrit.core.eval.Status.MET;
import static io.covercrit.core.eval.Status.MISSING;
import static io.covercrit.core.eval.Status.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionTest {
  private static final DocumentRequirement DOC = DocumentRequirement.of("doc", "A document");
  private static final EvaluationContext CONTEXT = new EvaluationContext(
      CoverageRequest.builder().requestedDrug(Drug.named("x")).patient(Patient.builder().build()).build(),
      LocalDate.of(2026, 3, 1), AcmeTestPolicy.codes());

  private static Criterion leaf(String id, Status status) {
    return Criterion.check(id, "clause " + id).documents(DOC)
        .whenNotMet(id + " failed", "fix " + id)
        .whenMissing(id + " undocumented", "document " + id)
        .by(ctx -> Finding.of(status, "found " + status));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "MET,     ,                    ",
    "NOT_MET, X failed,      fix X",
    "MISSING, X undocumented, document X",
  })
  void a_check_reports_its_finding_and_the_remedy_for_its_status(Status status, String reason, String fix) {
    ClauseResult r = leaf("X", status).evaluate(CONTEXT);
    assertThat(r.id()).isEqualTo("X");
    assertThat(r.text()).isEqualTo("clause X");
    assertThat(r.kind()).isEqualTo(ClauseKind.CHECK);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.finding()).contains("found " + status);
    assertThat(r.documents()).containsExactly(DOC);
    assertThat(r.children()).isEmpty();
    if (status == MET) {
      assertThat(r.remedy()).isEmpty();
    } else {
      assertThat(r.remedy()).contains(Remedy.of(reason, fix));
    }
  }

  @Test
  void a_met_check_drops_a_remedy_its_finding_offers() {
    Criterion c = Criterion.check("X", "x").documents(DOC).whenNotMet("a", "b").whenMissing("c", "d")
        .by(ctx -> Finding.met("fine").because("unused", "unused"));
    assertThat(c.evaluate(CONTEXT).remedy()).isEmpty();
  }

  @Test
  void all_of_with_one_not_met_and_one_missing_is_not_met_and_names_only_the_failed_child() {
    ClauseResult r = Criterion.allOf("P", "all", List.of(leaf("A", MET), leaf("B", NOT_MET), leaf("C", MISSING)))
        .evaluate(CONTEXT);
    assertThat(r.kind()).isEqualTo(ClauseKind.ALL_OF);
    assertThat(r.status()).isEqualTo(NOT_MET);
    assertThat(r.children()).extracting(ClauseResult::id).containsExactly("A", "B", "C");
    assertThat(r.remedy()).contains(Remedy.of("P not met: B", "Resolve each of B."));
  }

  @Test
  void all_of_with_missing_children_names_each_of_them() {
    ClauseResult r = Criterion.allOf("P", "all", List.of(leaf("A", MISSING), leaf("B", MET), leaf("C", MISSING)))
        .evaluate(CONTEXT);
    assertThat(r.status()).isEqualTo(MISSING);
    assertThat(r.remedy()).contains(Remedy.of("P not documented: A, C", "Resolve each of A, C."));
  }

  /**
   * One clause tree evaluated again and again, its children failing in different combinations:
   * each derived remedy names exactly this evaluation's decisive children, though the tree keeps
   * the remedies it derived before.
   */
  @Test
  void a_derived_remedy_names_this_evaluations_decisive_children_every_time() {
    Status[] statuses = new Status[3];
    List<Criterion> children = List.of("A", "B", "C").stream()
        .map(id -> Criterion.check(id, "clause " + id).documents(DOC).whenNotMet("r", "f").whenMissing("r", "f")
            .by(ctx -> Finding.of(statuses[id.charAt(0) - 'A'], "found")))
        .collect(java.util.stream.Collectors.toList());
    Criterion tree = Criterion.allOf("P", "all", children);
    Object[][] rounds = {
      {NOT_MET, NOT_MET, MET, "P not met: A, B", "Resolve each of A, B."},
      {MET, NOT_MET, NOT_MET, "P not met: B, C", "Resolve each of B, C."},
      {MISSING, MET, MISSING, "P not documented: A, C", "Resolve each of A, C."},
      {NOT_MET, MISSING, NOT_MET, "P not met: A, C", "Resolve each of A, C."},
      {MISSING, MISSING, MISSING, "P not documented: A, B, C", "Resolve each of A, B, C."},
    };
    for (int pass = 0; pass < 2; pass++) {
      for (Object[] round : rounds) {
        for (int i = 0; i < 3; i++) {
          statuses[i] = (Status) round[i];
        }
        assertThat(tree.evaluate(CONTEXT).remedy()).contains(Remedy.of((String) round[3], (String) round[4]));
      }
    }
  }

  @Test
  void any_of_with_one_met_child_is_met_without_a_remedy() {
    ClauseResult r = Criterion.anyOf("P", "any", List.of(leaf("A", NOT_MET), leaf("B", MISSING), leaf("C", MET)))
        .evaluate(CONTEXT);
    assertThat(r.kind()).isEqualTo(ClauseKind.ANY_OF);
    assertThat(r.status()).isEqualTo(MET);
    assertThat(r.remedy()).isEmpty();
  }

  @Test
  void any_of_without_a_met_child_names_every_child() {
    ClauseResult missing = Criterion.anyOf("P", "any", List.of(leaf("A", NOT_MET), leaf("B", MISSING)))
        .evaluate(CONTEXT);
    assertThat(missing.status()).isEqualTo(MISSING);
    assertThat(missing.remedy()).contains(Remedy.of("P not documented: A, B", "Meet any one of A, B."));

    ClauseResult notMet = Criterion.anyOf("P", "any", List.of(leaf("A", NOT_MET), leaf("B", NOT_MET)))
        .evaluate(CONTEXT);
    assertThat(notMet.status()).isEqualTo(NOT_MET);
    assertThat(notMet.remedy()).contains(Remedy.of("P not met: A, B", "Meet any one of A, B."));
  }

  @Test
  void a_composite_with_its_own_remedy_uses_it() {
    Remedy own = Remedy.of("Step therapy not done", "Try two topicals first");
    ClauseResult r = Criterion.allOf("P", "all", own, List.of(leaf("A", NOT_MET))).evaluate(CONTEXT);
    assertThat(r.remedy()).contains(own);
    assertThat(Criterion.anyOf("P", "any", own, List.of(leaf("A", MET))).evaluate(CONTEXT).remedy()).isEmpty();
  }

  @Test
  void every_child_is_evaluated_so_the_trace_is_complete() {
    AtomicInteger calls = new AtomicInteger();
    Criterion counted = Criterion.check("B", "b").documents(DOC).whenNotMet("a", "b").whenMissing("c", "d")
        .by(ctx -> {
          calls.incrementAndGet();
          return Finding.met("ok");
        });
    ClauseResult r = Criterion.allOf("P", "all", List.of(leaf("A", NOT_MET), counted)).evaluate(CONTEXT);
    assertThat(calls).hasValue(1);
    assertThat(r.find("B")).map(ClauseResult::status).contains(MET);
  }

  @Test
  void clauses_are_found_by_id_at_any_depth() {
    Criterion tree = Criterion.allOf("P", "all", List.of(leaf("A", MET),
        Criterion.anyOf("Q", "any", List.of(leaf("Q.1", MET), leaf("Q.2", NOT_MET)))));
    assertThat(tree.find("Q.2")).map(Criterion::id).contains("Q.2");
    assertThat(tree.find("P")).contains(tree);
    assertThat(tree.find("Z")).isEmpty();
    assertThat(tree.children()).extracting(Criterion::kind).containsExactly(ClauseKind.CHECK, ClauseKind.ANY_OF);
    ClauseResult result = tree.evaluate(CONTEXT);
    assertThat(result.find("Q.2")).map(ClauseResult::status).contains(NOT_MET);
    assertThat(result.find("Z")).isEmpty();
  }

  @Test
  void a_check_needs_both_remedies_and_its_documents() {
    assertThatThrownBy(() -> Criterion.check("X", "x").documents(DOC).whenNotMet("a", "b").by(ctx -> Finding.met("")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MISSING remedy");
    assertThatThrownBy(() -> Criterion.check("X", "x").whenNotMet("a", "b").whenMissing("c", "d").by(ctx -> Finding.met("")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("documents");
    assertThatThrownBy(() -> Criterion.check(" ", "x").documents(DOC).whenNotMet("a", "b").whenMissing("c", "d")
        .by(ctx -> Finding.met(""))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> Criterion.allOf("P", "all", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs children");
    assertThatThrownBy(() -> Criterion.anyOf("P", " ", List.of(leaf("A", MET))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
  }
}
