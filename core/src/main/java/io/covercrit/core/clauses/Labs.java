package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Laboratory values against a threshold: the most recent result of an analyte on or before the
 * as-of date (optionally within a window), converted to the unit the policy states its threshold
 * in (the model accepts only units of the analyte's dimension, so every result converts).
 */
public final class Labs {
  private Labs() {}

  /** How the value must compare with the threshold. */
  public enum Comparison {
    BELOW("below"),
    AT_MOST("at most"),
    AT_LEAST("at least"),
    ABOVE("above");

    private final String words;

    Comparison(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }

    boolean holds(int compared) {
      switch (this) {
        case BELOW:
          return compared < 0;
        case AT_MOST:
          return compared <= 0;
        case AT_LEAST:
          return compared >= 0;
        default:
          return compared > 0;
      }
    }
  }

  /**
   * "{@code name} {@code comparison} {@code limit}": the latest result, within {@code window} before
   * the as-of date when not null.
   *
   * @param suffix the unit as written after the numbers, e.g. "%" or " cells/µL" (may be empty)
   */
  public static ClauseBuilder latest(String id, String text, Analyte analyte, Unit unit, Comparison comparison,
      BigDecimal limit, Period window, String name, String suffix) {
    if (unit.dimension() != analyte.dimension()) {
      throw new IllegalArgumentException(id + ": " + unit.ucum() + " is not a unit for " + analyte);
    }
    return new ClauseBuilder(id, text, StandardDocuments.LAB_RESULTS,
        ctx -> latestFinding(ctx, analyte, unit, comparison, limit, window, name, suffix))
        .whenNotMet("The most recent " + name + " is not " + comparison.words() + " " + limit.toPlainString() + suffix + ".",
            "Attach a more recent " + name + " result " + comparison.words() + " " + limit.toPlainString() + suffix + ".")
        .whenMissing("No " + name + " result is documented" + (window == null ? "." : " within the required window."),
            "Attach the dated laboratory report.");
  }

  public static Finding latestFinding(EvaluationContext ctx, Analyte analyte, Unit unit, Comparison comparison,
      BigDecimal limit, Period window, String name, String suffix) {
    LocalDate from = window == null ? null : ctx.asOf().minus(window);
    Optional<LabResult> latest = latest(ctx, analyte, from);
    if (latest.isEmpty()) {
      return Finding.missing(() -> "No " + name + " result documented" + (from == null ? "" : " since " + from));
    }
    BigDecimal value = latest.get().value().to(unit);
    Supplier<String> detail = () -> name + " " + plain(value) + suffix + " on " + latest.get().date() + " ("
        + comparison.words() + " " + limit.toPlainString() + suffix + " required)";
    return comparison.holds(value.compareTo(limit)) ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** The most recent result of {@code analyte} on or before the as-of date and on or after {@code from} (if not null). */
  public static Optional<LabResult> latest(EvaluationContext ctx, Analyte analyte, LocalDate from) {
    LabResult latest = null;
    List<LabResult> labs = ctx.request().labResults();
    for (int i = 0; i < labs.size(); i++) {
      LabResult lab = labs.get(i);
      if (lab.analyte() == analyte && !lab.date().isAfter(ctx.asOf()) && (from == null || !lab.date().isBefore(from))
          && (latest == null || !lab.date().isBefore(latest.date()))) {
        latest = lab;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The value without trailing zeros: 0.70, not 0.7000. */
  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
