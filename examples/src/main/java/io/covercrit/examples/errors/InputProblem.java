package io.covercrit.examples.errors;

import io.covercrit.core.CovercritException;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.eval.PolicyNotInForceException;
import io.covercrit.core.eval.UnknownPolicyException;
import io.covercrit.core.json.JsonInputException;
import java.util.Objects;

/**
 * Why one request could not be evaluated, in a form safe to show anywhere: a stable error code,
 * the JSONPath of the offending element and the broken rule in words. Never a value from the
 * request: requests are health data, and these problems end up in files, logs and HTTP bodies.
 *
 * <p>The batch command writes these as error records, the HTTP service as problem details.
 */
public final class InputProblem {
  /** A blank line in a JSON Lines batch (each line must hold one request). */
  public static final String BLANK_LINE = "CC-BATCH-001";
  /** Bytes that are not UTF-8 text. */
  public static final String NOT_UTF8 = JsonInputException.MALFORMED;
  /** An unexpected failure while evaluating this request (a defect, not bad input). */
  public static final String INTERNAL = "CC-INTERNAL-001";

  /** What kind of problem, for hosts that map it to a status (e.g. HTTP 400 versus 422). */
  public enum Kind {
    /** The request is malformed or breaks a rule of the format. */
    INVALID_REQUEST,
    /** The request is well formed but names a policy that is not installed or not in force. */
    UNKNOWN_POLICY,
    /** Not the caller's fault. */
    INTERNAL
  }

  private final Kind kind;
  private final String code;
  private final String path;
  private final String problem;

  private InputProblem(Kind kind, String code, String path, String problem) {
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
    this.path = Objects.requireNonNull(path);
    this.problem = Objects.requireNonNull(problem);
  }

  /**
   * The problem a library exception describes. The policy-lookup messages quote the policy id;
   * the text here does not, so that no input is ever echoed.
   */
  public static InputProblem of(CovercritException e) {
    if (e instanceof JsonInputException) {
      JsonInputException json = (JsonInputException) e;
      return new InputProblem(Kind.INVALID_REQUEST, json.errorCode(), json.path(), json.problem());
    }
    if (e instanceof InvalidInputException) {
      InvalidInputException invalid = (InvalidInputException) e;
      String field = invalid.field();
      return new InputProblem(Kind.INVALID_REQUEST, invalid.errorCode(), field.startsWith("$") ? field : "$." + field,
          invalid.rule());
    }
    if (e instanceof UnknownPolicyException) {
      return new InputProblem(Kind.UNKNOWN_POLICY, e.errorCode(), "$.policyId", "no installed policy has this id");
    }
    if (e instanceof PolicyNotInForceException) {
      return new InputProblem(Kind.UNKNOWN_POLICY, e.errorCode(), "$.policyId",
          "no version of this policy is in force on the as-of date");
    }
    // Other library exceptions promise messages without input values.
    return new InputProblem(Kind.INVALID_REQUEST, e.errorCode(), "$", e.getMessage());
  }

  /** A blank line where a request was expected. */
  public static InputProblem blankLine() {
    return new InputProblem(Kind.INVALID_REQUEST, BLANK_LINE, "$", "blank line; each line must hold one request");
  }

  /** Input bytes that do not decode as UTF-8. */
  public static InputProblem notUtf8() {
    return new InputProblem(Kind.INVALID_REQUEST, NOT_UTF8, "$", "not valid UTF-8 text");
  }

  /** A document longer than {@code limit} (bytes or characters, as {@code unit} says). */
  public static InputProblem tooLong(long limit, String unit) {
    return new InputProblem(Kind.INVALID_REQUEST, JsonInputException.LIMIT_EXCEEDED, "$",
        "document longer than " + limit + " " + unit);
  }

  /**
   * An unexpected failure. Only the exception's class is kept: its message may quote input.
   */
  public static InputProblem internal(Throwable e) {
    return new InputProblem(Kind.INTERNAL, INTERNAL, "$",
        "unexpected failure while evaluating (" + e.getClass().getSimpleName() + ")");
  }

  public Kind kind() {
    return kind;
  }

  /** Stable error code, e.g. {@code CC-JSON-003}. */
  public String code() {
    return code;
  }

  /** JSONPath of the offending element, {@code $} for the whole document. */
  public String path() {
    return path;
  }

  /** The broken rule in words; never contains a value from the input. */
  public String problem() {
    return problem;
  }

  @Override
  public String toString() {
    return code + " at " + path + ": " + problem;
  }
}
