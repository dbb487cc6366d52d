package io.covercrit.core.model;

/** Review urgency; expedited review applies when waiting could seriously jeopardise health. */
public enum Urgency {
  STANDARD,
  EXPEDITED
}
