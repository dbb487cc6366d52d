package io.covercrit.cigna.internal;

import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Diagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * ICD-10-CM matching shared by the Cigna policies. Every Cigna guide asks for a billable code, so
 * the policies must pick the best-coded matching diagnosis and word a header or unknown code the
 * same way; keeping that in one place keeps their findings identical.
 */
public final class DiagnosisCoding {
  /** The remedy for a code that is not in the code set, unless a policy knows a better one. */
  public static final String CORRECT_INVALID_CODE = "Correct the diagnosis code to a valid, billable ICD-10-CM code.";

  private DiagnosisCoding() {}

  /** Whether a code may stand as the diagnosis: billable, or not judged (no code set loaded). */
  public static boolean usable(Icd10CodeSet.CodeStatus status) {
    return status == Icd10CodeSet.CodeStatus.BILLABLE || status == Icd10CodeSet.CodeStatus.UNKNOWN;
  }

  /**
   * The best-coded diagnosis that matches: the last usable one, else the first match; {@code null}
   * when none matches.
   */
  public static Diagnosis firstMatching(EvaluationContext ctx, Predicate<Diagnosis> matches) {
    Diagnosis found = null;
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    for (int i = 0; i < diagnoses.size(); i++) {
      Diagnosis d = diagnoses.get(i);
      if (matches.test(d) && (found == null || usable(ctx.codes().status(d.code())))) {
        found = d;
      }
    }
    return found;
  }

  /** The code with its code-set title, or a note that the code set does not list it. */
  public static String codeDescription(EvaluationContext ctx, Diagnosis dx) {
    return ctx.codes().find(dx.code())
        .map(entry -> dx.code() + " " + entry.description())
        .orElse(dx.code() + " (recognised by its ICD-10-CM category; not listed in " + ctx.codes().name() + ")");
  }

  /** The diagnoses' codes, as {@code [L20.9, L80]}. */
  public static String codes(List<Diagnosis> diagnoses) {
    List<String> codes = new ArrayList<>(diagnoses.size());
    for (Diagnosis d : diagnoses) {
      codes.add(d.code().value());
    }
    return codes.toString();
  }

  /**
   * Recognises the pathway's diagnosis among the request's diagnoses and checks its code against
   * the code set; empty when a usable code was found and the pathway may check the rest.
   *
   * @param wanted the disease, as it reads in "No {@code wanted} among the diagnoses ..."
   * @param invalidCodeRemedy the remedy for a matching code that is not in the code set
   */
  public static Optional<Finding> codingProblem(EvaluationContext ctx, Predicate<Diagnosis> matches, String wanted,
      Function<Diagnosis, String> invalidCodeRemedy) {
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    if (diagnoses.isEmpty()) {
      return Optional.of(Finding.missing("No diagnosis documented"));
    }
    Diagnosis dx = firstMatching(ctx, matches);
    if (dx == null) {
      return Optional.of(Finding.notMet(() -> "No " + wanted + " among the diagnoses " + codes(diagnoses)));
    }
    switch (ctx.codes().status(dx.code())) {
      case NOT_BILLABLE:
        return Optional.of(Finding.missing(() -> dx.code() + " is a category, not a billable code")
            .because("The diagnosis code " + dx.code() + " is not billable.",
                "Submit the most specific billable ICD-10-CM code under " + dx.code() + "."));
      case DOES_NOT_EXIST:
        return Optional.of(Finding.missing(() -> dx.code() + " is not in " + ctx.codes().name())
            .because("The diagnosis code " + dx.code() + " is not a valid ICD-10-CM code.",
                invalidCodeRemedy.apply(dx)));
      default:
        return Optional.empty();
    }
  }
}
