package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;

/** How long an approval may last. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableApprovalDuration.class)
@JsonDeserialize(as = ImmutableApprovalDuration.class)
public abstract class ApprovalDuration {
  /** The policy maximum, e.g. P6M for "up to 6 months". */
  public abstract Period maximum();

  /**
   * The as-of date plus {@link #maximum()}, or earlier where the pathway caps the total course
   * (see {@link Pathway#approvalCap}): the approval ends on or before this date.
   */
  public abstract LocalDate endsNoLaterThan();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableApprovalDuration.Builder {}
}
