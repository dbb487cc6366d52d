package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Biomarker test results (a tumour's ALK, EGFR or PD-L1 status). A biomarker is recognised by its
 * name as a whole word, so "ALK" matches "ALK rearrangement" and "EML4-ALK" but not "ALKBH"; which
 * test methods a policy accepts is the policy's to check.
 */
public final class Biomarkers {
  private Biomarkers() {}

  /**
   * "{@code name}-positive disease": MET with a positive result; else NOT_MET with a negative one;
   * MISSING with only indeterminate results (retest) or none. One positive result suffices.
   *
   * @param name the biomarker as a word, e.g. "ALK"; also its words in the findings and remedies
   */
  public static ClauseBuilder positive(String id, String text, String name) {
    return new ClauseBuilder(id, text, StandardDocuments.LAB_RESULTS, ctx -> {
      List<BiomarkerResult> results = results(ctx, name);
      if (results.isEmpty()) {
        return Finding.missing("No " + name + " result documented");
      }
      List<BiomarkerResult> positive = results(ctx, name, BiomarkerStatus.POSITIVE);
      if (!positive.isEmpty()) {
        return Finding.met(() -> describe(positive.get(0)));
      }
      List<BiomarkerResult> negative = results(ctx, name, BiomarkerStatus.NEGATIVE);
      if (!negative.isEmpty()) {
        return Finding.notMet(() -> describe(negative.get(0)));
      }
      return Finding.missing(() -> describe(results.get(0)))
          .because("The " + name + " test result is indeterminate.",
              "Retest " + name + " (another method or a new specimen) and attach the report.");
    })
        .whenNotMet("The documented " + name + " test is negative.",
            "If another test detected the " + name + " alteration, attach that report.")
        .whenMissing("No " + name + " test result is documented.", "Attach the " + name + " test report.");
  }

  /** The results of the biomarker {@code name} (a whole word of the result's biomarker, any case), in request order. */
  public static List<BiomarkerResult> results(EvaluationContext ctx, String name) {
    String wanted = name.toUpperCase(Locale.ROOT);
    List<BiomarkerResult> found = new ArrayList<>();
    for (BiomarkerResult result : ctx.request().biomarkers()) {
      if (hasWord(result.biomarker().toUpperCase(Locale.ROOT), wanted)) {
        found.add(result);
      }
    }
    return found;
  }

  /**
   * Whether {@code wanted} is one of the runs of A-Z and 0-9 of {@code upper} (the words a split on
   * {@code [^A-Z0-9]+} gives), scanned in place: a clause asks this of every result, several times.
   */
  static boolean hasWord(String upper, String wanted) {
    if (wanted.isEmpty()) {
      // The split's empty first word: the name is empty, or starts with a separator and has a word after it.
      return upper.isEmpty() || (!isWordChar(upper.charAt(0)) && upper.chars().anyMatch(c -> isWordChar((char) c)));
    }
    int start = -1;
    for (int i = 0; i <= upper.length(); i++) {
      boolean word = i < upper.length() && isWordChar(upper.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start == wanted.length() && upper.regionMatches(start, wanted, 0, wanted.length())) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The results of the biomarker {@code name} with the {@code status}, in request order. */
  public static List<BiomarkerResult> results(EvaluationContext ctx, String name, BiomarkerStatus status) {
    List<BiomarkerResult> found = new ArrayList<>();
    for (BiomarkerResult result : results(ctx, name)) {
      if (result.status() == status) {
        found.add(result);
      }
    }
    return found;
  }

  /** A result in words: "ALK POSITIVE by IHC (2026-01-05)", without the parts not documented. */
  public static String describe(BiomarkerResult result) {
    return result.biomarker() + " " + result.status() + result.method().map(m -> " by " + m).orElse("")
        + result.date().map(d -> " (" + d + ")").orElse("");
  }
}
