package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The clinic's statement that one of the request's lists was reviewed and is complete for a
 * period: "no asthma exacerbations in the past 12 months" is an empty {@code flares} list plus a
 * review of {@link RecordedHistory#FLARES} from 12 months back. Without a review an empty list
 * means "not documented" and the clauses that count it are MISSING; with one, the list is the
 * whole history of the period and an empty one counts as none.
 *
 * <p>Clinical findings need no review: a finding recorded with {@code present: false} already
 * says "examined, and absent".
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableHistoryReview.class)
@JsonDeserialize(as = ImmutableHistoryReview.class)
public abstract class HistoryReview {
  public abstract RecordedHistory history();

  /** First day of the period reviewed. */
  public abstract LocalDate from();

  /** Last day reviewed; absent means up to the day the request is evaluated. */
  public abstract Optional<LocalDate> through();

  /** Whether the review covers every day from {@code first} to {@code last} (both inclusive). */
  public boolean covers(LocalDate first, LocalDate last) {
    return !from().isAfter(first) && through().map(t -> !t.isBefore(last)).orElse(true);
  }

  @Value.Check
  void check() {
    if (through().isPresent() && through().get().isBefore(from())) {
      throw InvalidInputException.invalid("through", "must not be before from");
    }
  }

  /** A review of {@code history} from {@code from} up to the evaluation date. */
  public static HistoryReview of(RecordedHistory history, LocalDate from) {
    return builder().history(history).from(from).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableHistoryReview.Builder {}
}
