package io.covercrit.jurisdictions;

import io.covercrit.core.eval.Reliability;

/**
 * How far a rule's value is confirmed, carried from the project's fact sheet into every
 * deadline. Deadlines marked {@link #SECONDARY} or {@link #UNCERTAIN} must be shown as such.
 */
public enum Confidence {
  /** Statute, regulation or the agency's own page was read ("[V]"). */
  VERIFIED("[V]", Reliability.OFFICIAL),
  /** Only a secondary guide was read ("[S]"). */
  SECONDARY("[S]", Reliability.PATIENT_GUIDE),
  /** Sources conflict, are out of date, or the value was not confirmed ("[U]"). */
  UNCERTAIN("[U]", Reliability.UNCERTAIN);

  private final String tag;
  private final Reliability reliability;

  Confidence(String tag, Reliability reliability) {
    this.tag = tag;
    this.reliability = reliability;
  }

  /** The fact sheet's tag: {@code [V]}, {@code [S]} or {@code [U]}. */
  public String tag() {
    return tag;
  }

  /** The matching core {@link Reliability}, for {@link io.covercrit.core.eval.SourceRef}s. */
  public Reliability reliability() {
    return reliability;
  }
}
