package io.covercrit.core.model;

/** The request lists a clinic can declare complete for a period (see {@link HistoryReview}). */
public enum RecordedHistory {
  /** {@link CoverageRequest#flares()}: flares and exacerbations. */
  FLARES,
  /** {@link CoverageRequest#therapyTrials()}: prior and current therapy. */
  THERAPY_TRIALS,
  /** {@link CoverageRequest#concurrentMedications()}: drugs used with the requested one. */
  CONCURRENT_MEDICATIONS
}
