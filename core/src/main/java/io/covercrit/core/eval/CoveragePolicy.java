package io.covercrit.core.eval;

import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a payer's coverage policy: a pure function of (request, as-of date) to a
 * {@link Determination}.
 *
 * <p>Implementations must be immutable, thread-safe and pure: no I/O, no clock, no randomness,
 * no static mutable state. The same arguments must always give an equal determination.
 * Most policies are built with {@link CriteriaPolicy}; hosts add their own through
 * {@link PolicyProvider}.
 */
public interface CoveragePolicy {

  PolicyDescriptor descriptor();

  /**
   * Evaluates {@code request} as of {@code asOf}, checking diagnosis codes against {@code codes}.
   * Total for every valid request: unmet or undocumented criteria are reported in the
   * determination, never thrown. The as-of date must lie in the years 1 to 9999
   * ({@link io.covercrit.core.InvalidInputException} naming {@code asOf} otherwise).
   */
  Determination evaluate(CoverageRequest request, LocalDate asOf, Icd10CodeSet codes);

  /**
   * The clause trees this policy evaluates, for documentation generated from the code
   * ({@code explain}); empty for a policy that does not expose them.
   */
  default List<Criterion> criteriaTrees() {
    return List.of();
  }

  /** Evaluates with the built-in curated ICD-10-CM code set. */
  default Determination evaluate(CoverageRequest request, LocalDate asOf) {
    return evaluate(request, asOf, Icd10CodeSets.curated());
  }
}
