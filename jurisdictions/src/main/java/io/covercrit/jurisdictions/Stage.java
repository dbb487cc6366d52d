package io.covercrit.jurisdictions;

/** Stages of a coverage dispute, in the order they happen. */
public enum Stage {
  /** The plan decides the first request (prior authorization, coverage determination). */
  INITIAL_DECISION,
  /** Internal appeal levels at the plan (redetermination for Part D, MCO appeal for Medicaid). */
  INTERNAL_APPEAL,
  /** Independent review outside the plan: state or federal external review, IRE, fair hearing. */
  EXTERNAL_REVIEW,
  /** The plan carries out a decision that overturned its denial. */
  COMPLIANCE
}
