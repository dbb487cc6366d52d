package io.covercrit.jurisdictions.internal;

import io.covercrit.jurisdictions.TimelineQuery;
import java.time.ZoneId;

/** A query, its time zone and the facts the rules ask about. Immutable. */
final class CaseFacts {
  final TimelineQuery query;
  final ZoneId zone;
  /** What the rule sets ask about. */
  final RuleFacts rules;

  CaseFacts(TimelineQuery query, ZoneId zone) {
    this.query = query;
    this.zone = zone;
    this.rules = RuleFacts.of(query);
  }
}
