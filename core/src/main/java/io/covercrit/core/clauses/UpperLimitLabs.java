package io.covercrit.core.clauses;

import io.covercrit.core.clauses.TreatmentCourse.Anchor;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "A value of at least {@code limit}, or at least {@code multiple} times the lab's upper limit of
 * normal" (CRP of 10 mg/L or more, or twice the upper limit), for any result within a window that
 * ends on an anchor date (such as {@link TreatmentCourse#baseline}: "before starting"). The upper
 * limit is the lab's own reference range, so a value below {@code limit} without a documented upper
 * limit is MISSING (it may still be a multiple of it); results outside the window document nothing
 * and are MISSING too. Values are compared in the policy's unit.
 */
public final class UpperLimitLabs {
  private UpperLimitLabs() {}

  /** What the clause compares; immutable. */
  public static final class Rule {
    private final Analyte analyte;
    private final Unit unit;
    private final BigDecimal limit;
    private final BigDecimal multiple;
    private final Period window;
    private final String windowWords;
    private final String name;

    private Rule(Analyte analyte, Unit unit, BigDecimal limit, BigDecimal multiple, Period window, String windowWords,
        String name) {
      if (unit.dimension() != analyte.dimension()) {
        throw new IllegalArgumentException(unit.ucum() + " is not a unit for " + analyte);
      }
      this.analyte = analyte;
      this.unit = unit;
      this.limit = limit;
      this.multiple = multiple;
      this.window = window;
      this.windowWords = windowWords;
      this.name = name;
    }

    /**
     * At least {@code limit} {@code unit}, or at least {@code multiple} times the upper limit of
     * normal, within {@code window} before the anchor date (both ends included).
     *
     * @param windowWords the window in words, e.g. "3 months"
     * @param name the test in words, e.g. "CRP"
     */
    public static Rule of(Analyte analyte, Unit unit, BigDecimal limit, BigDecimal multiple, Period window,
        String windowWords, String name) {
      return new Rule(analyte, unit, limit, multiple, window, windowWords, name);
    }
  }

  /** The clause; {@code anchor} gives the window's last day (e.g. {@code course::baseline}). */
  public static ClauseBuilder atLeast(String id, String text, Rule rule, Function<EvaluationContext, Anchor> anchor) {
    String limit = Labs.plain(rule.limit) + " " + rule.unit.ucum();
    return new ClauseBuilder(id, text, StandardDocuments.LAB_RESULTS, ctx -> finding(ctx, rule, anchor.apply(ctx)))
        .whenNotMet("The " + rule.name + " is below " + limit + " and below " + Labs.plain(rule.multiple)
                + " times the lab's upper limit of normal.",
            "Attach a " + rule.name + " result with the lab's reference range.")
        .whenMissing("No " + rule.name + " from the " + rule.windowWords + " before the required date is documented.",
            "Attach a " + rule.name + " result with its date, unit and the lab's reference range.");
  }

  /** The finding of {@link #atLeast} for the window ending on {@code anchor}. */
  public static Finding finding(EvaluationContext ctx, Rule rule, Anchor anchor) {
    if (anchor.problem().isPresent()) {
      return anchor.problem().get();
    }
    LocalDate to = anchor.date();
    LocalDate from = to.minus(rule.window);
    List<LabResult> results = new ArrayList<>();
    for (LabResult lab : ctx.request().labResults()) {
      if (lab.analyte() == rule.analyte) {
        results.add(lab);
      }
    }
    if (results.isEmpty()) {
      return Finding.missing("No " + rule.name + " result documented");
    }
    String limit = Labs.plain(rule.limit) + " " + rule.unit.ucum();
    String times = Labs.plain(rule.multiple) + " times the ";
    List<String> below = new ArrayList<>();
    List<String> withoutUpperLimit = new ArrayList<>();
    List<String> outsideWindow = new ArrayList<>();
    for (LabResult lab : results) {
      Supplier<String> shown = () -> describe(lab.value(), rule.unit) + " on " + lab.date();
      if (lab.date().isBefore(from) || lab.date().isAfter(to)) {
        outsideWindow.add(shown.get());
        continue;
      }
      BigDecimal value = lab.value().to(rule.unit);
      if (value.compareTo(rule.limit) >= 0) {
        return Finding.met(() -> shown.get() + " (" + limit + " or more)");
      }
      Optional<Quantity> upperLimit = lab.referenceRange().flatMap(ReferenceRange::high);
      if (upperLimit.isEmpty()) {
        withoutUpperLimit.add(shown.get());
        continue;
      }
      BigDecimal uln = upperLimit.get().to(rule.unit);
      Supplier<String> versus = () -> "upper limit of normal " + describe(upperLimit.get(), rule.unit);
      if (uln.signum() > 0 && value.compareTo(uln.multiply(rule.multiple)) >= 0) {
        return Finding.met(() -> shown.get() + ", at least " + times + versus.get());
      }
      below.add(shown.get() + ": below " + limit + " and below " + times + versus.get());
    }
    if (!withoutUpperLimit.isEmpty()) {
      return Finding.missing(() -> String.join("; ", withoutUpperLimit)
              + ": below " + limit + ", the lab's upper limit of normal not documented")
          .because("The " + rule.name + " is below " + limit + " and the lab's upper limit of normal is not documented,"
                  + " so 'at least " + times + "upper limit of normal' cannot be checked.",
              "Attach the lab report with its reference range (upper limit of normal).");
    }
    if (!below.isEmpty()) {
      return Finding.notMet(() -> String.join("; ", below));
    }
    return Finding.missing(() -> "No " + rule.name + " from " + from + " to " + to + " (" + rule.windowWords
            + " before " + anchor.words() + "); documented: " + String.join(", ", outsideWindow))
        .because("The " + rule.name + " results on file are not from the " + rule.windowWords + " before "
                + anchor.words() + ".",
            "Attach a " + rule.name + " drawn from " + from + " to " + to + ", with the lab's reference range.");
  }

  /** "1.2 mg/dL (12 mg/L)": the value as reported, and in {@code unit} when reported in another. */
  private static String describe(Quantity q, Unit unit) {
    String value = Labs.plain(q.value()) + " " + q.unit().ucum();
    if (q.unit() == unit) {
      return value;
    }
    return value + " (" + Labs.plain(q.to(unit)) + " " + unit.ucum() + ")";
  }
}
