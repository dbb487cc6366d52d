package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.NEW_YORK;
import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.expedited;
import static io.covercrit.jurisdictions.Fixtures.find;
import static io.covercrit.jurisdictions.Fixtures.get;
import static io.covercrit.jurisdictions.Fixtures.on;
import static io.covercrit.jurisdictions.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Medicare Part C/D, Medicaid managed care, CMS-0057-F and the ERISA claims rule. */
class FederalTracksTest {

  private static TimelineQuery.Builder partD() {
    return query(PlanType.MEDICARE_ADVANTAGE_PART_D, Jurisdiction.NY);
  }

  @ParameterizedTest(name = "Part D {0} coverage determination received {1}: due {2}")
  @CsvSource({
      "STANDARD, 2026-03-06T10:00, 2026-03-09T11:00, PARTD.coverage-determination.standard",   // 72 h across DST
      "EXPEDITED, 2026-03-07T10:00, 2026-03-08T11:00, PARTD.coverage-determination.expedited", // 24 h across DST
  })
  void part_d_coverage_determinations_run_72_or_24_hours(Urgency urgency, String received, String due, String ruleId) {
    Timeline timeline = compute(partD().urgency(urgency)
        .addEvents(Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, received, NEW_YORK)));

    Deadline decision = get(timeline, ruleId);
    assertThat(decision.dueAt()).contains(Fixtures.instant(due, NEW_YORK));
    assertThat(decision.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void the_redetermination_window_is_60_days_from_receipt_presumed_5_days_after_the_notice() {
    Timeline timeline = compute(partD().addEvents(CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED)
        .on(LocalDate.of(2026, 1, 20)).noticeDate(LocalDate.of(2026, 1, 7)).build()));

    Deadline filing = get(timeline, "PARTD.redetermination.file");
    // 2026-01-07 + 5 = 2026-01-12 presumed receipt; + 60 days = 2026-03-13 (65 days from the notice).
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 3, 13));
    assertThat(filing.startDate()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(filing.countsFrom()).isEqualTo(CountsFrom.PRESUMED_RECEIPT);
    assertThat(filing.alternatives()).singleElement().satisfies(a -> {
      assertThat(a.dueDate()).contains(LocalDate.of(2026, 3, 8));
      assertThat(a.confidence()).isEqualTo(Confidence.UNCERTAIN);
    });
  }

  @ParameterizedTest(name = "Part D {0} redetermination: due {2}")
  @CsvSource({
      "STANDARD, 2026-03-20T12:00, 2026-03-27, ",
      "EXPEDITED, 2026-03-20T12:00, , 2026-03-23T12:00",
  })
  void redeterminations_are_decided_in_7_days_or_72_hours(Urgency urgency, String received, LocalDate dueDate,
      String dueAt) {
    Timeline timeline = compute(partD().urgency(urgency).addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-03-01"),
        CaseEvent.at(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, Fixtures.instant(received, NEW_YORK))));

    Deadline decision = timeline.deadlines().stream().filter(d -> d.ruleId().startsWith("PARTD.redetermination.decision"))
        .findFirst().orElseThrow();
    if (dueDate != null) {
      assertThat(decision.dueDate()).contains(dueDate);
    } else {
      assertThat(decision.dueAt()).contains(Fixtures.instant(dueAt, NEW_YORK));
    }
  }

  @ParameterizedTest(name = "{0}, {1}, {2}: CMS-0057-F applies = {3}")
  @CsvSource({
      "MEDICARE_ADVANTAGE_PART_D, MEDICAL, ITEM_OR_SERVICE, true",
      "MEDICAID_MANAGED_CARE, MEDICAL, ITEM_OR_SERVICE, true",
      "MEDICARE_ADVANTAGE_PART_D, MEDICAL, DRUG, false",
      "MEDICAID_MANAGED_CARE, MEDICAL, DRUG, false",
      "INDIVIDUAL_MARKETPLACE, MEDICAL, ITEM_OR_SERVICE, false",   // FFE QHP issuers are outside these clocks
      "FULLY_INSURED_COMMERCIAL, MEDICAL, ITEM_OR_SERVICE, false",
      "SELF_FUNDED_ERISA, MEDICAL, ITEM_OR_SERVICE, false",
  })
  void cms_0057_f_clocks_apply_only_to_items_and_services_of_medicare_advantage_and_medicaid(PlanType planType,
      BenefitChannel channel, RequestedItem item, boolean applies) {
    Timeline timeline = compute(query(planType, Jurisdiction.NY).benefitChannel(channel).requestedItem(item)
        .addEvents(on(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-02-02")));

    assertThat(find(timeline, "CMS-0057-F.standard").isPresent()).isEqualTo(applies);
    if (applies) {
      assertThat(get(timeline, "CMS-0057-F.standard").dueDate()).contains(LocalDate.of(2026, 2, 9));
    }
  }

  @Test
  void cms_0057_f_clocks_do_not_reach_back_before_2026() {
    Timeline timeline = compute(query(PlanType.MEDICARE_ADVANTAGE_PART_D, Jurisdiction.NY)
        .benefitChannel(BenefitChannel.MEDICAL).requestedItem(RequestedItem.ITEM_OR_SERVICE)
        .addEvents(on(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2025-12-15")));

    assertThat(find(timeline, "CMS-0057-F.standard")).isEmpty();
    assertThat(String.join(" ", timeline.notes())).contains("covers events from 2026-01-01");
  }

  @Test
  void a_medicare_advantage_medical_drug_has_no_invented_initial_clock() {
    Timeline timeline = compute(query(PlanType.MEDICARE_ADVANTAGE_PART_D, Jurisdiction.NY).benefitChannel(BenefitChannel.MEDICAL)
        .addEvents(on(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-02-02")));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.MEDICARE_ADVANTAGE);
    assertThat(timeline.deadlines()).noneMatch(d -> d.stage() == Stage.INITIAL_DECISION);
    assertThat(String.join(" ", timeline.notes())).contains("do not apply to drugs");
  }

  @Test
  void medicaid_drug_requests_and_appeals_follow_the_federal_managed_care_rules() {
    Timeline timeline = compute(expedited(query(PlanType.MEDICAID_MANAGED_CARE, Jurisdiction.OH)).addEvents(
        Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-03-02T09:00", NEW_YORK),
        CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED).on(LocalDate.of(2026, 1, 9))
            .noticeDate(LocalDate.of(2026, 1, 7)).build()));

    assertThat(get(timeline, "MEDICAID.drug-prior-authorization").dueAt())
        .contains(Fixtures.instant("2026-03-03T09:00", NEW_YORK));
    // 60 days from the date on the notice, 2026-01-07.
    assertThat(get(timeline, "MEDICAID.mco-appeal.file").dueDate()).contains(LocalDate.of(2026, 3, 8));
  }

  @Test
  void erisa_appeal_decisions_take_30_days_with_one_level_and_15_days_per_level_with_two() {
    Timeline oneLevel = compute(query(PlanType.SELF_FUNDED_ERISA, Jurisdiction.TX).addEvents(
        on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"), CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2))));
    assertThat(get(oneLevel, "FED.internal-appeal.1.decision.pre-service").dueDate()).contains(LocalDate.of(2026, 3, 4));

    Timeline twoLevels = compute(query(PlanType.SELF_FUNDED_ERISA, Jurisdiction.TX).addEvents(
        on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"), CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2)),
        CaseEvent.on(CaseEventType.APPEAL_DENIAL_RECEIVED, 1, LocalDate.of(2026, 2, 12)),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 2, LocalDate.of(2026, 2, 20))));
    assertThat(get(twoLevels, "FED.internal-appeal.2.decision.pre-service").dueDate()).contains(LocalDate.of(2026, 3, 7));
  }

  @Test
  void the_federal_erisa_review_computes_preliminary_review_and_decision_clocks() {
    Timeline timeline = compute(query(PlanType.SELF_FUNDED_ERISA, Jurisdiction.NC).addEvents(
        Fixtures.finalDenial("2026-03-02"), on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-06-29"),
        on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "2026-07-10")));

    // 5 business days after Monday 2026-06-29, skipping Friday 2026-07-03: Jun 30, Jul 1, 2, 6, 7.
    assertThat(get(timeline, "FED.external-review.preliminary-review").dueDate()).contains(LocalDate.of(2026, 7, 7));
    assertThat(get(timeline, "FED.external-review.preliminary-notice").dueDate()).contains(LocalDate.of(2026, 7, 8));
    assertThat(get(timeline, "FED.external-review.decision.standard").dueDate()).contains(LocalDate.of(2026, 8, 24));
  }

  @Test
  void a_federal_member_state_needs_a_time_zone_and_uses_federal_rules() {
    Timeline timeline = compute(query(PlanType.FULLY_INSURED_COMMERCIAL, Jurisdiction.FEDERAL)
        .timeZone(java.time.ZoneId.of("America/Chicago")).addEvents(Fixtures.finalDenial("2026-03-02")));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.FEDERAL_HHS_EXTERNAL_REVIEW);
    assertThat(get(timeline, "FED.external-review.file").dueDate()).contains(LocalDate.of(2026, 7, 2));
  }
}
