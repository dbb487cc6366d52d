package io.covercrit.core.eval;

import java.util.List;
import java.util.Optional;

/** Decides a determination's next steps from its outcome; must be pure. */
@FunctionalInterface
public interface NextStepPlanner {
  List<NextStep> plan(Outcome outcome, Optional<MatchedPathway> pathway, EvaluationContext context);
}
