package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One documented disease flare or exacerbation (a gout attack, an asthma or COPD exacerbation);
 * policies count them in windows, some only those that needed a given level of care. The care
 * flags default to false: a flare documented without them did not need that care.
 */
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

  /** Treated with a systemic (oral or injected) corticosteroid course. */
  @Value.Default
  public boolean systemicCorticosteroids() {
    return false;
  }

  /** Needed an emergency department or urgent care visit. */
  @Value.Default
  public boolean emergencyOrUrgentCare() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableFlare.Builder {}
}
