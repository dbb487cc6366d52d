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
    // The texts are built only when read (a determination formats on first read): here, lists of results.
    Supplier<String> limit = () -> Labs.plain(rule.limit) + " " + rule.unit.ucum();
    Supplier<String> times = () -> Labs.plain(rule.multiple) + " times the ";
    List<LabResult> below = new ArrayList<>();
    List<LabResult> withoutUpperLimit = new ArrayList<>();
    List<LabResult> outsideWindow = new ArrayList<>();
    for (LabResult lab : results) {
      if (lab.date().isBefore(from) || lab.date().isAfter(to)) {
        outsideWindow.add(lab);
        continue;
      }
      BigDecimal value = lab.value().to(rule.unit);
      if (value.compareTo(rule.limit) >= 0) {
        return Finding.met(() -> shown(lab, rule) + " (" + limit.get() + " or more)");
      }
      Optional<Quantity> upperLimit = lab.referenceRange().flatMap(ReferenceRange::high);
      if (upperLimit.isEmpty()) {
        withoutUpperLimit.add(lab);
        continue;
      }
      BigDecimal uln = upperLimit.get().to(rule.unit);
      if (uln.signum() > 0 && value.compareTo(uln.multiply(rule.multiple)) >= 0) {
        return Finding.met(() -> shown(lab, rule) + ", at least " + times.get() + versus(lab, rule));
      }
      below.add(lab);
    }
    if (!withoutUpperLimit.isEmpty()) {
      return Finding.missing(() -> joined(withoutUpperLimit, rule, "; ")
              + ": below " + limit.get() + ", the lab's upper limit of normal not documented")
          .because("The " + rule.name + " is below " + limit.get() + " and the lab's upper limit of normal is not"
                  + " documented, so 'at least " + times.get() + "upper limit of normal' cannot be checked.",
              "Attach the lab report with its reference range (upper limit of normal).");
    }
    if (!below.isEmpty()) {
      return Finding.notMet(() -> {
        StringBuilder text = new StringBuilder();
        for (LabResult lab : below) {
          text.append(text.length() == 0 ? "" : "; ").append(shown(lab, rule)).append(": below ").append(limit.get())
              .append(" and below ").append(times.get()).append(versus(lab, rule));
        }
        return text.toString();
      });
    }
    return Finding.missing(() -> "No " + rule.name + " from " + from + " to " + to + " (" + rule.windowWords
            + " before " + anchor.words() + "); documented: " + joined(outsideWindow, rule, ", "))
        .because("The " + rule.name + " results on file are not from the " + rule.windowWords + " before "
                + anchor.words() + ".",
            "Attach a " + rule.name + " drawn from " + from + " to " + to + ", with the lab's reference range.");
  }

  /** "0.8 mg/dL (8 mg/L) on 2026-11-02". */
  private static String shown(LabResult lab, Rule rule) {
    return describe(lab.value(), rule.unit) + " on " + lab.date();
  }

  private static String versus(LabResult lab, Rule rule) {
    return "upper limit of normal " + describe(lab.referenceRange().flatMap(ReferenceRange::high).orElseThrow(), rule.unit);
  }

  private static String joined(List<LabResult> labs, Rule rule, String separator) {
    StringBuilder text = new StringBuilder();
    for (LabResult lab : labs) {
      text.append(text.length() == 0 ? "" : separator).append(shown(lab, rule));
    }
    return text.toString();
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
