package io.covercrit.cigna.internal;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The "not used together with ..." check shared by the Cigna policies. Both the medication list and
 * the therapy history count, and a past trial without a stop date is MISSING rather than assumed
 * stopped; one copy keeps that rule and its wording the same in every policy.
 */
public final class ConcurrentUse {
  private static final Finding NONE_DOCUMENTED = Finding.met("None documented");

  private ConcurrentUse() {}

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
