package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * One evaluated clause: its policy section id, what it requires, the result, what was found,
 * and for a NOT_MET or MISSING result the denial reason, the fix and the documents to attach.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableClauseResult.class)
@JsonDeserialize(as = ImmutableClauseResult.class)
public abstract class ClauseResult {
  /** The policy's own section id, e.g. {@code IP0369 1.C.i}. */
  public abstract String id();

  /** The clause in short words. */
  public abstract String text();

  public abstract ClauseKind kind();

  public abstract Status status();

  /** What the evaluator found in the request, e.g. "BSA 25% (limit 20%)". */
  public abstract Optional<String> finding();

  /** Present exactly when the status is NOT_MET or MISSING. */
  public abstract Optional<Remedy> remedy();

  /** Documents that show this clause is met (attach them), or would show it (gather them). */
  public abstract List<DocumentRequirement> documents();

  public abstract List<ClauseResult> children();

  /** Visits this clause and every clause below it, depth first, parents first. */
  public void forEachClause(Consumer<ClauseResult> visitor) {
    visitor.accept(this);
    for (ClauseResult child : children()) {
      child.forEachClause(visitor);
    }
  }

  /**
   * Visits the clauses that make this one unmet: descends only through NOT_MET and MISSING
   * clauses, so a failed alternative under a met any-of is not visited.
   */
  public void forEachUnmetClause(Consumer<ClauseResult> visitor) {
    if (status() == Status.MET) {
      return;
    }
    visitor.accept(this);
    for (ClauseResult child : children()) {
      child.forEachUnmetClause(visitor);
    }
  }

  /** The clause with {@code id} at or below this one. */
  public Optional<ClauseResult> find(String id) {
    if (id().equals(id)) {
      return Optional.of(this);
    }
    for (ClauseResult child : children()) {
      Optional<ClauseResult> found = child.find(id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableClauseResult.Builder {}
}
