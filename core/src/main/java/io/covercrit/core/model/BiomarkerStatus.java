package io.covercrit.core.model;

/** Result of a qualitative biomarker test. */
public enum BiomarkerStatus {
  POSITIVE,
  NEGATIVE,
  INDETERMINATE
}
