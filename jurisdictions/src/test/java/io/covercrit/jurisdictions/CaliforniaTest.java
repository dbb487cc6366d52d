package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.get;
import static io.covercrit.jurisdictions.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** DMHC (Knox-Keene) and CDI (insured PPO) Independent Medical Review. */
class CaliforniaTest {
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private static TimelineQuery.Builder california(CaliforniaRegulator regulator) {
    return TimelineQuery.builder().planType(PlanType.FULLY_INSURED_COMMERCIAL).memberState(Jurisdiction.CA)
        .benefitChannel(BenefitChannel.PHARMACY).californiaRegulator(regulator);
  }

  private static CaseEvent finalDenialNotice() {
    return CaseEvent.builder().type(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED).on(LocalDate.of(2026, 3, 2))
        .noticeDate(LocalDate.of(2026, 2, 27)).build();
  }

  @ParameterizedTest(name = "{0}: {1}, {2}, phone {3}")
  @CsvSource({
      "DMHC, CA-DMHC.external-review.file, DMHC Independent Medical Review, 1-888-466-2219, VERIFIED",
      "CDI, CA-CDI.external-review.file, CDI Independent Medical Review, 1-800-927-4357, SECONDARY",
  })
  void each_regulator_has_its_own_review_six_months_from_the_written_decision(CaliforniaRegulator regulator,
      String ruleId, String program, String phone, Confidence confidence) {
    Timeline timeline = compute(california(regulator).addEvents(finalDenialNotice()));

    assertThat(timeline.reviewProgram()).isEqualTo(program);
    Deadline filing = get(timeline, ruleId);
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 8, 27));
    assertThat(filing.startDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(filing.countsFrom()).isEqualTo(CountsFrom.NOTICE_DATE);
    assertThat(filing.confidence()).isEqualTo(confidence);
    assertThat(filing.contacts()).extracting(c -> c.value()).contains(phone);
  }

  @Test
  void without_the_notice_date_the_six_month_clock_waits_instead_of_guessing() {
    Timeline timeline = compute(california(CaliforniaRegulator.DMHC)
        .addEvents(on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, "2026-03-02")));

    assertThat(Fixtures.find(timeline, "CA-DMHC.external-review.file")).isEmpty();
    assertThat(timeline.pending()).anySatisfy(p -> {
      assertThat(p.ruleId()).isEqualTo("CA-DMHC.external-review.file");
      assertThat(p.waitingFor()).contains("noticeDate");
    });
  }

  @ParameterizedTest(name = "{0} drug prior authorization, {1}: due {3}")
  @CsvSource({
      "DMHC, STANDARD, 2026-04-01T09:00, 2026-04-04T09:00, CA-DMHC.drug-prior-authorization",
      "DMHC, EXPEDITED, 2026-04-01T09:00, 2026-04-02T09:00, CA-DMHC.drug-prior-authorization",
      "CDI, STANDARD, 2026-04-01T09:00, 2026-04-04T09:00, CA-CDI.drug-prior-authorization",
      "DMHC, EXPEDITED, 2026-03-07T18:00, 2026-03-08T19:00, CA-DMHC.drug-prior-authorization", // across the DST change
  })
  void pharmacy_prior_authorization_is_decided_in_72_or_24_hours(CaliforniaRegulator regulator, Urgency urgency,
      String received, String due, String ruleId) {
    Timeline timeline = compute(california(regulator).urgency(urgency)
        .addEvents(Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, received, LOS_ANGELES)));

    Deadline decision = get(timeline, ruleId);
    assertThat(decision.dueAt()).contains(Fixtures.instant(due, LOS_ANGELES));
    assertThat(decision.alternatives()).anyMatch(a -> a.basis() == RuleBasis.FEDERAL);
  }

  @Test
  void the_urgent_imr_uses_the_statutory_3_days_and_shows_the_agency_7_days_beside_it() {
    Timeline timeline = compute(california(CaliforniaRegulator.DMHC).urgency(Urgency.EXPEDITED)
        .addEvents(finalDenialNotice(), on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-03-31"),
            on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "2026-04-01")));

    Deadline decision = get(timeline, "CA-DMHC.external-review.decision.expedited");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 4, 4));
    assertThat(decision.confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(decision.alternatives()).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).contains(LocalDate.of(2026, 4, 8)));
  }

  @Test
  void an_experimental_treatment_denial_may_go_to_imr_without_a_grievance() {
    Timeline timeline = compute(california(CaliforniaRegulator.DMHC)
        .addCircumstances(Circumstance.EXPERIMENTAL_OR_INVESTIGATIONAL)
        .addEvents(CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED).on(LocalDate.of(2026, 1, 8))
            .noticeDate(LocalDate.of(2026, 1, 5)).build()));

    Deadline filing = get(timeline, "CA-DMHC.external-review.file.experimental");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 7, 5));
    assertThat(filing.startEvent()).isEqualTo(CaseEventType.DENIAL_RECEIVED);
  }

  @ParameterizedTest
  @EnumSource(value = PlanType.class, names = {"FULLY_INSURED_COMMERCIAL", "INDIVIDUAL_MARKETPLACE"})
  void a_state_regulated_california_plan_must_name_its_regulator(PlanType planType) {
    assertThatThrownBy(() -> TimelineQuery.builder().planType(planType).memberState(Jurisdiction.CA)
        .benefitChannel(BenefitChannel.PHARMACY).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("californiaRegulator"));
  }
}
