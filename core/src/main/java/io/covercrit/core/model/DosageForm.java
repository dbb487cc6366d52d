package io.covercrit.core.model;

/** Dosage form of a drug product. */
public enum DosageForm {
  CREAM,
  OINTMENT,
  LOTION,
  GEL,
  FOAM,
  SOLUTION,
  TABLET,
  CAPSULE,
  ORAL_SOLUTION,
  SUBCUTANEOUS_INJECTION,
  INTRAVENOUS_INFUSION,
  INTRAMUSCULAR_INJECTION,
  INHALER,
  OPHTHALMIC,
  OTHER;

  /** Taken by mouth: a tablet, a capsule or an oral solution. */
  public boolean isOral() {
    return this == TABLET || this == CAPSULE || this == ORAL_SOLUTION;
  }

  /** Injected or infused: subcutaneous, intramuscular or intravenous. */
  public boolean isInjected() {
    return this == SUBCUTANEOUS_INJECTION || this == INTRAVENOUS_INFUSION || this == INTRAMUSCULAR_INJECTION;
  }

  /**
   * Reaches the whole body: oral or injected. A drug that is also applied to the skin or the eye
   * (a corticosteroid, tacrolimus) counts as systemic use only in such a form.
   */
  public boolean isSystemic() {
    return isOral() || isInjected();
  }
}
