package io.covercrit.jurisdictions;

/** Which date of its starting event a clock counts from. */
public enum CountsFrom {
  /** The date (or instant) the request or notice was received. */
  RECEIPT,
  /** The date printed on the notice (California: "after the plan's written decision"; Medicaid). */
  NOTICE_DATE,
  /**
   * Receipt presumed 5 days after the notice date (Medicare: 42 CFR 423.582(b) and CMS guidance).
   * Used only when the notice date is given; otherwise the clock counts from the actual receipt.
   */
  PRESUMED_RECEIPT
}
