package io.covercrit.core.clauses;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.NextStep;

/**
 * A next step in one call, for the steps a policy gives {@link NextStepsTemplate} (first, after
 * approval, gather, not covered): what to do, who does it, where, and the timing the source
 * states if it states one.
 */
public final class Step {
  private Step() {}

  /**
   * The step {@code action} taken by {@code actor}, with the {@code contacts} in order.
   *
   * @param actor who acts, e.g. "prescriber or clinic staff"
   */
  public static NextStep of(String action, String actor, ContactPoint... contacts) {
    return NextStep.builder().action(action).actor(actor).addContacts(contacts).build();
  }

  /**
   * As {@link #of}, with the {@code timing} the source states.
   *
   * @param timing e.g. "Accredo ships refrigerated within 1-2 days [source: ...]"
   */
  public static NextStep timed(String action, String actor, String timing, ContactPoint... contacts) {
    return NextStep.builder().action(action).actor(actor).addContacts(contacts).addTiming(timing).build();
  }
}
