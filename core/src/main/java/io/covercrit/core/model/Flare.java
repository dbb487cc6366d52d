package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One documented disease flare (e.g. a gout attack); policies count them in windows. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableFlare.class)
@JsonDeserialize(as = ImmutableFlare.class)
public abstract class Flare {
  public abstract LocalDate date();

  @Value.Default
  public boolean hospitalized() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableFlare.Builder {}
}
