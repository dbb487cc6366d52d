package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import org.immutables.value.Value;

/** What a payer would say about a clause that is not met, and how to turn it around. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableRemedy.class)
@JsonDeserialize(as = ImmutableRemedy.class)
public abstract class Remedy {
  /** The denial reason as a payer would word it. */
  public abstract String denialReason();

  /** What the prescriber or patient can do to meet the clause. */
  public abstract String howToFix();

  public static Remedy of(String denialReason, String howToFix) {
    return builder().denialReason(denialReason).howToFix(howToFix).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableRemedy.Builder {}
}
