package io.covercrit.core;

/**
 * A request (or any value built from input) breaks a rule.
 *
 * <p>{@link #field()} is the path of the offending field in the request's JSON form
 * (for example {@code therapyTrials[1].end}); {@link #rule()} is the broken rule in words. Neither
 * contains the rejected value.
 */
public final class InvalidInputException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** Error code of a field that breaks a validation rule. */
  public static final String INVALID_FIELD = "CC-INPUT-001";
  /** Error code of a required field that is absent. */
  public static final String REQUIRED_FIELD = "CC-INPUT-002";

  private final String field;
  private final String rule;

  private InvalidInputException(String code, String field, String rule) {
    super(code, field + ": " + rule, null);
    this.field = field;
    this.rule = rule;
  }

  /** {@code field} breaks {@code rule}; neither argument may contain patient values. */
  public static InvalidInputException invalid(String field, String rule) {
    return new InvalidInputException(INVALID_FIELD, field, rule);
  }

  /** {@code field} is required but absent. */
  public static InvalidInputException required(String field) {
    return new InvalidInputException(REQUIRED_FIELD, field, "is required");
  }

  /** Returns a copy whose field path is prefixed by {@code parent} (for nested values). */
  public InvalidInputException under(String parent) {
    String path = parent.isEmpty() ? field : field.startsWith("[") ? parent + field : parent + "." + field;
    return new InvalidInputException(errorCode(), path, rule);
  }

  /** Path of the offending field, e.g. {@code patient.birthDate}. */
  public String field() {
    return field;
  }

  /** The broken rule, e.g. {@code must not be after end}. */
  public String rule() {
    return rule;
  }
}
