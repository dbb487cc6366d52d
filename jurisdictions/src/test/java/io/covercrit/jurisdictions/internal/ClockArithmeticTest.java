package io.covercrit.jurisdictions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.jurisdictions.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected value is worked out by hand (and checked against a calendar), never by the code under test. */
class ClockArithmeticTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @ParameterizedTest(name = "{0} + {1} months = {2} (last day of month)")
  @CsvSource({
      "2026-10-31, 4, 2027-02-28",
      "2027-10-31, 4, 2028-02-29",   // 2028 is a leap year
      "2026-10-30, 4, 2027-02-28",
      "2027-10-29, 4, 2028-02-29",
      "2026-03-02, 4, 2026-07-02",   // 122 days, not 120
      "2026-08-31, 6, 2027-02-28",
      "2026-02-27, 6, 2026-08-27",
  })
  void calendar_months_end_on_the_last_day_when_the_day_does_not_exist(LocalDate start, int months, LocalDate due) {
    assertThat(ClockArithmetic.plusMonths(start, months, MonthEnd.LAST_DAY_OF_MONTH).date()).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0} + {1} months = {2} (federal: first day of the next month)")
  @CsvSource({
      "2026-10-31, 4, 2027-03-01",
      "2026-10-30, 4, 2027-03-01",   // the regulation's own example: received October 30, due March 1
      "2027-10-30, 4, 2028-03-01",   // no February 30 even in a leap year
      "2027-10-29, 4, 2028-02-29",   // February 29 exists in 2028
      "2026-03-02, 4, 2026-07-02",
  })
  void federal_months_move_to_the_first_of_the_next_month_when_the_day_does_not_exist(LocalDate start, int months,
      LocalDate due) {
    assertThat(ClockArithmetic.plusMonths(start, months, MonthEnd.FIRST_DAY_OF_NEXT_MONTH).date()).isEqualTo(due);
  }

  @ParameterizedTest(name = "{1} business days after {0} = {2}")
  @CsvSource({
      "2026-07-02, 3, 2026-07-08",   // skips Friday 2026-07-03 (July 4 on a Saturday) and the weekend
      "2027-12-23, 3, 2027-12-29",   // skips Friday 2027-12-24 (Christmas on a Saturday)
      "2027-12-29, 3, 2028-01-04",   // skips Friday 2027-12-31 (New Year's Day 2028 on a Saturday)
      "2027-12-23, 5, 2028-01-03",
      "2026-11-25, 1, 2026-11-27",   // skips Thanksgiving Day
      "2026-03-06, 1, 2026-03-09",   // Friday to Monday
      "2026-03-07, 1, 2026-03-09",   // a Saturday start counts from Monday
  })
  void business_days_skip_weekends_and_observed_federal_holidays(LocalDate start, int days, LocalDate due) {
    assertThat(ClockArithmetic.plusBusinessDays(start, days, BusinessCalendar.usFederal()).date()).isEqualTo(due);
  }

  @Test
  void the_explanation_names_the_skipped_holiday() {
    assertThat(ClockArithmetic.plusBusinessDays(LocalDate.of(2026, 7, 2), 3, BusinessCalendar.usFederal()).explanation())
        .contains("Independence Day observed 2026-07-03");
  }

  @ParameterizedTest(name = "{0} rolls to {1}")
  @CsvSource({
      "2026-07-04, 2026-07-06",  // Saturday, then Sunday: Monday
      "2026-11-01, 2026-11-02",  // Sunday
      "2026-11-11, 2026-11-12",  // Veterans Day, a Wednesday
      "2027-12-24, 2027-12-27",  // observed Christmas, then the weekend
      "2026-07-02, 2026-07-02",  // already a business day
  })
  void a_deadline_on_a_weekend_or_holiday_rolls_to_the_next_business_day(LocalDate date, LocalDate rolled) {
    assertThat(ClockArithmetic.rollForward(date, BusinessCalendar.usFederal()).date()).isEqualTo(rolled);
  }

  @ParameterizedTest(name = "{0} + {1} h = {2}")
  @CsvSource({
      "2026-03-06T15:00:00Z, 72, 2026-03-09T15:00:00Z",   // 10:00 EST -> 11:00 EDT
      "2026-10-30T14:00:00Z, 72, 2026-11-02T14:00:00Z",   // 10:00 EDT -> 09:00 EST
      "2026-03-07T23:30:00Z, 24, 2026-03-08T23:30:00Z",   // 18:30 EST -> 19:30 EDT
  })
  void hour_clocks_add_elapsed_time_across_daylight_saving_changes(Instant start, int hours, Instant due) {
    assertThat(ClockArithmetic.plusHours(start, hours, NEW_YORK).instant()).isEqualTo(due);
  }

  @Test
  void the_wall_clock_time_of_a_72_hour_clock_moves_by_an_hour_across_the_spring_change() {
    Instant start = Instant.parse("2026-03-06T15:00:00Z");
    Instant due = ClockArithmetic.plusHours(start, 72, NEW_YORK).instant();
    assertThat(start.atZone(NEW_YORK).getHour()).isEqualTo(10);
    assertThat(due.atZone(NEW_YORK).getHour()).isEqualTo(11);
    assertThat(due.atZone(NEW_YORK).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
  }
}
