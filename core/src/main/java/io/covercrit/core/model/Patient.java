package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The person a request is for. Only what criteria need: age comes from the birth date as of the
 * evaluation date, never from the system clock.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutablePatient.class)
@JsonDeserialize(as = ImmutablePatient.class)
public abstract class Patient {
  /** Absent when not documented: age criteria are then MISSING, not failed. */
  public abstract Optional<LocalDate> birthDate();

  /** The plan's member id, carried for submissions; never logged nor put in messages. */
  public abstract Optional<String> memberId();

  /**
   * Completed years of age on {@code asOf}, or empty if the birth date is absent or after
   * {@code asOf}. Someone born on 29 February has a birthday on 1 March in common years
   * ({@link Period} arithmetic, as most US age-of-majority rules count it).
   */
  public OptionalInt ageOn(LocalDate asOf) {
    LocalDate born = birthDate().orElse(null);
    if (born == null || born.isAfter(asOf)) {
      return OptionalInt.empty();
    }
    // Whole years, as Period.between(born, asOf).getYears(), without building the Period.
    int years = asOf.getYear() - born.getYear();
    if (asOf.getMonthValue() < born.getMonthValue()
        || asOf.getMonthValue() == born.getMonthValue() && asOf.getDayOfMonth() < born.getDayOfMonth()) {
      years--;
    }
    return OptionalInt.of(years);
  }

  @Value.Check
  void check() {
    if (birthDate().isPresent() && birthDate().get().getYear() < 1880) {
      throw InvalidInputException.invalid("birthDate", "must be after 1880");
    }
    if (memberId().isPresent() && (memberId().get().isBlank() || memberId().get().length() > 64)) {
      throw InvalidInputException.invalid("memberId", "must have 1 to 64 characters");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePatient.Builder {}
}
