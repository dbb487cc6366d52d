package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to one request under one policy version as of one date: the outcome, the pathway,
 * the approval duration when met, the whole clause trace, a de-duplicated checklist of documents,
 * and the next steps.
 *
 * <p>Immutable; equal inputs give equal determinations and equal JSON.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableDetermination.class)
@JsonDeserialize(as = ImmutableDetermination.class)
public abstract class Determination {
  public abstract PolicyDescriptor policy();

  public abstract LocalDate asOf();

  /** The request's own reference, echoed. */
  public abstract Optional<String> requestId();

  public abstract RequestType requestType();

  public abstract Outcome outcome();

  /** One sentence for a screen or a log-free summary. */
  public abstract String summary();

  public abstract Optional<MatchedPathway> pathway();

  /**
   * Where the rules this determination rests on come from: the pathway's provenance when one
   * pathway decided it (see {@link PolicyDescriptor#provenanceOf}), else the policy's.
   */
  public abstract Provenance provenance();

  /** Present when the outcome is {@link Outcome#MEETS_CRITERIA}. */
  public abstract Optional<ApprovalDuration> approval();

  /** Every evaluated clause, as trees under the policy's top-level sections. */
  public abstract List<ClauseResult> trace();

  /**
   * Documents to attach when criteria are met, or to gather for the clauses that are not met or
   * missing; each once, with the clauses that need it.
   */
  public abstract List<ChecklistItem> checklist();

  public abstract List<NextStep> nextSteps();

  /** Caveats a reviewer should read, e.g. how a source's wording was interpreted. */
  public abstract List<String> notes();

  /** The ICD-10-CM code set the diagnoses were checked against. */
  public abstract String codeSet();

  /**
   * Clauses that make the determination unmet, in trace order: NOT_MET or MISSING clauses
   * reached through unmet parents only (see {@link ClauseResult#forEachUnmetClause}).
   */
  public List<ClauseResult> unmetClauses() {
    List<ClauseResult> unmet = new java.util.ArrayList<>();
    for (ClauseResult root : trace()) {
      root.forEachUnmetClause(unmet::add);
    }
    return unmet;
  }

  /** The clause with {@code id} anywhere in the trace. */
  public Optional<ClauseResult> clause(String id) {
    for (ClauseResult root : trace()) {
      Optional<ClauseResult> found = root.find(id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDetermination.Builder {}
}
