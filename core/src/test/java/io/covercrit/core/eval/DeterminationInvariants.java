package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every determination must satisfy, whatever the policy: the echoed inputs, the
 * three-valued logic of every clause, a remedy exactly on unmet clauses, an approval exactly
 * when criteria are met, a checklist that points at clauses of the trace. For property tests of
 * any module (shared through core's test-jar).
 */
public final class DeterminationInvariants {
  private DeterminationInvariants() {}

  public static void check(Determination d, String policyId, CoverageRequest request, LocalDate asOf) {
    assertThat(d.policy().id()).isEqualTo(policyId);
    assertThat(d.asOf()).isEqualTo(asOf);
    assertThat(d.requestId()).isEqualTo(request.requestId());
    assertThat(d.requestType()).isEqualTo(request.requestType());
    assertThat(d.summary()).isNotBlank();
    assertThat(d.codeSet()).isNotBlank();
    assertThat(d.trace()).isNotEmpty();

    Set<String> ids = new HashSet<>();
    List<ClauseResult> all = new ArrayList<>();
    d.trace().forEach(root -> root.forEachClause(all::add));
    for (ClauseResult clause : all) {
      ids.add(clause.id());
      assertThat(clause.remedy().isPresent()).as("remedy of %s (%s)", clause.id(), clause.status())
          .isEqualTo(clause.status() != Status.MET);
      List<Status> children = clause.children().stream().map(ClauseResult::status).toList();
      switch (clause.kind()) {
        case CHECK:
          assertThat(clause.children()).as("children of check %s", clause.id()).isEmpty();
          break;
        case ALL_OF:
          assertThat(clause.status()).as("all-of %s", clause.id()).isEqualTo(Status.allOf(children));
          break;
        default:
          assertThat(clause.status()).as("any-of %s", clause.id()).isEqualTo(Status.anyOf(children));
      }
    }

    boolean met = d.outcome() == Outcome.MEETS_CRITERIA;
    assertThat(d.approval().isPresent()).as("approval with %s", d.outcome()).isEqualTo(met);
    d.approval().ifPresent(a -> assertThat(a.endsNoLaterThan()).isEqualTo(asOf.plus(a.maximum())));
    if (met) {
      assertThat(d.pathway()).isPresent();
      assertThat(d.unmetClauses()).isEmpty();
    } else {
      assertThat(d.unmetClauses()).as("what keeps %s from being met", d.outcome()).isNotEmpty();
    }
    Set<String> documents = new HashSet<>();
    for (ChecklistItem item : d.checklist()) {
      assertThat(documents.add(item.document().id())).as("document %s listed once", item.document().id()).isTrue();
      assertThat(ids).as("clauses of %s", item.document().id()).containsAll(item.clauseIds());
    }
  }
}
