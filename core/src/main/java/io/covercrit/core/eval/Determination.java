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
 * <p>Immutable; equal inputs give equal determinations and equal JSON. Two determinations are
 * equal when every attribute is, however they were made: evaluated, built, or read from JSON.
 *
 * <p>A determination returned by an evaluation decides its outcome, pathway and provenance
 * eagerly and formats the rest (summary, approval, trace, checklist, next steps) on first read,
 * from the findings the evaluation kept; the values are the same as if built eagerly. It keeps
 * the request it was evaluated from until then.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(using = DeterminationSerializer.class)
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

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Determination)) {
      return false;
    }
    Determination that = (Determination) other;
    return outcome() == that.outcome()
        && asOf().equals(that.asOf())
        && requestType() == that.requestType()
        && requestId().equals(that.requestId())
        && policy().equals(that.policy())
        && pathway().equals(that.pathway())
        && provenance().equals(that.provenance())
        && codeSet().equals(that.codeSet())
        && notes().equals(that.notes())
        && summary().equals(that.summary())
        && approval().equals(that.approval())
        && trace().equals(that.trace())
        && checklist().equals(that.checklist())
        && nextSteps().equals(that.nextSteps());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + policy().hashCode();
    h += (h << 5) + asOf().hashCode();
    h += (h << 5) + requestId().hashCode();
    h += (h << 5) + requestType().hashCode();
    h += (h << 5) + outcome().hashCode();
    h += (h << 5) + summary().hashCode();
    h += (h << 5) + pathway().hashCode();
    h += (h << 5) + provenance().hashCode();
    h += (h << 5) + approval().hashCode();
    h += (h << 5) + trace().hashCode();
    h += (h << 5) + checklist().hashCode();
    h += (h << 5) + nextSteps().hashCode();
    h += (h << 5) + notes().hashCode();
    h += (h << 5) + codeSet().hashCode();
    return h;
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder("Determination{policy=").append(policy()).append(", asOf=").append(asOf());
    requestId().ifPresent(id -> s.append(", requestId=").append(id));
    s.append(", requestType=").append(requestType()).append(", outcome=").append(outcome())
        .append(", summary=").append(summary());
    pathway().ifPresent(p -> s.append(", pathway=").append(p));
    s.append(", provenance=").append(provenance());
    approval().ifPresent(a -> s.append(", approval=").append(a));
    return s.append(", trace=").append(trace())
        .append(", checklist=").append(checklist())
        .append(", nextSteps=").append(nextSteps())
        .append(", notes=").append(notes())
        .append(", codeSet=").append(codeSet())
        .append('}').toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDetermination.Builder {}
}
