package io.covercrit.core.eval;

/** The overall answer of a determination. */
public enum Outcome {
  /** Every clause of one pathway is met and no exclusion applies. */
  MEETS_CRITERIA,
  /** A clause is documented as not met (and no pathway is met). */
  DOES_NOT_MEET_CRITERIA,
  /** Nothing documented fails, but documentation is missing to decide. */
  NEEDS_DOCUMENTATION,
  /** The use falls under the policy's conditions not covered (an exclusion). */
  NOT_COVERED
}
