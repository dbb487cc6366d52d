package io.covercrit.jurisdictions.internal;

/** Which date of a notice event a clock counts from. */
enum Anchor {
  /** The date (or instant) the notice or request was received. */
  RECEIPT,
  /** The date printed on the notice (California: "after the plan's written decision"). */
  NOTICE_DATE,
  /**
   * Receipt, presumed 5 days after the notice date when the notice date is given (Medicare:
   * 42 CFR 423.582(b) and CMS guidance; also Medicaid in some states), else the actual receipt.
   */
  PRESUMED_RECEIPT
}
