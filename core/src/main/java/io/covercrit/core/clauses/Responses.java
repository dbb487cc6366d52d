package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import java.util.Optional;
import java.util.Set;

/**
 * The continuation check: a documented improvement counts only if it is one of the markers the
 * policy accepts for the condition.
 */
public final class Responses {
  private Responses() {}

  /**
   * "Documentation of beneficial response" on the requested drug, counting only the
   * {@code accepted} markers.
   *
   * @param drug the requested drug's name, as in "No beneficial response to {@code drug} is documented."
   * @param examples the accepted improvements in words, e.g. "reduced BSA, less itch"
   */
  public static ClauseBuilder documented(String id, String drug, Set<ResponseMarker> accepted, String examples) {
    return documented(id, drug, accepted, examples, "are not among those the policy lists");
  }

  /** As {@link #documented(String, String, Set, String)}, with the words for improvements the policy does not count. */
  public static ClauseBuilder documented(String id, String drug, Set<ResponseMarker> accepted, String examples,
      String notAcceptedWording) {
    return new ClauseBuilder(id, "Documentation of beneficial response (for example: " + examples + ")",
        StandardDocuments.RESPONSE_TO_THERAPY, ctx -> documentedResponse(ctx, accepted, notAcceptedWording))
        .whenNotMet("No beneficial response to " + drug + " is documented.",
            "Document the improvement since starting " + drug + " (" + examples + "), with dates.")
        .whenMissing("The response to " + drug + " is not documented.",
            "Attach dated notes comparing the disease now with baseline (" + examples + ").");
  }

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
