package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.util.List;
import org.immutables.value.Value;

/** One document of a determination's checklist and the clauses that need it. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableChecklistItem.class)
@JsonDeserialize(as = ImmutableChecklistItem.class)
public abstract class ChecklistItem {
  public abstract DocumentRequirement document();

  /** Clause ids that need this document, in trace order. */
  public abstract List<String> clauseIds();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableChecklistItem.Builder {}
}
