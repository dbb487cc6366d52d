package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.SkinInvolvement;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/** Limits on the affected body surface area (%), from the request's skin involvement. */
public final class BodySurfaceArea {
  private BodySurfaceArea() {}

  /** "{@code limit}% or less of the body surface area". */
  public static ClauseBuilder atMost(String id, BigDecimal limit, String disease) {
    return new ClauseBuilder(id,
        "Has " + disease + " involvement estimated to affect " + limit + "% or less of the body surface area (BSA)",
        StandardDocuments.BSA_ASSESSMENT, ctx -> finding(ctx, limit, false))
        .whenNotMet("The " + disease + " affects more than " + limit + "% of the body surface area.",
            "Coverage is limited to " + limit + "% BSA; if the affected area has decreased, document a new dated BSA"
                + " estimate.")
        .whenMissing("The affected body surface area is not documented.",
            "Attach a dated estimate of the affected body surface area (%).");
  }

  /** "At least {@code limit}% of the body surface area". */
  public static ClauseBuilder atLeast(String id, BigDecimal limit, String disease) {
    return new ClauseBuilder(id, disease + " affecting at least " + limit + "% of the body surface area (BSA)",
        StandardDocuments.BSA_ASSESSMENT, ctx -> finding(ctx, limit, true))
        .whenNotMet("The " + disease + " affects less than " + limit + "% of the body surface area.",
            "Document a dated BSA estimate of " + limit + "% or more, or meet another alternative.")
        .whenMissing("The affected body surface area is not documented.",
            "Attach a dated estimate of the affected body surface area (%).");
  }

  /** MET when the documented BSA is at least (or, with {@code atLeast} false, at most) {@code limit}. */
  public static Finding finding(EvaluationContext ctx, BigDecimal limit, boolean atLeast) {
    Optional<BigDecimal> bsa = percent(ctx);
    if (bsa.isEmpty()) {
      return Finding.missing("BSA not documented");
    }
    Supplier<String> detail = atLeast
        ? () -> "BSA " + bsa.get().toPlainString() + "% (" + limit + "% or more required)"
        : () -> "BSA " + bsa.get().toPlainString() + "% (limit " + limit + "%)";
    int c = bsa.get().compareTo(limit);
    return (atLeast ? c >= 0 : c <= 0) ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** The documented BSA %, if any. */
  public static Optional<BigDecimal> percent(EvaluationContext ctx) {
    return ctx.request().skinInvolvement().flatMap(SkinInvolvement::bodySurfaceAreaPercent);
  }
}
