package io.covercrit.fhir;

import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bundle does not say: the policy to evaluate against, and optionally which draft order is
 * the one being decided and whether it is a renewal. Immutable; {@code with…} returns a copy.
 */
public final class MappingOptions {
  private final String policyId;
  private final String orderId;
  private final RequestType requestType;
  private final LocalDate requestDate;

  private MappingOptions(String policyId, String orderId, RequestType requestType, LocalDate requestDate) {
    this.policyId = policyId;
    this.orderId = orderId;
    this.requestType = requestType;
    this.requestDate = requestDate;
  }

  /** Options for a policy id of the registry, e.g. {@code cigna/IP0453}. */
  public static MappingOptions forPolicy(String policyId) {
    return new MappingOptions(Objects.requireNonNull(policyId, "policyId"), null, null, null);
  }

  /** The id of the {@code MedicationRequest} to decide, when the bundle holds several drafts. */
  public MappingOptions withOrderId(String id) {
    return new MappingOptions(policyId, Objects.requireNonNull(id, "orderId"), requestType, requestDate);
  }

  /**
   * Initial or reauthorization, overriding the mapper's reading (a renewal is an order with a
   * {@code priorPrescription}).
   */
  public MappingOptions withRequestType(RequestType type) {
    return new MappingOptions(policyId, orderId, Objects.requireNonNull(type, "requestType"), requestDate);
  }

  /** The request date when the order has no {@code authoredOn}. */
  public MappingOptions withRequestDate(LocalDate date) {
    return new MappingOptions(policyId, orderId, requestType, Objects.requireNonNull(date, "requestDate"));
  }

  public String policyId() {
    return policyId;
  }

  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  public Optional<RequestType> requestType() {
    return Optional.ofNullable(requestType);
  }

  public Optional<LocalDate> requestDate() {
    return Optional.ofNullable(requestDate);
  }
}
