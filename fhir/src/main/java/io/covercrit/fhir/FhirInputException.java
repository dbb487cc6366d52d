package io.covercrit.fhir;

import io.covercrit.core.CovercritException;

/**
 * A bundle that cannot be mapped at all: not FHIR R4 JSON, no patient, no order to evaluate. The
 * message names the resource type and element, never a value from the record.
 */
public final class FhirInputException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** Not parseable as FHIR R4 JSON. */
  public static final String NOT_FHIR = "CC-FHIR-001";
  /** A resource the mapping needs is absent or ambiguous. */
  public static final String MISSING_RESOURCE = "CC-FHIR-002";
  /** The mapped facts break the request's validation rules. */
  public static final String INVALID_FACTS = "CC-FHIR-003";

  private final String element;

  FhirInputException(String code, String element, String problem, Throwable cause) {
    super(code, element + ": " + problem, cause);
    this.element = element;
  }

  /** The resource type and element, e.g. {@code MedicationRequest.status}. */
  public String element() {
    return element;
  }

  static FhirInputException notFhir(String problem) {
    return new FhirInputException(NOT_FHIR, "Bundle", problem, null);
  }

  static FhirInputException missing(String element, String problem) {
    return new FhirInputException(MISSING_RESOURCE, element, problem, null);
  }

  static FhirInputException invalid(String element, String problem, Throwable cause) {
    return new FhirInputException(INVALID_FACTS, element, problem, cause);
  }
}
