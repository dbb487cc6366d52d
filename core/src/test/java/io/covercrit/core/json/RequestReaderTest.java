package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import io.covercrit.core.model.PatientDataSentinels;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct request reader reads what the bound path reads, to an equal request, and leaves
 * everything else to it: it never accepts a document the bound path rejects, and the documents
 * callers send take it.
 */
class RequestReaderTest {
  private static final CovercritJson JSON = CovercritJson.create();
  private static final RequestReader DIRECT = new RequestReader(CovercritJson.mapperBuilder().build().getFactory());

  /** Every field of every request type, with values that pass the types' checks. */
  static final String EVERY_FIELD = "{\"schemaVersion\":\"1\",\"requestId\":\"REQ-1\",\"policyId\":\"cigna/IP0369\","
      + "\"requestedDrug\":{\"name\":\"Opzelura\",\"activeIngredient\":\"ruxolitinib\",\"strength\":\"1.5%\","
      + "\"form\":\"CREAM\",\"drugClass\":\"TOPICAL_CORTICOSTEROID\",\"potency\":\"MEDIUM\",\"rxNormCui\":\"1234567\","
      + "\"ndc\":\"12345-6789-01\"},"
      + "\"requestType\":\"REAUTHORIZATION\",\"urgency\":\"EXPEDITED\","
      + "\"patient\":{\"birthDate\":\"2010-03-15\",\"memberId\":\"U1234567801\"},"
      + "\"diagnoses\":[{\"code\":\"L80\",\"severity\":\"MODERATE\",\"subtype\":\"NONSEGMENTAL\",\"diagnosedOn\":\"2025-01-02\"}],"
      + "\"therapyTrials\":[{\"drug\":{\"name\":\"methotrexate\"},\"start\":\"2025-01-01\",\"end\":\"2025-03-01\","
      + "\"outcome\":\"FAILED\",\"dailyDose\":{\"value\":15,\"unit\":\"mg/d\"},\"sample\":true}],"
      + "\"concurrentMedications\":[{\"name\":\"cetirizine\"}],"
      + "\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":12.50,\"unit\":\"mg/L\"},"
      + "\"date\":\"2026-01-02\",\"referenceRange\":{\"low\":{\"value\":0,\"unit\":\"mg/L\"},"
      + "\"high\":{\"value\":5.0,\"unit\":\"mg/L\"}},\"loinc\":\"1988-5\"}],"
      + "\"prescriber\":{\"specialties\":[\"DERMATOLOGY\",\"ALLERGY\"],\"consultedSpecialties\":[\"IMMUNOLOGY\"],"
      + "\"npi\":\"1234567893\"},"
      + "\"skinInvolvement\":{\"bodySurfaceAreaPercent\":12.5,\"sites\":[\"SKIN_FOLDS\",\"FACE\"],\"assessedOn\":\"2026-11-10\"},"
      + "\"flares\":[{\"date\":\"2026-02-01\",\"hospitalized\":true,\"systemicCorticosteroids\":true,"
      + "\"emergencyOrUrgentCare\":false}],"
      + "\"biomarkers\":[{\"biomarker\":\"ALK\",\"status\":\"POSITIVE\",\"method\":\"FISH\",\"date\":\"2026-01-05\"}],"
      + "\"tumorStaging\":{\"primaryTumorSizeCm\":5.20,\"nodalStatus\":\"N2\",\"resection\":\"R0\",\"stage\":\"IIIA\","
      + "\"metastatic\":false,\"recurrent\":true,\"assessedOn\":\"2026-03-02\"},"
      + "\"clinicalFindings\":[{\"kind\":\"NASAL_CONGESTION\",\"present\":true,\"since\":\"2025-01-01\","
      + "\"observedOn\":\"2026-01-01\",\"count\":3,\"daysPerWeek\":5,\"sites\":[\"FACE\"]}],"
      + "\"response\":{\"assessedOn\":\"2026-11-01\",\"improvements\":[\"ERYTHEMA\",\"BODY_SURFACE_AREA\"]},"
      + "\"jurisdiction\":\"NC\",\"planType\":\"FULLY_INSURED_COMMERCIAL\",\"requestDate\":\"2026-11-24\","
      + "\"notes\":\"caf\\u00e9 \\\"quoted\\\" \\u2265 line\\nbreak\"}";

  /** Reads directly, and checks the bound path reads the same request; null if not read directly. */
  private static CoverageRequest readBoth(String document) {
    CoverageRequest direct = DIRECT.read(document);
    if (direct != null) {
      CoverageRequest bound = JSON.readRequestBound(document);
      assertThat(direct).isEqualTo(bound);
      assertThat(JSON.writeRequest(direct, false)).isEqualTo(JSON.writeRequest(bound, false));
    }
    return direct;
  }

  @Example
  void a_document_with_every_field_is_read_directly_to_the_bound_request() {
    CoverageRequest read = readBoth(EVERY_FIELD);

    assertThat(read).isNotNull();
    assertThat(read.tumorStaging()).isPresent();
    assertThat(read.therapyTrials().get(0).dailyDose()).isPresent();
    // Written back and read again, it still takes the direct path: every field written is read.
    assertThat(readBoth(JSON.writeRequest(read, false))).isEqualTo(read);
    assertThat(readBoth(JSON.writeRequest(read, true))).isEqualTo(read);
  }

  @Property
  void a_written_request_is_read_directly_to_the_bound_request(@ForAll("cases") RequestCase c,
      @ForAll boolean pretty) {
    String written = JSON.writeRequest(PatientDataSentinels.mark(c.request()), pretty);

    assertThat(readBoth(written)).as("read directly").isNotNull();
  }

  /** A damaged document is read directly only when the bound path reads it, to the same request. */
  @Property
  void a_damaged_document_is_read_directly_only_as_the_bound_path_reads_it(@ForAll("documents") String document,
      @ForAll HostileJson.Mutation mutation, @ForAll Random random) {
    String damaged = HostileJson.mutate(document, mutation, random);

    CoverageRequest direct = readBoth(damaged); // throws if the bound path rejects what was read
    Statistics.label("direct").collect(direct != null);
  }

  @Property
  void any_json_value_is_read_directly_only_as_the_bound_path_reads_it(@ForAll("anyJson") String document) {
    Statistics.label("direct").collect(readBoth(document) != null);
  }

  /** What the direct reader leaves to the bound path, which reads or reports it as documented. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"requestId\":null,",                         // a null
    "\"requestId\":\"A\",\"requestId\":\"B\",",    // a field twice
    "\"unknownField\":1,",                         // a field it does not know
    "\"requestType\":1,",                          // a number for an enum
    "\"requestType\":\"initial\",",                // another spelling
    "\"requestDate\":\"2026-1-05\",",              // a date in another form
    "\"requestDate\":\"2026-02-30\",",             // an impossible date
    "\"schemaVersion\":\"2\",",                    // another schema version
    "\"urgency\":[\"STANDARD\"],",                 // an array for a value
  })
  void a_document_it_does_not_read_as_the_bound_path_does_is_left_to_it(String field) {
    String document = "{" + field + EVERY_FIELD.substring(EVERY_FIELD.indexOf("\"policyId\""));
    assertThat(DIRECT.read(EVERY_FIELD.replace("\"schemaVersion\":\"1\",", ""))).isNotNull();

    assertThat(DIRECT.read(document)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "null", "{}", "{\"requestId\":\"A\"}", "{} {}", "{\"requestedDrug\":{\"name\":\"x\"}} x"})
  void a_document_that_is_no_complete_request_is_left_to_the_bound_path(String document) {
    assertThat(DIRECT.read(document)).isNull();
  }

  @Provide
  Arbitrary<RequestCase> cases() {
    return CoverageRequestArbitraries.cases();
  }

  @Provide
  Arbitrary<String> documents() {
    return HostileJson.markedDocuments();
  }

  @Provide
  Arbitrary<String> anyJson() {
    return HostileJson.anyJson();
  }
}
