package io.covercrit.core.model;

/** How a therapy trial ended, as the prescriber documented it. */
public enum TrialOutcome {
  /** Used as directed and the disease was not adequately controlled. */
  FAILED,
  /** Stopped because of an adverse effect. */
  INTOLERANT,
  /** Not used because a documented contraindication applies. */
  CONTRAINDICATED,
  /** Worked: the disease was controlled. */
  EFFECTIVE,
  /** Still in use; no outcome yet. */
  ONGOING
}
