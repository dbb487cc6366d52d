package io.covercrit.jurisdictions;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.jurisdictions.internal.TimelineEngine;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Computes the {@link Timeline} of a case: every deadline and decision clock that applies to the
 * plan type, state, benefit channel and urgency, counted from the events given.
 *
 * <pre>{@code
 * Timeline timeline = DeadlineCalculator.standard().compute(TimelineQuery.builder()
 *     .planType(PlanType.FULLY_INSURED_COMMERCIAL)
 *     .memberState(Jurisdiction.NC)
 *     .benefitChannel(BenefitChannel.PHARMACY)
 *     .addEvents(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2026, 3, 2)))
 *     .build());
 * }</pre>
 *
 * <p>Pure computation: no clock, no I/O, no randomness; the same query always gives the same
 * timeline. Implementations are immutable and thread-safe: create one and share it.
 */
public interface DeadlineCalculator {
  /**
   * The timeline of {@code query}.
   *
   * @throws InvalidInputException if the events contradict each other (for example an external
   *     review assigned before it was requested), naming the event
   */
  Timeline compute(TimelineQuery query);

  /** A calculator with the US federal business calendar for every rule. */
  static DeadlineCalculator standard() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** The jurisdictions with encoded state rules; the others fall back to the federal rules. */
  static Set<Jurisdiction> jurisdictionsWithStateRules() {
    return TimelineEngine.jurisdictionsWithStateRules();
  }

  /** Configures a calculator. Not thread-safe; the calculator it builds is. */
  final class Builder {
    private final Map<Jurisdiction, BusinessCalendar> stateCalendars = new EnumMap<>(Jurisdiction.class);

    private Builder() {}

    /**
     * Business days in this state's own statutes count on {@code calendar} (state holidays);
     * federal rules always use {@link BusinessCalendar#usFederal()}.
     */
    public Builder stateBusinessCalendar(Jurisdiction state, BusinessCalendar calendar) {
      if (state == null || state == Jurisdiction.FEDERAL) {
        throw InvalidInputException.invalid("state", "must be a state, DC or a territory");
      }
      if (calendar == null) {
        throw InvalidInputException.required("calendar");
      }
      stateCalendars.put(state, calendar);
      return this;
    }

    public DeadlineCalculator build() {
      return new TimelineEngine(stateCalendars);
    }
  }
}
