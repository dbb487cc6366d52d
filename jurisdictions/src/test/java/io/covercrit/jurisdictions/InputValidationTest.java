package io.covercrit.jurisdictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input fails with a typed error naming the field, never quoting the values. */
class InputValidationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static TimelineQuery.Builder nc() {
    return TimelineQuery.builder().planType(PlanType.FULLY_INSURED_COMMERCIAL).memberState(Jurisdiction.NC)
        .benefitChannel(BenefitChannel.PHARMACY);
  }

  static Stream<Arguments> invalidInputs() {
    return Stream.of(
        Arguments.of("both at and on", (Supplier<Object>) () -> CaseEvent.builder()
            .type(CaseEventType.DENIAL_RECEIVED).on(DAY).at(Instant.parse("2026-03-02T12:00:00Z")).build(), "at"),
        Arguments.of("neither at nor on", (Supplier<Object>) () -> CaseEvent.builder()
            .type(CaseEventType.DENIAL_RECEIVED).build(), "at"),
        Arguments.of("an appeal without a level", (Supplier<Object>) () -> CaseEvent.builder()
            .type(CaseEventType.INTERNAL_APPEAL_RECEIVED).on(DAY).build(), "level"),
        Arguments.of("a level on a non-appeal event", (Supplier<Object>) () -> CaseEvent.builder()
            .type(CaseEventType.DENIAL_RECEIVED).level(1).on(DAY).build(), "level"),
        Arguments.of("a level out of range", (Supplier<Object>) () -> CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 4, DAY), "level"),
        Arguments.of("a notice dated after receipt", (Supplier<Object>) () -> CaseEvent.builder()
            .type(CaseEventType.DENIAL_RECEIVED).on(DAY).noticeDate(DAY.plusDays(1)).build(), "noticeDate"),
        Arguments.of("a notice date on a request", (Supplier<Object>) () -> CaseEvent.builder()
            .type(CaseEventType.COVERAGE_REQUEST_RECEIVED).on(DAY).noticeDate(DAY).build(), "noticeDate"),
        Arguments.of("a California regulator outside California", (Supplier<Object>) () -> nc()
            .californiaRegulator(CaliforniaRegulator.DMHC).build(), "californiaRegulator"),
        Arguments.of("an opt-in on an insured plan", (Supplier<Object>) () -> nc()
            .selfFundedPlanOptedIntoStateReview(true).build(), "selfFundedPlanOptedIntoStateReview"),
        Arguments.of("a federal member state without a time zone", (Supplier<Object>) () -> nc()
            .memberState(Jurisdiction.FEDERAL).build(), "timeZone"),
        Arguments.of("the same event twice", (Supplier<Object>) () -> nc()
            .addEvents(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, DAY), CaseEvent.on(CaseEventType.DENIAL_RECEIVED, DAY))
            .build(), "events[1]"),
        Arguments.of("an assignment before the request", (Supplier<Object>) () -> Fixtures.CALCULATOR.compute(nc()
            .addEvents(CaseEvent.on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, DAY),
                CaseEvent.on(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, DAY.minusDays(3))).build()), "events[1]"),
        Arguments.of("a final denial before the first denial", (Supplier<Object>) () -> Fixtures.CALCULATOR.compute(nc()
            .addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, DAY),
                CaseEvent.on(CaseEventType.DENIAL_RECEIVED, DAY.plusDays(3))).build()), "events[0]"),
        Arguments.of("a clock of zero days", (Supplier<Object>) () -> ClockLength.calendarDays(0), "amount"),
        Arguments.of("a payer without levels", (Supplier<Object>) () -> PayerAppealRules.builder().from(Fixtures.cigna())
            .levels(java.util.List.of()).build(), "levels"),
        Arguments.of("payer levels out of order", (Supplier<Object>) () -> PayerAppealRules.builder().from(Fixtures.cigna())
            .levels(java.util.List.of(Fixtures.cigna().levels().get(1))).build(), "levels[0].level"));
  }

  @ParameterizedTest(name = "{0} is rejected, naming {2}")
  @MethodSource("invalidInputs")
  void invalid_input_is_rejected_with_the_field_named(String what, Supplier<Object> build, String field) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.errorCode()).startsWith("CC-INPUT-");
      assertThat(e.getMessage()).doesNotContain("2026-02-27", "2026-03-02", "2026-03-05");
    });
  }
}
