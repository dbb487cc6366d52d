package io.covercrit.core.model;

/** Body areas a policy may name (e.g. sensitive areas where topical steroids are avoided). */
public enum BodySite {
  FACE,
  EYES_EYELIDS,
  SKIN_FOLDS,
  GENITALIA,
  SCALP,
  NECK,
  HANDS,
  FEET,
  TRUNK,
  ARMS,
  LEGS,
  OTHER
}
