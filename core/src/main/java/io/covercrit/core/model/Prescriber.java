package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Who prescribes, their specialties, and the specialists they consulted. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutablePrescriber.class)
@JsonDeserialize(as = ImmutablePrescriber.class)
public abstract class Prescriber {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern NPI = Pattern.compile("[0-9]{10}");

  public abstract Set<Specialty> specialties();

  /** Specialists consulted about this treatment ("in consultation with"). */
  public abstract Set<Specialty> consultedSpecialties();

  /** National Provider Identifier: 10 digits with a Luhn check digit. */
  public abstract Optional<String> npi();

  /** Whether the prescriber is, or consulted, one of {@code accepted}. */
  public boolean isOrConsulted(Set<Specialty> accepted) {
    for (Specialty s : accepted) {
      if (specialties().contains(s) || consultedSpecialties().contains(s)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    if (npi().isPresent() && !isValidNpi(npi().get())) {
      throw InvalidInputException.invalid("npi", "must be 10 digits with a valid check digit");
    }
  }

  /** NPI check digit: Luhn over the 9 digits prefixed with the card issuer code 80840. */
  static boolean isValidNpi(String npi) {
    if (!NPI.matcher(npi).matches()) {
      return false;
    }
    String digits = "80840" + npi.substring(0, 9);
    int sum = 0;
    boolean doubleIt = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    int check = (10 - sum % 10) % 10;
    return check == npi.charAt(9) - '0';
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePrescriber.Builder {}
}
