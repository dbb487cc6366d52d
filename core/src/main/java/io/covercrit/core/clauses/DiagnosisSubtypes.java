package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Diagnoses whose ICD-10-CM code covers several diseases, told apart only by a documented
 * {@link DiagnosisSubtype} (M04.1 is FMF, TRAPS and HIDS/MKD alike; L80 is segmental and
 * nonsegmental vitiligo). Check the code first (e.g. {@link Diagnoses#codingProblem}); then, among
 * the diagnoses with a usable code that match, one documented as the wanted subtype is MET, one
 * without a subtype is MISSING (only the notes can tell), and only other subtypes is NOT_MET.
 */
public final class DiagnosisSubtypes {
  private DiagnosisSubtypes() {}

  /**
   * The subtype step.
   *
   * @param documentedAs the wanted subtype in words for the matching diagnosis, as in "M04.1 ...,
   *     documented as {@code documentedAs}"
   * @param undocumented the MISSING finding for the first matching diagnosis without a subtype
   */
  public static Finding finding(EvaluationContext ctx, Predicate<Diagnosis> matches, DiagnosisSubtype wanted,
      Function<Diagnosis, String> documentedAs, Function<Diagnosis, Finding> undocumented) {
    List<String> others = new ArrayList<>();
    Diagnosis withoutSubtype = null;
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (!matches.test(d) || !Diagnoses.usable(ctx.codes().status(d.code()))) {
        continue;
      }
      if (d.subtype().isPresent() && d.subtype().get() == wanted) {
        return Finding.met(() -> Diagnoses.codeDescription(ctx, d) + ", documented as " + documentedAs.apply(d));
      }
      if (d.subtype().isPresent()) {
        others.add(d.code() + " documented as " + words(d.subtype().get()));
      } else if (withoutSubtype == null) {
        withoutSubtype = d;
      }
    }
    if (withoutSubtype != null) {
      return undocumented.apply(withoutSubtype);
    }
    return Finding.notMet(() -> String.join("; ", others));
  }

  /** The subtype in words: {@code FAMILIAL_MEDITERRANEAN_FEVER} is "familial mediterranean fever". */
  public static String words(DiagnosisSubtype subtype) {
    return subtype.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
