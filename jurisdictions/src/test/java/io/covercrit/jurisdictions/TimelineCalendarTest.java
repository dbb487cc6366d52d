package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.NEW_YORK;
import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.expedited;
import static io.covercrit.jurisdictions.Fixtures.insured;
import static io.covercrit.jurisdictions.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar output, parsed back with ical4j (a real RFC 5545 parser, test scope only). */
class TimelineCalendarTest {
  private static final Instant STAMP = Instant.parse("2026-11-24T08:00:00Z");

  private static Timeline northCarolinaCase() {
    return compute(expedited(insured(Jurisdiction.NC)).payerAppealRules(Fixtures.cigna()).addEvents(
        Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-03-06T10:00", NEW_YORK),
        on(CaseEventType.DENIAL_RECEIVED, "2026-03-09"),
        Fixtures.finalDenial("2026-06-01"),
        Fixtures.at(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "2026-07-02T11:00", NEW_YORK),
        on(CaseEventType.EXTERNAL_REVIEW_OVERTURNED, "2026-07-06")));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(Component component, String name) {
    Optional<Property> property = component.getProperty(name);
    return property.orElseThrow(() -> new AssertionError("no " + name)).getValue();
  }

  @Test
  void every_deadline_becomes_one_event_with_the_right_start_and_reminders() throws Exception {
    Timeline timeline = northCarolinaCase();
    assertThat(timeline.deadlines()).anyMatch(d -> d.dueAt().isPresent()).anyMatch(d -> d.dueDate().isPresent());

    Calendar calendar = parse(TimelineCalendar.toICalendar(timeline, STAMP));
    calendar.validate();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(timeline.deadlines().size());

    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      Deadline deadline = timeline.deadlines().get(i);
      Temporal start = event.getStartDate().orElseThrow().getDate();
      if (deadline.dueDate().isPresent()) {
        assertThat(start).isEqualTo(deadline.dueDate().get());
      } else {
        assertThat(Instant.from(start)).isEqualTo(deadline.dueAt().get());
      }
      assertThat(event.getAlarms()).isNotEmpty().allSatisfy(alarm -> {
        assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(value(alarm, Property.TRIGGER)).startsWith("-P");
      });
      assertThat(value(event, Property.SUMMARY)).contains(deadline.title());
      assertThat(value(event, Property.DESCRIPTION)).contains(deadline.citation()).contains("How computed:");
      assertThat(Instant.from(event.getDateStamp().orElseThrow().getDate())).isEqualTo(STAMP);
    }
    assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates();
  }

  @Test
  void the_smart_nc_request_deadline_is_an_all_day_event_with_its_contacts() throws Exception {
    Timeline timeline = compute(insured(Jurisdiction.NC).addEvents(Fixtures.finalDenial("2026-03-02")));
    Calendar calendar = parse(TimelineCalendar.toICalendar(timeline, STAMP));

    VEvent request = calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> value(e, Property.SUMMARY).contains("Health Insurance Smart NC")).findFirst().orElseThrow();
    assertThat(request.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(request.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(value(request, Property.DESCRIPTION)).contains("1-855-408-1212").contains("58-50-80(a)")
        .contains("last reviewed 2026-11-24");
    List<VAlarm> alarms = request.getAlarms();
    // ical4j normalises -P7D to -P1W on parsing: compare the periods, not the text.
    assertThat(alarms).extracting(a -> java.time.Period.parse(value(a, Property.TRIGGER)))
        .containsExactly(java.time.Period.ofDays(-7), java.time.Period.ofDays(-1));
  }

  @Test
  void an_uncertain_deadline_says_so_in_its_title() throws Exception {
    Calendar calendar = parse(TimelineCalendar.toICalendar(northCarolinaCase(), STAMP));
    assertThat(calendar.<VEvent>getComponents(Component.VEVENT))
        .anySatisfy(e -> assertThat(value(e, Property.SUMMARY)).contains("coverage after").endsWith("[U]"));
  }

  @Test
  void the_file_is_deterministic_folded_and_uses_crlf() {
    String first = TimelineCalendar.toICalendar(northCarolinaCase(), STAMP);
    String second = TimelineCalendar.toICalendar(northCarolinaCase(), STAMP);

    assertThat(first).isEqualTo(second);
    assertThat(first).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
    assertThat(first.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : first.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(first).contains("DTSTAMP:20261124T080000Z");
  }

  @Test
  void a_timeline_with_nothing_computed_is_an_empty_but_valid_calendar() throws Exception {
    Calendar calendar = parse(TimelineCalendar.toICalendar(compute(insured(Jurisdiction.WY)), STAMP));
    assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).isEmpty();
  }
}
