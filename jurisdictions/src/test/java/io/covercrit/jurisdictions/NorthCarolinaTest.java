package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.NEW_YORK;
import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.expedited;
import static io.covercrit.jurisdictions.Fixtures.finalDenial;
import static io.covercrit.jurisdictions.Fixtures.get;
import static io.covercrit.jurisdictions.Fixtures.insured;
import static io.covercrit.jurisdictions.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Health Insurance Smart NC (G.S. 58-50-75 to -95); dates worked out by hand. */
class NorthCarolinaTest {

  @Test
  void the_standard_review_is_decided_45_days_after_the_request() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(finalDenial("2026-03-02"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-02")));

    Deadline decision = get(timeline, "NC.external-review.decision.standard");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 8, 16));
    assertThat(decision.actor()).isEqualTo(Party.INDEPENDENT_REVIEWER);
    assertThat(decision.confidence()).isEqualTo(Confidence.VERIFIED);
    // 10 business days, skipping Friday 2026-07-03 (Independence Day observed).
    assertThat(get(timeline, "NC.external-review.preliminary-review").dueDate()).contains(LocalDate.of(2026, 7, 17));
  }

  @Test
  void the_expedited_review_is_decided_within_3_days_and_the_business_day_reading_is_shown_beside_it() {
    Timeline timeline = compute(expedited(insured(Jurisdiction.NC)).addEvents(finalDenial("2026-03-02"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-02")));

    Deadline decision = get(timeline, "NC.external-review.decision.expedited");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 7, 5));
    assertThat(decision.notes()).anyMatch(n -> n.contains("3 business days"));
    assertThat(decision.alternatives()).singleElement().satisfies(alt -> {
      assertThat(alt.dueDate()).contains(LocalDate.of(2026, 7, 8));
      assertThat(alt.confidence()).isEqualTo(Confidence.SECONDARY);
    });
    assertThat(String.join(" ", timeline.notes())).contains("same time as an expedited internal appeal");
  }

  @ParameterizedTest(name = "request received {0}: insurer's information due {1}")
  @CsvSource({
      "2026-07-02, 2026-07-08",   // Friday 2026-07-03 is Independence Day observed (July 4 is a Saturday)
      "2027-12-23, 2027-12-29",   // Friday 2027-12-24 is Christmas observed
      "2027-12-29, 2028-01-04",   // Friday 2027-12-31 is New Year's Day 2028 observed
      "2026-11-25, 2026-12-01",   // Thanksgiving Thursday 2026-11-26 skipped: Fri 27, Mon 30, Tue 1
  })
  void the_insurer_has_3_business_days_to_send_information(LocalDate requested, LocalDate due) {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(finalDenial(requested.minusDays(30).toString()),
        CaseEvent.on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, requested)));

    Deadline information = get(timeline, "NC.external-review.insurer-information");
    assertThat(information.dueDate()).contains(due);
    assertThat(information.actor()).isEqualTo(Party.PLAN);
    assertThat(information.citation()).isEqualTo("N.C. Gen. Stat. § 58-50-80(b)(1)");
    assertThat(information.computation()).contains("No NC state holiday calendar was supplied");
  }

  @Test
  void a_north_carolina_holiday_calendar_supplied_by_the_host_is_used_for_state_business_days() {
    DeadlineCalculator calculator = DeadlineCalculator.builder()
        .stateBusinessCalendar(Jurisdiction.NC, BusinessCalendar.usFederalPlus("NC state holidays (test)",
            List.of(LocalDate.of(2026, 7, 6))))
        .build();
    Timeline timeline = calculator.compute(insured(Jurisdiction.NC).addEvents(finalDenial("2026-06-01"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-02")).build());

    Deadline information = get(timeline, "NC.external-review.insurer-information");
    assertThat(information.dueDate()).contains(LocalDate.of(2026, 7, 9));
    assertThat(information.computation()).contains("NC state holidays (test)").doesNotContain("No NC state");
  }

  @Test
  void incomplete_requests_must_be_completed_within_150_days_of_the_final_denial() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(finalDenial("2026-03-02")));

    Deadline missing = get(timeline, "NC.external-review.missing-information");
    assertThat(missing.dueDate()).contains(LocalDate.of(2026, 7, 30));
    assertThat(missing.condition()).hasValueSatisfying(c -> assertThat(c).contains("incomplete"));
  }

  @Test
  void coverage_after_an_overturn_is_shown_only_as_an_unverified_3_business_day_clock() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(finalDenial("2026-03-02"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-06-01"), on(CaseEventType.EXTERNAL_REVIEW_OVERTURNED, "2026-08-10")));

    Deadline compliance = get(timeline, "NC.compliance.coverage-after-overturn");
    assertThat(compliance.dueDate()).contains(LocalDate.of(2026, 8, 13));
    assertThat(compliance.confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(compliance.notes()).anyMatch(n -> n.contains("does not confirm"));
    assertThat(timeline.currentStage()).isEqualTo(Stage.COMPLIANCE);
  }

  @Test
  void without_a_verified_state_drug_clock_the_federal_claims_clocks_apply_to_the_request() {
    Timeline standard = compute(insured(Jurisdiction.NC).addEvents(on(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-03-02")));
    assertThat(get(standard, "FED.initial-decision.pre-service").dueDate()).contains(LocalDate.of(2026, 3, 17));

    Timeline urgent = compute(expedited(insured(Jurisdiction.NC))
        .addEvents(Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-03-02T09:30", NEW_YORK)));
    assertThat(get(urgent, "FED.initial-decision.urgent").dueAt())
        .contains(Fixtures.instant("2026-03-05T09:30", NEW_YORK));
  }

  @Test
  void the_smart_nc_contacts_come_with_every_external_review_deadline() {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(finalDenial("2026-03-02")));

    assertThat(get(timeline, "NC.external-review.file").contacts())
        .extracting(c -> c.value()).contains("1-855-408-1212", "(919) 807-6865");
    assertThat(timeline.reviewProgram()).isEqualTo("Health Insurance Smart NC");
  }
}
