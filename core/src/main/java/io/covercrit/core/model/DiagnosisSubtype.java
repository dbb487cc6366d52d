package io.covercrit.core.model;

/** Clinical subtypes that ICD-10-CM does not encode but policies require (e.g. vitiligo L80 covers both segmental and nonsegmental disease). */
public enum DiagnosisSubtype {
  NONSEGMENTAL,
  SEGMENTAL,
  MIXED
}
