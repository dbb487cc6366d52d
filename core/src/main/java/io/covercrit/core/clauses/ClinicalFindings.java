package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import java.util.List;
import java.util.Optional;

/**
 * Documented clinical findings. A finding recorded as absent ({@code present: false}) is the
 * clinic saying "reviewed, and none": it decides a clause (NOT_MET, or MET for an exclusion), where
 * a finding not recorded at all is MISSING.
 */
public final class ClinicalFindings {
  private ClinicalFindings() {}

  /**
   * "Documentation of {@code words}": MET when present, NOT_MET when documented absent, MISSING
   * when not recorded.
   */
  public static ClauseBuilder documented(String id, String text, ClinicalFindingKind kind, String words) {
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<Boolean> documented = documented(ctx, kind);
      if (documented.isEmpty()) {
        return Finding.missing(() -> "Not documented: " + words);
      }
      return documented.get() ? Finding.met(() -> "Documented: " + words)
          : Finding.notMet(() -> "Documented absent: " + words);
    })
        .whenNotMet("It is documented that the patient has not: " + words + ".",
            "Meet the other alternative, or document " + words + ".")
        .whenMissing("It is not documented whether: " + words + ".", "Document " + words + " in the clinical notes.");
  }

  /** True if a finding of {@code kind} is documented present, false if only documented absent, empty if neither. */
  public static Optional<Boolean> documented(EvaluationContext ctx, ClinicalFindingKind kind) {
    Optional<Boolean> documented = Optional.empty();
    List<ClinicalFinding> findings = ctx.request().clinicalFindings();
    for (int i = 0; i < findings.size(); i++) {
      ClinicalFinding f = findings.get(i);
      if (f.kind() == kind) {
        if (f.present()) {
          return Optional.of(true);
        }
        documented = Optional.of(false);
      }
    }
    return documented;
  }

  /** The earliest-onset finding of {@code kind} documented present (one without an onset date loses to one with). */
  public static Optional<ClinicalFinding> earliestPresent(EvaluationContext ctx, ClinicalFindingKind kind) {
    ClinicalFinding found = null;
    for (ClinicalFinding f : ctx.request().clinicalFindings()) {
      if (f.kind() == kind && f.present()
          && (found == null || found.since().isEmpty()
              || f.since().isPresent() && f.since().get().isBefore(found.since().get()))) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }
}
