package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.NEW_YORK;
import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.expedited;
import static io.covercrit.jurisdictions.Fixtures.finalDenial;
import static io.covercrit.jurisdictions.Fixtures.find;
import static io.covercrit.jurisdictions.Fixtures.get;
import static io.covercrit.jurisdictions.Fixtures.insured;
import static io.covercrit.jurisdictions.Fixtures.on;
import static io.covercrit.jurisdictions.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each clock starts from its own event and counts in its own unit. Expected dates are worked out by hand. */
class ClockStartAndArithmeticTest {

  @Test
  void external_review_counts_from_the_final_internal_denial_not_the_first_denial() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"),
        finalDenial("2026-03-02")));

    Deadline filing = get(timeline, "NC.external-review.file");
    assertThat(filing.startEvent()).isEqualTo(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED);
    assertThat(filing.countsFrom()).isEqualTo(CountsFrom.RECEIPT);
    assertThat(filing.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 6, 30)).isNotEqualTo(LocalDate.of(2026, 5, 10));
  }

  @Test
  void with_only_the_first_denial_the_external_review_clock_has_not_started() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10")));

    assertThat(find(timeline, "NC.external-review.file")).isEmpty();
    assertThat(timeline.pending()).anySatisfy(p -> {
      assertThat(p.ruleId()).isEqualTo("NC.external-review.file");
      assertThat(p.startEvent()).isEqualTo(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED);
      assertThat(p.waitingFor()).contains("final internal denial");
    });
    // The internal appeal window does run from the first denial: 180 days after 2026-01-10.
    assertThat(get(timeline, "FED.internal-appeal.file").dueDate()).contains(LocalDate.of(2026, 7, 9));
  }

  @Test
  void the_appeal_denial_at_the_plan_s_last_level_is_the_final_internal_denial() {
    Timeline oneLevel = compute(insured(Jurisdiction.NC).addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 1)),
        CaseEvent.on(CaseEventType.APPEAL_DENIAL_RECEIVED, 1, LocalDate.of(2026, 3, 2))));
    assertThat(get(oneLevel, "NC.external-review.file").dueDate()).contains(LocalDate.of(2026, 6, 30));

    Timeline twoLevels = compute(insured(Jurisdiction.NC).payerAppealRules(Fixtures.cigna()).addEvents(
        on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 1)),
        CaseEvent.on(CaseEventType.APPEAL_DENIAL_RECEIVED, 1, LocalDate.of(2026, 3, 2))));
    assertThat(find(twoLevels, "NC.external-review.file")).isEmpty();
  }

  @Test
  void after_the_final_internal_denial_only_external_review_clocks_are_still_to_come() {
    Timeline timeline = compute(insured(Jurisdiction.GA).addEvents(finalDenial("2026-03-02")));

    assertThat(timeline.pending()).isNotEmpty().allMatch(p -> p.stage() == Stage.EXTERNAL_REVIEW);
    assertThat(timeline.pending()).extracting(PendingClock::ruleId).contains("GA.external-review.decision.standard");
  }

  @ParameterizedTest(name = "state 4 months: final denial {0} -> {1}")
  @CsvSource({
      "2026-10-31, 2027-02-28",
      "2027-10-31, 2028-02-29",   // leap year
      "2026-10-30, 2027-02-28",
      "2026-03-02, 2026-07-02",   // 4 months is 122 days here, not 120
  })
  void a_state_four_month_window_ends_on_the_last_day_of_a_short_month(LocalDate finalDenial, LocalDate due) {
    Timeline timeline = compute(insured(Jurisdiction.IL).addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, finalDenial)));
    assertThat(get(timeline, "IL.external-review.file").dueDate()).contains(due);
  }

  @ParameterizedTest(name = "federal 4 months: final denial {0} -> {1}")
  @CsvSource({
      "2026-10-31, 2027-03-01",   // no February 31: the first day of the fifth month (a Monday)
      "2026-10-30, 2027-03-01",   // the regulation's example
      "2027-10-30, 2028-03-01",   // no February 30 in a leap year either (a Wednesday)
      "2027-10-29, 2028-02-29",   // February 29 2028 exists (a Tuesday)
      "2026-03-04, 2026-07-06",   // Saturday July 4 (a holiday) -> Sunday -> Monday
      "2026-07-01, 2026-11-02",   // Sunday November 1 -> Monday
      "2026-07-11, 2026-11-12",   // Veterans Day, a Wednesday -> Thursday
  })
  void the_federal_four_month_window_follows_the_regulation_s_own_month_end_and_weekend_rules(LocalDate finalDenial,
      LocalDate due) {
    Timeline timeline = compute(query(PlanType.SELF_FUNDED_ERISA, Jurisdiction.NY)
        .addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, finalDenial)));
    assertThat(get(timeline, "FED.external-review.file").dueDate()).contains(due);
  }

  @ParameterizedTest(name = "urgent request received {0} New York time: decision due {1}")
  @CsvSource({
      "2026-03-06T10:00, 2026-03-09T11:00, 2026-03-09T15:00:00Z",   // spring forward on 2026-03-08: 11:00 EDT
      "2026-10-30T10:00, 2026-11-02T09:00, 2026-11-02T14:00:00Z",   // fall back on 2026-11-01: 09:00 EST
      "2026-06-01T10:00, 2026-06-04T10:00, 2026-06-04T14:00:00Z",
  })
  void a_72_hour_clock_is_72_elapsed_hours_so_the_wall_clock_shifts_across_daylight_saving(String received,
      String dueWallClock, Instant dueInstant) {
    Timeline timeline = compute(expedited(insured(Jurisdiction.NY)).benefitChannel(BenefitChannel.MEDICAL)
        .addEvents(Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, received, NEW_YORK)));

    Deadline decision = get(timeline, "FED.initial-decision.urgent");
    assertThat(decision.dueAt()).contains(dueInstant);
    assertThat(decision.dueLocal().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse(dueWallClock));
    assertThat(decision.dueDate()).isEmpty();
  }

  @Test
  void an_hour_clock_needs_the_instant_of_receipt_and_waits_when_only_a_date_is_given() {
    Timeline timeline = compute(expedited(insured(Jurisdiction.NY)).benefitChannel(BenefitChannel.MEDICAL)
        .addEvents(on(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-03-06")));

    assertThat(find(timeline, "FED.initial-decision.urgent")).isEmpty();
    assertThat(timeline.pending()).anySatisfy(p -> {
      assertThat(p.ruleId()).isEqualTo("FED.initial-decision.urgent");
      assertThat(p.waitingFor()).contains("needs the time of receipt");
    });
  }

  @Test
  void an_instant_event_is_counted_from_its_date_in_the_member_s_state() {
    // 2026-03-02T03:00Z is still 2026-03-01 in North Carolina.
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(
        CaseEvent.at(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, Instant.parse("2026-03-02T03:00:00Z"))));
    assertThat(get(timeline, "NC.external-review.file").dueDate()).contains(LocalDate.of(2026, 6, 29));
  }

  @Test
  void deadlines_are_ordered_by_when_they_expire() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(finalDenial("2026-03-02"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-02")));

    assertThat(timeline.deadlines()).extracting(Deadline::expiresAt).isSorted();
    assertThat(timeline.deadlines()).extracting(Deadline::ruleId).startsWith("NC.external-review.insurer-information");
    assertThat(String.join(" ", timeline.notes())).contains("Filings already made are left out").contains("external-review.file");
  }
}
