package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TherapyTrialTest {
  private static final Drug TACROLIMUS = Drug.named("tacrolimus 0.1% ointment");

  private static TherapyTrial trial(LocalDate start, LocalDate end, TrialOutcome outcome) {
    return TherapyTrial.builder().drug(TACROLIMUS).start(java.util.Optional.ofNullable(start))
        .end(java.util.Optional.ofNullable(end)).outcome(outcome).build();
  }

  @ParameterizedTest(name = "{0}..{1} as of {2}: {3} days")
  @CsvSource({
    // both ends count: 1 to 28 March is 28 days
    "2026-03-01, 2026-03-28, 2026-06-01, 28",
    "2026-03-01, 2026-03-01, 2026-06-01, 1",
    "2026-02-01, 2026-03-01, 2026-06-01, 29",
    "2024-02-01, 2024-03-01, 2024-06-01, 30",
    // an end after the as-of date is clipped to the as-of date
    "2026-03-01, 2026-03-28, 2026-03-10, 10",
    "2026-03-01, 2026-03-28, 2026-03-01, 1",
    // a trial that starts after the as-of date has not happened yet
    "2026-03-01, 2026-03-28, 2026-02-28, 0",
  })
  void a_finished_trial_counts_calendar_days_inclusive(
      LocalDate start, LocalDate end, LocalDate asOf, long days) {
    assertThat(trial(start, end, TrialOutcome.FAILED).daysOfUseThrough(asOf)).isEqualTo(OptionalLong.of(days));
  }

  @ParameterizedTest(name = "from {0}, ongoing, as of {1}: {2} days")
  @CsvSource({
    "2026-03-01, 2026-03-28, 28",
    "2026-03-01, 2026-03-01, 1",
    "2026-03-01, 2026-02-28, 0",
  })
  void an_ongoing_trial_counts_through_the_as_of_date(LocalDate start, LocalDate asOf, long days) {
    assertThat(trial(start, null, TrialOutcome.ONGOING).daysOfUseThrough(asOf)).isEqualTo(OptionalLong.of(days));
  }

  @Test
  void a_trial_without_a_start_date_has_no_length() {
    TherapyTrial contraindicated = trial(null, null, TrialOutcome.CONTRAINDICATED);
    assertThat(contraindicated.daysOfUseThrough(LocalDate.of(2026, 3, 1))).isEmpty();
    assertThat(contraindicated.daysOverlappingWith(
        trial(LocalDate.of(2026, 1, 1), null, TrialOutcome.ONGOING), LocalDate.of(2026, 3, 1))).isEmpty();
  }

  @ParameterizedTest(name = "{0}..{1} and {2}..{3} as of {4}: {5}")
  @CsvSource(nullValues = "ongoing", value = {
    // partial overlap: 10 to 20 March
    "2026-03-01, 2026-03-20, 2026-03-10, 2026-03-31, 2026-06-01, 11",
    // one inside the other
    "2026-03-01, 2026-03-31, 2026-03-10, 2026-03-12, 2026-06-01, 3",
    // touching on one day
    "2026-03-01, 2026-03-10, 2026-03-10, 2026-03-20, 2026-06-01, 1",
    // no overlap
    "2026-03-01, 2026-03-09, 2026-03-10, 2026-03-20, 2026-06-01, 0",
    // one ongoing: overlaps from its start through the as-of date
    "2026-03-01, ongoing,    2026-03-10, 2026-03-31, 2026-03-15, 6",
    "2026-03-01, ongoing,    2026-02-01, ongoing,    2026-03-15, 15",
    // the overlap after the as-of date does not count yet
    "2026-03-01, 2026-03-31, 2026-03-20, 2026-03-31, 2026-03-10, 0",
  })
  void overlap_counts_the_days_both_trials_were_in_use(
      LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2, LocalDate asOf, long days) {
    TherapyTrial a = trial(start1, end1, end1 == null ? TrialOutcome.ONGOING : TrialOutcome.FAILED);
    TherapyTrial b = trial(start2, end2, end2 == null ? TrialOutcome.ONGOING : TrialOutcome.FAILED);
    assertThat(a.daysOverlappingWith(b, asOf)).isEqualTo(OptionalLong.of(days));
    assertThat(b.daysOverlappingWith(a, asOf)).isEqualTo(OptionalLong.of(days));
  }

  @ParameterizedTest(name = "{0}..{1} ({2}) ongoing on {3}: {4}")
  @CsvSource(nullValues = "none", value = {
    "2026-03-01, none,       ONGOING,         2026-03-15, true",
    "2026-03-01, none,       ONGOING,         2026-02-28, false",
    "2026-03-01, 2026-03-15, FAILED,          2026-03-15, true",
    "2026-03-01, 2026-03-15, FAILED,          2026-03-16, false",
    "none,       none,       CONTRAINDICATED, 2026-03-15, false",
  })
  void is_ongoing_on_a_date_between_start_and_end(
      LocalDate start, LocalDate end, TrialOutcome outcome, LocalDate on, boolean ongoing) {
    assertThat(trial(start, end, outcome).isOngoingOn(on)).isEqualTo(ongoing);
  }

  @Test
  void an_end_before_the_start_is_rejected_without_naming_the_dates() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> trial(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 1), TrialOutcome.FAILED));
    assertThat(e.field()).isEqualTo("end");
    assertThat(e.getMessage()).doesNotContain("2026").doesNotContain("03-28").doesNotContain("03-01");
  }

  @Test
  void an_ongoing_trial_may_not_have_an_end() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> trial(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 28), TrialOutcome.ONGOING));
    assertThat(e.field()).isEqualTo("end");
    assertThat(e.getMessage()).doesNotContain("2026");
  }

  @Test
  void a_used_drug_with_an_end_needs_a_start() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> trial(null, LocalDate.of(2026, 3, 28), TrialOutcome.FAILED));
    assertThat(e.field()).isEqualTo("start");
    assertThat(e.errorCode()).isEqualTo(InvalidInputException.REQUIRED_FIELD);
    assertThat(e.getMessage()).doesNotContain("2026");
  }

  @Test
  void manufacturer_samples_are_off_unless_stated() {
    assertThat(trial(LocalDate.of(2026, 3, 1), null, TrialOutcome.ONGOING).sample()).isFalse();
  }
}
