package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every encoded jurisdiction under every plan type. The final internal denial is received on
 * Monday 2026-03-02 (notice dated Friday 2026-02-27); the filing deadlines were worked out by hand:
 * 120 days = 2026-06-30, 127 days = 2026-07-07, 180 days = 2026-08-29, 4 calendar months =
 * 2026-07-02 (not 120 days), 6 months from the notice date = 2026-08-27.
 */
class RoutingByJurisdictionTest {
  private static final LocalDate FINAL_DENIAL = LocalDate.of(2026, 3, 2);
  private static final LocalDate NOTICE_DATE = LocalDate.of(2026, 2, 27);

  /** state, California regulator, route, who receives the request, external-review filing deadline, confidence. */
  static Stream<Arguments> statePrograms() {
    return Stream.of(
        Arguments.of(Jurisdiction.NC, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-06-30", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.CA, CaliforniaRegulator.DMHC, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-08-27", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.CA, CaliforniaRegulator.CDI, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-08-27", Confidence.SECONDARY),
        Arguments.of(Jurisdiction.NY, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.TX, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, null, null),
        Arguments.of(Jurisdiction.FL, null, ReviewRoute.FEDERAL_HHS_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.PA, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.IL, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.OH, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, "2026-08-29", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.GA, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.UNCERTAIN),
        Arguments.of(Jurisdiction.NJ, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.SECONDARY),
        Arguments.of(Jurisdiction.VA, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-06-30", Confidence.SECONDARY),
        Arguments.of(Jurisdiction.WA, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, "2026-07-02", Confidence.UNCERTAIN),
        Arguments.of(Jurisdiction.MI, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-07", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.MA, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.VERIFIED),
        Arguments.of(Jurisdiction.AZ, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, "2026-07-02", Confidence.SECONDARY),
        Arguments.of(Jurisdiction.CO, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, "2026-07-02", Confidence.SECONDARY),
        Arguments.of(Jurisdiction.DC, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.REGULATOR, "2026-07-02", Confidence.UNCERTAIN),
        Arguments.of(Jurisdiction.MT, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, "2026-07-02", Confidence.SECONDARY),
        Arguments.of(Jurisdiction.OR, null, ReviewRoute.STATE_EXTERNAL_REVIEW, Party.PLAN, "2026-08-29", Confidence.UNCERTAIN));
  }

  static Stream<Arguments> stateProgramsByInsuredPlanType() {
    List<Arguments> rows = new ArrayList<>();
    for (PlanType planType : List.of(PlanType.FULLY_INSURED_COMMERCIAL, PlanType.INDIVIDUAL_MARKETPLACE)) {
      statePrograms().forEach(row -> {
        Object[] values = row.get();
        Object[] withPlan = new Object[values.length + 1];
        withPlan[0] = planType;
        System.arraycopy(values, 0, withPlan, 1, values.length);
        rows.add(Arguments.of(withPlan));
      });
    }
    return rows.stream();
  }

  private static TimelineQuery.Builder withFinalDenial(TimelineQuery.Builder builder) {
    return builder.addEvents(CaseEvent.builder().type(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED)
        .on(FINAL_DENIAL).noticeDate(NOTICE_DATE).build());
  }

  private static Optional<Deadline> externalReviewFiling(Timeline timeline) {
    return timeline.deadlines().stream().filter(d -> d.ruleId().contains("external-review.file") && d.actor() == Party.MEMBER).findFirst();
  }

  @ParameterizedTest(name = "{0} in {1} {2}: {3}, request filed with {4}, due {5}")
  @MethodSource("stateProgramsByInsuredPlanType")
  void insured_plans_go_to_the_state_program_with_its_own_deadline(PlanType planType, Jurisdiction state,
      CaliforniaRegulator regulator, ReviewRoute route, Party filedWith, String due, Confidence confidence) {
    TimelineQuery.Builder builder = TimelineQuery.builder().planType(planType).memberState(state)
        .benefitChannel(BenefitChannel.PHARMACY);
    if (regulator != null) {
      builder.californiaRegulator(regulator);
    }
    Timeline timeline = compute(withFinalDenial(builder));

    assertThat(timeline.route()).isEqualTo(route);
    assertThat(timeline.reviewFiledWith()).isEqualTo(filedWith);
    assertThat(timeline.reviewBasis()).isIn(RuleBasis.STATE, RuleBasis.FEDERAL);
    Optional<Deadline> filing = externalReviewFiling(timeline);
    if (due == null) {
      assertThat(filing).isEmpty();
      assertThat(String.join(" ", timeline.notes())).contains("no deadline");
    } else {
      assertThat(filing).isPresent();
      assertThat(filing.get().dueDate()).contains(LocalDate.parse(due));
      assertThat(filing.get().confidence()).isEqualTo(confidence);
      assertThat(filing.get().actor()).isEqualTo(Party.MEMBER);
      assertThat(filing.get().filedWith()).contains(filedWith);
      assertThat(filing.get().citation()).isNotBlank();
      assertThat(filing.get().lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 24));
    }
  }

  /**
   * Standard review requested Friday 2026-05-01, reviewer assigned Monday 2026-05-04. Hand-worked:
   * request + 45 = 2026-06-15; assignment + 14 = 05-18, + 20 = 05-24, + 21 = 05-25, + 30 = 06-03, + 45 = 06-18.
   */
  @ParameterizedTest(name = "{0} {1}: {2} due {3}")
  @org.junit.jupiter.params.provider.CsvSource({
      "NC, , NC.external-review.decision.standard, 2026-06-15, VERIFIED",
      "CA, DMHC, CA-DMHC.external-review.decision.standard, 2026-06-03, VERIFIED",
      "CA, CDI, CA-CDI.external-review.decision.standard, 2026-06-03, UNCERTAIN",
      "NY, , NY.external-review.decision.standard, 2026-06-03, SECONDARY",
      "TX, , TX.external-review.decision.standard, 2026-05-24, VERIFIED",
      "FL, , FED.external-review.decision.standard, 2026-06-18, VERIFIED",
      "PA, , PA.external-review.decision.standard, 2026-06-18, UNCERTAIN",
      "IL, , IL.external-review.decision.standard, 2026-06-18, SECONDARY",
      "OH, , OH.external-review.decision.standard, 2026-06-18, SECONDARY",
      "GA, , GA.external-review.decision.standard, 2026-06-03, SECONDARY",
      "NJ, , NJ.external-review.decision.standard, 2026-06-18, UNCERTAIN",
      "VA, , VA.external-review.decision.standard, 2026-06-15, SECONDARY",
      "WA, , WA.external-review.decision.standard, 2026-05-24, VERIFIED",
      "MI, , MI.external-review.recommendation.standard, 2026-05-18, SECONDARY",
      "MA, , MA.external-review.decision.standard, 2026-06-18, VERIFIED",
      "AZ, , AZ.external-review.decision.standard, 2026-05-25, SECONDARY",
      "CO, , CO.external-review.decision.standard, 2026-06-18, SECONDARY",
      "DC, , DC.external-review.decision.standard, 2026-06-18, SECONDARY",
      "MT, , MT.external-review.decision.standard.naic-model, 2026-06-18, UNCERTAIN",
      "OR, , OR.external-review.decision.standard.naic-model, 2026-06-18, UNCERTAIN",
  })
  void every_state_s_standard_review_decision_clock_runs_from_its_own_start(Jurisdiction state,
      CaliforniaRegulator regulator, String ruleId, LocalDate due, Confidence confidence) {
    TimelineQuery.Builder builder = TimelineQuery.builder().planType(PlanType.FULLY_INSURED_COMMERCIAL)
        .memberState(state).benefitChannel(BenefitChannel.PHARMACY);
    if (regulator != null) {
      builder.californiaRegulator(regulator);
    }
    Timeline timeline = compute(withFinalDenial(builder).addEvents(
        CaseEvent.on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, LocalDate.of(2026, 5, 1)),
        CaseEvent.on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, LocalDate.of(2026, 5, 4))));

    Deadline decision = Fixtures.get(timeline, ruleId);
    assertThat(decision.dueDate()).contains(due);
    assertThat(decision.confidence()).isEqualTo(confidence);
    assertThat(decision.actor()).isEqualTo(Party.INDEPENDENT_REVIEWER);
  }

  @Test
  void the_encoded_jurisdictions_are_the_nineteen_of_the_fact_sheet() {
    assertThat(DeadlineCalculator.jurisdictionsWithStateRules()).containsExactlyInAnyOrder(
        Jurisdiction.NC, Jurisdiction.CA, Jurisdiction.NY, Jurisdiction.TX, Jurisdiction.FL, Jurisdiction.PA,
        Jurisdiction.IL, Jurisdiction.OH, Jurisdiction.GA, Jurisdiction.NJ, Jurisdiction.VA, Jurisdiction.WA,
        Jurisdiction.MI, Jurisdiction.MA, Jurisdiction.AZ, Jurisdiction.CO, Jurisdiction.DC, Jurisdiction.MT,
        Jurisdiction.OR);
  }

  static Stream<Jurisdiction> everyEncodedStateAndSomeWithout() {
    List<Jurisdiction> states = new ArrayList<>(DeadlineCalculator.jurisdictionsWithStateRules());
    states.addAll(List.of(Jurisdiction.WY, Jurisdiction.AL, Jurisdiction.KS));
    return states.stream();
  }

  @ParameterizedTest(name = "self-funded ERISA plan in {0}: federal external review only")
  @MethodSource("everyEncodedStateAndSomeWithout")
  void a_self_funded_erisa_plan_never_gets_a_state_external_review(Jurisdiction state) {
    Timeline timeline = compute(withFinalDenial(query(PlanType.SELF_FUNDED_ERISA, state)));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.FEDERAL_ERISA_EXTERNAL_REVIEW);
    assertThat(timeline.reviewFiledWith()).isEqualTo(Party.PLAN);
    assertThat(timeline.deadlines()).noneMatch(d -> d.basis() == RuleBasis.STATE);
    assertThat(timeline.pending()).noneMatch(p -> p.basis() == RuleBasis.STATE);
    // Federal rule: 4 calendar months after receipt of the final denial: 2026-07-02, a Thursday.
    assertThat(Fixtures.get(timeline, "FED.external-review.file").dueDate()).contains(LocalDate.of(2026, 7, 2));
    assertThat(String.join(" ", timeline.notes())).contains("Self-funded ERISA plan: not eligible for");
  }

  @ParameterizedTest(name = "Medicare Part D in {0}: the Part D track")
  @MethodSource("everyEncodedStateAndSomeWithout")
  void medicare_part_d_has_its_own_track_in_every_state(Jurisdiction state) {
    Timeline timeline = compute(query(PlanType.MEDICARE_ADVANTAGE_PART_D, state)
        .addEvents(CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED).on(LocalDate.of(2026, 1, 12))
            .noticeDate(LocalDate.of(2026, 1, 7)).build()));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.MEDICARE_PART_D);
    assertThat(timeline.deadlines()).noneMatch(d -> d.basis() == RuleBasis.STATE);
    // 60 days after the receipt presumed 5 days after the notice date: 2026-01-12 + 60 = 2026-03-13.
    assertThat(Fixtures.get(timeline, "PARTD.redetermination.file").dueDate()).contains(LocalDate.of(2026, 3, 13));
  }

  @ParameterizedTest(name = "Medicaid managed care in {0}: MCO appeal, then fair hearing")
  @MethodSource("everyEncodedStateAndSomeWithout")
  void medicaid_managed_care_goes_to_a_state_fair_hearing_in_every_state(Jurisdiction state) {
    Timeline timeline = compute(query(PlanType.MEDICAID_MANAGED_CARE, state)
        .addEvents(CaseEvent.builder().type(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED).on(LocalDate.of(2026, 4, 3))
            .noticeDate(LocalDate.of(2026, 4, 1)).build()));

    assertThat(timeline.route()).isEqualTo(ReviewRoute.MEDICAID_FAIR_HEARING);
    assertThat(timeline.reviewFiledWith()).isEqualTo(Party.STATE_MEDICAID_AGENCY);
    assertThat(timeline.deadlines()).noneMatch(d -> d.basis() == RuleBasis.STATE);
    // 90 days (the shortest a state may set) from the notice date 2026-04-01 = 2026-06-30.
    Deadline hearing = Fixtures.get(timeline, "MEDICAID.fair-hearing.file");
    assertThat(hearing.dueDate()).contains(LocalDate.of(2026, 6, 30));
    assertThat(hearing.confidence()).isEqualTo(Confidence.UNCERTAIN);
  }
}
