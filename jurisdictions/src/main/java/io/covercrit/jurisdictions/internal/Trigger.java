package io.covercrit.jurisdictions.internal;

import io.covercrit.jurisdictions.CaseEventType;

/** The event a rule's clock starts from. Some triggers are derived from several event types. */
enum Trigger {
  COVERAGE_REQUEST(CaseEventType.COVERAGE_REQUEST_RECEIVED, "the plan receives the coverage request"),
  INITIAL_DENIAL(CaseEventType.DENIAL_RECEIVED, "the member receives the initial denial"),
  APPEAL_RECEIVED(CaseEventType.INTERNAL_APPEAL_RECEIVED, "the plan receives the internal appeal"),
  APPEAL_DENIAL(CaseEventType.APPEAL_DENIAL_RECEIVED, "the member receives the appeal decision upholding the denial"),
  /** Explicit FINAL_INTERNAL_DENIAL_RECEIVED, else the appeal denial at the plan's last level. */
  FINAL_INTERNAL_DENIAL(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED,
      "the member receives the final internal denial (final adverse determination)"),
  /** New York: the first-level appeal decision, else the final internal denial. */
  FIRST_LEVEL_APPEAL_DENIAL(CaseEventType.APPEAL_DENIAL_RECEIVED,
      "the member receives the first-level appeal decision upholding the denial"),
  EXTERNAL_REVIEW_REQUESTED(CaseEventType.EXTERNAL_REVIEW_REQUESTED, "the external review request is received"),
  EXTERNAL_REVIEW_ASSIGNED(CaseEventType.EXTERNAL_REVIEW_ASSIGNED, "the independent reviewer receives the case"),
  REVIEWER_RECOMMENDATION(CaseEventType.REVIEWER_RECOMMENDATION_RECEIVED,
      "the reviewer's recommendation reaches the deciding official"),
  OVERTURNED(CaseEventType.EXTERNAL_REVIEW_OVERTURNED, "the plan receives the decision overturning the denial");

  final CaseEventType eventType;
  final String description;

  Trigger(CaseEventType eventType, String description) {
    this.eventType = eventType;
    this.description = description;
  }
}
