package io.covercrit.cigna;

import io.covercrit.cigna.alecensa.AlecensaCnf494;
import io.covercrit.cigna.dupixent.DupixentIp0453;
import io.covercrit.cigna.ilaris.IlarisIp0235;
import io.covercrit.cigna.opzelura.OpzeluraIp0369;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.PolicyProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Registers the Cigna policies with {@link io.covercrit.core.eval.PolicyRegistry#installed()}
 * (through {@code META-INF/services}). Having this jar on the class path is all a host needs.
 */
public final class CignaPolicyProvider implements PolicyProvider {
  private final List<CoveragePolicy> policies;

  public CignaPolicyProvider() {
    List<CoveragePolicy> all = new ArrayList<>(OpzeluraIp0369.versions());
    all.addAll(AlecensaCnf494.versions());
    all.addAll(DupixentIp0453.versions());
    all.addAll(IlarisIp0235.versions());
    this.policies = Collections.unmodifiableList(all);
  }

  @Override
  public List<CoveragePolicy> policies() {
    return policies;
  }
}
