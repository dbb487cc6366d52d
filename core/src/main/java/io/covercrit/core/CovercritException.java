package io.covercrit.core;

/**
 * Base of every exception the library throws on purpose.
 *
 * <p>Each failure has a stable {@link #errorCode()} (for example {@code CC-INPUT-001}) that a
 * host can map to its own messages. Messages name fields and rules, never the values from a
 * request: requests carry health data, and exception messages end up in logs.
 */
public abstract class CovercritException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;

  protected CovercritException(String errorCode, String message, Throwable cause) {
    super(message, cause, false, cause == null);
    this.errorCode = errorCode;
  }

  /** A stable code per kind of failure, safe to show and to match on. */
  public String errorCode() {
    return errorCode;
  }
}
