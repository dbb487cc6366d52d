package io.covercrit.core.codes;

import io.covercrit.core.CovercritException;

/** A code-set file is not in the format its loader expects. */
public final class CodeSetFormatException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** Error code of a malformed code-set file. */
  public static final String CODE = "CC-CODESET-001";

  private final long line;

  public CodeSetFormatException(long line, String problem) {
    super(CODE, "code set line " + line + ": " + problem, null);
    this.line = line;
  }

  /** One-based number of the offending line. */
  public long line() {
    return line;
  }
}
