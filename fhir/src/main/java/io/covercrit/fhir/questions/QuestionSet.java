package io.covercrit.fhir.questions;

import java.util.List;
import java.util.Objects;

/** The questions that would decide a determination's MISSING clauses, for one policy version. */
public final class QuestionSet {
  private final String policyId;
  private final String policyVersion;
  private final String policyTitle;
  private final List<Question> questions;

  QuestionSet(String policyId, String policyVersion, String policyTitle, List<Question> questions) {
    this.policyId = Objects.requireNonNull(policyId);
    this.policyVersion = Objects.requireNonNull(policyVersion);
    this.policyTitle = Objects.requireNonNull(policyTitle);
    this.questions = List.copyOf(questions);
  }

  public String policyId() {
    return policyId;
  }

  public String policyVersion() {
    return policyVersion;
  }

  public String policyTitle() {
    return policyTitle;
  }

  /** In the order their clauses appear in the policy; empty when nothing is missing. */
  public List<Question> questions() {
    return questions;
  }

  public boolean isEmpty() {
    return questions.isEmpty();
  }
}
