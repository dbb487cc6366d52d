package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.util.Optional;
import org.immutables.value.Value;

/** A lab's reference range; either bound may be open. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableReferenceRange.class)
@JsonDeserialize(as = ImmutableReferenceRange.class)
public abstract class ReferenceRange {
  public abstract Optional<Quantity> low();

  /** Upper limit of normal, e.g. for "≥ 2 × ULN" rules. */
  public abstract Optional<Quantity> high();

  @Value.Check
  void check() {
    if (low().isEmpty() && high().isEmpty()) {
      throw InvalidInputException.required("high");
    }
    if (low().isPresent() && high().isPresent()) {
      if (low().get().unit().dimension() != high().get().unit().dimension()) {
        throw InvalidInputException.invalid("high.unit", "must measure the same thing as low.unit");
      }
      if (low().get().compareTo(high().get()) > 0) {
        throw InvalidInputException.invalid("low", "must not be above high");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableReferenceRange.Builder {}
}
