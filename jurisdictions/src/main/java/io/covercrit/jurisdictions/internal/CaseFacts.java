package io.covercrit.jurisdictions.internal;

import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.Circumstance;
import io.covercrit.jurisdictions.RequestedItem;
import io.covercrit.jurisdictions.TimelineQuery;
import java.time.ZoneId;

/** A query plus the facts rules ask about, in the words the rules use. Immutable. */
final class CaseFacts {
  final TimelineQuery query;
  final ZoneId zone;
  private final int appealLevels;
  /** What the rule sets ask about. */
  final RuleFacts rules;

  CaseFacts(TimelineQuery query, ZoneId zone) {
    this.query = query;
    this.zone = zone;
    int highestEventLevel = query.events().stream().flatMap(event -> event.level().stream())
        .mapToInt(Integer::intValue).max().orElse(1);
    this.appealLevels = query.payerAppealRules().map(rules -> rules.levels().size()).orElse(highestEventLevel);
    this.rules = new RuleFacts(expedited(), pharmacy(), drug(), individualMarket(), appealLevels, query.circumstances());
  }

  boolean expedited() {
    return query.urgency() == Urgency.EXPEDITED;
  }

  boolean pharmacy() {
    return query.benefitChannel() == BenefitChannel.PHARMACY;
  }

  boolean drug() {
    return query.requestedItem() == RequestedItem.DRUG;
  }

  boolean has(Circumstance circumstance) {
    return query.circumstances().contains(circumstance);
  }

  boolean individualMarket() {
    return query.planType() == PlanType.INDIVIDUAL_MARKETPLACE;
  }

  boolean selfFunded() {
    return query.planType() == PlanType.SELF_FUNDED_ERISA;
  }

  /**
   * Internal appeal levels: the payer's; else the highest level among the events, at least one
   * (the individual-market rule and the common case).
   */
  int appealLevels() {
    return appealLevels;
  }
}
