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
  /** Fewer or milder symptoms. */
  SYMPTOMS,
  /** Fewer exacerbations. */
  EXACERBATIONS,
  /** Fewer hospitalizations. */
  HOSPITALIZATIONS,
  /** Fewer emergency department or urgent care visits. */
  EMERGENCY_OR_URGENT_CARE_VISITS,
  /** Less need for oral, systemic or topical corticosteroids. */
  CORTICOSTEROID_USE,
  /** Less need for other therapies. */
  OTHER_THERAPY_USE,
  /** Improved lung function (e.g. FEV1). */
  LUNG_FUNCTION,
  /** Smaller nasal polyps. */
  NASAL_POLYP_SIZE,
  /** Less nasal congestion. */
  NASAL_CONGESTION,
  /** Less sinus opacification on imaging. */
  SINUS_OPACIFICATION,
  /** Better sense of smell. */
  SENSE_OF_SMELL,
  /** Lower tissue eosinophil count (e.g. esophageal intraepithelial eosinophils). */
  TISSUE_EOSINOPHILS,
  /** Less dysphagia or pain on swallowing. */
  DYSPHAGIA,
  /** Fewer or less severe food impactions. */
  FOOD_IMPACTIONS,
  /** Fewer lesions (nodules, hives, blisters or erosions). */
  LESION_COUNT,
  /** Smaller lesions. */
  LESION_SIZE,
  /** Less urticaria. */
  URTICARIA,
  /** C-reactive protein, serum amyloid A or another inflammatory marker decreased or normalised. */
  INFLAMMATORY_MARKERS,
  /** Fewer, shorter or milder flares (attacks). */
  FLARE_FREQUENCY,
  /** Another improvement the prescriber documents; policies decide whether it counts. */
  OTHER
}
