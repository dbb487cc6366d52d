package io.covercrit.core.clauses;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Diagnosis;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A diagnosis clause ({@link Diagnoses#codedFinding}) that, when no diagnosis matches, looks for
 * codes related to the wanted disease and says what they mean: chronic sinusitis coded without
 * the nasal polyps (MISSING: document the polyps), unspecified urticaria (MISSING: say which), an
 * inducible urticaria (NOT_MET: another disease). The first related code found, in the order the
 * {@link Related} are given, decides; without one the clause is NOT_MET as usual.
 */
public final class RelatedCodes {
  private RelatedCodes() {}

  /** What a related code means. Immutable. */
  public static final class Related {
    private final Predicate<Icd10Code> codes;
    private final Status status;
    private final String detail;
    private final Function<Icd10Code, String> denialReason;
    private final String howToFix;

    private Related(Predicate<Icd10Code> codes, Status status, String detail, Function<Icd10Code, String> denialReason,
        String howToFix) {
      this.codes = Objects.requireNonNull(codes, "codes");
      this.status = Objects.requireNonNull(status, "status");
      this.detail = detail;
      this.denialReason = Objects.requireNonNull(denialReason, "denialReason");
      this.howToFix = howToFix;
    }
  }

  /**
   * A diagnosis coded in {@code codes} gives {@code status} (MISSING or NOT_MET), the finding
   * "{@code code} {@code detail}" and the remedy.
   *
   * @param denialReason the reason, from the code found
   */
  public static Related related(Predicate<Icd10Code> codes, Status status, String detail,
      Function<Icd10Code, String> denialReason, String howToFix) {
    if (status == Status.MET) {
      throw new IllegalArgumentException("a related code does not meet the diagnosis");
    }
    return new Related(codes, status, detail, denialReason, howToFix);
  }

  /**
   * "Diagnosis of {@code wanted}": a diagnosis whose code {@code matches} (a category above one of
   * {@code wantedCodes} is MISSING, see {@link Diagnoses#codedFinding}), else the first
   * {@code related} code found.
   */
  public static ClauseBuilder diagnosis(String id, String text, String wanted, Predicate<Icd10Code> matches,
      List<Icd10Code> wantedCodes, Related... related) {
    Icd10Code[] codes = wantedCodes.toArray(new Icd10Code[0]);
    List<Related> all = List.of(related);
    return Diagnoses.of(id, text, wanted, ctx -> {
      Finding coded = Diagnoses.codedFinding(ctx, matches, wanted, codes);
      if (coded.status() != Status.NOT_MET) {
        return coded;
      }
      for (Related r : all) {
        for (Diagnosis d : ctx.request().diagnoses()) {
          if (r.codes.test(d.code())) {
            return Finding.of(r.status, () -> d.code() + " " + r.detail).because(r.denialReason.apply(d.code()), r.howToFix);
          }
        }
      }
      return coded;
    });
  }
}
