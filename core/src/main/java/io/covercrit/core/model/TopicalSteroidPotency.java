package io.covercrit.core.model;

/** US topical corticosteroid potency groups (classes 7 to 1). */
public enum TopicalSteroidPotency {
  /** Class 7 and 6, e.g. hydrocortisone 1-2.5%, desonide. */
  LOW,
  /** Class 5 and 4, e.g. triamcinolone acetonide 0.1% cream, mometasone 0.1% cream. */
  MEDIUM,
  /** Class 3 and 2, e.g. fluocinonide 0.05%, betamethasone dipropionate 0.05% ointment. */
  HIGH,
  /** Class 1, e.g. clobetasol propionate 0.05%, halobetasol. */
  SUPER_HIGH
}
