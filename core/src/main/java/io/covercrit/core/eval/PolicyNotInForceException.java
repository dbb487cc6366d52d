package io.covercrit.core.eval;

import io.covercrit.core.CovercritException;
import java.time.LocalDate;

/** A policy exists but no version of it is in force on the as-of date. */
public final class PolicyNotInForceException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** Error code of an as-of date before a policy's first version. */
  public static final String CODE = "CC-POLICY-002";

  PolicyNotInForceException(String policyId, LocalDate asOf) {
    super(CODE, "no version of " + policyId + " is in force on " + asOf, null);
  }
}
