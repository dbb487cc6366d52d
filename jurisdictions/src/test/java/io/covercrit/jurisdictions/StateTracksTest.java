package io.covercrit.jurisdictions;

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
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real differences between states: two-step decisions, short tracks, skipped appeals, who receives the request. */
class StateTracksTest {
  private static final ZoneId DETROIT = ZoneId.of("America/Detroit");

  @Test
  void michigan_decides_in_two_steps_the_iro_recommends_and_the_director_decides() {
    Timeline timeline = compute(insured(Jurisdiction.MI).addEvents(finalDenial("2026-03-02"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-06"), on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "2026-07-13"),
        on(CaseEventType.REVIEWER_RECOMMENDATION_RECEIVED, "2026-07-24")));

    Deadline recommendation = get(timeline, "MI.external-review.recommendation.standard");
    assertThat(recommendation.dueDate()).contains(LocalDate.of(2026, 7, 27));
    assertThat(recommendation.actor()).isEqualTo(Party.INDEPENDENT_REVIEWER);
    // 7 business days after Friday 2026-07-24: Jul 27, 28, 29, 30, 31, Aug 3, Aug 4.
    Deadline decision = get(timeline, "MI.external-review.director-decision.standard");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 8, 4));
    assertThat(decision.actor()).isEqualTo(Party.REGULATOR);
    assertThat(decision.startEvent()).isEqualTo(CaseEventType.REVIEWER_RECOMMENDATION_RECEIVED);
  }

  @Test
  void michigan_expedited_clocks_are_36_hours_then_24_hours() {
    Timeline timeline = compute(expedited(insured(Jurisdiction.MI)).addEvents(finalDenial("2026-07-01"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-10"),
        Fixtures.at(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "2026-07-13T09:00", DETROIT),
        Fixtures.at(CaseEventType.REVIEWER_RECOMMENDATION_RECEIVED, "2026-07-14T15:00", DETROIT)));

    assertThat(get(timeline, "MI.external-review.recommendation.expedited").dueAt())
        .contains(Fixtures.instant("2026-07-14T21:00", DETROIT));
    assertThat(get(timeline, "MI.external-review.director-decision.expedited").dueAt())
        .contains(Fixtures.instant("2026-07-15T15:00", DETROIT));
    // Expedited request window: 10 days after the adverse determination.
    assertThat(find(timeline, "MI.external-review.file.expedited")).isEmpty(); // already requested
  }

  @Test
  void michigan_uses_127_days_and_lists_the_older_60_day_reading() {
    Timeline timeline = compute(expedited(insured(Jurisdiction.MI)).addEvents(finalDenial("2026-03-02")));

    Deadline filing = get(timeline, "MI.external-review.file");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 7, 7));
    assertThat(filing.alternatives()).singleElement().satisfies(a -> {
      assertThat(a.dueDate()).contains(LocalDate.of(2026, 5, 1));
      assertThat(a.confidence()).isEqualTo(Confidence.UNCERTAIN);
    });
    assertThat(get(timeline, "MI.external-review.file.expedited").dueDate()).contains(LocalDate.of(2026, 3, 12));
  }

  @ParameterizedTest(name = "Texas with {0}: the IRO decides within 3 days")
  @EnumSource(value = Circumstance.class, names = {"LIFE_THREATENING", "ONGOING_DRUG_THERAPY", "STEP_THERAPY_EXCEPTION"})
  void texas_drug_and_life_threatening_cases_take_the_3_day_track(Circumstance circumstance) {
    Timeline timeline = compute(insured(Jurisdiction.TX).addCircumstances(circumstance)
        .addEvents(on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-05-01"),
            on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "2026-05-04")));

    Deadline decision = get(timeline, "TX.external-review.decision.three-day-track");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 5, 7));
    assertThat(decision.citation()).isEqualTo("Tex. Ins. Code § 4202.003(1)");
  }

  @Test
  void texas_standard_reviews_take_20_days_and_the_request_goes_to_the_insurer() {
    Timeline timeline = compute(insured(Jurisdiction.TX).addEvents(finalDenial("2026-04-01"),
        on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-05-01"), on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "2026-05-04")));

    assertThat(get(timeline, "TX.external-review.decision.standard").dueDate()).contains(LocalDate.of(2026, 5, 24));
    assertThat(timeline.reviewFiledWith()).isEqualTo(Party.PLAN);
    assertThat(timeline.reviewFiledWithName()).contains("insurer").contains("TDI");
  }

  @Test
  void texas_life_threatening_cases_may_skip_the_internal_appeal() {
    Timeline timeline = compute(insured(Jurisdiction.TX).addCircumstances(Circumstance.LIFE_THREATENING));
    assertThat(String.join(" ", timeline.notes())).contains("straight to an IRO").contains("4201.360");
  }

  @Test
  void virginia_cancer_cases_may_request_external_review_without_an_internal_appeal() {
    Timeline timeline = compute(insured(Jurisdiction.VA).addCircumstances(Circumstance.CANCER_TREATMENT)
        .addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10")));

    Deadline filing = get(timeline, "VA.external-review.file.cancer");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 5, 10));
    assertThat(filing.startEvent()).isEqualTo(CaseEventType.DENIAL_RECEIVED);
    assertThat(String.join(" ", timeline.notes())).contains("38.2-3560(A)");
  }

  @Test
  void without_cancer_virginia_waits_for_the_final_internal_denial() {
    Timeline timeline = compute(insured(Jurisdiction.VA).addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10")));

    assertThat(timeline.deadlines()).noneMatch(d -> d.ruleId().startsWith("VA.external-review.file"));
    assertThat(timeline.pending()).anyMatch(p -> p.ruleId().equals("VA.external-review.file"));
  }

  @Test
  void a_cancer_case_that_went_through_the_internal_appeal_keeps_the_later_window() {
    Timeline timeline = compute(insured(Jurisdiction.VA).addCircumstances(Circumstance.CANCER_TREATMENT)
        .addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"), finalDenial("2026-03-02")));

    Deadline filing = get(timeline, "VA.external-review.file");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 6, 30));
    assertThat(filing.alternatives()).anySatisfy(a -> assertThat(a.ruleId()).isEqualTo("VA.external-review.file.cancer"));
  }

  @Test
  void virginia_deems_the_internal_appeal_exhausted_after_30_days() {
    Timeline timeline = compute(insured(Jurisdiction.VA).addEvents(on(CaseEventType.DENIAL_RECEIVED, "2026-01-10"),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2))));

    assertThat(get(timeline, "VA.internal-appeal.deemed-exhausted").dueDate()).contains(LocalDate.of(2026, 3, 4));
  }

  @ParameterizedTest(name = "opted-in self-funded plan in {0} gets the state review")
  @EnumSource(value = Jurisdiction.class, names = {"IL", "VA"})
  void a_self_funded_plan_that_opted_in_gets_the_state_review_where_the_state_allows_it(Jurisdiction state) {
    Timeline timeline = compute(query(PlanType.SELF_FUNDED_ERISA, state).selfFundedPlanOptedIntoStateReview(true)
        .addEvents(finalDenial("2026-03-02")));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.STATE_EXTERNAL_REVIEW);
    assertThat(timeline.deadlines()).allMatch(d -> d.basis() != RuleBasis.STATE || d.stage() == Stage.EXTERNAL_REVIEW);
  }

  @Test
  void an_opt_in_is_ignored_where_the_state_does_not_allow_it() {
    Timeline timeline = compute(query(PlanType.SELF_FUNDED_ERISA, Jurisdiction.NC).selfFundedPlanOptedIntoStateReview(true)
        .addEvents(finalDenial("2026-03-02")));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.FEDERAL_ERISA_EXTERNAL_REVIEW);
    assertThat(String.join(" ", timeline.notes())).contains("no opt-in is recorded for North Carolina");
  }

  @Test
  void where_the_state_deadline_is_unconfirmed_the_federal_four_month_minimum_is_shown_as_uncertain() {
    Timeline timeline = compute(insured(Jurisdiction.WA).addEvents(finalDenial("2026-03-02")));

    Deadline filing = get(timeline, "WA.external-review.file.federal-minimum");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 7, 2));
    assertThat(filing.basis()).isEqualTo(RuleBasis.FEDERAL_FALLBACK);
    assertThat(filing.confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(filing.filedWithName()).hasValueSatisfying(name -> assertThat(name).contains("carrier"));
  }

  @Test
  void texas_shows_no_filing_deadline_because_tdi_sets_none() {
    Timeline timeline = compute(insured(Jurisdiction.TX).addEvents(finalDenial("2026-03-02")));
    assertThat(timeline.deadlines()).noneMatch(d -> d.ruleId().contains("external-review.file"));
    assertThat(timeline.notes()).anyMatch(n -> n.contains("no deadline") && n.contains("4 months"));
  }

  @Test
  void pennsylvania_cases_with_a_final_denial_before_2024_use_the_federal_process() {
    Timeline before = compute(insured(Jurisdiction.PA).addEvents(finalDenial("2023-12-15")));
    assertThat(before.route()).isEqualTo(ReviewRoute.FEDERAL_HHS_EXTERNAL_REVIEW);
    // 4 months after 2023-12-15 = 2024-04-15, a Monday.
    assertThat(get(before, "FED.external-review.file").dueDate()).contains(LocalDate.of(2024, 4, 15));

    Timeline after = compute(insured(Jurisdiction.PA).addEvents(finalDenial("2024-01-02")));
    assertThat(after.route()).isEqualTo(ReviewRoute.STATE_EXTERNAL_REVIEW);
    assertThat(get(after, "PA.external-review.file").dueDate()).contains(LocalDate.of(2024, 5, 2));
  }

  @Test
  void new_york_counts_from_the_first_level_appeal_decision_even_when_a_second_level_follows() {
    Timeline timeline = compute(insured(Jurisdiction.NY).payerAppealRules(Fixtures.cigna()).addEvents(
        on(CaseEventType.DENIAL_RECEIVED, "2026-01-05"),
        CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 1, 20)),
        CaseEvent.on(CaseEventType.APPEAL_DENIAL_RECEIVED, 1, LocalDate.of(2026, 3, 2)),
        finalDenial("2026-05-01")));

    assertThat(get(timeline, "NY.external-review.file").dueDate()).contains(LocalDate.of(2026, 7, 2));
    assertThat(get(timeline, "NY.external-review.file.provider").dueDate()).contains(LocalDate.of(2026, 5, 1));
  }

  @Test
  void illinois_opens_expedited_review_if_the_carrier_has_not_decided_an_urgent_appeal_in_48_hours() {
    ZoneId chicago = ZoneId.of("America/Chicago");
    Timeline timeline = compute(expedited(insured(Jurisdiction.IL)).addEvents(
        on(CaseEventType.DENIAL_RECEIVED, "2026-03-05"),
        CaseEvent.at(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, Fixtures.instant("2026-03-06T16:00", chicago))));

    // 48 elapsed hours across the 2026-03-08 change: 16:00 CST becomes 17:00 CDT.
    assertThat(get(timeline, "IL.internal-appeal.expedited-48-hours").dueAt())
        .contains(Fixtures.instant("2026-03-08T17:00", chicago));
  }

  @Test
  void district_of_columbia_shows_four_months_and_lists_the_older_30_business_day_text() {
    Timeline timeline = compute(insured(Jurisdiction.DC).addEvents(finalDenial("2026-03-02")));

    Deadline filing = get(timeline, "DC.external-review.file");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 7, 2));
    // 30 business days after 2026-03-02 (no holidays in March and early April): 2026-04-13.
    assertThat(filing.alternatives()).singleElement().satisfies(a -> assertThat(a.dueDate()).contains(LocalDate.of(2026, 4, 13)));
  }

  @Test
  void florida_uses_the_federal_process_and_lists_a_guide_s_60_days_as_an_alternative() {
    Timeline timeline = compute(insured(Jurisdiction.FL).addEvents(finalDenial("2026-03-02")));

    assertThat(timeline.reviewBasis()).isEqualTo(RuleBasis.FEDERAL);
    Deadline filing = get(timeline, "FED.external-review.file");
    assertThat(filing.dueDate()).contains(LocalDate.of(2026, 7, 2));
    assertThat(filing.alternatives()).singleElement().satisfies(a -> assertThat(a.dueDate()).contains(LocalDate.of(2026, 5, 1)));
    assertThat(filing.contacts()).extracting(c -> c.value()).contains("(888) 866-6205", "877-693-5236");
  }

  @Test
  void colorado_electronic_drug_prior_authorization_is_answered_in_2_business_days() {
    Timeline timeline = compute(insured(Jurisdiction.CO).addCircumstances(Circumstance.ELECTRONIC_PRIOR_AUTHORIZATION)
        .addEvents(on(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-07-02")));

    // Friday 2026-07-03 is a federal holiday (no Colorado calendar supplied): Mon 6, Tue 7.
    Deadline decision = get(timeline, "CO.drug-prior-authorization");
    assertThat(decision.dueDate()).contains(LocalDate.of(2026, 7, 7));
    assertThat(decision.confidence()).isEqualTo(Confidence.VERIFIED);
  }

  @Test
  void colorado_urgent_medical_prior_authorization_is_the_earlier_of_2_business_days_and_72_hours() {
    ZoneId denver = ZoneId.of("America/Denver");
    Timeline timeline = compute(expedited(insured(Jurisdiction.CO)).benefitChannel(BenefitChannel.MEDICAL)
        .addEvents(CaseEvent.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, Fixtures.instant("2026-07-02T10:00", denver))));

    // 72 hours: Sunday 2026-07-05 10:00, earlier than 2 business days (end of Tuesday 2026-07-07).
    Deadline decision = timeline.deadlines().stream().filter(d -> d.stage() == Stage.INITIAL_DECISION).findFirst().orElseThrow();
    assertThat(decision.dueAt()).contains(Fixtures.instant("2026-07-05T10:00", denver));
  }

  @ParameterizedTest(name = "{0} without state data falls back to the federal rules, labelled")
  @EnumSource(value = Jurisdiction.class, names = {"WY", "AL", "KS", "TN"})
  void a_state_without_data_falls_back_to_the_federal_rules_clearly_labelled(Jurisdiction state) {
    Timeline timeline = compute(insured(state).addEvents(finalDenial("2026-10-31")));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.FEDERAL_HHS_EXTERNAL_REVIEW);
    assertThat(timeline.reviewBasis()).isEqualTo(RuleBasis.FEDERAL_FALLBACK);
    assertThat(timeline.reviewProgram()).contains("federal fallback").contains(state.displayName());
    assertThat(timeline.notes()).anyMatch(n -> n.contains("federal fallback"));
    Deadline filing = get(timeline, "FED.external-review.file");
    assertThat(filing.basis()).isEqualTo(RuleBasis.FEDERAL_FALLBACK);
    // No February 31: the first day of the fifth month, Monday 2027-03-01.
    assertThat(filing.dueDate()).contains(LocalDate.of(2027, 3, 1));
  }
}
