package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.CaseEvent;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.Deadline;
import io.covercrit.jurisdictions.DeadlineCalculator;
import io.covercrit.jurisdictions.Timeline;
import io.covercrit.jurisdictions.TimelineJson;
import io.covercrit.jurisdictions.TimelineQuery;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DeadlinesCommandTest {
  private static final Instant STARTED = Instant.parse("2026-11-24T13:45:00Z");
  private static final String[] NC_FINAL_DENIAL = {"deadlines", "--state", "NC", "--plan-type", "FULLY_INSURED_COMMERCIAL",
      "--channel", "PHARMACY", "--urgency", "STANDARD", "--final-denial", "2026-03-02"};

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CovercritCli.commandLine(PolicyRegistry.installed(), InputStream.nullInputStream(),
        Clock.fixed(STARTED, ZoneOffset.UTC));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String[] with(String[] base, String... more) {
    return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
  }

  /** The same case through the public API, to compare the command's output with. */
  private static Timeline northCarolinaFinalDenial() {
    return DeadlineCalculator.standard().compute(TimelineQuery.builder()
        .planType(PlanType.FULLY_INSURED_COMMERCIAL)
        .memberState(Jurisdiction.NC)
        .benefitChannel(BenefitChannel.PHARMACY)
        .addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2026, 3, 2)))
        .build());
  }

  @Test
  void the_text_lists_each_deadline_with_its_date_actor_citation_and_confidence() {
    assertThat(run(NC_FINAL_DENIAL)).isZero();

    // G.S. 58-50-80(a): 120 days after receipt of the final denial; 2026-03-02 + 120 days, by hand.
    assertThat(out.toString())
        .contains("DEADLINES  North Carolina, FULLY_INSURED_COMMERCIAL, PHARMACY benefit, STANDARD")
        .contains(" 1. 2026-06-30  Request external review")
        .contains("who acts: MEMBER, files with the NC Commissioner of Insurance")
        .contains("citation: N.C. Gen. Stat. § 58-50-80(a)")
        .contains("confidence: [V] VERIFIED")
        .contains("NOT STARTED YET");
    for (Deadline d : northCarolinaFinalDenial().deadlines()) {
      assertThat(out.toString()).contains(d.dueDate().orElseThrow() + "  " + d.title()).contains(d.citation());
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void with_payer_cigna_the_timeline_composes_cigna_s_appeal_rules() {
    String[] args = {"deadlines", "--state", "NC", "--plan-type", "FULLY_INSURED_COMMERCIAL", "--payer", "cigna",
        "--event", "DENIAL_RECEIVED=2026-03-05,notice=2026-03-02", "--format", "json"};
    assertThat(run(args)).isZero();
    Timeline timeline = TimelineJson.create().readTimeline(out.toString());
    Timeline expected = DeadlineCalculator.standard().compute(TimelineQuery.builder()
        .planType(PlanType.FULLY_INSURED_COMMERCIAL).memberState(Jurisdiction.NC).benefitChannel(BenefitChannel.PHARMACY)
        .payerAppealRules(io.covercrit.cigna.CignaAppealRules.standard())
        .addEvents(CaseEvent.builder().type(CaseEventType.DENIAL_RECEIVED).on(LocalDate.of(2026, 3, 5))
            .noticeDate(LocalDate.of(2026, 3, 2)).build())
        .build());
    assertThat(timeline).isEqualTo(expected);
    // Cigna's 180 days from the notice date are listed beside the legal 180 days from receipt.
    assertThat(timeline.deadlines()).anySatisfy(d -> assertThat(d.alternatives())
        .anySatisfy(a -> assertThat(a.ruleId()).isEqualTo("PAYER.internal-appeal.file")));
  }

  @Test
  void json_output_reads_back_as_the_timeline_the_api_computes() {
    assertThat(run(with(NC_FINAL_DENIAL, "--format", "json"))).isZero();

    assertThat(TimelineJson.create().readTimeline(out.toString())).isEqualTo(northCarolinaFinalDenial());
  }

  @Test
  void the_ics_file_parses_with_one_event_per_deadline_stamped_with_the_start_time() throws Exception {
    Path ics = dir.resolve("nc.ics");
    assertThat(run(with(NC_FINAL_DENIAL, "--ics", ics.toString()))).isZero();

    Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
    calendar.validate();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    Timeline timeline = northCarolinaFinalDenial();
    assertThat(events).hasSize(timeline.deadlines().size());
    for (int i = 0; i < events.size(); i++) {
      Deadline deadline = timeline.deadlines().get(i);
      assertThat(value(events.get(i), Property.DTSTART)).isEqualTo(deadline.dueDate().orElseThrow().toString().replace("-", ""));
      assertThat(value(events.get(i), Property.SUMMARY)).contains(deadline.title());
      assertThat(value(events.get(i), Property.DTSTAMP)).isEqualTo("20261124T134500Z");
    }
    assertThat(err.toString()).contains("wrote " + events.size() + " deadlines to " + ics);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(ics);
    }
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
  }

  @Test
  void events_are_given_with_levels_instants_and_notice_dates() {
    assertThat(run("deadlines", "--state", "TX", "--plan-type", "fully_insured_commercial", "--urgency", "EXPEDITED",
        "--event", "COVERAGE_REQUEST_RECEIVED=2026-03-06T10:00:00-06:00",
        "--event", "DENIAL_RECEIVED=2026-03-09,notice=2026-03-07",
        "--event", "INTERNAL_APPEAL_RECEIVED:1=2026-03-10T09:00:00Z",
        "--format", "json")).isZero();

    Timeline timeline = TimelineJson.create().readTimeline(out.toString());
    assertThat(timeline.memberState()).isEqualTo(Jurisdiction.TX);
    assertThat(timeline.deadlines()).anyMatch(d -> d.startEvent() == CaseEventType.INTERNAL_APPEAL_RECEIVED
        && d.startLevel().equals(java.util.Optional.of(1)) && d.dueAt().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a leveled event without its level | --event | APPEAL_DENIAL_RECEIVED=2026-02-10 | level",
      "an unknown event type             | --event | APPEALED=2026-02-10                | unknown event type",
      "a date in the wrong format        | --event | DENIAL_RECEIVED=03/02/2026         | dates are YYYY-MM-DD",
      "an unknown state                  | --state | ZZ                                 | --state",
  })
  void bad_arguments_are_usage_errors_that_say_what_is_wrong(String what, String option, String value, String message) {
    String[] args = option.equals("--state")
        ? new String[] {"deadlines", "--state", value, "--plan-type", "SELF_FUNDED_ERISA"}
        : new String[] {"deadlines", "--state", "NC", "--plan-type", "SELF_FUNDED_ERISA", option, value};

    assertThat(run(args)).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains(message);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void a_california_plan_without_its_regulator_is_an_input_error_naming_the_field() {
    assertThat(run("deadlines", "--state", "CA", "--plan-type", "FULLY_INSURED_COMMERCIAL", "--final-denial", "2026-03-02"))
        .isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(err.toString()).contains("CC-INPUT-001").contains("californiaRegulator");

    out.getBuffer().setLength(0);
    assertThat(run("deadlines", "--state", "CA", "--plan-type", "FULLY_INSURED_COMMERCIAL", "--california-regulator", "DMHC",
        "--final-denial", "2026-03-02")).isZero();
    assertThat(out.toString()).contains("DEADLINES  California");
  }
}
