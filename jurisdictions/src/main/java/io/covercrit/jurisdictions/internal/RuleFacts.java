package io.covercrit.jurisdictions.internal;

import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.Circumstance;
import io.covercrit.jurisdictions.RequestedItem;
import io.covercrit.jurisdictions.TimelineQuery;
import java.util.Set;

/**
 * The facts of a case that the federal and state rule sets ask about, and nothing else: the
 * rules built for one combination serve every case with it (see {@code TimelineEngine}), and a
 * rule cannot ask about anything that is not part of the combination.
 */
record RuleFacts(boolean expedited, boolean pharmacy, boolean drug, boolean individualMarket, int appealLevels,
    Set<Circumstance> circumstances) {

  RuleFacts {
    circumstances = Set.copyOf(circumstances);
  }

  static RuleFacts of(TimelineQuery query) {
    // Internal appeal levels: the payer's; else the highest level among the events, at least one
    // (the individual-market rule and the common case).
    int highestEventLevel = query.events().stream().flatMap(event -> event.level().stream())
        .mapToInt(Integer::intValue).max().orElse(1);
    int appealLevels = query.payerAppealRules().map(rules -> rules.levels().size()).orElse(highestEventLevel);
    return new RuleFacts(query.urgency() == Urgency.EXPEDITED, query.benefitChannel() == BenefitChannel.PHARMACY,
        query.requestedItem() == RequestedItem.DRUG, query.planType() == PlanType.INDIVIDUAL_MARKETPLACE,
        appealLevels, query.circumstances());
  }

  boolean has(Circumstance circumstance) {
    return circumstances.contains(circumstance);
  }
}
