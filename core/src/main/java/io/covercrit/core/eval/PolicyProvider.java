package io.covercrit.core.eval;

import java.util.List;

/**
 * Service-provider interface: a jar that ships policies lists an implementation in
 * {@code META-INF/services/io.covercrit.core.eval.PolicyProvider}, and
 * {@link PolicyRegistry#installed()} finds it. Implementations need a public no-argument
 * constructor.
 */
public interface PolicyProvider {
  /** Every version of every policy this provider ships. */
  List<CoveragePolicy> policies();
}
