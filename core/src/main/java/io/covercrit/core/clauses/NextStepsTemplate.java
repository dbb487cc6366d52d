package io.covercrit.core.clauses;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.NextStepPlanner;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.model.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next steps of a prior-authorization policy, by outcome, in one shape for every policy:
 * <ul>
 *   <li>MEETS_CRITERIA: submit with the checklist, then the policy's steps after approval;
 *   <li>NEEDS_DOCUMENTATION: gather the documents, then submit;
 *   <li>DOES_NOT_MEET_CRITERIA: resolve the unmet clauses, then the appeal;
 *   <li>NOT_COVERED: the policy's not-covered step (by default as DOES_NOT_MEET_CRITERIA), then the appeal;
 * </ul>
 * with optional steps before and after every outcome. The submission step is marked expedited
 * with the request, and carries its own timings for each urgency.
 *
 * <p>Fixed steps are built once per outcome and urgency, so a policy without request-dependent
 * steps answers every evaluation with shared immutable lists. Immutable and thread-safe if its
 * step functions are pure.
 */
public final class NextStepsTemplate implements NextStepPlanner {
  /** Steps that depend on the matched pathway or the request. Must be pure. */
  @FunctionalInterface
  public interface Steps {
    List<NextStep> of(Optional<MatchedPathway> pathway, EvaluationContext context);
  }

  private static final Steps NONE = (pathway, context) -> List.of();

  private final Steps afterApproval;
  private final Steps last;
  // [outcome ordinal][0 standard, 1 expedited]: the fixed steps of each case, between first and last.
  private final List<NextStep>[][] fixed;
  private final boolean anyDynamic;

  @SuppressWarnings("unchecked")
  private NextStepsTemplate(Builder b) {
    this.afterApproval = b.afterApproval;
    this.last = b.last;
    this.anyDynamic = afterApproval != NONE || last != NONE;
    this.fixed = new List[Outcome.values().length][2];
    for (Outcome outcome : Outcome.values()) {
      for (int u = 0; u < 2; u++) {
        fixed[outcome.ordinal()][u] = List.copyOf(fixedSteps(b, outcome, u == 1));
      }
    }
  }

  private static List<NextStep> fixedSteps(Builder b, Outcome outcome, boolean expedited) {
    Objects.requireNonNull(b.submitActor, "submission");
    NextStep.Builder submit = NextStep.builder().actor(b.submitActor).addAllContacts(b.submitContacts)
        .addAllTiming(expedited ? b.expeditedTiming : b.standardTiming);
    List<NextStep> steps = new ArrayList<>(b.first);
    switch (outcome) {
      case MEETS_CRITERIA:
        steps.add(submit.action(submitAction(expedited, b.submitWith)).build());
        steps.addAll(b.afterApprovalFixed);
        break;
      case NEEDS_DOCUMENTATION:
        steps.add(b.gather != null ? b.gather : gatherDocuments(b.submitActor));
        steps.add(submit.action("Then submit the prior authorization request with the documents attached").build());
        break;
      case NOT_COVERED:
        if (b.notCovered != null) {
          steps.addAll(b.notCovered);
          if (b.appeal != null) {
            steps.add(b.appeal);
          }
          break;
        }
        // As not met: the policy gives no other advice for an excluded use.
      default:
        steps.add(resolveNotMet(b.resolveActor != null ? b.resolveActor : b.submitActor));
        if (b.appeal != null) {
          steps.add(b.appeal);
        }
    }
    return steps;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<NextStep> plan(Outcome outcome, Optional<MatchedPathway> pathway, EvaluationContext context) {
    List<NextStep> fixedSteps = fixed[outcome.ordinal()][context.request().urgency() == Urgency.EXPEDITED ? 1 : 0];
    if (!anyDynamic) {
      return fixedSteps;
    }
    List<NextStep> steps = new ArrayList<>(fixedSteps.size() + 4);
    steps.addAll(fixedSteps);
    if (outcome == Outcome.MEETS_CRITERIA) {
      steps.addAll(afterApproval.of(pathway, context));
    }
    steps.addAll(last.of(pathway, context));
    return steps;
  }

  /** "Submit the prior authorization request" (marked expedited when it is), then {@code withWhat}. */
  public static String submitAction(boolean expedited, String withWhat) {
    return (expedited ? "Submit the prior authorization request marked expedited (urgent)"
        : "Submit the prior authorization request") + " " + withWhat;
  }

  /** The step for a request with clauses marked MISSING. */
  public static NextStep gatherDocuments(String actor) {
    return NextStep.builder()
        .action("Gather the documents in the checklist: the clauses marked MISSING cannot be decided without them")
        .actor(actor)
        .build();
  }

  /** The step for a request with clauses marked NOT_MET. */
  public static NextStep resolveNotMet(String actor) {
    return NextStep.builder()
        .action("Resolve the clauses marked NOT_MET (each says how) before submitting; as documented, the request"
            + " would be denied")
        .actor(actor)
        .build();
  }

  /** Builds a {@link NextStepsTemplate}; {@link #submission} is required. */
  public static final class Builder {
    private String submitActor;
    private List<ContactPoint> submitContacts = List.of();
    private List<String> standardTiming = List.of();
    private List<String> expeditedTiming = List.of();
    private String submitWith = "with the documents in the checklist attached";
    private final List<NextStep> afterApprovalFixed = new ArrayList<>();
    private Steps afterApproval = NONE;
    private NextStep gather;
    private String resolveActor;
    private NextStep appeal;
    private List<NextStep> notCovered;
    private final List<NextStep> first = new ArrayList<>();
    private Steps last = NONE;

    private Builder() {}

    /** Who submits, where, and the decision timings for a standard and for an expedited request. */
    public Builder submission(String actor, List<ContactPoint> contacts, List<String> standardTiming,
        List<String> expeditedTiming) {
      this.submitActor = actor;
      this.submitContacts = List.copyOf(contacts);
      this.standardTiming = List.copyOf(standardTiming);
      this.expeditedTiming = List.copyOf(expeditedTiming);
      return this;
    }

    /** Ends "Submit the prior authorization request ..." when the criteria are met. */
    public Builder submitWith(String withWhat) {
      this.submitWith = withWhat;
      return this;
    }

    /** Steps after the submission when the criteria are met (pharmacy, reauthorization reminder). */
    public Builder afterApproval(NextStep... steps) {
      afterApprovalFixed.addAll(List.of(steps));
      return this;
    }

    /** Request-dependent steps after the fixed ones when the criteria are met. */
    public Builder afterApproval(Steps steps) {
      this.afterApproval = Objects.requireNonNull(steps, "steps");
      return this;
    }

    /** Replaces the default gather-the-documents step. */
    public Builder gather(NextStep step) {
      this.gather = step;
      return this;
    }

    /** Who resolves unmet clauses (default: the submitter). */
    public Builder resolvedBy(String actor) {
      this.resolveActor = actor;
      return this;
    }

    /** The appeal step after a denial-to-be. */
    public Builder appeal(NextStep step) {
      this.appeal = step;
      return this;
    }

    /** The steps for a use the policy does not cover, before the appeal. */
    public Builder whenNotCovered(NextStep... steps) {
      this.notCovered = List.of(steps);
      return this;
    }

    /** Steps before those of every outcome. */
    public Builder first(NextStep... steps) {
      first.addAll(List.of(steps));
      return this;
    }

    /** Steps after those of every outcome. */
    public Builder last(Steps steps) {
      this.last = Objects.requireNonNull(steps, "steps");
      return this;
    }

    public NextStepsTemplate build() {
      if (submitActor == null) {
        throw new IllegalStateException("next steps need a submission");
      }
      return new NextStepsTemplate(this);
    }
  }
}
