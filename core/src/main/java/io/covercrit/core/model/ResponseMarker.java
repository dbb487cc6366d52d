package io.covercrit.core.model;

/** Documented improvements a reauthorization can rest on. */
public enum ResponseMarker {
  /** Affected body surface area decreased. */
  BODY_SURFACE_AREA,
  ERYTHEMA,
  INDURATION_PAPULATION_EDEMA,
  EXCORIATIONS,
  LICHENIFICATION,
  PRURITUS,
  REPIGMENTATION,
  /** Vitiligo Area Scoring Index improved. */
  VASI,
  /** Eczema Area and Severity Index improved. */
  EASI,
  /** Investigator's Global Assessment improved. */
  IGA,
  /** Oncology: no disease progression or recurrence on the requested drug (response or stable disease on imaging). */
  NO_DISEASE_PROGRESSION,
  /** Another improvement the prescriber documents; policies decide whether it counts. */
  OTHER
}
