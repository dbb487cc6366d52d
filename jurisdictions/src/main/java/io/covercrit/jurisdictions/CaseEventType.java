package io.covercrit.jurisdictions;

/**
 * Events that start clocks. Each deadline says which of these started it; a clock whose event
 * has not happened yet is reported as a {@link PendingClock}.
 */
public enum CaseEventType {
  /** The plan received the coverage request (prior authorization, Part D coverage determination). */
  COVERAGE_REQUEST_RECEIVED(Stage.INITIAL_DECISION, false),
  /** The member received the plan's first adverse determination (the initial denial). */
  DENIAL_RECEIVED(Stage.INITIAL_DECISION, false),
  /** The plan received an internal appeal at the given level (Part D: redetermination request). */
  INTERNAL_APPEAL_RECEIVED(Stage.INTERNAL_APPEAL, true),
  /** The member received a decision upholding the denial at the given internal appeal level. */
  APPEAL_DENIAL_RECEIVED(Stage.INTERNAL_APPEAL, true),
  /**
   * The member received the final internal adverse determination: the plan's last word. If
   * absent, the appeal denial at the plan's last level counts as final.
   */
  FINAL_INTERNAL_DENIAL_RECEIVED(Stage.INTERNAL_APPEAL, false),
  /** The body that takes external-review requests in the state received the member's request. */
  EXTERNAL_REVIEW_REQUESTED(Stage.EXTERNAL_REVIEW, false),
  /** The independent reviewer received the case (assignment or referral). */
  EXTERNAL_REVIEW_ASSIGNED(Stage.EXTERNAL_REVIEW, false),
  /** The reviewer's recommendation reached the official who decides (Michigan: the DIFS director). */
  REVIEWER_RECOMMENDATION_RECEIVED(Stage.EXTERNAL_REVIEW, false),
  /** The plan received the external decision overturning its denial. */
  EXTERNAL_REVIEW_OVERTURNED(Stage.COMPLIANCE, false);

  private final Stage stage;
  private final boolean leveled;

  CaseEventType(Stage stage, boolean leveled) {
    this.stage = stage;
    this.leveled = leveled;
  }

  /** The stage this event belongs to. */
  public Stage stage() {
    return stage;
  }

  /** Whether the event needs an internal appeal {@code level}. */
  public boolean isLeveled() {
    return leveled;
  }
}
