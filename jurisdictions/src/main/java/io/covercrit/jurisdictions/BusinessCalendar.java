package io.covercrit.jurisdictions;

import io.covercrit.core.InvalidInputException;
import io.covercrit.jurisdictions.internal.UsFederalHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which days count as business days: Monday to Friday, except the calendar's holidays.
 *
 * <p>{@link #usFederal()} computes the eleven legal public holidays of 5 U.S.C. 6103(a) by rule,
 * with the observed-day shifts of 6103(b) and Executive Order 11582 (a holiday on a Saturday is
 * observed the Friday before, on a Sunday the Monday after). A host that knows a state's own
 * closing days (state statutes that count "business days" may mean the state's) supplies one
 * with {@link #usFederalPlus} and registers it with {@link DeadlineCalculator.Builder}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface BusinessCalendar {
  /** Name shown in computations, e.g. "US federal holidays (5 U.S.C. 6103)". */
  String name();

  /** The name of the holiday observed on {@code date}, if the date is one. */
  Optional<String> holidayOn(LocalDate date);

  /** Whether {@code date} is a weekday that is not a holiday. */
  default boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holidayOn(date).isEmpty();
  }

  /** The US federal holiday calendar. */
  static BusinessCalendar usFederal() {
    return UsFederalHolidays.calendar();
  }

  /**
   * The federal calendar plus extra closing days, e.g. a state's holidays for the years the host
   * needs. The dates are copied.
   */
  static BusinessCalendar usFederalPlus(String name, Collection<LocalDate> extraHolidays) {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.invalid("name", "must not be blank");
    }
    TreeSet<LocalDate> extra = new TreeSet<>(extraHolidays);
    BusinessCalendar federal = usFederal();
    return new BusinessCalendar() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> holidayOn(LocalDate date) {
        Optional<String> federalHoliday = federal.holidayOn(date);
        if (federalHoliday.isPresent()) {
          return federalHoliday;
        }
        return extra.contains(date) ? Optional.of(name + " closing day") : Optional.empty();
      }
    };
  }
}
