package io.covercrit.core.eval;

/** Shape of a clause in the criteria tree. */
public enum ClauseKind {
  /** Every child must be met. */
  ALL_OF,
  /** One child must be met. */
  ANY_OF,
  /** A single test of the request's facts. */
  CHECK
}
