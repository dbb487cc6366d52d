package io.covercrit.jurisdictions.internal;

import io.covercrit.jurisdictions.Circumstance;
import java.util.Set;

/**
 * The facts of a case that the federal and state rule sets ask about, and nothing else: the
 * rules built for one combination serve every case with it (see {@code TimelineEngine}), and a
 * rule cannot ask about anything that is not part of the combination.
 */
record RuleFacts(boolean expedited, boolean pharmacy, boolean drug, boolean individualMarket, int appealLevels,
    Set<Circumstance> circumstances) {

  RuleFacts {
    circumstances = Set.copyOf(circumstances);
  }

  boolean has(Circumstance circumstance) {
    return circumstances.contains(circumstance);
  }
}
