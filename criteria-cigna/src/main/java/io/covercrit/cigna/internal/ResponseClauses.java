package io.covercrit.cigna.internal;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import java.util.Optional;
import java.util.Set;

/**
 * The continuation check shared by the Cigna policies: a documented improvement counts only if it
 * is one of the markers the policy accepts for the condition. One copy keeps the three outcomes and
 * their wording the same in every policy.
 */
public final class ResponseClauses {
  private ResponseClauses() {}

  /**
   * MET when the response assessment names an improvement among {@code accepted}; NOT_MET when it
   * names none, or only others; MISSING without an assessment.
   *
   * @param notAcceptedWording ends "Documented improvements [..] ...", e.g. "are not measures of this condition"
   */
  public static Finding documentedResponse(EvaluationContext ctx, Set<ResponseMarker> accepted,
      String notAcceptedWording) {
    Optional<ResponseAssessment> response = ctx.request().response();
    if (response.isEmpty()) {
      return Finding.missing("No response assessment documented");
    }
    Set<ResponseMarker> improvements = response.get().improvements();
    if (improvements.isEmpty()) {
      return Finding.notMet("Assessment documents no improvement");
    }
    for (ResponseMarker marker : improvements) {
      if (accepted.contains(marker)) {
        return Finding.met(() -> "Improvement documented: " + improvements);
      }
    }
    return Finding.notMet(() -> "Documented improvements " + improvements + " " + notAcceptedWording);
  }
}
