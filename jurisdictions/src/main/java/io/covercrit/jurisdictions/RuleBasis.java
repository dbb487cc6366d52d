package io.covercrit.jurisdictions;

/** Whose rule a deadline comes from. */
public enum RuleBasis {
  /** A state statute, regulation or agency rule for the member's state. */
  STATE,
  /** A federal rule that applies to this plan type in every state. */
  FEDERAL,
  /**
   * A federal rule shown because the project has no data for the member's state (or for this
   * part of the state's process); the state may have its own, different rule.
   */
  FEDERAL_FALLBACK,
  /** The payer's own published appeal rules ({@link PayerAppealRules}). */
  PAYER
}
