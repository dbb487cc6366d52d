package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts that decide which deadlines apply, and the events that start them.
 *
 * <p>Plan type, member state, benefit channel and urgency choose the rules; {@link #events()}
 * (what has happened so far: the request, the denial, appeals, the final internal denial, the
 * external review) start the clocks. Nothing here is a patient identifier. Validated on
 * construction with {@link InvalidInputException}s naming the field. Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableTimelineQuery.class)
@JsonDeserialize(as = ImmutableTimelineQuery.class)
public abstract class TimelineQuery {
  /** Upper bound on {@link #events()}. */
  public static final int MAX_EVENTS = 40;

  public abstract PlanType planType();

  /**
   * The member's state (where a fully insured plan is regulated). {@link Jurisdiction#FEDERAL}
   * is accepted for plans under federal rules only, with an explicit {@link #timeZone()}.
   */
  public abstract Jurisdiction memberState();

  public abstract BenefitChannel benefitChannel();

  @Value.Default
  public Urgency urgency() {
    return Urgency.STANDARD;
  }

  @Value.Default
  public RequestedItem requestedItem() {
    return RequestedItem.DRUG;
  }

  /** Required for a state-regulated plan in California; absent otherwise. */
  public abstract Optional<CaliforniaRegulator> californiaRegulator();

  public abstract Set<Circumstance> circumstances();

  /**
   * A self-funded plan that has voluntarily opted in to the state's external review (Illinois
   * and Virginia allow it). Only with {@link PlanType#SELF_FUNDED_ERISA}.
   */
  @Value.Default
  public boolean selfFundedPlanOptedIntoStateReview() {
    return false;
  }

  /** The payer's own internal-appeal rules, when the payer module supplies them. */
  public abstract Optional<PayerAppealRules> payerAppealRules();

  /** What has happened so far; at most one event per type (and level). */
  public abstract List<CaseEvent> events();

  /**
   * The time zone in which dates are counted and hour clocks are shown. Defaults to the zone of
   * the member state's capital (the regulator's clock).
   */
  public abstract Optional<ZoneId> timeZone();

  @Value.Check
  void check() {
    boolean stateRegulated = planType() == PlanType.FULLY_INSURED_COMMERCIAL
        || planType() == PlanType.INDIVIDUAL_MARKETPLACE;
    if (memberState() == Jurisdiction.CA && stateRegulated && californiaRegulator().isEmpty()) {
      throw InvalidInputException.invalid("californiaRegulator",
          "is required for a state-regulated California plan (DMHC or CDI)");
    }
    if (californiaRegulator().isPresent() && !(memberState() == Jurisdiction.CA && stateRegulated)) {
      throw InvalidInputException.invalid("californiaRegulator",
          "applies only to state-regulated plans in CA");
    }
    if (selfFundedPlanOptedIntoStateReview() && planType() != PlanType.SELF_FUNDED_ERISA) {
      throw InvalidInputException.invalid("selfFundedPlanOptedIntoStateReview",
          "applies only to SELF_FUNDED_ERISA plans");
    }
    if (memberState() == Jurisdiction.FEDERAL && timeZone().isEmpty()) {
      throw InvalidInputException.invalid("timeZone", "is required when memberState is FEDERAL");
    }
    if (events().size() > MAX_EVENTS) {
      throw InvalidInputException.invalid("events", "must have at most " + MAX_EVENTS + " entries");
    }
    for (int i = 0; i < events().size(); i++) {
      CaseEvent event = events().get(i);
      for (int j = 0; j < i; j++) {
        CaseEvent earlier = events().get(j);
        if (earlier.type() == event.type() && earlier.level().equals(event.level())) {
          throw InvalidInputException.invalid("events[" + i + "]",
              "repeats the type and level of events[" + j + "]");
        }
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTimelineQuery.Builder {}
}
