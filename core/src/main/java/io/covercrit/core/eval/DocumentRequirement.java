package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import org.immutables.value.Value;

/**
 * A document to gather or attach, e.g. "prescription records with dates, doses and reasons for
 * stopping". Identified by a stable {@link #id()} so checklists de-duplicate across clauses.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableDocumentRequirement.class)
@JsonDeserialize(as = ImmutableDocumentRequirement.class)
public abstract class DocumentRequirement {
  /** Stable, kebab-case id, e.g. {@code prescription-history}. */
  public abstract String id();

  public abstract String description();

  public static DocumentRequirement of(String id, String description) {
    return builder().id(id).description(description).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDocumentRequirement.Builder {}
}
