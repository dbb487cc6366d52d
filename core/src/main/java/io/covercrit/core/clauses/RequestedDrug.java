package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** "Has already received at least N months of therapy with the requested drug" (reauthorization). */
public final class RequestedDrug {
  private RequestedDrug() {}

  /**
   * Counted on the longest run of the drug's documented use (trials joined where they touch),
   * through the as-of date; an undated trial of the drug is MISSING.
   *
   * @param drug the drug's name in the clause text, e.g. "Dupixent"
   */
  public static ClauseBuilder monthsOn(String id, String drug, Predicate<Drug> isRequested, int months) {
    return new ClauseBuilder(id, "Patient has already received at least " + months + " months of therapy with " + drug,
        StandardDocuments.REQUESTED_DRUG_HISTORY, ctx -> monthsFinding(ctx, drug, isRequested, months))
        .whenNotMet("Less than " + months + " months of " + drug + " therapy is documented.",
            "A patient with less than " + months + " months of " + drug + " is reviewed under the initial criteria:"
                + " submit an initial request.")
        .whenMissing("When " + drug + " was started is not documented.",
            "Attach the " + drug + " dispensing or administration records with the start date.");
  }

  public static Finding monthsFinding(EvaluationContext ctx, String drug, Predicate<Drug> isRequested, int months) {
    List<DaySpan> spans = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (!isRequested.test(trial.drug()) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        continue;
      }
      if (trial.start().isEmpty()) {
        undated.add(trial.drug().name());
      }
      DaySpan.of(trial, ctx.asOf()).ifPresent(spans::add);
    }
    DaySpan longest = DaySpan.longest(DaySpan.merge(spans));
    if (longest != null && longest.spansMonths(months)) {
      return Finding.met(() -> drug + " from " + longest.first() + " to " + longest.last() + " (" + months
          + " months reached on " + longest.monthsReachedOn(months) + ")");
    }
    if (undated.isEmpty() && longest == null) {
      Optional<LocalDate> reviewedFrom = Trials.reviewedFrom(ctx);
      if (reviewedFrom.isPresent()) {
        return Finding.notMet(() -> "No " + drug + " therapy in the therapy history reviewed from " + reviewedFrom.get());
      }
    }
    if (!undated.isEmpty() || longest == null) {
      return Finding.missing(() -> undated.isEmpty() ? "No " + drug + " therapy documented"
          : "Start date of " + String.join(", ", undated) + " not documented");
    }
    return Finding.notMet(() -> drug + " from " + longest.first() + " to " + longest.last() + " (" + months
        + " months would be reached on " + longest.monthsReachedOn(months) + ")");
  }
}
