package io.covercrit.jurisdictions;

/** How a clock counts. Each unit has its own arithmetic; they are never converted into each other. */
public enum ClockUnit {
  /** Calendar days after the start date (the start date itself is day 0). */
  CALENDAR_DAYS,
  /** Days that are not Saturdays, Sundays or holidays of the applicable business calendar. */
  BUSINESS_DAYS,
  /**
   * Calendar months: the same day-of-month N months later. When that day does not exist, the
   * rule's month-end convention decides (the last day of that month, or the 1st of the next).
   */
  CALENDAR_MONTHS,
  /** Elapsed hours from an instant; the due time is an instant, whatever the wall clock does. */
  HOURS
}
