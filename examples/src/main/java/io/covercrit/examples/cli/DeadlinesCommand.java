package io.covercrit.examples.cli;

import io.covercrit.cigna.CignaAppealRules;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.CaliforniaRegulator;
import io.covercrit.jurisdictions.CaseEvent;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.Circumstance;
import io.covercrit.jurisdictions.DeadlineCalculator;
import io.covercrit.jurisdictions.Timeline;
import io.covercrit.jurisdictions.TimelineCalendar;
import io.covercrit.jurisdictions.TimelineJson;
import io.covercrit.jurisdictions.TimelineQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code covercrit deadlines}: the appeal, external-review and decision deadlines of a denial,
 * from {@link DeadlineCalculator} (public API of covercrit-jurisdictions).
 */
@Command(name = "deadlines", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Computes the appeal, external-review and decision deadlines of a coverage dispute.",
        "Clocks count from the events that happened (e.g. --final-denial 2026-03-02). Each deadline shows what is due,"
            + " the due date, who acts, how it was computed, its citation and the confidence in the rule"
            + " ([V] verified, [S] secondary source, [U] uncertain).",
        "Not legal advice: confirm the dates with the plan's notice and the regulator."},
    footerHeading = "%nEvent types for --event TYPE[:LEVEL]=WHEN[,notice=DATE], where WHEN is a date"
        + " or an instant such as 2026-03-02T14:30:00-05:00:%n",
    footer = {"  COVERAGE_REQUEST_RECEIVED", "  DENIAL_RECEIVED", "  INTERNAL_APPEAL_RECEIVED:LEVEL",
        "  APPEAL_DENIAL_RECEIVED:LEVEL", "  FINAL_INTERNAL_DENIAL_RECEIVED", "  EXTERNAL_REVIEW_REQUESTED",
        "  EXTERNAL_REVIEW_ASSIGNED", "  REVIEWER_RECOMMENDATION_RECEIVED", "  EXTERNAL_REVIEW_OVERTURNED",
        "%nExample:",
        "  covercrit deadlines --state NC --plan-type FULLY_INSURED_COMMERCIAL \\",
        "      --final-denial 2026-03-02 --ics nc-appeal.ics"})
final class DeadlinesCommand implements Callable<Integer> {
  @CommandLine.ParentCommand
  CovercritCli parent;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--state", required = true, paramLabel = "XX",
      description = "The member's state (USPS code, e.g. NC), or FEDERAL with --time-zone.")
  Jurisdiction state;

  @Option(names = "--plan-type", required = true, paramLabel = "TYPE", description = "One of: ${COMPLETION-CANDIDATES}.")
  PlanType planType;

  @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "PHARMACY",
      description = "Benefit that pays for the drug: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  BenefitChannel channel;

  @Option(names = "--urgency", paramLabel = "URGENCY", defaultValue = "STANDARD",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Urgency urgency;

  @Option(names = "--california-regulator", paramLabel = "REG",
      description = "For state-regulated California plans: ${COMPLETION-CANDIDATES}.")
  CaliforniaRegulator californiaRegulator;

  @Option(names = "--circumstance", paramLabel = "FACT", description = "Repeatable: ${COMPLETION-CANDIDATES}.")
  List<Circumstance> circumstances = new ArrayList<>();

  @Option(names = "--opted-into-state-review",
      description = "A self-funded ERISA plan that opted in to the state's external review (IL, VA).")
  boolean optedIntoStateReview;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "Zone in which dates count (default: the zone of the state's capital), e.g. America/Chicago.")
  ZoneId timeZone;

  @Option(names = "--denial", paramLabel = "DATE", description = "The member received the initial denial (DENIAL_RECEIVED).")
  LocalDate denial;

  @Option(names = "--final-denial", paramLabel = "DATE",
      description = "The member received the final internal denial (FINAL_INTERNAL_DENIAL_RECEIVED).")
  LocalDate finalDenial;

  @Option(names = "--event", paramLabel = "TYPE[:LEVEL]=WHEN[,notice=DATE]", converter = CaseEventConverter.class,
      description = "Repeatable: something that happened, e.g. APPEAL_DENIAL_RECEIVED:1=2026-02-10.")
  List<CaseEvent> events = new ArrayList<>();

  /** Payers whose own internal-appeal rules ship with covercrit. */
  enum Payer { none, cigna }

  @Option(names = "--payer", paramLabel = "PAYER", defaultValue = "none",
      description = "Compose the payer's own internal-appeal rules (filing window, decision clocks) with the legal ones:"
          + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Payer payer;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  CovercritCli.Format format;

  @Option(names = "--ics", paramLabel = "FILE", description = "Also write the deadlines as an iCalendar file to import into a calendar.")
  Path ics;

  @Override
  public Integer call() throws IOException, InterruptedException {
    TimelineQuery.Builder query = TimelineQuery.builder()
        .planType(planType)
        .memberState(state)
        .benefitChannel(channel)
        .urgency(urgency)
        .addAllCircumstances(circumstances)
        .selfFundedPlanOptedIntoStateReview(optedIntoStateReview);
    if (payer == Payer.cigna) {
      query.payerAppealRules(CignaAppealRules.standard());
    }
    if (californiaRegulator != null) {
      query.californiaRegulator(californiaRegulator);
    }
    if (timeZone != null) {
      query.timeZone(timeZone);
    }
    if (denial != null) {
      query.addEvents(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, denial));
    }
    if (finalDenial != null) {
      query.addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, finalDenial));
    }
    query.addAllEvents(events);
    Timeline timeline = DeadlineCalculator.standard().compute(query.build());

    PrintWriter out = spec.commandLine().getOut();
    out.print(format == CovercritCli.Format.json ? TimelineJson.create().writeTimeline(timeline, true) + "\n"
        : TimelineText.render(timeline));
    out.flush();
    if (ics != null) {
      // DTSTAMP is when this program started: read once, at the edge.
      String calendar = TimelineCalendar.toICalendar(timeline, parent.startedAt);
      AtomicFile.write(ics, writer -> {
        writer.write(calendar);
        return null;
      });
      spec.commandLine().getErr().printf("wrote %d deadlines to %s%n", timeline.deadlines().size(), ics);
      spec.commandLine().getErr().flush();
    }
    return 0;
  }

  /** Parses {@code TYPE[:LEVEL]=WHEN[,notice=DATE]}. */
  static final class CaseEventConverter implements CommandLine.ITypeConverter<CaseEvent> {
    private static final Pattern EVENT = Pattern.compile("([A-Za-z_]+)(?::(\\d))?=([^,]+)(?:,notice=(.+))?");

    @Override
    public CaseEvent convert(String value) {
      Matcher m = EVENT.matcher(value.strip());
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("expected TYPE[:LEVEL]=WHEN[,notice=DATE], e.g. FINAL_INTERNAL_DENIAL_RECEIVED=2026-03-02");
      }
      CaseEventType type;
      try {
        type = CaseEventType.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("unknown event type; see the list under --help");
      }
      try {
        CaseEvent.Builder event = CaseEvent.builder().type(type);
        if (m.group(2) != null) {
          event.level(Integer.parseInt(m.group(2)));
        }
        String when = m.group(3).strip();
        if (when.contains("T")) {
          event.at(OffsetDateTime.parse(when).toInstant());
        } else {
          event.on(LocalDate.parse(when));
        }
        if (m.group(4) != null) {
          event.noticeDate(LocalDate.parse(m.group(4).strip()));
        }
        return event.build();
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "dates are YYYY-MM-DD, instants YYYY-MM-DDTHH:MM:SS with an offset (Z or -05:00)");
      } catch (InvalidInputException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
