package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The length of a clock: an amount and a {@link ClockUnit}, e.g. 4 calendar months or 72 hours.
 * "4 months" is never 120 days and "72 hours" is never 3 days. Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableClockLength.class)
@JsonDeserialize(as = ImmutableClockLength.class)
public abstract class ClockLength {
  /** Upper bound on the amount, well above any real clock (2 years in days). */
  public static final int MAX_AMOUNT = 730;

  @Value.Parameter
  public abstract int amount();

  @Value.Parameter
  public abstract ClockUnit unit();

  public static ClockLength calendarDays(int amount) {
    return ImmutableClockLength.of(amount, ClockUnit.CALENDAR_DAYS);
  }

  public static ClockLength businessDays(int amount) {
    return ImmutableClockLength.of(amount, ClockUnit.BUSINESS_DAYS);
  }

  public static ClockLength calendarMonths(int amount) {
    return ImmutableClockLength.of(amount, ClockUnit.CALENDAR_MONTHS);
  }

  public static ClockLength hours(int amount) {
    return ImmutableClockLength.of(amount, ClockUnit.HOURS);
  }

  /** In words, e.g. "4 calendar months", "1 business day", "72 hours". */
  public String describe() {
    String unitWords;
    switch (unit()) {
      case CALENDAR_DAYS: unitWords = amount() == 1 ? "calendar day" : "calendar days"; break;
      case BUSINESS_DAYS: unitWords = amount() == 1 ? "business day" : "business days"; break;
      case CALENDAR_MONTHS: unitWords = amount() == 1 ? "calendar month" : "calendar months"; break;
      default: unitWords = amount() == 1 ? "hour" : "hours"; break;
    }
    return amount() + " " + unitWords;
  }

  @Value.Check
  void check() {
    if (amount() < 1 || amount() > MAX_AMOUNT) {
      throw InvalidInputException.invalid("amount", "must be between 1 and " + MAX_AMOUNT);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableClockLength.Builder {}
}
