package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drugs used together: "at least 3 consecutive months of an inhaled corticosteroid AND a LABA",
 * and "continues to receive a LABA and a LAMA". What each drug provides (a combination inhaler
 * provides each of its components) is the policy's catalogue, given as a {@link Parts}; the
 * library joins the days each part was in use ({@link DaySpan#merge}) and intersects the parts.
 * Contraindicated trials were never taken and count for nothing.
 */
public final class CombinedUse {
  private CombinedUse() {}

  /**
   * What a drug provides, as a set of parts of kind {@code K} (usually an enum of the policy's),
   * and each part in words. Immutable if the functions are.
   */
  public static final class Parts<K> {
    private final Function<Drug, Set<K>> provided;
    private final Function<K, String> words;

    private Parts(Function<Drug, Set<K>> provided, Function<K, String> words) {
      this.provided = Objects.requireNonNull(provided, "provided");
      this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * @param provided the parts a drug provides (an empty set for none); the set returned is not changed
     * @param words a part in words, e.g. "inhaled corticosteroid"
     */
    public static <K> Parts<K> of(Function<Drug, Set<K>> provided, Function<K, String> words) {
      return new Parts<>(provided, words);
    }

    /** Whether {@code drug} provides {@code part}. */
    public boolean provides(Drug drug, K part) {
      return provided.apply(drug).contains(part);
    }

    /**
     * As {@link #provides(Drug, K)}, with the parts of the request's drugs worked out once per
     * evaluation: every clause on these parts asks of every trial, and working out a drug's parts
     * reads its name against several lists.
     */
    boolean provides(EvaluationContext ctx, Drug drug, K part) {
      return partsOf(ctx, drug).contains(part);
    }

    private static <K> Map<Drug, Set<K>> derive(EvaluationContext ctx, Parts<K> parts) {
      Map<Drug, Set<K>> byDrug = new IdentityHashMap<>();
      for (TherapyTrial t : ctx.request().therapyTrials()) {
        byDrug.computeIfAbsent(t.drug(), parts.provided);
      }
      for (Drug d : ctx.request().concurrentMedications()) {
        byDrug.computeIfAbsent(d, parts.provided);
      }
      return Collections.unmodifiableMap(byDrug);
    }

    Set<K> partsOf(EvaluationContext ctx, Drug drug) {
      Map<Drug, Set<K>> known = ctx.remember(this, Parts::derive);
      Set<K> parts = known.get(drug);
      return parts != null ? parts : provided.apply(drug);
    }

    /** The parts in words, in the set's order, joined with " + ": "inhaled corticosteroid + LABA". */
    public String words(Set<K> parts) {
      List<String> all = new ArrayList<>();
      for (K part : parts) {
        all.add(words.apply(part));
      }
      return String.join(" + ", all);
    }
  }

  /**
   * "At least {@code months} consecutive months of" every one of {@code required} used together
   * (each from any number of trials, runs joined where they touch). A part with no trial, or a
   * trial without a start date, is MISSING unless the months are reached anyway.
   */
  public static <K> ClauseBuilder together(String id, String text, Parts<K> parts, Set<K> required, int months) {
    String names = parts.words(required);
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY,
        ctx -> togetherFinding(ctx, parts, required, months))
        .whenNotMet(names + " used together for " + months + " consecutive months is not documented.",
            "Document the " + names + " (products, start and stop dates) used together for at least " + months
                + " consecutive months.")
        .whenMissing("The history of " + names + " is not documented.",
            "Attach pharmacy claims or prescription records for each " + names + " with start and stop dates.");
  }

  /**
   * As {@link #together}, and a drug providing {@code contraindicated} must be documented as
   * contraindicated ("a LABA and a LAMA, and an inhaled corticosteroid is contraindicated"): without
   * one, NOT_MET "No contraindication to {@code contraindicatedWords} documented".
   */
  public static <K> ClauseBuilder togetherWithContraindicated(String id, String text, Parts<K> parts, Set<K> required,
      int months, K contraindicated, String contraindicatedWords) {
    String names = parts.words(required);
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (trial.outcome() == TrialOutcome.CONTRAINDICATED && parts.provides(ctx, trial.drug(), contraindicated)) {
          return togetherFinding(ctx, parts, required, months);
        }
      }
      return Finding.notMet("No contraindication to " + contraindicatedWords + " documented");
    })
        .whenNotMet(names + " used together for " + months + " consecutive months, with " + contraindicatedWords
                + " contraindicated, is not documented.",
            "Document the " + names + " (products, start and stop dates) used together for at least " + months
                + " consecutive months, and the contraindication to " + contraindicatedWords + ".")
        .whenMissing("The history of " + names + " is not documented.",
            "Attach pharmacy claims or prescription records for each " + names + " with start and stop dates.");
  }

  /** The finding of {@link #together}. */
  public static <K> Finding togetherFinding(EvaluationContext ctx, Parts<K> parts, Set<K> required, int months) {
    List<String> undated = new ArrayList<>();
    List<DaySpan> together = null;
    List<String> absent = new ArrayList<>();
    for (K part : required) {
      List<DaySpan> spans = new ArrayList<>();
      boolean any = false;
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (trial.outcome() == TrialOutcome.CONTRAINDICATED || !parts.provides(ctx, trial.drug(), part)) {
          continue;
        }
        any = true;
        if (trial.start().isEmpty()) {
          undated.add("start date of " + trial.drug().name() + " not documented");
        }
        DaySpan.of(trial, ctx.asOf()).ifPresent(spans::add);
      }
      if (!any) {
        absent.add("no " + parts.words.apply(part) + " documented");
      }
      List<DaySpan> merged = DaySpan.merge(spans);
      together = together == null ? merged : DaySpan.intersect(together, merged);
    }
    DaySpan longest = together == null ? null : DaySpan.longest(together);
    Supplier<String> names = () -> parts.words(required);
    if (longest != null && longest.spansMonths(months)) {
      return Finding.met(() -> names.get() + " together from " + longest.first() + " to " + longest.last() + " ("
          + longest.days() + " days; " + months + " months reached on " + longest.monthsReachedOn(months) + ")");
    }
    List<String> unknown = new ArrayList<>(absent);
    unknown.addAll(undated);
    if (!unknown.isEmpty()) {
      return Finding.missing(() -> String.join("; ", unknown));
    }
    return Finding.notMet(() -> longest == null ? names.get() + " never used together"
        : names.get() + " together from " + longest.first() + " to " + longest.last() + " (" + longest.days()
            + " days; " + months + " consecutive months would end on " + longest.monthsReachedOn(months) + ")");
  }

  /**
   * "Continues to receive {@code words}": drugs that together provide every one of
   * {@code required}, from the concurrent medication list or trials still in use on the as-of date.
   * An empty medication list with nothing in use is MISSING.
   *
   * @param drug the requested drug, as in "Continue {@code words} with {@code drug}"
   */
  public static <K> ClauseBuilder stillUsing(String id, String text, Parts<K> parts, Set<K> required, String words,
      String drug) {
    return new ClauseBuilder(id, text, StandardDocuments.CURRENT_MEDICATIONS,
        ctx -> stillUsingFinding(ctx, parts, required, words))
        .whenNotMet("Continued use of " + words + " is not documented.",
            "Continue " + words + " with " + drug + " and list it in the current medication list.")
        .whenMissing("The current medications are not documented.",
            "Attach the current medication list, including " + words + ".");
  }

  /** The finding of {@link #stillUsing}. */
  public static <K> Finding stillUsingFinding(EvaluationContext ctx, Parts<K> parts, Set<K> required, String words) {
    Set<K> current = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (Drug drug : ctx.request().concurrentMedications()) {
      if (addParts(ctx, parts, required, drug, current)) {
        names.add(drug.name());
      }
    }
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (trial.isOngoingOn(ctx.asOf()) && addParts(ctx, parts, required, trial.drug(), current)) {
        names.add(trial.drug().name());
      }
    }
    if (current.containsAll(required)) {
      return Finding.met(() -> "Continuing " + names);
    }
    boolean nothingListed = ctx.request().concurrentMedications().isEmpty() && names.isEmpty();
    Supplier<String> detail = () -> "Current use of " + words + " not documented"
        + (names.isEmpty() ? "" : " (only " + names + ")");
    return nothingListed ? Finding.missing(detail) : Finding.notMet(detail);
  }

  private static <K> boolean addParts(EvaluationContext ctx, Parts<K> parts, Set<K> required, Drug drug,
      Set<K> current) {
    boolean any = false;
    for (K part : parts.partsOf(ctx, drug)) {
      if (required.contains(part)) {
        current.add(part);
        any = true;
      }
    }
    return any;
  }
}
