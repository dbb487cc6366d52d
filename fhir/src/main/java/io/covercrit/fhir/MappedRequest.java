package io.covercrit.fhir;

import io.covercrit.core.model.CoverageRequest;
import java.util.Objects;

/** A request built from FHIR resources, with the report of where each fact came from. */
public final class MappedRequest {
  private final CoverageRequest request;
  private final MappingReport report;

  MappedRequest(CoverageRequest request, MappingReport report) {
    this.request = Objects.requireNonNull(request);
    this.report = Objects.requireNonNull(report);
  }

  public CoverageRequest request() {
    return request;
  }

  public MappingReport report() {
    return report;
  }
}
