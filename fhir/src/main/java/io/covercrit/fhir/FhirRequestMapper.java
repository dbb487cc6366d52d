package io.covercrit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.JsonInputException;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.fhir.internal.BundleMapper;
import io.covercrit.fhir.internal.Recorder;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Builds a {@link CoverageRequest} from FHIR R4 resources shaped by US Core (3.1.1, 6.1.0 and
 * 7.0.0 read alike for the elements used): the draft {@code MedicationRequest} is the order to
 * decide, {@code Condition}s with ICD-10-CM codes are the diagnoses, {@code MedicationStatement}s
 * the therapy history, {@code Observation}s by LOINC the labs, {@code PractitionerRole} (NUCC) the
 * prescriber, {@code Coverage} the plan, and a covercrit {@code QuestionnaireResponse} (DTR) the
 * facts US Core has no element for. Every value not used, or used with an assumption, is in the
 * {@link MappingReport}; no message quotes the record.
 *
 * <p>Thread-safe and meant to be made once: creating one loads HAPI's FHIR R4 context.
 */
public final class FhirRequestMapper {
  private final FhirContext fhir;
  private final CovercritJson covercrit;
  private final BundleMapper mapper;

  private FhirRequestMapper(FhirContext fhir) {
    this.fhir = fhir;
    this.covercrit = CovercritJson.create();
    this.mapper = new BundleMapper(new ObjectMapper());
  }

  /**
   * A mapper on HAPI's shared R4 context.
   *
   * @throws UnsupportedHapiException when the HAPI FHIR on the class path is outside the tested range
   */
  public static FhirRequestMapper create() {
    String hapi = ca.uhn.fhir.util.VersionUtil.getVersion();
    if (hapi == null || !UnsupportedHapiException.supported(hapi)) {
      throw new UnsupportedHapiException(String.valueOf(hapi));
    }
    return new FhirRequestMapper(FhirContext.forR4Cached());
  }

  /** The FHIR R4 context the mapper parses with (for a host's own parsing). */
  public FhirContext fhirContext() {
    return fhir;
  }

  /**
   * Parses FHIR R4 JSON of a Bundle.
   *
   * @throws FhirInputException when it is not one
   */
  public Bundle parseBundle(String json) {
    IParser parser = fhir.newJsonParser();
    try {
      return parser.parseResource(Bundle.class, json);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      // HAPI's message can quote the document: not passed on.
      throw FhirInputException.notFhir("not a FHIR R4 JSON Bundle");
    }
  }

  /** Maps FHIR R4 JSON of a Bundle. */
  public MappedRequest map(String bundleJson, MappingOptions options) {
    return map(parseBundle(bundleJson), options);
  }

  /**
   * Maps a bundle holding the patient, the draft order and whatever of the record the host has.
   *
   * @throws FhirInputException when there is no single patient or draft order, or the facts read
   *     break the request's rules (the element named, never the value)
   */
  public MappedRequest map(Bundle bundle, MappingOptions options) {
    BundleMapper.Result result = mapper.map(bundle, options.policyId(), options.orderId(),
        options.requestType().map(Enum::name), options.requestDate());
    if (result.problem.isPresent()) {
      throw FhirInputException.missing(result.problemElement, result.problem.get());
    }
    CoverageRequest request;
    try {
      request = covercrit.readRequest(result.request.toString());
    } catch (JsonInputException e) {
      throw FhirInputException.invalid("request " + e.path(), e.problem(), null);
    }
    List<MappingReport.Entry> entries = new ArrayList<>();
    for (Recorder.Line line : result.report) {
      entries.add(new MappingReport.Entry(MappingReport.Kind.valueOf(line.kind), line.field, line.resource,
          line.element, line.reason));
    }
    return new MappedRequest(request, new MappingReport(entries), result.coverage.orElse(null),
        result.order);
  }
}
