package io.covercrit.cigna;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.core.clauses.Sources;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.jurisdictions.ClockLength;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.PayerAppealLevel;
import io.covercrit.jurisdictions.PayerAppealRules;
import java.time.LocalDate;
import java.util.List;

/**
 * Cigna's own internal-appeal rules, for composing with the state and federal rules into one
 * timeline ({@code TimelineQuery.builder().payerAppealRules(CignaAppealRules.standard())}).
 *
 * <p>No Cigna plan document was available: the values come from three patient guides that agree
 * on 180 days to file and 30 days per standard decision. They disagree on the urgent clock: the
 * Opzelura/NC guide says 15 days, the Ilaris/NC and Alecensa/CA guides say 72 hours. 72 hours is
 * encoded: two guides and the federal claims rules (29 CFR 2560.503-1, 45 CFR 147.136) cap urgent
 * appeals at 72 hours, so 15 days could never be the binding clock. The filing window counts from
 * the date on the denial, as the guides word it ("180 days from denial date"); where the law counts
 * from receipt, the timeline shows the later of the two. The second level follows automatically
 * (Opzelura/NC guide), so it has no filing window of its own. The plan's own documents win over
 * these values: confidence is {@link Confidence#SECONDARY}.
 */
public final class CignaAppealRules {
  /** When the guides were read. */
  static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 24);

  private static final PayerAppealRules STANDARD = build();

  private CignaAppealRules() {}

  /** Cigna's internal appeal: 180 days to file; 30 days per level, 72 hours when urgent. */
  public static PayerAppealRules standard() {
    return STANDARD;
  }

  private static PayerAppealRules build() {
    Sources read = Sources.gatheredOn(CHECKED_ON);
    List<SourceRef> guides = List.of(
        read.source("How to Get Opzelura (Ruxolitinib Cream) Covered by Cigna in North Carolina (Counterforce Health"
            + " guide): Internal Appeals with Cigna", null, Reliability.PATIENT_GUIDE),
        read.source("How to Get Ilaris (Canakinumab) Covered by Cigna in North Carolina (Counterforce Health guide):"
            + " Internal Appeals with Cigna", null, Reliability.PATIENT_GUIDE),
        read.source("How to Get Alecensa (alectinib) Covered by Cigna in California (Counterforce Health guide):"
            + " Internal Appeals with Cigna", null, Reliability.PATIENT_GUIDE));
    return PayerAppealRules.builder()
        .payer("Cigna Healthcare")
        .filingWindow(ClockLength.calendarDays(180))
        .filingWindowCountsFromNoticeDate(true)
        .addLevels(
            PayerAppealLevel.builder().level(1)
                .standardDecision(ClockLength.calendarDays(30))
                .expeditedDecision(ClockLength.hours(72))
                .build(),
            PayerAppealLevel.builder().level(2)
                .standardDecision(ClockLength.calendarDays(30))
                .expeditedDecision(ClockLength.hours(72))
                .build())
        .addContacts(CignaDirectory.standard().contact("member-services"))
        .sources(guides)
        .citation("Cigna internal appeals as stated in the Opzelura/NC, Ilaris/NC and Alecensa/CA guides"
            + " (urgent: 72 h; the Opzelura/NC guide's 15 days is not encoded)")
        .confidence(Confidence.SECONDARY)
        .lastReviewed(CHECKED_ON)
        .build();
  }
}
