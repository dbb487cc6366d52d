package io.covercrit.examples.cli;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.jurisdictions.AlternativeReading;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.Deadline;
import io.covercrit.jurisdictions.PendingClock;
import io.covercrit.jurisdictions.Timeline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Renders a {@link Timeline} as a list a patient or clinic can act on. */
final class TimelineText {
  private static final DateTimeFormatter HOUR_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private TimelineText() {}

  static String render(Timeline t) {
    StringBuilder out = new StringBuilder();
    out.append("DEADLINES  ").append(t.memberState().displayName()).append(", ").append(t.planType())
        .append(", ").append(t.benefitChannel()).append(" benefit, ").append(t.urgency()).append('\n');
    out.append("  independent review: ").append(t.reviewProgram()).append(" (").append(t.route()).append(", ")
        .append(t.reviewBasis()).append(" rules)\n");
    out.append("  request it from: ").append(t.reviewFiledWithName()).append('\n');
    out.append("  current stage: ").append(t.currentStage()).append("; dates count in ").append(t.timeZone()).append('\n');
    if (t.deadlines().isEmpty()) {
      out.append("\n  No clock has started: give the events that happened (--final-denial, --event).\n");
    }
    int n = 1;
    for (Deadline d : t.deadlines()) {
      out.append('\n').append(String.format("%2d. %s  %s%n", n++, due(d), d.title()));
      out.append("      who acts: ").append(d.actor());
      d.filedWithName().ifPresent(name -> out.append(", files with ").append(name));
      out.append('\n');
      d.condition().ifPresent(condition -> out.append("      applies: ").append(condition).append('\n'));
      out.append("      computed: ").append(d.computation()).append('\n');
      out.append("      citation: ").append(d.citation()).append(" (").append(d.basis()).append(", ").append(d.program())
          .append(")\n");
      out.append("      confidence: ").append(confidence(d.confidence())).append(", rule last reviewed ")
          .append(d.lastReviewed()).append('\n');
      for (AlternativeReading alt : d.alternatives()) {
        out.append("      other reading: ").append(due(alt.dueDate().map(Object::toString), alt.dueAt(), d.timeZone()))
            .append(" under ").append(alt.citation()).append(" (").append(confidence(alt.confidence())).append("): ")
            .append(alt.note()).append('\n');
      }
      for (String note : d.notes()) {
        out.append("      note: ").append(note).append('\n');
      }
      for (ContactPoint c : d.contacts()) {
        out.append("      contact: ").append(c.channel()).append(' ').append(c.value()).append(" - ")
            .append(c.organization()).append(": ").append(c.purpose()).append('\n');
      }
    }
    if (!t.pending().isEmpty()) {
      out.append("\nNOT STARTED YET\n");
      for (PendingClock p : t.pending()) {
        out.append("  - ").append(p.title()).append(": ")
            .append(p.waitingFor()).append("  [").append(p.citation()).append(", ").append(confidence(p.confidence()))
            .append("]\n");
      }
    }
    if (!t.notes().isEmpty()) {
      out.append("\nNOTES\n");
      t.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
    }
    return out.toString();
  }

  private static String due(Deadline d) {
    return due(d.dueDate().map(Object::toString), d.dueAt(), d.timeZone());
  }

  /** A date deadline ends with its day; an hour clock is shown to the minute in the case's zone. */
  private static String due(Optional<String> date, Optional<Instant> at, ZoneId zone) {
    return date.orElseGet(() -> at.map(instant -> HOUR_CLOCK.format(instant.atZone(zone))).orElse("-"));
  }

  private static String confidence(Confidence c) {
    return c.tag() + " " + c;
  }
}
