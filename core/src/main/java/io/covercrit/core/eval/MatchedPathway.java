package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;

import org.immutables.value.Value;

/** The policy pathway a determination rests on, e.g. atopic dermatitis vs vitiligo. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableMatchedPathway.class)
@JsonDeserialize(as = ImmutableMatchedPathway.class)
public abstract class MatchedPathway {
  /** Clause id of the pathway, e.g. {@code IP0369 1}. */
  public abstract String id();

  public abstract String title();

  public static MatchedPathway of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableMatchedPathway.Builder {}
}
