package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A documented trial of a drug: when it ran and how it ended.
 *
 * <p><b>Counting days.</b> A trial's length is counted in calendar days <em>inclusive of both
 * the start and the end date</em>: a trial from 1 March to 28 March lasted 28 consecutive days.
 * A trial without an end date runs through the as-of date. Days after the as-of date are not
 * counted: an evaluation only knows what had happened by then.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableTherapyTrial.class)
@JsonDeserialize(as = ImmutableTherapyTrial.class)
public abstract class TherapyTrial {
  public abstract Drug drug();

  /** First day of use; may be absent for a contraindication (never used). */
  public abstract Optional<LocalDate> start();

  /** Last day of use; absent while the drug is still used. */
  public abstract Optional<LocalDate> end();

  public abstract TrialOutcome outcome();

  /**
   * The daily dose taken during the trial, in a mass-per-day unit ({@code mg/d}), where a policy
   * grades the trial by dose (e.g. "5 mg/day of prednisone or equivalent"). As prescribed for the
   * drug itself: converting to an equivalent of another drug is the policy's business.
   */
  public abstract Optional<Quantity> dailyDose();

  /** Whether the drug came from manufacturer samples, which most policies do not count. */
  @Value.Default
  public boolean sample() {
    return false;
  }

  /**
   * Consecutive days of use through {@code asOf}, both ends inclusive; empty if the start date
   * is not documented, 0 if the trial starts after {@code asOf}.
   */
  public OptionalLong daysOfUseThrough(LocalDate asOf) {
    LocalDate start = start().orElse(null);
    if (start == null) {
      return OptionalLong.empty();
    }
    LocalDate last = lastDayThrough(asOf);
    if (last.isBefore(start)) {
      return OptionalLong.of(0);
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(start, last) + 1);
  }

  /**
   * Days on which both trials were in use, through {@code asOf}, inclusive; empty if either
   * start date is not documented.
   */
  public OptionalLong daysOverlappingWith(TherapyTrial other, LocalDate asOf) {
    if (start().isEmpty() || other.start().isEmpty()) {
      return OptionalLong.empty();
    }
    LocalDate first = start().get().isAfter(other.start().get()) ? start().get() : other.start().get();
    LocalDate lastThis = lastDayThrough(asOf);
    LocalDate lastOther = other.lastDayThrough(asOf);
    LocalDate last = lastThis.isBefore(lastOther) ? lastThis : lastOther;
    return OptionalLong.of(last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1);
  }

  /** Whether the drug is still in use on {@code asOf}. */
  public boolean isOngoingOn(LocalDate asOf) {
    boolean started = start().isEmpty() || !start().get().isAfter(asOf);
    boolean notEnded = end().isEmpty() || !end().get().isBefore(asOf);
    return outcome() != TrialOutcome.CONTRAINDICATED && started && notEnded;
  }

  private LocalDate lastDayThrough(LocalDate asOf) {
    LocalDate last = end().orElse(asOf);
    return last.isAfter(asOf) ? asOf : last;
  }

  @Value.Check
  void check() {
    if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
      throw InvalidInputException.invalid("end", "must not be before start");
    }
    if (outcome() == TrialOutcome.ONGOING && end().isPresent()) {
      throw InvalidInputException.invalid("end", "must be absent while the outcome is ONGOING");
    }
    if (outcome() != TrialOutcome.CONTRAINDICATED && start().isEmpty() && end().isPresent()) {
      throw InvalidInputException.required("start");
    }
    if (dailyDose().isPresent()) {
      Quantity dose = dailyDose().get();
      if (dose.unit().dimension() != Unit.Dimension.MASS_RATE) {
        throw InvalidInputException.invalid("dailyDose.unit", "must be a mass per day, e.g. mg/d");
      }
      if (dose.value().signum() <= 0) {
        throw InvalidInputException.invalid("dailyDose.value", "must be greater than 0");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTherapyTrial.Builder {}
}
