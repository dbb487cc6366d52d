package io.covercrit.testing;

import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.CoverageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Boundary rows for one clause, made from the policy's own constant: just below, at and just
 * above the threshold, each with the status the clause must give. A test that builds its rows
 * from {@code MyPolicy.MAX_BSA} moves with the threshold when the policy changes it, instead of
 * testing yesterday's number.
 *
 * <pre>{@code
 * RowTable.atMost("T100 1.B", MyPolicy.MAX_BSA_PERCENT, new BigDecimal("0.01"))
 *     .check(policy, AS_OF, bsa -> request().skinInvolvement(bsaOf(bsa)).build());
 * }</pre>
 *
 * @param <T> the value a row varies (a percentage, a number of days, a birth date)
 */
public final class RowTable<T> {
  /** One row: the value, what it is, and the status the clause must give. */
  public static final class Row<T> {
    private final String description;
    private final T value;
    private final Status expected;

    Row(String description, T value, Status expected) {
      this.description = description;
      this.value = value;
      this.expected = expected;
    }

    public String description() {
      return description;
    }

    public T value() {
      return value;
    }

    public Status expected() {
      return expected;
    }

    @Override
    public String toString() {
      return description + " -> " + expected;
    }
  }

  private final String clauseId;
  private final List<Row<T>> rows;

  private RowTable(String clauseId, List<Row<T>> rows) {
    this.clauseId = Objects.requireNonNull(clauseId, "clauseId");
    this.rows = List.copyOf(rows);
  }

  /** "{@code limit} or less": below and at the limit MET, above NOT_MET. */
  public static RowTable<BigDecimal> atMost(String clauseId, BigDecimal limit, BigDecimal step) {
    return around(clauseId, limit, step, Status.MET, Status.MET, Status.NOT_MET);
  }

  /** "{@code limit} or more": below NOT_MET, at and above MET. */
  public static RowTable<BigDecimal> atLeast(String clauseId, BigDecimal limit, BigDecimal step) {
    return around(clauseId, limit, step, Status.NOT_MET, Status.MET, Status.MET);
  }

  /** "less than {@code limit}": below MET, at and above NOT_MET. */
  public static RowTable<BigDecimal> below(String clauseId, BigDecimal limit, BigDecimal step) {
    return around(clauseId, limit, step, Status.MET, Status.NOT_MET, Status.NOT_MET);
  }

  /** "at least {@code days} consecutive days": one day short NOT_MET, the days and one more MET. */
  public static RowTable<Integer> atLeastDays(String clauseId, int days) {
    List<Row<Integer>> rows = new ArrayList<>();
    rows.add(new Row<>((days - 1) + " days (one short of " + days + ")", days - 1, Status.NOT_MET));
    rows.add(new Row<>(days + " days (exactly " + days + ")", days, Status.MET));
    rows.add(new Row<>((days + 1) + " days (one more than " + days + ")", days + 1, Status.MET));
    return new RowTable<>(clauseId, rows);
  }

  /**
   * "Age {@code years} or older" on {@code asOf}: born {@code years} years before (the birthday) MET,
   * a day later NOT_MET, a day earlier MET. The values are birth dates.
   */
  public static RowTable<LocalDate> ageAtLeast(String clauseId, int years, LocalDate asOf) {
    LocalDate birthday = asOf.minusYears(years);
    List<Row<LocalDate>> rows = new ArrayList<>();
    rows.add(new Row<>("born " + birthday.plusDays(1) + " (turns " + years + " tomorrow)", birthday.plusDays(1), Status.NOT_MET));
    rows.add(new Row<>("born " + birthday + " (turns " + years + " on the as-of date)", birthday, Status.MET));
    rows.add(new Row<>("born " + birthday.minusDays(1) + " (" + years + " and a day)", birthday.minusDays(1), Status.MET));
    return new RowTable<>(clauseId, rows);
  }

  /** A table with rows of the caller's own. */
  public static <T> RowTable<T> of(String clauseId, List<Row<T>> rows) {
    return new RowTable<>(clauseId, rows);
  }

  /** A row for {@link #of}. */
  public static <T> Row<T> row(String description, T value, Status expected) {
    return new Row<>(description, value, expected);
  }

  private static RowTable<BigDecimal> around(String clauseId, BigDecimal limit, BigDecimal step, Status below,
      Status at, Status above) {
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("step must be positive");
    }
    List<Row<BigDecimal>> rows = new ArrayList<>();
    rows.add(new Row<>(limit.subtract(step).toPlainString() + " (just below " + limit.toPlainString() + ")",
        limit.subtract(step), below));
    rows.add(new Row<>(limit.toPlainString() + " (the limit)", limit, at));
    rows.add(new Row<>(limit.add(step).toPlainString() + " (just above " + limit.toPlainString() + ")", limit.add(step),
        above));
    return new RowTable<>(clauseId, rows);
  }

  public String clauseId() {
    return clauseId;
  }

  public List<Row<T>> rows() {
    return rows;
  }

  /**
   * Evaluates {@code request.apply(value)} for every row under {@code policy} on {@code asOf} (with
   * the curated ICD-10-CM code set) and checks the clause's status.
   *
   * @throws AssertionError naming every row whose clause status differs, or is absent
   */
  public void check(CoveragePolicy policy, LocalDate asOf, Function<T, CoverageRequest> request) {
    List<String> wrong = new ArrayList<>();
    for (Row<T> row : rows) {
      Determination d = policy.evaluate(request.apply(row.value), asOf, Icd10CodeSets.curated());
      Optional<ClauseResult> clause = d.clause(clauseId);
      if (clause.isEmpty()) {
        wrong.add(row.description + ": no clause " + clauseId + " in the determination");
      } else if (clause.get().status() != row.expected) {
        wrong.add(row.description + ": " + clauseId + " is " + clause.get().status() + ", expected " + row.expected
            + clause.get().finding().map(f -> " (found: " + f + ")").orElse(""));
      }
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError(wrong.size() + " of " + rows.size() + " rows of " + clauseId + " failed:\n  "
          + String.join("\n  ", wrong));
    }
  }
}
