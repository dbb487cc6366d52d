package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** One lab result: what was measured, the value with its unit, when, and the lab's range. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableLabResult.class)
@JsonDeserialize(as = ImmutableLabResult.class)
public abstract class LabResult {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");

  public abstract Analyte analyte();

  public abstract Quantity value();

  /** Date the specimen was collected. */
  public abstract LocalDate date();

  public abstract Optional<ReferenceRange> referenceRange();

  /** LOINC code of the test, where the source system has one. */
  public abstract Optional<String> loinc();

  @Value.Check
  void check() {
    if (value().unit().dimension() != analyte().dimension()) {
      throw InvalidInputException.invalid("value.unit", "is not a unit for " + analyte());
    }
    if (referenceRange().isPresent()) {
      ReferenceRange range = referenceRange().get();
      Optional<Quantity> bound = range.high().isPresent() ? range.high() : range.low();
      if (bound.get().unit().dimension() != analyte().dimension()) {
        throw InvalidInputException.invalid("referenceRange", "is not in a unit for " + analyte());
      }
    }
    if (loinc().isPresent() && !LOINC.matcher(loinc().get()).matches()) {
      throw InvalidInputException.invalid("loinc", "must look like 1988-5");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableLabResult.Builder {}
}
