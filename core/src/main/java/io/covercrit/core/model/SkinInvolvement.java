package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Extent of a skin disease: estimated body surface area and the body sites affected. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableSkinInvolvement.class)
@JsonDeserialize(as = ImmutableSkinInvolvement.class)
public abstract class SkinInvolvement {
  /** Estimated affected body surface area, 0 to 100 percent. */
  public abstract Optional<BigDecimal> bodySurfaceAreaPercent();

  /** Affected sites; empty means not documented (not "none"). */
  public abstract Set<BodySite> sites();

  public abstract Optional<LocalDate> assessedOn();

  @Value.Check
  void check() {
    if (bodySurfaceAreaPercent().isPresent()) {
      BigDecimal bsa = bodySurfaceAreaPercent().get();
      DecimalScale.check("bodySurfaceAreaPercent", bsa);
      if (bsa.signum() < 0 || bsa.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw InvalidInputException.invalid("bodySurfaceAreaPercent", "must be between 0 and 100");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableSkinInvolvement.Builder {}
}
