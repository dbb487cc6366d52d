package io.covercrit.core.json;

import io.covercrit.core.CovercritException;

/**
 * JSON input that cannot become a request: malformed text, an unknown field, a value of the
 * wrong type or format, a missing required field, or a broken validation rule.
 *
 * <p>{@link #path()} is a JSONPath to the offending element, e.g.
 * {@code $.therapyTrials[1].end}; {@link #problem()} says what is wrong. Neither contains a value
 * from the input.
 */
public final class JsonInputException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** Malformed JSON text (syntax, duplicate keys, trailing content). */
  public static final String MALFORMED = "CC-JSON-001";
  /** A field the schema does not define. */
  public static final String UNKNOWN_FIELD = "CC-JSON-002";
  /** A value of the wrong type or format. */
  public static final String INVALID_VALUE = "CC-JSON-003";
  /** A required field is absent or null. */
  public static final String MISSING_FIELD = "CC-JSON-004";
  /** An unsupported {@code schemaVersion}. */
  public static final String UNSUPPORTED_VERSION = "CC-JSON-005";
  /** The document exceeds a size or nesting limit. */
  public static final String LIMIT_EXCEEDED = "CC-JSON-006";

  private final String path;
  private final String problem;

  JsonInputException(String code, String path, String problem) {
    super(code, path + ": " + problem, null);
    this.path = path;
    this.problem = problem;
  }

  /** JSONPath of the offending element; {@code $} for the document itself. */
  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
