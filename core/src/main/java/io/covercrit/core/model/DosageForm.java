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
  OTHER
}
