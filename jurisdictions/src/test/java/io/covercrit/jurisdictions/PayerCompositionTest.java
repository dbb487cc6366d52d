package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.NEW_YORK;
import static io.covercrit.jurisdictions.Fixtures.cigna;
import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.expedited;
import static io.covercrit.jurisdictions.Fixtures.get;
import static io.covercrit.jurisdictions.Fixtures.insured;
import static io.covercrit.jurisdictions.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A payer's internal-appeal rules (here a Cigna-like instance) compose with the legal clocks into one timeline. */
class PayerCompositionTest {
  private static CaseEvent denial() {
    return CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED).on(LocalDate.of(2026, 1, 10))
        .noticeDate(LocalDate.of(2026, 1, 7)).build();
  }

  @Test
  void the_member_s_filing_window_is_the_verified_legal_one_and_the_payer_s_earlier_date_is_listed() {
    Timeline timeline = compute(insured(Jurisdiction.NC).payerAppealRules(cigna()).addEvents(denial()));

    Deadline filing = get(timeline, "FED.internal-appeal.file");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 7, 9));   // 180 days after receipt
    assertThat(filing.alternatives()).singleElement().satisfies(a -> {
      assertThat(a.ruleId()).isEqualTo("PAYER.internal-appeal.file");
      assertThat(a.dueDate()).contains(LocalDate.of(2026, 7, 6));      // 180 days after the notice date
      assertThat(a.basis()).isEqualTo(RuleBasis.PAYER);
      assertThat(a.note()).contains("Ends earlier");
    });
  }

  @Test
  void the_plan_s_decision_clock_is_the_earlier_of_the_legal_and_the_payer_s() {
    Timeline timeline = compute(insured(Jurisdiction.NC).payerAppealRules(cigna()).addEvents(denial(),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2))));

    // Two levels: ERISA allows 15 days per level (2026-02-17); the payer says 30 days (2026-03-04).
    Deadline decision = get(timeline, "FED.internal-appeal.1.decision.pre-service");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 2, 17));
    assertThat(decision.alternatives()).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).contains(LocalDate.of(2026, 3, 4)));
  }

  @Test
  void an_urgent_appeal_is_decided_within_72_hours_whatever_the_payer_s_own_clock() {
    Timeline timeline = compute(expedited(insured(Jurisdiction.NC)).payerAppealRules(cigna()).addEvents(denial(),
        CaseEvent.at(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, Fixtures.instant("2026-02-02T08:00", NEW_YORK))));

    Deadline decision = get(timeline, "FED.internal-appeal.1.decision.urgent");
    assertThat(decision.dueAt()).contains(Fixtures.instant("2026-02-05T08:00", NEW_YORK));
    assertThat(decision.alternatives()).extracting(AlternativeReading::ruleId).containsExactly("PAYER.internal-appeal.1.decision");
  }

  @Test
  void a_payer_level_with_its_own_filing_window_counts_from_the_previous_level_s_denial() {
    PayerAppealRules rules = PayerAppealRules.builder().from(cigna())
        .levels(List.of(cigna().levels().get(0), PayerAppealLevel.builder().level(2)
            .standardDecision(ClockLength.calendarDays(30)).filingWindow(ClockLength.calendarDays(60)).build()))
        .build();
    Timeline timeline = compute(insured(Jurisdiction.OH).payerAppealRules(rules).addEvents(denial(),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2)),
        CaseEvent.on(CaseEventType.APPEAL_DENIAL_RECEIVED, 1, LocalDate.of(2026, 3, 1))));

    Deadline secondLevel = get(timeline, "PAYER.internal-appeal.2.file");
    assertThat(secondLevel.dueDate()).contains(LocalDate.of(2026, 4, 30));
    assertThat(secondLevel.basis()).isEqualTo(RuleBasis.PAYER);
    assertThat(secondLevel.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void payer_rules_do_not_replace_the_medicare_appeal_rules() {
    Timeline timeline = compute(query(PlanType.MEDICARE_ADVANTAGE_PART_D, Jurisdiction.NC).payerAppealRules(cigna())
        .addEvents(denial()));

    assertThat(timeline.deadlines()).noneMatch(d -> d.basis() == RuleBasis.PAYER);
    assertThat(String.join(" ", timeline.notes())).contains("Cigna Healthcare's own appeal rules are not applied");
  }

  @Test
  void an_appeal_level_beyond_the_payer_s_levels_is_rejected_by_field() {
    assertThatThrownBy(() -> compute(insured(Jurisdiction.NC).payerAppealRules(cigna())
        .addEvents(CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 3, LocalDate.of(2026, 2, 2)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("events[0].level"));
  }
}
