package io.covercrit.examples.template;

import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.PolicyProvider;
import java.util.List;

/**
 * Registers the template with {@code PolicyRegistry.installed()} once listed in
 * {@code META-INF/services/io.covercrit.core.eval.PolicyProvider} (and, on the module path, in
 * {@code module-info.java}: {@code provides io.covercrit.core.eval.PolicyProvider with ...}). The
 * examples do not list it, so that their outputs show the Cigna policies only.
 */
public final class AcmePolicyProvider implements PolicyProvider {
  @Override
  public List<CoveragePolicy> policies() {
    return AcmePolicy.versions();
  }
}
