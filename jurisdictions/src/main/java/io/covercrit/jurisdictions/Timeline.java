package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every deadline and decision clock of one case, in order, with the clocks still to come.
 *
 * <p>{@link #deadlines()} are ordered by the moment they expire (a date deadline at the end of
 * its day in {@link #timeZone()}), then by rule id; the order is deterministic. Write it with
 * {@link TimelineJson} or {@link TimelineCalendar}. Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableTimeline.class)
@JsonDeserialize(as = ImmutableTimeline.class)
public abstract class Timeline {
  public abstract PlanType planType();

  public abstract Jurisdiction memberState();

  public abstract BenefitChannel benefitChannel();

  public abstract Urgency urgency();

  /** The independent-review process this case goes to. */
  public abstract ReviewRoute route();

  /** The external-review program by name, e.g. "Health Insurance Smart NC (NC Department of Insurance)". */
  public abstract String reviewProgram();

  /** Who receives the request for independent review: the regulator, or the plan that forwards it. */
  public abstract Party reviewFiledWith();

  /** The receiving body by name, e.g. "the insurer (it forwards the request to TDI)". */
  public abstract String reviewFiledWithName();

  /** Whether the state rules came from this library's data, or federal rules stand in for them. */
  public abstract RuleBasis reviewBasis();

  /** The stage of the latest event given (INITIAL_DECISION when none was given). */
  public abstract Stage currentStage();

  public abstract ZoneId timeZone();

  /** Computed deadlines, earliest first. */
  public abstract List<Deadline> deadlines();

  /** Clocks that apply but have not started yet, in stage order. */
  public abstract List<PendingClock> pending();

  /** Case-level notes: fallbacks, routing reasons, exhaustion exceptions, rules left out. */
  public abstract List<String> notes();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTimeline.Builder {}
}
