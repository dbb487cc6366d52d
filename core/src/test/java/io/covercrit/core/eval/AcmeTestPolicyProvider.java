package io.covercrit.core.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * Test-only {@link PolicyProvider}, registered in
 * {@code src/test/resources/META-INF/services/io.covercrit.core.eval.PolicyProvider}. It ships in
 * core's test-jar, so {@code PolicyRegistry.installed()} in another module's tests also finds
 * {@code acme/T1}.
 */
public final class AcmeTestPolicyProvider implements PolicyProvider {
  @Override
  public List<CoveragePolicy> policies() {
    return List.of(
        AcmeTestPolicy.policy(AcmeTestPolicy.descriptor("2025-01", LocalDate.of(2025, 1, 1))),
        AcmeTestPolicy.policy());
  }
}
