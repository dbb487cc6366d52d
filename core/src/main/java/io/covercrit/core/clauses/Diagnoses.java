package io.covercrit.core.clauses;

import io.covercrit.core.codes.Icd10Code;
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
 * ICD-10-CM diagnosis clauses. Payers ask for a billable code, so the best-coded matching
 * diagnosis is chosen; a category header or an unknown code is MISSING with a remedy naming the
 * code to submit, never NOT_MET (the billable code may well be the wanted disease).
 */
public final class Diagnoses {
  /** The remedy for a code that is not in the code set, unless a policy knows a better one. */
  public static final String CORRECT_INVALID_CODE = "Correct the diagnosis code to a valid, billable ICD-10-CM code.";

  private Diagnoses() {}

  /**
   * "Diagnosis of {@code wanted}" within the ICD-10-CM {@code families} (a category such as
   * {@code L20} includes every code under it).
   *
   * @param wanted the disease with its codes, as it reads in "The request is not for {@code wanted}."
   */
  public static ClauseBuilder within(String id, String text, String wanted, Icd10Code... families) {
    Icd10Code[] codes = families.clone();
    Predicate<Icd10Code> matches = code -> isWithinAny(code, codes);
    return of(id, text, wanted, ctx -> codedFinding(ctx, matches, wanted, codes));
  }

  /** A diagnosis clause with the library's wording around a policy's own diagnosis check. */
  public static ClauseBuilder of(String id, String text, String wanted, io.covercrit.core.eval.Check check) {
    return new ClauseBuilder(id, text, StandardDocuments.DIAGNOSIS_NOTES, check)
        .whenNotMet("The request is not for " + wanted + ".",
            "Submit under the indication that matches the diagnosis, or document the diagnosis with its ICD-10-CM code.")
        .whenMissing("The diagnosis is not documented.",
            "Attach clinical notes with the diagnosis and its billable ICD-10-CM code.");
  }

  /**
   * Finds a diagnosis whose code {@code matches} and checks its code against the code set: MET
   * with the code's title, NOT_MET if none matches, MISSING for no diagnosis or a header or
   * unknown code. A header above one of the {@code wantedCodes} (L50 for L50.1) is MISSING too: it
   * may stand for the wanted disease, and only the billable code can tell.
   */
  public static Finding codedFinding(EvaluationContext ctx, Predicate<Icd10Code> matches, String wanted,
      Icd10Code... wantedCodes) {
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    if (diagnoses.isEmpty()) {
      return Finding.missing("No diagnosis documented");
    }
    Diagnosis dx = firstMatching(ctx, d -> matches.test(d.code()));
    if (dx == null) {
      for (Diagnosis d : diagnoses) {
        for (Icd10Code code : wantedCodes) {
          if (code.isWithin(d.code()) && !code.equals(d.code())) {
            return Finding.missing(() -> d.code() + " is a category that includes " + wanted)
                .because("The diagnosis code " + d.code() + " is a category, not billable, and does not say which"
                        + " disease under it the patient has.",
                    "Submit the billable code for " + wanted + " instead of the category " + d.code() + ".");
          }
        }
      }
      return Finding.notMet(() -> "No " + wanted + " among the diagnoses " + codes(diagnoses));
    }
    return codeStatusProblem(ctx, dx, d -> CORRECT_INVALID_CODE).orElseGet(() -> Finding.met(() -> codeDescription(ctx, dx)));
  }

  /**
   * A condition not covered: NOT_MET when a diagnosis is within one of the {@code excluded}
   * families, MISSING when no diagnosis is documented (what the drug is for cannot be told).
   *
   * @param disease as it reads in "Requested for L63.0 (alopecia)"
   */
  public static ClauseBuilder notFor(String id, String text, String disease, Icd10Code... excluded) {
    Icd10Code[] codes = excluded.clone();
    return notFor(id, text, disease, code -> isWithinAny(code, codes));
  }

  /**
   * As {@link #notFor(String, String, String, Icd10Code...)}, for a condition that is not a set of
   * whole families: NOT_MET when a diagnosis code {@code excluded} matches (e.g. M06.- but for
   * M06.1), MISSING when no diagnosis is documented.
   */
  public static ClauseBuilder notFor(String id, String text, String disease, Predicate<Icd10Code> excluded) {
    Finding none = Finding.met("No " + disease + " diagnosis among the indications");
    return new ClauseBuilder(id, text, StandardDocuments.DIAGNOSIS_NOTES, ctx -> {
      List<Diagnosis> diagnoses = ctx.request().diagnoses();
      if (diagnoses.isEmpty()) {
        return Finding.missing("No diagnosis documented");
      }
      for (Diagnosis d : diagnoses) {
        if (excluded.test(d.code())) {
          return Finding.notMet(() -> "Requested for " + d.code() + " (" + disease + ")");
        }
      }
      return none;
    })
        .whenNotMet("Use for " + disease + " is not covered.", "Correct the diagnoses to those being treated.")
        .whenMissing("The diagnosis is not documented.", "Attach the diagnosis with its ICD-10-CM code.");
  }

  /**
   * "Any other use is not covered": MET when a diagnosis is within one of the {@code covered}
   * families, NOT_MET when none is, MISSING when no diagnosis is documented.
   *
   * @param uses the covered uses, as they read in "None of [L63.0] is atopic dermatitis or vitiligo"
   */
  public static ClauseBuilder onlyFor(String id, String text, String uses, Icd10Code... covered) {
    Icd10Code[] codes = covered.clone();
    return onlyFor(id, text, uses, d -> isWithinAny(d.code(), codes), ctx -> Optional.empty());
  }

  /**
   * As {@link #onlyFor(String, String, String, Icd10Code...)}, for covered uses a diagnosis must be
   * tested for (a code and its documented subtype); when none is {@code covered}, {@code undecided}
   * may give a MISSING finding instead of NOT_MET, for a code that may stand for a covered use
   * without naming it.
   */
  public static ClauseBuilder onlyFor(String id, String text, String uses, Predicate<Diagnosis> covered,
      Function<EvaluationContext, Optional<Finding>> undecided) {
    return new ClauseBuilder(id, text, StandardDocuments.DIAGNOSIS_NOTES, ctx -> {
      List<Diagnosis> diagnoses = ctx.request().diagnoses();
      if (diagnoses.isEmpty()) {
        return Finding.missing("No diagnosis documented");
      }
      for (Diagnosis d : diagnoses) {
        if (covered.test(d)) {
          return Finding.met(() -> "Requested for " + d.code());
        }
      }
      return undecided.apply(ctx).orElseGet(() -> Finding.notMet(() -> "None of " + codes(diagnoses) + " is " + uses));
    })
        .whenNotMet("The requested use is not " + uses + ".", "Coverage is limited to " + uses + ".")
        .whenMissing("The diagnosis is not documented.", "Attach the diagnosis with its billable ICD-10-CM code.");
  }

  private static boolean isWithinAny(Icd10Code code, Icd10Code[] families) {
    for (Icd10Code family : families) {
      if (code.isWithin(family)) {
        return true;
      }
    }
    return false;
  }

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
   */
  public static Optional<Finding> codingProblem(EvaluationContext ctx, Predicate<Diagnosis> matches, String wanted) {
    return codingProblem(ctx, matches, wanted, dx -> CORRECT_INVALID_CODE);
  }

  /**
   * As {@link #codingProblem(EvaluationContext, Predicate, String)}, with the remedy for a matching
   * code that is not in the code set.
   *
   * @param invalidCodeRemedy the remedy for a matching code that is not in the code set
   */
  public static Optional<Finding> codingProblem(EvaluationContext ctx, Predicate<Diagnosis> matches, String wanted,
      Function<Diagnosis, String> invalidCodeRemedy) {
    return codingProblem(ctx, matches, wanted, "", invalidCodeRemedy);
  }

  /**
   * As {@link #codingProblem(EvaluationContext, Predicate, String, Function)}; {@code specificity}
   * says what the billable code adds, as in {@link #codeStatusProblem(EvaluationContext, Diagnosis,
   * String, Function)}.
   */
  public static Optional<Finding> codingProblem(EvaluationContext ctx, Predicate<Diagnosis> matches, String wanted,
      String specificity, Function<Diagnosis, String> invalidCodeRemedy) {
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    if (diagnoses.isEmpty()) {
      return Optional.of(Finding.missing("No diagnosis documented"));
    }
    Diagnosis dx = firstMatching(ctx, matches);
    if (dx == null) {
      return Optional.of(Finding.notMet(() -> "No " + wanted + " among the diagnoses " + codes(diagnoses)));
    }
    return codeStatusProblem(ctx, dx, specificity, invalidCodeRemedy);
  }

  /** MISSING for a header (not billable) or unknown code, with the remedy; empty for a usable one. */
  public static Optional<Finding> codeStatusProblem(EvaluationContext ctx, Diagnosis dx,
      Function<Diagnosis, String> invalidCodeRemedy) {
    return codeStatusProblem(ctx, dx, "", invalidCodeRemedy);
  }

  /**
   * As {@link #codeStatusProblem(EvaluationContext, Diagnosis, Function)}; {@code specificity} says
   * what the billable code adds, e.g. " (site and laterality)".
   */
  public static Optional<Finding> codeStatusProblem(EvaluationContext ctx, Diagnosis dx, String specificity,
      Function<Diagnosis, String> invalidCodeRemedy) {
    switch (ctx.codes().status(dx.code())) {
      case NOT_BILLABLE:
        return Optional.of(Finding.missing(() -> dx.code() + " is a category, not a billable code")
            .because("The diagnosis code " + dx.code() + " is not billable.",
                "Submit the most specific billable ICD-10-CM code under " + dx.code() + specificity + "."));
      case DOES_NOT_EXIST:
        return Optional.of(Finding.missing(() -> dx.code() + " is not in " + ctx.codes().name())
            .because("The diagnosis code " + dx.code() + " is not a valid ICD-10-CM code.",
                invalidCodeRemedy.apply(dx)));
      default:
        return Optional.empty();
    }
  }
}
