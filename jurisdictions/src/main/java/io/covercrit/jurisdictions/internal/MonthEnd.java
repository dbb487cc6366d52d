package io.covercrit.jurisdictions.internal;

/** What "N months later" means when that day does not exist in the target month. */
enum MonthEnd {
  /** 31 October + 4 months = 28 (or 29) February: the usual legal reading. */
  LAST_DAY_OF_MONTH,
  /**
   * 31 October + 4 months = 1 March: the federal external-review rule, 45 CFR 147.136(d)(2)(i) and
   * 29 CFR 2590.715-2719(d)(2)(i) ("the first day of the fifth month").
   */
  FIRST_DAY_OF_NEXT_MONTH
}
