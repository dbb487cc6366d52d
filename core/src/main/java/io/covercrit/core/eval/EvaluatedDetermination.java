package io.covercrit.core.eval;

import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The determination {@link CriteriaPolicy#evaluate} returns: the outcome, pathway and provenance
 * decided, and what each clause found kept as {@link Finding}s in the clause trees' pre-order; the
 * clause results, checklist, summary, approval and next steps are built on first read.
 *
 * <p>Why: an order screen asks for the outcome on every keystroke and a re-run over millions of
 * requests may keep only the outcome, while the trace is most of a determination's cost. Each lazy
 * part is computed from immutable inputs by pure code, so two threads racing to build it build
 * equal values; a {@code volatile} field publishes whichever is stored.
 */
final class EvaluatedDetermination extends Determination {
  private final CriteriaPolicy policy;
  private final EvaluationContext context;
  private final Finding[] nodes;
  private final int necessityAt;
  private final boolean reauthorization;
  private final Outcome outcome;
  private final int matched;
  private final Optional<MatchedPathway> pathway;
  private final Provenance provenance;

  private volatile CriteriaPolicy.Explanation explanation;
  private volatile Optional<ApprovalDuration> approval;
  private volatile List<NextStep> nextSteps;

  EvaluatedDetermination(CriteriaPolicy policy, EvaluationContext context, Finding[] nodes, int necessityAt,
      boolean reauthorization, Outcome outcome, int matched, Optional<MatchedPathway> pathway, Provenance provenance) {
    this.policy = policy;
    this.context = context;
    this.nodes = nodes;
    this.necessityAt = necessityAt;
    this.reauthorization = reauthorization;
    this.outcome = outcome;
    this.matched = matched;
    this.pathway = pathway;
    this.provenance = provenance;
  }

  Finding[] nodes() {
    return nodes;
  }

  int necessityAt() {
    return necessityAt;
  }

  boolean reauthorization() {
    return reauthorization;
  }

  /** Index of the matched pathway, or -1. */
  int matched() {
    return matched;
  }

  EvaluationContext context() {
    return context;
  }

  private CriteriaPolicy.Explanation explanation() {
    CriteriaPolicy.Explanation e = explanation;
    if (e == null) {
      e = policy.explain(this);
      explanation = e;
    }
    return e;
  }

  @Override
  public PolicyDescriptor policy() {
    return policy.descriptor();
  }

  @Override
  public LocalDate asOf() {
    return context.asOf();
  }

  @Override
  public Optional<String> requestId() {
    return context.request().requestId();
  }

  @Override
  public RequestType requestType() {
    return context.request().requestType();
  }

  @Override
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public String summary() {
    return explanation().summary();
  }

  @Override
  public Optional<MatchedPathway> pathway() {
    return pathway;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public Optional<ApprovalDuration> approval() {
    Optional<ApprovalDuration> a = approval;
    if (a == null) {
      a = policy.approval(this);
      approval = a;
    }
    return a;
  }

  @Override
  public List<ClauseResult> trace() {
    return explanation().trace();
  }

  @Override
  public List<ChecklistItem> checklist() {
    return explanation().checklist();
  }

  @Override
  public List<NextStep> nextSteps() {
    List<NextStep> steps = nextSteps;
    if (steps == null) {
      steps = policy.nextSteps(this);
      nextSteps = steps;
    }
    return steps;
  }

  @Override
  public List<String> notes() {
    return policy.notes();
  }

  @Override
  public String codeSet() {
    return context.codes().name();
  }
}
