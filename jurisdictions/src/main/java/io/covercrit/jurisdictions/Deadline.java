package io.covercrit.jurisdictions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.SourceRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One computed deadline or decision clock: what is due, by when, who must act, where the rule
 * comes from and how the date was computed.
 *
 * <p>Exactly one of {@link #dueDate()} (a day clock: due by the end of that day in
 * {@link #timeZone()}) and {@link #dueAt()} (an hour clock: an exact instant) is present.
 * Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline {
  /** Stable id of the rule, e.g. {@code NC.external-review.request}. */
  public abstract String ruleId();

  public abstract Stage stage();

  /** What is due, e.g. "Request external review from Health Insurance Smart NC". */
  public abstract String title();

  /** Who must act by the deadline. */
  public abstract Party actor();

  /** Who receives the filing, for deadlines the member or provider meets by filing something. */
  public abstract Optional<Party> filedWith();

  /** Name of the receiving body, e.g. "the insurer (it forwards the request to TDI)". */
  public abstract Optional<String> filedWithName();

  /** The last day, for clocks counted in days or months. */
  public abstract Optional<LocalDate> dueDate();

  /** The exact instant, for clocks counted in hours. */
  public abstract Optional<Instant> dueAt();

  /** The zone in which {@link #dueDate()} ends and {@link #dueAt()} is shown. */
  public abstract ZoneId timeZone();

  /** The event that started the clock. */
  public abstract CaseEventType startEvent();

  /** Its appeal level, for leveled events. */
  public abstract Optional<Integer> startLevel();

  /** Which date of the starting event the clock counts from. */
  public abstract CountsFrom countsFrom();

  /** The date the clock counts from (receipt, notice date or presumed receipt). */
  public abstract LocalDate startDate();

  /** The instant the clock counts from, for hour clocks. */
  public abstract Optional<Instant> startAt();

  public abstract ClockLength length();

  /** How the date was computed, in words, e.g. "4 calendar months after 2026-10-31 ...". */
  public abstract String computation();

  /** Legal or payer citation, e.g. "N.C. Gen. Stat. § 58-50-80(a)". */
  public abstract String citation();

  public abstract List<SourceRef> sources();

  /** The fact sheet's confidence in this rule; show SECONDARY and UNCERTAIN values as such. */
  public abstract Confidence confidence();

  public abstract RuleBasis basis();

  /** The program or process, e.g. "Health Insurance Smart NC (external review)". */
  public abstract String program();

  /** Who to contact about this step. */
  public abstract List<ContactPoint> contacts();

  /** When the rule was last reviewed against its sources. */
  public abstract LocalDate lastReviewed();

  /** When the deadline applies only in some cases, the condition, e.g. "if the request is incomplete". */
  public abstract Optional<String> condition();

  /** Conflicts between sources and the reading encoded, and other caveats. */
  public abstract List<String> notes();

  /** Other rules that also govern this step, with their dates. */
  public abstract List<AlternativeReading> alternatives();

  /** The due moment in {@link #timeZone()}, for display; not part of the JSON form. */
  @JsonIgnore
  public ZonedDateTime dueLocal() {
    return dueAt().map(at -> at.atZone(timeZone()))
        .orElseGet(() -> dueDate().orElseThrow().plusDays(1).atStartOfDay(timeZone()));
  }

  /** The instant after which the deadline has passed; the order of a {@link Timeline}. */
  @JsonIgnore
  public Instant expiresAt() {
    return dueLocal().toInstant();
  }

  @Value.Check
  void check() {
    if (dueDate().isPresent() == dueAt().isPresent()) {
      throw io.covercrit.core.InvalidInputException.invalid("dueDate", "exactly one of dueDate and dueAt must be given");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDeadline.Builder {}
}
