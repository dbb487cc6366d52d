package io.covercrit.jurisdictions.internal;

import io.covercrit.jurisdictions.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), computed by rule for any year.
 *
 * <p>Observed days follow 6103(b) and Executive Order 11582: a holiday falling on a Saturday is
 * observed on the Friday before, on a Sunday on the Monday after. New Year's Day on a Saturday is
 * therefore observed on 31 December of the year before. Inauguration Day (6103(c)) is left out: it
 * is a holiday only for federal employees in the Washington, DC area.
 */
public final class UsFederalHolidays implements BusinessCalendar {
  private static final UsFederalHolidays INSTANCE = new UsFederalHolidays();

  private UsFederalHolidays() {}

  public static BusinessCalendar calendar() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "US federal holidays (5 U.S.C. 6103)";
  }

  @Override
  public Optional<String> holidayOn(LocalDate date) {
    // The observed day can fall in the year before the holiday (New Year's Day on a Saturday).
    Optional<String> found = observedIn(date.getYear(), date);
    return found.isPresent() ? found : observedIn(date.getYear() + 1, date);
  }

  private static Optional<String> observedIn(int year, LocalDate date) {
    if (matches(date, fixed(year, Month.JANUARY, 1))) {
      return Optional.of("New Year's Day");
    }
    if (date.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))) {
      return Optional.of("Birthday of Martin Luther King, Jr.");
    }
    if (date.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))) {
      return Optional.of("Washington's Birthday");
    }
    if (date.equals(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))) {
      return Optional.of("Memorial Day");
    }
    if (matches(date, fixed(year, Month.JUNE, 19))) {
      return Optional.of("Juneteenth National Independence Day");
    }
    if (matches(date, fixed(year, Month.JULY, 4))) {
      return Optional.of("Independence Day");
    }
    if (date.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))) {
      return Optional.of("Labor Day");
    }
    if (date.equals(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2))) {
      return Optional.of("Columbus Day");
    }
    if (matches(date, fixed(year, Month.NOVEMBER, 11))) {
      return Optional.of("Veterans Day");
    }
    if (date.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))) {
      return Optional.of("Thanksgiving Day");
    }
    if (matches(date, fixed(year, Month.DECEMBER, 25))) {
      return Optional.of("Christmas Day");
    }
    return Optional.empty();
  }

  private static LocalDate fixed(int year, Month month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A fixed-date holiday matches its observed day only: a Saturday holiday is off on Friday. */
  private static boolean matches(LocalDate date, LocalDate holiday) {
    return date.equals(observed(holiday));
  }

  static LocalDate observed(LocalDate holiday) {
    switch (holiday.getDayOfWeek()) {
      case SATURDAY: return holiday.minusDays(1);
      case SUNDAY: return holiday.plusDays(1);
      default: return holiday;
    }
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
