package io.covercrit.jurisdictions;

import io.covercrit.core.InvalidInputException;
import io.covercrit.jurisdictions.internal.ICalendarWriter;
import java.time.Instant;

/**
 * Writes a {@link Timeline} as an iCalendar file (RFC 5545) that a patient or clinic can import:
 * one event per deadline, each with reminders, its citation, who must act and whom to contact.
 *
 * <p>Deadlines with a date become all-day events on that date; hour clocks become events at the
 * exact instant, written in UTC. The output is deterministic: UIDs are derived from the deadline's
 * content and {@code DTSTAMP} is the {@code stamp} argument, never the current time. Pending
 * clocks have no date and are not written. Stateless and thread-safe.
 */
public final class TimelineCalendar {
  private TimelineCalendar() {}

  /**
   * The iCalendar text (CRLF line endings, lines folded at 75 octets).
   *
   * @param stamp the instant written as every event's {@code DTSTAMP}, e.g. when the host
   *     generated the file
   */
  public static String toICalendar(Timeline timeline, Instant stamp) {
    if (timeline == null) {
      throw InvalidInputException.required("timeline");
    }
    if (stamp == null) {
      throw InvalidInputException.required("stamp");
    }
    return ICalendarWriter.write(timeline, stamp);
  }
}
