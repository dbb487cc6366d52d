package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.util.Optional;
import org.immutables.value.Value;

/** One level of a payer's internal appeal: its decision clocks. Immutable and thread-safe. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutablePayerAppealLevel.class)
@JsonDeserialize(as = ImmutablePayerAppealLevel.class)
public abstract class PayerAppealLevel {
  /** 1 for the first level. */
  public abstract int level();

  /** How long the payer takes to decide a standard appeal at this level, from its receipt. */
  public abstract ClockLength standardDecision();

  /** How long the payer takes to decide an expedited (urgent) appeal, from its receipt. */
  public abstract Optional<ClockLength> expeditedDecision();

  /**
   * For levels after the first: how long the member has to ask for this level after receiving
   * the previous level's denial. Absent when the payer moves the case on automatically.
   */
  public abstract Optional<ClockLength> filingWindow();

  @Value.Check
  void check() {
    if (level() < 1 || level() > CaseEvent.MAX_LEVEL) {
      throw InvalidInputException.invalid("level", "must be between 1 and " + CaseEvent.MAX_LEVEL);
    }
    if (level() == 1 && filingWindow().isPresent()) {
      throw InvalidInputException.invalid("filingWindow",
          "the first level's window is PayerAppealRules.filingWindow");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePayerAppealLevel.Builder {}
}
