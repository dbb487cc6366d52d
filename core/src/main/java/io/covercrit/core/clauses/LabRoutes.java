package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A lab value at or above a threshold by one of two routes: the highest result within a recent
 * window ("within the previous 6 weeks"), or the highest result dated before a drug of a kind was
 * first started ("before starting an eosinophil-lowering antibody", as the drug itself lowers the
 * value), or either of the two. Results after the as-of date are not yet known; a contraindicated
 * trial was never started.
 */
public final class LabRoutes {
  private LabRoutes() {}

  /** Which results may show the value. */
  public enum Route {
    /** Within the recent window. */
    RECENT,
    /** Before the first drug of the kind was started. */
    BEFORE_DRUG,
    /** Either of the two: MET if one is, else the better of their statuses with both details. */
    EITHER
  }

  /** The lab and the two routes in words. Immutable. */
  public static final class Lab {
    private final Analyte analyte;
    private final Unit unit;
    private final String suffix;
    private final String name;
    private final String shortName;
    private final String unitsWords;
    private final int windowDays;
    private final String windowWords;
    private final Predicate<Drug> drugs;
    private final String drugWords;
    /** The remedy of a result outside the window, worded once: a clause may give it on every evaluation. */
    private final String staleReason;
    private final String staleFix;

    private Lab(Analyte analyte, Unit unit, String suffix, String name, String shortName, String unitsWords,
        int windowDays, String windowWords, Predicate<Drug> drugs, String drugWords) {
      this.analyte = Objects.requireNonNull(analyte, "analyte");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.suffix = suffix;
      this.name = name;
      this.shortName = shortName;
      this.unitsWords = unitsWords;
      this.windowDays = windowDays;
      this.windowWords = windowWords;
      this.drugs = drugs;
      this.drugWords = drugWords;
      this.staleReason = "No " + name + " from the previous " + windowWords + " is documented.";
      this.staleFix = "Draw a " + name + " and attach the dated report " + unitsWords + ".";
    }

    /**
     * The lab, compared in {@code unit}, within {@code windowDays} before the as-of date (the
     * as-of date minus {@code windowDays} included) or before the first drug that {@code drugs}
     * matches.
     *
     * @param suffix the unit after a number, e.g. " cells/µL"
     * @param name the result in words, e.g. "blood eosinophil count"; {@code shortName} as in "with the
     *     {@code shortName} from before it", e.g. "eosinophil count"
     * @param unitsWords the units a report may give, e.g. "(cells/µL or ×10⁹/L)"
     * @param windowWords the window in words, e.g. "6 weeks"
     * @param drugWords the drug kind in words, e.g. "eosinophil-lowering antibody"
     */
    public static Lab of(Analyte analyte, Unit unit, String suffix, String name, String shortName, String unitsWords,
        int windowDays, String windowWords, Predicate<Drug> drugs, String drugWords) {
      if (unit.dimension() != analyte.dimension()) {
        throw new IllegalArgumentException(unit.ucum() + " is not a unit for " + analyte);
      }
      return new Lab(analyte, unit, suffix, name, shortName, unitsWords, windowDays, windowWords,
          Objects.requireNonNull(drugs, "drugs"), drugWords);
    }
  }

  /**
   * "{@code lab} of {@code threshold} or more" by {@code route}. The default remedies are generic;
   * a policy usually words them itself.
   */
  public static ClauseBuilder atLeast(String id, String text, Lab lab, BigDecimal threshold, Route route) {
    Objects.requireNonNull(route, "route");
    String value = threshold.toPlainString() + lab.suffix;
    return new ClauseBuilder(id, text, StandardDocuments.LAB_RESULTS, ctx -> finding(ctx, lab, threshold, route))
        .whenNotMet("The documented " + lab.name + " is below " + value + ".",
            "Attach a " + lab.name + " of " + value + " or more from the previous " + lab.windowWords
                + ", or from before a " + lab.drugWords + " was started.")
        .whenMissing("No qualifying " + lab.name + " is documented.",
            "Attach a dated " + lab.name + " " + lab.unitsWords + " from the previous " + lab.windowWords
                + ", or from before a " + lab.drugWords + " was started.");
  }

  /** The finding of {@link #atLeast}. */
  public static Finding finding(EvaluationContext ctx, Lab lab, BigDecimal threshold, Route route) {
    switch (route) {
      case RECENT:
        return recent(ctx, lab, threshold);
      case BEFORE_DRUG:
        return beforeDrug(ctx, lab, threshold);
      default:
        Finding recent = recent(ctx, lab, threshold);
        if (recent.status() == Status.MET) {
          return recent;
        }
        Finding before = beforeDrug(ctx, lab, threshold);
        return either(recent, before);
    }
  }

  /**
   * Either of two findings: the first MET one; otherwise the better of the two statuses, both
   * details joined with "; ", and the remedy of the finding whose status that is.
   */
  public static Finding either(Finding first, Finding second) {
    if (first.status() == Status.MET) {
      return first;
    }
    if (second.status() == Status.MET) {
      return second;
    }
    Finding either = Finding.of(first.status().or(second.status()), () -> first.detail() + "; " + second.detail());
    Finding decisive = first.status() == either.status() ? first : second;
    return decisive.remedy().map(r -> either.because(r.denialReason(), r.howToFix())).orElse(either);
  }

  /** The highest result within the window. */
  public static Finding recent(EvaluationContext ctx, Lab lab, BigDecimal threshold) {
    LocalDate windowStart = ctx.asOf().minusDays(lab.windowDays);
    List<LabResult> all = results(ctx, lab);
    List<LabResult> recent = new ArrayList<>();
    for (LabResult result : all) {
      if (!result.date().isBefore(windowStart)) {
        recent.add(result);
      }
    }
    if (recent.isEmpty()) {
      Supplier<String> detail = () -> all.isEmpty() ? "No " + lab.name + " documented"
          : "No count since " + windowStart + " (latest " + describe(lab, latestOf(all)) + ")";
      return Finding.missing(detail).because(lab.staleReason, lab.staleFix);
    }
    LabResult best = highest(lab, recent);
    Supplier<String> detail = () -> describe(lab, best) + ", within the " + lab.windowWords + " since " + windowStart
        + " (" + threshold.toPlainString() + " or more required)";
    return value(lab, best).compareTo(threshold) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** The highest result dated before the first drug of the kind was started. */
  public static Finding beforeDrug(EvaluationContext ctx, Lab lab, BigDecimal threshold) {
    TherapyTrial first = null;
    List<String> undated = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (!lab.drugs.test(trial.drug()) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        continue;
      }
      if (trial.start().isEmpty()) {
        undated.add(trial.drug().name());
      } else if (!trial.start().get().isAfter(ctx.asOf())
          && (first == null || trial.start().get().isBefore(first.start().get()))) {
        first = trial;
      }
    }
    if (first == null) {
      if (!undated.isEmpty()) {
        return Finding.missing(() -> "Start date of " + String.join(", ", undated) + " not documented")
            .because("The start date of the " + lab.drugWords + " is not documented.",
                "Document when " + String.join(", ", undated) + " was started, with the " + lab.shortName
                    + " from before it.");
      }
      return Finding.notMet("No " + lab.drugWords + " started");
    }
    String drug = first.drug().name();
    LocalDate started = first.start().get();
    List<LabResult> before = new ArrayList<>();
    for (LabResult result : results(ctx, lab)) {
      if (result.date().isBefore(started)) {
        before.add(result);
      }
    }
    if (before.isEmpty()) {
      return Finding.missing(() -> "No count from before " + drug + " was started on " + started)
          .because("No " + lab.name + " from before " + drug + " was started is documented.",
              "Attach the " + lab.name + " taken before " + started + ".");
    }
    LabResult best = highest(lab, before);
    Supplier<String> detail = () -> describe(lab, best) + ", before " + drug + " started on " + started
        + " (" + threshold.toPlainString() + " or more required)";
    return value(lab, best).compareTo(threshold) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
  }

  private static List<LabResult> results(EvaluationContext ctx, Lab lab) {
    List<LabResult> found = new ArrayList<>();
    for (LabResult result : ctx.request().labResults()) {
      if (result.analyte() == lab.analyte && !result.date().isAfter(ctx.asOf())) {
        found.add(result);
      }
    }
    return found;
  }

  private static BigDecimal value(Lab lab, LabResult result) {
    return result.value().to(lab.unit);
  }

  private static String describe(Lab lab, LabResult result) {
    String converted = Labs.plain(value(lab, result)) + lab.suffix;
    return (result.value().unit() == lab.unit ? converted : result.value() + " = " + converted) + " on " + result.date();
  }

  private static LabResult highest(Lab lab, List<LabResult> results) {
    return results.stream().max(Comparator.comparing(r -> value(lab, r))).orElseThrow();
  }

  private static LabResult latestOf(List<LabResult> results) {
    return results.stream().max(Comparator.comparing(LabResult::date)).orElseThrow();
  }
}
