package io.covercrit.jurisdictions;

import io.covercrit.core.eval.ContactChannel;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Shared test data: queries, events and a Cigna-like payer rule set (the payer module supplies the real one). */
final class Fixtures {
  private Fixtures() {}

  static final DeadlineCalculator CALCULATOR = DeadlineCalculator.standard();
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static TimelineQuery.Builder query(PlanType planType, Jurisdiction state) {
    TimelineQuery.Builder builder = TimelineQuery.builder().planType(planType).memberState(state)
        .benefitChannel(BenefitChannel.PHARMACY);
    if (state == Jurisdiction.CA && (planType == PlanType.FULLY_INSURED_COMMERCIAL
        || planType == PlanType.INDIVIDUAL_MARKETPLACE)) {
      builder.californiaRegulator(CaliforniaRegulator.DMHC);
    }
    return builder;
  }

  static TimelineQuery.Builder insured(Jurisdiction state) {
    return query(PlanType.FULLY_INSURED_COMMERCIAL, state);
  }

  static TimelineQuery.Builder expedited(TimelineQuery.Builder builder) {
    return builder.urgency(Urgency.EXPEDITED);
  }

  static CaseEvent on(CaseEventType type, String date) {
    return CaseEvent.on(type, LocalDate.parse(date));
  }

  static CaseEvent at(CaseEventType type, String localDateTime, ZoneId zone) {
    return CaseEvent.at(type, LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
  }

  static CaseEvent finalDenial(String date) {
    return on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, date);
  }

  static Timeline compute(TimelineQuery.Builder builder) {
    return CALCULATOR.compute(builder.build());
  }

  static Optional<Deadline> find(Timeline timeline, String ruleId) {
    return timeline.deadlines().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst();
  }

  static Deadline get(Timeline timeline, String ruleId) {
    return find(timeline, ruleId).orElseThrow(() -> new AssertionError("no deadline " + ruleId + " in "
        + timeline.deadlines().stream().map(Deadline::ruleId).toList() + "; pending "
        + timeline.pending().stream().map(PendingClock::ruleId).toList()));
  }

  static Instant instant(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  /** Cigna's internal appeal as the NC appeals guide states it: 180 days from the denial date, 30 days per level. */
  static PayerAppealRules cigna() {
    SourceRef guide = SourceRef.builder().title("Opzelura Cigna NC appeals guide")
        .reliability(io.covercrit.core.eval.Reliability.PATIENT_GUIDE).checkedOn(LocalDate.of(2026, 11, 24)).build();
    return PayerAppealRules.builder()
        .payer("Cigna Healthcare")
        .filingWindow(ClockLength.calendarDays(180))
        .filingWindowCountsFromNoticeDate(true)
        .levels(List.of(
            PayerAppealLevel.builder().level(1).standardDecision(ClockLength.calendarDays(30))
                .expeditedDecision(ClockLength.calendarDays(15)).build(),
            PayerAppealLevel.builder().level(2).standardDecision(ClockLength.calendarDays(30)).build()))
        .contacts(List.of(ContactPoint.builder().purpose("Member services").organization("Cigna Healthcare")
            .channel(ContactChannel.PHONE).value("1-800-882-4462").source(guide).build()))
        .sources(List.of(guide))
        .citation("Cigna NC appeals guide: Internal Appeals with Cigna")
        .confidence(Confidence.SECONDARY)
        .lastReviewed(LocalDate.of(2026, 11, 24))
        .build();
  }
}
