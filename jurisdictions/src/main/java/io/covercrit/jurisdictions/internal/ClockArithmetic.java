package io.covercrit.jurisdictions.internal;

import io.covercrit.jurisdictions.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Date and time arithmetic for legal clocks. Each method returns the result and the words that
 * explain it, so that a deadline can say how it was computed.
 *
 * <p>Conventions: the day of the event is day 0 (a 45-day clock from 1 March ends on 15 April);
 * business days are counted from the day after the event; hour clocks add elapsed time to an
 * instant, so across a daylight-saving change the wall-clock time of the deadline moves by an hour.
 */
final class ClockArithmetic {
  private ClockArithmetic() {}

  /** A computed date with its explanation. */
  record DateResult(LocalDate date, String explanation) {}

  static DateResult plusCalendarDays(LocalDate start, int days) {
    LocalDate end = start.plusDays(days);
    return new DateResult(end, days + " calendar days after " + start + " = " + end);
  }

  static DateResult plusBusinessDays(LocalDate start, int days, BusinessCalendar calendar) {
    List<String> skippedHolidays = new ArrayList<>();
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (calendar.isBusinessDay(date)) {
        counted++;
      } else {
        Optional<String> holiday = calendar.holidayOn(date);
        if (holiday.isPresent()) {
          skippedHolidays.add(holiday.get() + " observed " + date);
        }
      }
    }
    StringBuilder text = new StringBuilder()
        .append(days).append(days == 1 ? " business day" : " business days").append(" after ")
        .append(start).append(" = ").append(date)
        .append(" (weekends and ").append(calendar.name()).append(" skipped");
    if (!skippedHolidays.isEmpty()) {
      text.append("; skipped ").append(String.join(", ", skippedHolidays));
    }
    return new DateResult(date, text.append(')').toString());
  }

  static DateResult plusMonths(LocalDate start, int months, MonthEnd monthEnd) {
    YearMonth target = YearMonth.from(start).plusMonths(months);
    String base = months + " calendar months after " + start;
    if (target.isValidDay(start.getDayOfMonth())) {
      LocalDate end = target.atDay(start.getDayOfMonth());
      return new DateResult(end, base + " = " + end);
    }
    if (monthEnd == MonthEnd.FIRST_DAY_OF_NEXT_MONTH) {
      LocalDate end = target.plusMonths(1).atDay(1);
      return new DateResult(end, base + ": " + target + " has no day " + start.getDayOfMonth()
          + ", so the first day of the following month, " + end);
    }
    LocalDate end = target.atEndOfMonth();
    return new DateResult(end, base + ": " + target + " has no day " + start.getDayOfMonth()
        + ", so its last day, " + end);
  }

  /** Moves a date off Saturdays, Sundays and holidays to the next business day. */
  static DateResult rollForward(LocalDate date, BusinessCalendar calendar) {
    LocalDate rolled = date;
    while (!calendar.isBusinessDay(rolled)) {
      rolled = rolled.plusDays(1);
    }
    if (rolled.equals(date)) {
      return new DateResult(date, date + " is a business day");
    }
    String why = calendar.holidayOn(date).map(name -> "holiday (" + name + " observed)")
        .orElse(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    return new DateResult(rolled, date + " is a " + why + ", so the next business day, " + rolled);
  }

  /** A computed instant with its explanation. */
  record InstantResult(Instant instant, String explanation) {}

  static InstantResult plusHours(Instant start, int hours, ZoneId zone) {
    Instant end = start.plus(Duration.ofHours(hours));
    return new InstantResult(end, hours + " elapsed hours after " + start.atZone(zone).toOffsetDateTime()
        + " = " + end.atZone(zone).toOffsetDateTime() + " (" + end + ")");
  }
}
