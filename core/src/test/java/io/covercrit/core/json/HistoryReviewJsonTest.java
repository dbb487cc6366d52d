package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.RecordedHistory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Reviewed, and none": the historyReviews field in and out of JSON. */
class HistoryReviewJsonTest {
  private static final CovercritJson JSON = CovercritJson.create();
  private static final String BASE = "{\"requestedDrug\":{\"name\":\"Dupixent\"},\"patient\":{},\"flares\":[]";

  @Test
  void a_review_is_read_by_both_readers_and_written_back() {
    String text = BASE + ",\"historyReviews\":[{\"history\":\"FLARES\",\"from\":\"2025-11-01\"},"
        + "{\"history\":\"THERAPY_TRIALS\",\"from\":\"2020-01-01\",\"through\":\"2026-11-30\"}]}";
    CoverageRequest r = JSON.readRequest(text);
    assertThat(r.historyReviews()).containsExactly(
        HistoryReview.of(RecordedHistory.FLARES, LocalDate.of(2025, 11, 1)),
        HistoryReview.builder().history(RecordedHistory.THERAPY_TRIALS).from(LocalDate.of(2020, 1, 1))
            .through(LocalDate.of(2026, 11, 30)).build());
    assertThat(JSON.readRequest(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(r);
    String written = JSON.writeRequest(r, false);
    assertThat(written).contains("\"historyReviews\":[{\"history\":\"FLARES\",\"from\":\"2025-11-01\"}");
    assertThat(JSON.readRequest(written)).isEqualTo(r);
    assertThat(r.reviewed(RecordedHistory.FLARES, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 12, 1))).isTrue();
    assertThat(r.reviewed(RecordedHistory.FLARES, LocalDate.of(2025, 10, 31), LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(r.reviewed(RecordedHistory.THERAPY_TRIALS, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 1))).isFalse();
  }

  @Test
  void no_review_is_not_written_so_existing_outputs_are_unchanged() {
    assertThat(JSON.writeRequest(JSON.readRequest(BASE + "}"), false)).doesNotContain("historyReviews");
  }

  @Test
  void a_review_ending_before_it_starts_or_of_an_unknown_list_is_a_typed_error_naming_the_field() {
    assertThatThrownBy(() -> JSON.readRequest(BASE
        + ",\"historyReviews\":[{\"history\":\"FLARES\",\"from\":\"2025-11-01\",\"through\":\"2025-10-01\"}]}"))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).path()).startsWith("$.historyReviews[0]"));
    assertThatThrownBy(() -> JSON.readRequest(BASE + ",\"historyReviews\":[{\"history\":\"LABS\",\"from\":\"2025-11-01\"}]}"))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).path()).startsWith("$.historyReviews[0]"));
  }
}
