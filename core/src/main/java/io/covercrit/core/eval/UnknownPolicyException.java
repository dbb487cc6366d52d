package io.covercrit.core.eval;

import io.covercrit.core.CovercritException;

/** No installed policy has the requested id. */
public final class UnknownPolicyException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** Error code of an unknown policy id. */
  public static final String CODE = "CC-POLICY-001";

  UnknownPolicyException(String policyId) {
    super(CODE, "no installed policy has the id " + policyId, null);
  }
}
