package io.covercrit.examples.embed;

import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;

/** The README's "embed it" snippet, kept compiling and tested. */
public final class EmbedExample {
  private EmbedExample() {}

  /** Evaluates a request JSON as of a date and returns the lines a host would show. */
  public static String explain(String requestJson, LocalDate asOf) {
    // README snippet begins
    PolicyRegistry registry = PolicyRegistry.installed();   // finds cigna/IP0369 on the class path
    CovercritJson json = CovercritJson.create();            // both are thread-safe: build once, share
    CoverageRequest request = json.readRequest(requestJson); // JsonInputException names the JSON path
    Determination d = registry.evaluate(request, asOf);    // pure: same input, same answer
    StringBuilder out = new StringBuilder(d.outcome() + ": " + d.summary() + "\n");
    for (ClauseResult c : d.unmetClauses()) {
      c.remedy().ifPresent(r -> out.append(c.id()).append(": ").append(r.howToFix()).append("\n"));
    }
    // README snippet ends
    return out.toString();
  }
}
