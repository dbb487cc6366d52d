package io.covercrit.jurisdictions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.jurisdictions.BusinessCalendar;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates worked out by hand from 5 U.S.C. 6103(a) and the observed-day rule of 6103(b) / EO 11582. */
class UsFederalHolidaysTest {
  private final BusinessCalendar federal = BusinessCalendar.usFederal();

  @ParameterizedTest(name = "{0} is observed as {1}")
  @CsvSource({
      "2026-01-01, New Year's Day",
      "2026-01-19, 'Birthday of Martin Luther King, Jr.'",
      "2026-02-16, Washington's Birthday",
      "2026-05-25, Memorial Day",
      "2026-06-19, Juneteenth National Independence Day",
      "2026-07-03, Independence Day",          // July 4 2026 is a Saturday: observed Friday
      "2026-09-07, Labor Day",
      "2026-10-12, Columbus Day",
      "2026-11-11, Veterans Day",
      "2026-11-26, Thanksgiving Day",
      "2026-12-25, Christmas Day",
      "2027-06-18, Juneteenth National Independence Day", // Saturday June 19: observed Friday
      "2027-07-05, Independence Day",          // Sunday July 4: observed Monday
      "2027-11-25, Thanksgiving Day",
      "2027-12-24, Christmas Day",             // Saturday December 25: observed Friday
      "2027-12-31, New Year's Day",            // New Year's Day 2028 is a Saturday: observed the year before
      "2028-01-17, 'Birthday of Martin Luther King, Jr.'",
      "2028-06-19, Juneteenth National Independence Day",
  })
  void observed_holidays_follow_the_statute(LocalDate date, String name) {
    assertThat(federal.holidayOn(date)).contains(name);
    assertThat(federal.isBusinessDay(date)).isFalse();
  }

  @ParameterizedTest(name = "{0} is not an observed holiday")
  @CsvSource({
      "2026-07-04",  // the Saturday itself: a weekend day, the holiday is observed on Friday
      "2027-12-25",
      "2028-01-01",
      "2026-12-24",
      "2026-03-09",
  })
  void the_calendar_date_of_a_shifted_holiday_is_not_the_observed_day(LocalDate date) {
    assertThat(federal.holidayOn(date)).isEmpty();
  }

  @Test
  void columbus_day_and_juneteenth_are_business_day_exceptions_unlike_some_holiday_libraries() {
    assertThat(federal.isBusinessDay(LocalDate.of(2026, 10, 12))).isFalse();
    assertThat(federal.isBusinessDay(LocalDate.of(2026, 6, 19))).isFalse();
    assertThat(federal.isBusinessDay(LocalDate.of(2026, 10, 13))).isTrue();
  }

  @ParameterizedTest(name = "{0} has {1} observed holidays")
  @CsvSource({
      "2026, 11",
      "2027, 12",   // includes Friday 2027-12-31, New Year's Day 2028 observed
      "2028, 10",   // its New Year's Day was observed in 2027
  })
  void a_year_has_eleven_holidays_except_when_new_years_day_moves_across_the_year(int year, long expected) {
    long count = Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
        .filter(d -> federal.holidayOn(d).isPresent()).count();
    assertThat(count).isEqualTo(expected);
  }
}
