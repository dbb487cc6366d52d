package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyRevisionTest {
  private static final PolicyRevision.Value<Integer> DAYS = PolicyRevision.value("1.C days", 14);
  private static final PolicyRevision.Value<Integer> AGE = PolicyRevision.value("1.A age", 12);

  private static final List<PolicyRevision> HISTORY = PolicyRevision.history()
      .revision("v1", null).note("oldest")
      .revision("v2", LocalDate.of(2024, 11, 15)).set(DAYS, 28).adding("P 1.F")
      .revision("v3", LocalDate.of(2025, 6, 1)).set(AGE, 6).removing("P 1.E")
      .build();

  @Test
  void each_revision_carries_the_values_of_the_one_before_plus_its_own_changes() {
    assertThat(HISTORY).extracting(r -> r.get(DAYS)).containsExactly(14, 28, 28);
    assertThat(HISTORY).extracting(r -> r.get(AGE)).containsExactly(12, 12, 6);
    assertThat(HISTORY.get(1).changedValues()).isEqualTo(Map.of("1.C days", 28));
    assertThat(HISTORY.get(2).changedValues()).isEqualTo(Map.of("1.A age", 6));
    assertThat(HISTORY.get(0).notes()).containsExactly("oldest");
    assertThat(HISTORY.get(1).notes()).isEmpty();
  }

  @Test
  void a_clause_exists_from_the_revision_that_added_it_until_the_one_that_removed_it() {
    assertThat(HISTORY).extracting(r -> r.includes("P 1.F")).containsExactly(false, true, true);
    assertThat(HISTORY).extracting(r -> r.includes("P 1.E")).containsExactly(true, true, false);
    assertThat(HISTORY).extracting(r -> r.includes("P 1.A")).containsExactly(true, true, true);
  }

  @Test
  void the_descriptor_gets_the_version_and_the_effective_date() {
    PolicyDescriptor.Builder b = PolicyDescriptor.builder().id("t/P").payer("t").title("P")
        .provenance(Provenance.builder().reliability(Reliability.POLICY_TEXT).gatheredOn(LocalDate.of(2026, 1, 1))
            .addSources(SourceRef.builder().title("P").reliability(Reliability.POLICY_TEXT)
                .checkedOn(LocalDate.of(2026, 1, 1)).build())
            .build());
    PolicyDescriptor d = HISTORY.get(1).describe(b).build();
    assertThat(d.version()).isEqualTo("v2");
    assertThat(d.effectiveFrom()).contains(LocalDate.of(2024, 11, 15));
  }

  @Test
  void revisions_out_of_order_or_undated_after_the_first_are_rejected() {
    assertThatThrownBy(() -> PolicyRevision.history().revision("a", LocalDate.of(2025, 1, 1))
        .revision("b", LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("b: revisions must be in date order");
    assertThatThrownBy(() -> PolicyRevision.history().revision("a", null).revision("b", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("b: only the first revision may lack an effective date");
    assertThatThrownBy(() -> PolicyRevision.history().set(DAYS, 3)).isInstanceOf(IllegalStateException.class);
  }
}
