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
  /** C-reactive protein, serum amyloid A or another inflammatory marker decreased or normalised. */
  INFLAMMATORY_MARKERS,
  /** Fewer, shorter or milder flares (attacks). */
  FLARE_FREQUENCY,
  /** Another improvement the prescriber documents; policies decide whether it counts. */
  OTHER
}
