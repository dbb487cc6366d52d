package io.covercrit.jurisdictions.internal;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.jurisdictions.ClockUnit;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.Deadline;
import io.covercrit.jurisdictions.Timeline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * RFC 5545 writer for timelines: content lines, TEXT escaping (3.3.11), folding at 75 octets
 * without splitting a UTF-8 character (3.1), CRLF line ends.
 */
public final class ICalendarWriter {
  private ICalendarWriter() {}

  static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public static String write(Timeline timeline, Instant stamp) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//covercrit//covercrit-jurisdictions//EN");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("X-WR-CALNAME:" + text("Coverage appeal deadlines (" + timeline.memberState().displayName() + ")"));
    for (Deadline deadline : timeline.deadlines()) {
      event(lines, timeline, deadline, stamp);
    }
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(fold(line)).append(CRLF);
    }
    return out.toString();
  }

  private static void event(List<String> lines, Timeline timeline, Deadline deadline, Instant stamp) {
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid(timeline, deadline) + "@covercrit.io");
    lines.add("DTSTAMP:" + UTC_DATE_TIME.format(stamp));
    if (deadline.dueDate().isPresent()) {
      LocalDate due = deadline.dueDate().get();
      lines.add("DTSTART;VALUE=DATE:" + DATE.format(due));
      lines.add("DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
    } else {
      lines.add("DTSTART:" + UTC_DATE_TIME.format(deadline.dueAt().orElseThrow()));
    }
    String confidence = deadline.confidence() == Confidence.VERIFIED ? "" : " " + deadline.confidence().tag();
    lines.add("SUMMARY:" + text("Due: " + deadline.title() + confidence));
    lines.add("DESCRIPTION:" + text(description(deadline)));
    lines.add("CATEGORIES:" + text(deadline.stage().name()));
    lines.add("TRANSP:TRANSPARENT");
    for (String trigger : reminders(deadline)) {
      lines.add("BEGIN:VALARM");
      lines.add("ACTION:DISPLAY");
      lines.add("DESCRIPTION:" + text("Reminder: " + deadline.title()));
      lines.add("TRIGGER:" + trigger);
      lines.add("END:VALARM");
    }
    lines.add("END:VEVENT");
  }

  /** A week and a day ahead for day clocks, a day and two hours ahead for hour clocks (when the clock is that long). */
  static List<String> reminders(Deadline deadline) {
    List<String> triggers = new ArrayList<>();
    int amount = deadline.length().amount();
    switch (deadline.length().unit()) {
      case HOURS:
        if (amount > 24) {
          triggers.add("-PT24H");
        }
        triggers.add("-PT2H");
        break;
      case CALENDAR_MONTHS:
        triggers.add("-P7D");
        triggers.add("-P1D");
        break;
      default:
        int days = deadline.length().unit() == ClockUnit.BUSINESS_DAYS ? amount * 7 / 5 : amount;
        if (days > 7) {
          triggers.add("-P7D");
        }
        triggers.add("-P1D");
        break;
    }
    return triggers;
  }

  private static String description(Deadline deadline) {
    StringBuilder text = new StringBuilder();
    text.append("Who must act: ").append(deadline.actor()).append('\n');
    deadline.filedWithName().ifPresent(name -> text.append("File with: ").append(name).append('\n'));
    if (deadline.dueDate().isPresent()) {
      text.append("Due: ").append(deadline.dueDate().get()).append(" (by the end of the day, ")
          .append(deadline.timeZone()).append(")\n");
    } else {
      text.append("Due: ").append(deadline.dueLocal().toOffsetDateTime()).append(" (")
          .append(deadline.timeZone()).append(")\n");
    }
    deadline.condition().ifPresent(condition -> text.append("Applies ").append(condition).append('\n'));
    text.append("How computed: ").append(deadline.computation()).append('\n');
    text.append("Citation: ").append(deadline.citation()).append(" (").append(deadline.basis()).append(", ")
        .append(deadline.program()).append(")\n");
    text.append("Confidence: ").append(deadline.confidence().tag()).append(' ').append(deadline.confidence())
        .append("; rule last reviewed ").append(deadline.lastReviewed()).append('\n');
    for (ContactPoint contact : deadline.contacts()) {
      text.append("Contact: ").append(contact.purpose()).append(", ").append(contact.organization()).append(", ")
          .append(contact.channel()).append(' ').append(contact.value()).append('\n');
    }
    for (String note : deadline.notes()) {
      text.append("Note: ").append(note).append('\n');
    }
    return text.toString().strip();
  }

  /** Stable for the same deadline of the same case; differs when the rule, start or due date differs. */
  private static String uid(Timeline timeline, Deadline deadline) {
    String content = String.join("|", timeline.planType().name(), timeline.memberState().name(),
        timeline.benefitChannel().name(), timeline.urgency().name(), deadline.ruleId(),
        deadline.startEvent().name(), String.valueOf(deadline.startLevel().orElse(0)),
        deadline.startDate().toString(), deadline.dueDate().map(LocalDate::toString).orElse(""),
        deadline.dueAt().map(Instant::toString).orElse(""));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\': out.append("\\\\"); break;
        case ';': out.append("\\;"); break;
        case ',': out.append("\\,"); break;
        case '\n': out.append("\\n"); break;
        case '\r':
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
          out.append("\\n");
          break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits a content line into lines of at most 75 octets; continuation lines start with a space. */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
