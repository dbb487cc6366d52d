package io.covercrit.core.eval;

/** How far to trust a fact or a rule, by where it came from. */
public enum Reliability {
  /** The payer's policy document itself. */
  POLICY_TEXT,
  /** Statute, regulation or a regulator's own publication. */
  OFFICIAL,
  /** A close third-party digest of the payer's document. */
  SECONDARY_DIGEST,
  /** A patient or advocacy guide. */
  PATIENT_GUIDE,
  /** Another payer's or a sibling policy, used by analogy. */
  ANALOG_POLICY,
  /** Sources conflict or could not be checked. */
  UNCERTAIN
}
