package io.covercrit.fhir;

import io.covercrit.core.model.CoverageRequest;
import java.util.Objects;
import org.hl7.fhir.r4.model.MedicationRequest;

/** A request built from FHIR resources, with the report of where each fact came from. */
public final class MappedRequest {
  private final CoverageRequest request;
  private final MappingReport report;
  private final String coverageReference;
  private final MedicationRequest order;

  MappedRequest(CoverageRequest request, MappingReport report, String coverageReference, MedicationRequest order) {
    this.order = Objects.requireNonNull(order);
    this.request = Objects.requireNonNull(request);
    this.report = Objects.requireNonNull(report);
    this.coverageReference = coverageReference;
  }

  /** The {@code MedicationRequest} decided (the bundle's own object: copy it before changing it). */
  public MedicationRequest order() {
    return order;
  }

  /** The active {@code Coverage} the plan facts came from ({@code Coverage/id}), for a CRD answer. */
  public java.util.Optional<String> coverageReference() {
    return java.util.Optional.ofNullable(coverageReference);
  }

  public CoverageRequest request() {
    return request;
  }

  public MappingReport report() {
    return report;
  }
}
