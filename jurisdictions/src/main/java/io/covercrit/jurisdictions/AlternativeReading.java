package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another rule that also governs a deadline and gives a different date: the payer's own window
 * beside the legal minimum, an older statute beside current guidance, a state clock beside the
 * federal one. Shown so that a reader sees the conflict and why one date was chosen.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableAlternativeReading.class)
@JsonDeserialize(as = ImmutableAlternativeReading.class)
public abstract class AlternativeReading {
  /** The other rule's id. */
  public abstract String ruleId();

  public abstract Optional<LocalDate> dueDate();

  public abstract Optional<Instant> dueAt();

  public abstract String citation();

  public abstract RuleBasis basis();

  public abstract Confidence confidence();

  /** Why this reading was not the one chosen. */
  public abstract String note();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableAlternativeReading.Builder {}
}
