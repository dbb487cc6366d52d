package io.covercrit.core.eval;

import java.util.Collection;

/**
 * The result of one clause, in three-valued (Kleene) logic.
 *
 * <ul>
 *   <li>all-of: any NOT_MET makes NOT_MET (even beside a MISSING: one failed requirement decides
 *       it); otherwise any MISSING makes MISSING; otherwise MET. An empty all-of is MET.
 *   <li>any-of: any MET makes MET; otherwise any MISSING makes MISSING; otherwise NOT_MET. An empty
 *       any-of is NOT_MET.
 * </ul>
 */
public enum Status {
  /** The documentation shows the clause is satisfied. */
  MET,
  /** The documentation shows the clause is not satisfied. */
  NOT_MET,
  /** The documentation that would decide the clause is absent. Never a silent failure. */
  MISSING;

  /** Three-valued AND. */
  public Status and(Status other) {
    if (this == NOT_MET || other == NOT_MET) {
      return NOT_MET;
    }
    if (this == MISSING || other == MISSING) {
      return MISSING;
    }
    return MET;
  }

  /** Three-valued OR. */
  public Status or(Status other) {
    if (this == MET || other == MET) {
      return MET;
    }
    if (this == MISSING || other == MISSING) {
      return MISSING;
    }
    return NOT_MET;
  }

  /** AND over all of {@code statuses}; MET when empty. */
  public static Status allOf(Collection<Status> statuses) {
    Status result = MET;
    for (Status s : statuses) {
      result = result.and(s);
    }
    return result;
  }

  /** OR over all of {@code statuses}; NOT_MET when empty. */
  public static Status anyOf(Collection<Status> statuses) {
    Status result = NOT_MET;
    for (Status s : statuses) {
      result = result.or(s);
    }
    return result;
  }
}
