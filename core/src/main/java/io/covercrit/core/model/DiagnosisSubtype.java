package io.covercrit.core.model;

/** Clinical subtypes that ICD-10-CM does not encode but policies require (e.g. vitiligo L80 covers both segmental and nonsegmental disease). */
public enum DiagnosisSubtype {
  NONSEGMENTAL,
  SEGMENTAL,
  MIXED,
  /** Non-small cell lung cancer histology (adenocarcinoma, squamous, large cell, NOS); ICD-10-CM C34 covers every histology. */
  NON_SMALL_CELL,
  /** Small cell lung cancer histology. */
  SMALL_CELL,
  /** Familial Mediterranean fever (FMF); ICD-10-CM codes it M04.1, like TRAPS and HIDS/MKD. */
  FAMILIAL_MEDITERRANEAN_FEVER,
  /** TNF receptor-associated periodic syndrome (TRAPS); coded M04.1 like FMF and HIDS/MKD. */
  TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME,
  /** Hyperimmunoglobulin D syndrome / mevalonate kinase deficiency (HIDS/MKD); coded M04.1. */
  MEVALONATE_KINASE_DEFICIENCY
}
