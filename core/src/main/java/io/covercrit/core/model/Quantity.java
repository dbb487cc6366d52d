package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.immutables.value.Value;

/**
 * A measured value with its unit. Compare quantities through {@link #to(Unit)} or
 * {@link #compareTo(Quantity)}, which convert first; comparing {@link #value()}s of different
 * units is the bug this type exists to prevent.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public abstract class Quantity {
  public abstract BigDecimal value();

  public abstract Unit unit();

  public static Quantity of(BigDecimal value, Unit unit) {
    return builder().value(value).unit(unit).build();
  }

  public static Quantity of(String value, Unit unit) {
    return of(new BigDecimal(value), unit);
  }

  /**
   * This quantity in {@code target} units (exact for the decimal factors used here, rounded to
   * 16 significant digits otherwise).
   *
   * @throws InvalidInputException if the units measure different things (mg/L vs cells/µL)
   */
  public BigDecimal to(Unit target) {
    if (target == unit()) {
      return value();
    }
    if (target.dimension() != unit().dimension()) {
      throw InvalidInputException.invalid(
          "unit", "cannot convert " + unit().ucum() + " to " + target.ucum() + ": different dimensions");
    }
    return value().multiply(unit().factorToBase()).divide(target.factorToBase(), MathContext.DECIMAL64);
  }

  /** Compares after converting {@code other} into this quantity's unit. */
  public int compareTo(Quantity other) {
    return value().compareTo(other.to(unit()));
  }

  @Value.Check
  void check() {
    DecimalScale.check("value", value());
    if (value().abs().compareTo(MAX_MAGNITUDE) > 0) {
      throw InvalidInputException.invalid("value", "magnitude must not exceed 1e12");
    }
  }

  private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");

  @Override
  public String toString() {
    return value().toPlainString() + " " + unit().ucum();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableQuantity.Builder {}
}
