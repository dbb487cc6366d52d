package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * "Not used together with ..." (a condition not covered). Both the medication list and the therapy
 * history count, and a past trial without a stop date is MISSING rather than assumed stopped.
 * Match the excluded drugs by class and by name with {@link DrugNames#classOrNamed}.
 */
public final class ConcurrentUse {
  private static final Finding NONE_DOCUMENTED = Finding.met("None documented");

  private ConcurrentUse() {}

  /**
   * "No concurrent use with {@code what}": NOT_MET (the exclusion applies) while an excluded drug
   * is in use on the as-of date. Policies usually word the remedies themselves.
   */
  public static ClauseBuilder notUsedWith(String id, String text, String what, Predicate<Drug> excluded) {
    return new ClauseBuilder(id, text, StandardDocuments.CURRENT_MEDICATIONS, ctx -> finding(ctx, excluded))
        .whenNotMet("Use in combination with " + what + " is not covered.",
            "If the " + what + " has been stopped, document its stop date and resubmit.")
        .whenMissing("It is not documented whether " + what + " from a prior trial has been stopped.",
            "Document the stop date of every " + what + " in the medication history.");
  }

  /**
   * NOT_MET when an {@code excluded} drug is a concurrent medication or a trial still in use on the
   * as-of date; MISSING when such a trial has no stop date; MET otherwise. Contraindicated trials
   * were never taken and do not count.
   */
  public static Finding finding(EvaluationContext ctx, Predicate<Drug> excluded) {
    List<Drug> medications = ctx.request().concurrentMedications();
    for (int i = 0; i < medications.size(); i++) {
      Drug drug = medications.get(i);
      if (excluded.test(drug)) {
        return Finding.notMet(() -> "Concurrent medication " + drug.name());
      }
    }
    List<String> unclear = null;
    List<TherapyTrial> trials = ctx.request().therapyTrials();
    for (int i = 0; i < trials.size(); i++) {
      TherapyTrial trial = trials.get(i);
      if (!excluded.test(trial.drug()) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        continue;
      }
      boolean endsAfterAsOf = trial.end().isPresent() && trial.end().get().isAfter(ctx.asOf());
      if (trial.outcome() == TrialOutcome.ONGOING || endsAfterAsOf) {
        return Finding.notMet(() -> trial.drug().name() + " still in use on " + ctx.asOf());
      }
      if (trial.end().isEmpty()) {
        if (unclear == null) {
          unclear = new ArrayList<>(2);
        }
        unclear.add(trial.drug().name() + " has no stop date");
      }
    }
    if (unclear != null) {
      List<String> stopDatesMissing = unclear;
      return Finding.missing(() -> String.join("; ", stopDatesMissing));
    }
    return NONE_DOCUMENTED;
  }
}
