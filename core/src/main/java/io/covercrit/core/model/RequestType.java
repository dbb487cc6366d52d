package io.covercrit.core.model;

/** Whether a request starts therapy or continues it. */
public enum RequestType {
  /** First request for the drug. */
  INITIAL,
  /** Continuation after an approved period (the policy's reauthorization criteria apply). */
  REAUTHORIZATION
}
