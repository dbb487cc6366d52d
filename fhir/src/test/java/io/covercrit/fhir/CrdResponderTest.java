package io.covercrit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Reliability;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Determinations in the CRD STU 2 and CDS Hooks 2.0 shapes, read back with HAPI's and Jackson's parsers. */
class CrdResponderTest {
  static final FhirRequestMapper MAPPER = SampleBundlesTest.MAPPER;
  static final CrdResponder CRD = CrdResponder.create(MAPPER);
  static final IParser PARSER = MAPPER.fhirContext().newJsonParser();
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> samples() throws IOException {
    return SampleBundlesTest.samples();
  }

  record Case(Bundle bundle, MappedRequest mapped, Determination determination, MedicationRequest order) {}

  static Case decide(String sample) throws IOException {
    Bundle bundle = MappingEdgeCasesTest.sample(sample);
    String policy = SampleBundlesTest.JSON.readRequest(java.nio.file.Files.readString(
        SampleBundlesTest.SAMPLES.resolve(sample + ".json"))).policyId().orElseThrow();
    MappedRequest mapped = MAPPER.map(bundle, MappingOptions.forPolicy(policy));
    Determination d = SampleBundlesTest.REGISTRY.evaluate(mapped.request(), SampleBundlesTest.AS_OF);
    MedicationRequest order = MappingEdgeCasesTest.first(bundle, MedicationRequest.class);
    return new Case(bundle, mapped, d, order);
  }

  static String sub(Extension ext, String url) {
    List<Extension> found = ext.getExtensionsByUrl(url);
    return found.isEmpty() ? null : found.get(0).getValue().primitiveValue();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void the_order_carries_coverage_information_that_reads_back(String sample) throws IOException {
    Case c = decide(sample);
    CrdAssertion assertion = CrdAssertion.forCoverage(c.mapped().coverageReference().orElseThrow());
    MedicationRequest annotated = PARSER.parseResource(MedicationRequest.class,
        PARSER.encodeResourceToString(CRD.annotatedOrder(c.order(), c.determination(), assertion)));
    Extension info = annotated.getExtensionByUrl(CrdResponder.COVERAGE_INFORMATION);
    assertThat(info).isNotNull();
    assertThat(((org.hl7.fhir.r4.model.Reference) info.getExtensionByUrl("coverage").getValue()).getReference())
        .startsWith("Coverage/");
    assertThat(sub(info, "date")).isEqualTo("2026-11-24");
    assertThat(sub(info, "coverage-assertion-id")).isEqualTo(assertion.assertionId(c.determination()))
        .isEqualTo(CrdAssertion.forCoverage(assertion.coverageReference()).assertionId(c.determination()));
    String covered = sub(info, "covered");
    switch (c.determination().outcome()) {
      case MEETS_CRITERIA -> {
        assertThat(covered).isEqualTo("covered");
        assertThat(sub(info, "pa-needed")).isEqualTo("auth-needed");
      }
      case NEEDS_DOCUMENTATION -> {
        assertThat(covered).isEqualTo("conditional");
        assertThat(sub(info, "doc-needed")).isEqualTo("clinical");
        assertThat(sub(info, "questionnaire")).startsWith(DtrQuestionnaires.canonical(c.determination().policy().id()));
      }
      default -> {
        assertThat(covered).isEqualTo("not-covered");
        // crd-ci-q2: not-covered carries no pa-needed
        assertThat(info.getExtensionsByUrl("pa-needed")).isEmpty();
        assertThat(info.getExtensionsByUrl("reason")).hasSizeGreaterThan(1);
      }
    }
    // crd-ci-q1: a questionnaire only with doc-needed
    if (!info.getExtensionsByUrl("questionnaire").isEmpty()) {
      assertThat(info.getExtensionsByUrl("doc-needed")).isNotEmpty();
    }
    // Annotating again replaces, never stacks.
    MedicationRequest twice = CRD.annotatedOrder(annotated, c.determination(), assertion);
    assertThat(twice.getExtensionsByUrl(CrdResponder.COVERAGE_INFORMATION)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void the_cds_hooks_response_has_a_card_and_a_system_action(String sample) throws IOException {
    Case c = decide(sample);
    CrdAssertion assertion = CrdAssertion.forCoverage(c.mapped().coverageReference().orElseThrow())
        .withDtrLaunchUrl("https://dtr.example.org/launch");
    JsonNode response = JSON.readTree(JSON.writeValueAsString(CRD.cdsHooksResponse(c.determination(), c.order(),
        assertion)));
    JsonNode card = response.path("cards").get(0);
    assertThat(card.path("summary").asText()).isNotBlank().hasSizeLessThanOrEqualTo(140);
    assertThat(card.path("indicator").asText()).isEqualTo(switch (c.determination().outcome()) {
      case MEETS_CRITERIA -> "info";
      case NEEDS_DOCUMENTATION -> "warning";
      default -> "critical";
    });
    assertThat(card.path("uuid").asText()).hasSize(36);
    assertThat(card.path("source").path("label").asText()).contains(c.determination().policy().payer());
    boolean payerText = c.determination().provenance().reliability() == Reliability.POLICY_TEXT;
    assertThat(card.path("source").path("label").asText().contains("[rules from")).isEqualTo(!payerText);
    String detail = card.path("detail").asText();
    for (var clause : CrdResponder.unmet(c.determination())) {
      assertThat(detail).contains(clause.id());
    }
    if (c.determination().outcome() == Outcome.NEEDS_DOCUMENTATION) {
      assertThat(card.path("links").findValuesAsText("type")).contains("smart");
    }
    JsonNode action = response.path("systemActions").get(0);
    assertThat(action.path("type").asText()).isEqualTo("update");
    MedicationRequest updated = PARSER.parseResource(MedicationRequest.class, action.path("resource").toString());
    assertThat(updated.getIdElement().getIdPart()).isEqualTo(c.order().getIdElement().getIdPart());
    assertThat(updated.getExtensionByUrl(CrdResponder.COVERAGE_INFORMATION)).isNotNull();
  }

  @Test
  void another_indications_clauses_are_not_listed_on_a_failed_request() throws IOException {
    Case c = decide("dupixent-asthma-stale-eosinophil-count");
    assertThat(c.determination().outcome()).isNotEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(CrdResponder.unmet(c.determination())).isNotEmpty()
        .allSatisfy(clause -> assertThat(clause.id()).matches("IP0453 (1|6)\\b.*"));
  }

  /** A hook request as an EHR sends it: the draft order in the context, the record prefetched. */
  static String hookRequest(Bundle bundle, String hook) throws IOException {
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", hook);
    request.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    request.put("fhirServer", "https://ehr.example.org/fhir");
    ObjectNode context = request.putObject("context");
    context.put("userId", "PractitionerRole/role-1");
    Bundle drafts = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Bundle rest = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    ObjectNode prefetch = request.putObject("prefetch");
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      Resource r = e.getResource();
      if (r instanceof MedicationRequest && ((MedicationRequest) r).getStatus()
          == MedicationRequest.MedicationRequestStatus.DRAFT) {
        drafts.addEntry().setFullUrl(e.getFullUrl()).setResource(r);
        context.put("patientId", ((MedicationRequest) r).getSubject().getReferenceElement().getIdPart());
        if (hook.equals("order-select")) {
          context.putArray("selections").add("MedicationRequest/" + r.getIdElement().getIdPart());
        }
      } else if (r instanceof org.hl7.fhir.r4.model.Patient) {
        prefetch.set("patient", JSON.readTree(PARSER.encodeResourceToString(r)));
      } else {
        rest.addEntry().setFullUrl(e.getFullUrl()).setResource(r);
      }
    }
    context.set("draftOrders", JSON.readTree(PARSER.encodeResourceToString(drafts)));
    prefetch.set("record", JSON.readTree(PARSER.encodeResourceToString(rest)));
    prefetch.putNull("encounter");
    return JSON.writeValueAsString(request);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void a_hook_request_with_prefetch_decides_as_the_bundle_does(String sample) throws IOException {
    Case c = decide(sample);
    for (String hook : new String[] {"order-select", "order-sign"}) {
      CdsHookRequest request = CdsHookRequest.parse(MAPPER, hookRequest(MappingEdgeCasesTest.sample(sample), hook));
      assertThat(request.hook()).isEqualTo(hook);
      assertThat(request.orderIds()).containsExactly(c.order().getIdElement().getIdPart());
      MappedRequest mapped = MAPPER.map(request.bundle(), MappingOptions.forPolicy(c.determination().policy().id())
          .withOrderId(request.orderIds().get(0)));
      Determination d = SampleBundlesTest.REGISTRY.evaluate(mapped.request(), SampleBundlesTest.AS_OF);
      assertThat(d.outcome()).isEqualTo(c.determination().outcome());
      assertThat(SampleBundlesTest.statuses(d)).isEqualTo(SampleBundlesTest.statuses(c.determination()));
    }
  }

  @Test
  void a_malformed_hook_request_is_a_typed_error() {
    for (String bad : new String[] {"[1, 2", "{\"context\": {}}", "{\"hook\": \"order-sign\", \"context\": "
        + "{\"draftOrders\": {\"resourceType\": \"Nonsense\", \"name\": \"Ada Lovelace\"}}}"}) {
      assertThatThrownBy(() -> CdsHookRequest.parse(MAPPER, bad)).isInstanceOfSatisfying(FhirInputException.class,
          e -> assertThat(e.getMessage()).doesNotContain("Ada"));
    }
  }
}
