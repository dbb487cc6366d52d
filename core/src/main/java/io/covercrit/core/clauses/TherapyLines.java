package io.covercrit.core.clauses;

import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Line-of-therapy clauses ("first line or after crizotinib"). The therapy history is taken as
 * complete: no trial documented means no earlier line, never MISSING. A contraindication is no
 * use. The requested drug is the line being requested, continued or renewed, not an earlier one;
 * only progression on it (FAILED) counts, and only on an initial request (on a reauthorization the
 * response clause judges it).
 */
public final class TherapyLines {
  private TherapyLines() {}

  /**
   * "First line, or after {@code allowedName}": MET with no earlier drug of the class, or only
   * {@code allowed} ones; NOT_MET after any {@code others} (whether stopped for progression or
   * intolerance), or after progression on the {@code requested} drug before an initial request.
   *
   * @param drugClass the class in words, e.g. "ALK inhibitor"
   * @param allowedName the allowed earlier drug in words, e.g. "crizotinib"
   */
  public static ClauseBuilder firstLineOrAfter(String id, String text, String drugClass, Predicate<Drug> requested,
      Predicate<Drug> allowed, String allowedName, Predicate<Drug> others) {
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      boolean initial = ctx.request().requestType() != RequestType.REAUTHORIZATION;
      List<TherapyTrial> after = new ArrayList<>();
      List<TherapyTrial> barred = new ArrayList<>();
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (trial.outcome() == TrialOutcome.CONTRAINDICATED) {
          continue;
        }
        if (requested.test(trial.drug())) {
          if (initial && trial.outcome() == TrialOutcome.FAILED) {
            barred.add(trial);
          }
        } else if (others.test(trial.drug())) {
          barred.add(trial);
        } else if (allowed.test(trial.drug())) {
          after.add(trial);
        }
      }
      if (!barred.isEmpty()) {
        return Finding.notMet(() -> "Prior " + drugClass + " other than " + allowedName + ": " + describe(barred));
      }
      if (!after.isEmpty()) {
        return Finding.met(() -> "After " + allowedName + ": " + describe(after));
      }
      return Finding.met("First line: no prior " + drugClass + " documented");
    })
        .whenNotMet("A prior " + drugClass + " other than " + allowedName + " was used.",
            "If the earlier drug was stopped for intolerance rather than progression, or the history is wrong, document"
                + " it; otherwise request a medical necessity review.")
        .whenMissing("The treatment history is not documented.",
            "Attach the treatment history with every prior " + drugClass + ", its dates and outcome.");
  }

  /** The trials in words, "; "-separated: "crizotinib (progressed on it, from 2024-02-01)". */
  public static String describe(List<TherapyTrial> trials) {
    List<String> described = new ArrayList<>(trials.size());
    for (TherapyTrial trial : trials) {
      described.add(describe(trial));
    }
    return String.join("; ", described);
  }

  /** One trial in words: the drug, its outcome (progressed on it, stopped for intolerance, effective, ongoing), its start. */
  public static String describe(TherapyTrial trial) {
    String outcome;
    switch (trial.outcome()) {
      case FAILED:
        outcome = "progressed on it";
        break;
      case INTOLERANT:
        outcome = "stopped for intolerance";
        break;
      case EFFECTIVE:
        outcome = "effective";
        break;
      default:
        outcome = "ongoing";
    }
    return trial.drug().name() + " (" + outcome + trial.start().map(d -> ", from " + d).orElse("") + ")";
  }
}
