package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.util.List;
import org.immutables.value.Value;

/** One thing to do next, with the contacts that do it. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableNextStep.class)
@JsonDeserialize(as = ImmutableNextStep.class)
public abstract class NextStep {
  /** The action, e.g. "Submit the prior authorization request". */
  public abstract String action();

  /** Who acts: "prescriber", "patient", "clinic staff". */
  public abstract String actor();

  public abstract List<ContactPoint> contacts();

  /** Timing stated by the source, e.g. "standard review: 3-5 business days". */
  public abstract List<String> timing();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableNextStep.Builder {}
}
