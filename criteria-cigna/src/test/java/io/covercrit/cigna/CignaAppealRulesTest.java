package io.covercrit.cigna;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import io.covercrit.jurisdictions.AlternativeReading;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.CaseEvent;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.ClockLength;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.Deadline;
import io.covercrit.jurisdictions.DeadlineCalculator;
import io.covercrit.jurisdictions.PayerAppealRules;
import io.covercrit.jurisdictions.Timeline;
import io.covercrit.jurisdictions.TimelineQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Cigna's appeal rules, alone and composed with North Carolina's and the federal clocks. */
class CignaAppealRulesTest {
  private static final ZoneId NC_ZONE = ZoneId.of("America/New_York");

  private static TimelineQuery.Builder ncCommercial(Urgency urgency) {
    return TimelineQuery.builder().planType(PlanType.FULLY_INSURED_COMMERCIAL).memberState(Jurisdiction.NC)
        .benefitChannel(BenefitChannel.PHARMACY).urgency(urgency).payerAppealRules(CignaAppealRules.standard());
  }

  private static Deadline deadline(Timeline timeline, String ruleId) {
    return timeline.deadlines().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + ruleId));
  }

  @Test
  void the_rules_are_the_guides_values_marked_secondary() {
    PayerAppealRules rules = CignaAppealRules.standard();
    assertThat(rules.filingWindow()).isEqualTo(ClockLength.calendarDays(180));
    assertThat(rules.filingWindowCountsFromNoticeDate()).isTrue();
    assertThat(rules.levels()).hasSize(2).allSatisfy(level -> {
      assertThat(level.standardDecision()).isEqualTo(ClockLength.calendarDays(30));
      assertThat(level.expeditedDecision()).contains(ClockLength.hours(72));
      assertThat(level.filingWindow()).isEmpty();
    });
    assertThat(rules.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(rules.sources()).hasSize(3);
    assertThat(rules.contacts()).extracting(c -> c.value()).containsExactly("1-800-244-6224");
  }

  @Test
  void cigna_s_filing_window_counts_from_the_notice_date_and_is_listed_beside_the_legal_one() {
    CaseEvent denial = CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED).on(LocalDate.of(2026, 3, 5))
        .noticeDate(LocalDate.of(2026, 3, 2)).build();
    Timeline timeline = DeadlineCalculator.standard().compute(ncCommercial(Urgency.STANDARD).addEvents(denial).build());

    Deadline filing = deadline(timeline, "FED.internal-appeal.file");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 9, 1));   // 180 days after receipt (5 March)
    assertThat(filing.alternatives()).extracting(AlternativeReading::ruleId).containsExactly("PAYER.internal-appeal.file");
    assertThat(filing.alternatives().get(0).dueDate()).contains(LocalDate.of(2026, 8, 29)); // 180 days after 2 March
  }

  @Test
  void an_urgent_cigna_appeal_is_decided_72_hours_after_receipt() {
    Instant received = LocalDateTime.parse("2026-03-06T16:30").atZone(NC_ZONE).toInstant();
    CaseEvent denial = CaseEvent.on(CaseEventType.DENIAL_RECEIVED, LocalDate.of(2026, 3, 5));
    Timeline timeline = DeadlineCalculator.standard().compute(ncCommercial(Urgency.EXPEDITED)
        .addEvents(denial, CaseEvent.at(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, received)).build());

    Deadline decision = deadline(timeline, "FED.internal-appeal.1.decision.urgent");
    // 72 elapsed hours across the 8 March DST change: 17:30 local time, not 16:30.
    assertThat(decision.dueAt()).contains(received.plusSeconds(72 * 3600));
    assertThat(decision.dueAt()).contains(LocalDateTime.parse("2026-03-09T17:30").atZone(NC_ZONE).toInstant());
  }

  @Test
  void after_cigna_s_final_denial_smart_nc_external_review_is_due_within_120_days() {
    Timeline timeline = DeadlineCalculator.standard().compute(ncCommercial(Urgency.STANDARD)
        .addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2026, 3, 2))).build());
    assertThat(timeline.deadlines()).anySatisfy(d -> {
      assertThat(d.ruleId()).startsWith("NC.external-review");
      assertThat(d.dueDate()).contains(LocalDate.of(2026, 6, 30));   // 120 days after 2 March
    });
  }
}
