package io.covercrit.jurisdictions;

/** Which independent-review process a case goes to after the plan's own appeals. */
public enum ReviewRoute {
  /** The member's state external-review program (e.g. Health Insurance Smart NC). */
  STATE_EXTERNAL_REVIEW,
  /**
   * The HHS-administered federal external review (45 CFR 147.136(d)) for insured coverage in a
   * state without a qualifying program, or without data in this library.
   */
  FEDERAL_HHS_EXTERNAL_REVIEW,
  /** The federal process for self-funded ERISA plans (29 CFR 2590.715-2719(d)): IROs under contract. */
  FEDERAL_ERISA_EXTERNAL_REVIEW,
  /** Medicare Part D: coverage determination, redetermination, then the Independent Review Entity. */
  MEDICARE_PART_D,
  /** Medicare Advantage medical benefit (Part C): organization determination, reconsideration. */
  MEDICARE_ADVANTAGE,
  /** Medicaid managed care: MCO appeal, then a state fair hearing. */
  MEDICAID_FAIR_HEARING
}
