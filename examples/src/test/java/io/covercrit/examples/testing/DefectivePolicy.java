package io.covercrit.examples.testing;

import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy with a defect: it throws while evaluating, with the member id in its message (as a
 * careless implementation might). Shows that hosts contain such failures and never leak them.
 */
public final class DefectivePolicy implements CoveragePolicy {
  public static final String ID = "test/DEFECT";

  private final PolicyDescriptor descriptor;

  private DefectivePolicy(PolicyDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** The installed policies, plus this one under {@link #ID}. */
  public static PolicyRegistry registryWithDefect() {
    PolicyRegistry installed = PolicyRegistry.installed();
    List<CoveragePolicy> policies = new ArrayList<>();
    installed.policyIds().forEach(id -> policies.addAll(installed.versions(id)));
    PolicyDescriptor model = policies.get(0).descriptor();
    policies.add(new DefectivePolicy(PolicyDescriptor.builder().from(model).id(ID).effectiveFrom(LocalDate.of(2000, 1, 1)).build()));
    return PolicyRegistry.of(policies);
  }

  @Override
  public PolicyDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public Determination evaluate(CoverageRequest request, LocalDate asOf, Icd10CodeSet codes) {
    throw new IllegalStateException("defect while reading member " + request.patient().memberId().orElse("?"));
  }
}
