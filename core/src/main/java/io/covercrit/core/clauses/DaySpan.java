package io.covercrit.core.clauses;

import io.covercrit.core.model.TherapyTrial;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run of days, both ends inclusive: what "N consecutive days" and "N months of therapy" are
 * counted on. Immutable.
 */
public final class DaySpan {
  private final LocalDate first;
  private final LocalDate last;

  private DaySpan(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /** @throws IllegalArgumentException if {@code last} is before {@code first} */
  public static DaySpan of(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a span's last day must not be before its first");
    }
    return new DaySpan(Objects.requireNonNull(first, "first"), last);
  }

  /** The days a trial was in use through {@code asOf}; empty without a start or if it starts later. */
  public static Optional<DaySpan> of(TherapyTrial trial, LocalDate asOf) {
    if (trial.start().isEmpty() || trial.start().get().isAfter(asOf)) {
      return Optional.empty();
    }
    LocalDate last = trial.end().orElse(asOf);
    return Optional.of(new DaySpan(trial.start().get(), last.isAfter(asOf) ? asOf : last));
  }

  public LocalDate first() {
    return first;
  }

  public LocalDate last() {
    return last;
  }

  /** The number of days, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** The last day of the first {@code months} consecutive months: 1 January + 3 months is 31 March. */
  public LocalDate monthsReachedOn(int months) {
    return first.plusMonths(months).minusDays(1);
  }

  public boolean spansMonths(int months) {
    return !last.isBefore(monthsReachedOn(months));
  }

  /** The part of this span on or after {@code from}; empty if it ends before. */
  public Optional<DaySpan> clippedFrom(LocalDate from) {
    if (last.isBefore(from)) {
      return Optional.empty();
    }
    return Optional.of(first.isBefore(from) ? new DaySpan(from, last) : this);
  }

  /** Sorted runs, joining spans that overlap or follow each other without a gap day. */
  public static List<DaySpan> merge(List<DaySpan> spans) {
    List<DaySpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing((DaySpan s) -> s.first).thenComparing(s -> s.last));
    List<DaySpan> merged = new ArrayList<>();
    for (DaySpan s : sorted) {
      DaySpan previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null && !s.first.isAfter(previous.last.plusDays(1))) {
        merged.set(merged.size() - 1, new DaySpan(previous.first, s.last.isAfter(previous.last) ? s.last : previous.last));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  /** Days covered by both lists of merged runs. */
  public static List<DaySpan> intersect(List<DaySpan> a, List<DaySpan> b) {
    List<DaySpan> both = new ArrayList<>();
    for (DaySpan x : a) {
      for (DaySpan y : b) {
        LocalDate first = x.first.isAfter(y.first) ? x.first : y.first;
        LocalDate last = x.last.isBefore(y.last) ? x.last : y.last;
        if (!last.isBefore(first)) {
          both.add(new DaySpan(first, last));
        }
      }
    }
    return merge(both);
  }

  /** The longest run (the earliest of equal ones), or null. */
  public static DaySpan longest(List<DaySpan> spans) {
    DaySpan longest = null;
    for (DaySpan s : spans) {
      if (longest == null || s.days() > longest.days()) {
        longest = s;
      }
    }
    return longest;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DaySpan && ((DaySpan) o).first.equals(first) && ((DaySpan) o).last.equals(last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
