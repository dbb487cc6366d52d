package io.covercrit.core.model;

/** Clinician-documented severity. */
public enum DiseaseSeverity {
  MILD,
  MODERATE,
  SEVERE
}
