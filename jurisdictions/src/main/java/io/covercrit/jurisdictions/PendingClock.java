package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.eval.ContactPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clock that applies to the case but has not started: its starting event has not happened
 * (or a date it counts from was not given). Tells what comes next and how long it will run.
 * Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutablePendingClock.class)
@JsonDeserialize(as = ImmutablePendingClock.class)
public abstract class PendingClock {
  public abstract String ruleId();

  public abstract Stage stage();

  public abstract String title();

  public abstract Party actor();

  public abstract Optional<Party> filedWith();

  public abstract Optional<String> filedWithName();

  /** The event that will start the clock. */
  public abstract CaseEventType startEvent();

  public abstract Optional<Integer> startLevel();

  public abstract ClockLength length();

  /** In words: what starts the clock and what is missing, e.g. "starts when ... is received". */
  public abstract String waitingFor();

  public abstract String citation();

  public abstract Confidence confidence();

  public abstract RuleBasis basis();

  public abstract String program();

  public abstract List<ContactPoint> contacts();

  public abstract LocalDate lastReviewed();

  public abstract Optional<String> condition();

  public abstract List<String> notes();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePendingClock.Builder {}
}
