package io.covercrit.core.model;

import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;

/**
 * Bounds the scale of decimals read from requests. {@code 1e-999999999} is a small number and
 * a short JSON token, but printing it in plain notation (findings, JSON output) takes a billion
 * characters; a number written out within the JSON limit of 50 digits never needs a scale
 * beyond ±50.
 */
final class DecimalScale {
  /** Largest number of digits after the decimal point (and of trailing zeros before it). */
  static final int MAX = 50;

  private DecimalScale() {}

  static void check(String field, BigDecimal value) {
    if (value.scale() > MAX || value.scale() < -MAX) {
      throw InvalidInputException.invalid(field, "must have at most " + MAX + " decimal places and an exponent of at most " + MAX);
    }
  }
}
