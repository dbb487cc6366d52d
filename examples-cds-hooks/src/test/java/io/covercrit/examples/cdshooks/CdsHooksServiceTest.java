package io.covercrit.examples.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.PolicyRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service over real HTTP on loopback: discovery, CRD answers for US Core bundles, and the errors. */
class CdsHooksServiceTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String COVERAGE_INFORMATION =
      "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
  /** Not the orders' authoredOn (2026-11-24), so a test can tell which date was used. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final int MAX_BODY = 256 * 1024;

  static CdsHooksService service;
  static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    service = CdsHooksService.builder(PolicyRegistry.installed())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .maxBodyBytes(MAX_BODY)
        .threads(2)
        .start();
    // HTTP/1.1: the connector speaks nothing else, so no h2c upgrade attempt.
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void discovery_lists_both_services_with_prefetch_templates() throws Exception {
    HttpResponse<String> r = get("/cds-services");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode services = JSON.readTree(r.body()).path("services");
    assertThat(services).hasSize(2);
    assertThat(services.findValuesAsText("id")).containsExactly("covercrit-order-select", "covercrit-order-sign");
    assertThat(services.findValuesAsText("hook")).containsExactly("order-select", "order-sign");
    for (JsonNode s : services) {
      assertThat(s.path("description").asText()).isNotBlank();
      assertThat(s.path("title").asText()).isNotBlank();
      JsonNode prefetch = s.path("prefetch");
      assertThat(prefetch.path("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
      assertThat(prefetch.path("coverage").asText()).isEqualTo("Coverage?patient={{context.patientId}}&status=active");
      assertThat(prefetch.path("practitionerRole").asText()).isEqualTo("PractitionerRole?_id={{userPractitionerRoleId}}");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "opzelura-ad-approvable, order-select, info, covered",
      "opzelura-ad-approvable, order-sign, info, covered",
      "opzelura-vitiligo-bsa-too-high, order-select, critical, not-covered",
      "opzelura-vitiligo-bsa-too-high, order-sign, critical, not-covered",
      "alecensa-metastatic-method-missing, order-select, warning, conditional",
      "alecensa-metastatic-method-missing, order-sign, warning, conditional",
  })
  void a_hook_request_gets_a_card_and_a_coverage_information_update(String sample, String hook, String indicator,
      String covered) throws Exception {
    ObjectNode bundle = bundle(sample);
    HttpResponse<String> r = post("/cds-services/covercrit-" + hook, hookRequest(bundle, hook).toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode answer = JSON.readTree(r.body());
    assertThat(answer.path("cards")).hasSize(1);
    JsonNode card = answer.path("cards").get(0);
    assertThat(card.path("indicator").asText()).isEqualTo(indicator);
    if (indicator.equals("info")) {
      assertThat(card.path("summary").asText()).startsWith("Meets");
    }
    assertThat(answer.path("systemActions")).hasSize(1);
    JsonNode action = answer.path("systemActions").get(0);
    assertThat(action.path("type").asText()).isEqualTo("update");
    JsonNode order = action.path("resource");
    assertThat(order.path("resourceType").asText()).isEqualTo("MedicationRequest");
    assertThat(order.path("id").asText()).isEqualTo(draftOrder(bundle).path("id").asText());
    JsonNode info = extension(order, COVERAGE_INFORMATION);
    assertThat(info).as("coverage-information").isNotNull();
    assertThat(extension(info, "covered").path("valueCode").asText()).isEqualTo(covered);
    // The order's authoredOn is the as-of date, not the service's today.
    assertThat(extension(info, "date").path("valueDate").asText()).isEqualTo("2026-11-24");
    assertThat(r.body()).doesNotContain(patientFamilyName(bundle));
  }

  @Test
  void an_order_without_authored_on_is_decided_as_of_the_clocks_today() throws Exception {
    ObjectNode bundle = bundle("opzelura-ad-approvable");
    ((ObjectNode) draftOrder(bundle)).remove("authoredOn");
    HttpResponse<String> r = post("/cds-services/covercrit-order-sign", hookRequest(bundle, "order-sign").toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode info = extension(JSON.readTree(r.body()).path("systemActions").get(0).path("resource"), COVERAGE_INFORMATION);
    assertThat(extension(info, "date").path("valueDate").asText()).isEqualTo(TODAY.toString());
  }

  @Test
  void an_order_for_a_drug_no_installed_policy_covers_gets_no_card() throws Exception {
    ObjectNode bundle = bundle("opzelura-ad-approvable");
    ObjectNode medication = JSON.createObjectNode().put("text", "aspirin 81 mg tablet");
    ((ObjectNode) draftOrder(bundle)).set("medicationCodeableConcept", medication);
    HttpResponse<String> r = post("/cds-services/covercrit-order-sign", hookRequest(bundle, "order-sign").toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(r.body());
    assertThat(answer.path("cards").isArray()).isTrue();
    assertThat(answer.path("cards")).isEmpty();
    assertThat(answer.has("systemActions")).isFalse();
  }

  @Test
  void malformed_json_is_a_400_json_error_that_does_not_echo_the_patient() throws Exception {
    String truncated = "{\"hook\": \"order-sign\", \"context\": {\"patientId\": \"Ada Lovelace\", \"draftOrders\": [";
    HttpResponse<String> r = post("/cds-services/covercrit-order-sign", truncated);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode error = JSON.readTree(r.body());
    assertThat(error.path("error").asText()).isEqualTo("CC-FHIR-001");
    assertThat(error.path("element").asText()).isNotBlank();
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Ada").doesNotContain("Lovelace").doesNotContain("Exception");

    String notFhir = "{\"hook\": \"order-sign\", \"context\": {\"draftOrders\": "
        + "{\"resourceType\": \"Nonsense\", \"name\": \"Ada Lovelace\"}}}";
    r = post("/cds-services/covercrit-order-sign", notFhir);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("element").asText()).isEqualTo("Bundle");
    assertThat(r.body()).doesNotContain("Ada").doesNotContain("Lovelace");
  }

  @Test
  void a_request_for_the_other_hook_is_a_400_naming_the_hook() throws Exception {
    HttpResponse<String> r = post("/cds-services/covercrit-order-select",
        hookRequest(bundle("opzelura-ad-approvable"), "order-sign").toString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("element").asText()).isEqualTo("hook");
  }

  @Test
  void a_missing_prefetch_is_a_412_naming_the_absent_resource() throws Exception {
    ObjectNode request = hookRequest(bundle("opzelura-ad-approvable"), "order-sign");
    request.remove("prefetch");
    HttpResponse<String> r = post("/cds-services/covercrit-order-sign", request.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(412);
    JsonNode error = JSON.readTree(r.body());
    assertThat(error.path("error").asText()).isEqualTo("CC-FHIR-002");
    assertThat(error.path("element").asText()).isEqualTo("Patient");
  }

  @Test
  void an_unknown_service_is_a_404() throws Exception {
    HttpResponse<String> r = post("/cds-services/no-such-service", "{}");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("CC-HTTP-404");
    assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
  }

  @Test
  void get_on_a_hook_is_a_405_allowing_post() throws Exception {
    HttpResponse<String> r = get("/cds-services/covercrit-order-sign");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("CC-HTTP-405");
  }

  @Test
  void a_body_that_is_not_json_is_a_415() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/cds-services/covercrit-order-sign"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("CC-HTTP-415");
  }

  @Test
  void a_body_over_the_limit_is_a_413() throws Exception {
    HttpResponse<String> r = post("/cds-services/covercrit-order-sign", "{\"pad\": \"" + "x".repeat(MAX_BODY) + "\"}");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("CC-HTTP-413");
  }

  // ------------------------------------------------------------------ Helpers

  static ObjectNode bundle(String sample) throws IOException {
    try (InputStream in = CdsHooksServiceTest.class.getResourceAsStream("/bundles/" + sample + ".json")) {
      assertThat(in).as(sample).isNotNull();
      return (ObjectNode) JSON.readTree(in);
    }
  }

  static JsonNode draftOrder(JsonNode bundle) {
    for (JsonNode e : bundle.path("entry")) {
      JsonNode r = e.path("resource");
      if (r.path("resourceType").asText().equals("MedicationRequest") && r.path("status").asText().equals("draft")) {
        return r;
      }
    }
    throw new AssertionError("no draft MedicationRequest");
  }

  static String patientFamilyName(JsonNode bundle) {
    for (JsonNode e : bundle.path("entry")) {
      if (e.path("resource").path("resourceType").asText().equals("Patient")) {
        return e.path("resource").path("name").get(0).path("family").asText();
      }
    }
    throw new AssertionError("no Patient");
  }

  /**
   * A hook request as an EHR sends it: the draft order in {@code context.draftOrders}, the Patient
   * and a searchset of the rest of the record (full URLs kept: references may use them) prefetched.
   */
  static ObjectNode hookRequest(JsonNode bundle, String hook) {
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", hook);
    request.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    ObjectNode context = request.putObject("context");
    context.put("userId", "PractitionerRole/role-1");
    ObjectNode drafts = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
    ArrayNode draftEntries = drafts.putArray("entry");
    ObjectNode record = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
    ArrayNode recordEntries = record.putArray("entry");
    ObjectNode prefetch = JSON.createObjectNode();
    List<String> selections = new ArrayList<>();
    for (JsonNode e : bundle.path("entry")) {
      JsonNode r = e.path("resource");
      String type = r.path("resourceType").asText();
      if (type.equals("MedicationRequest") && r.path("status").asText().equals("draft")) {
        draftEntries.add(e.deepCopy());
        String subject = r.path("subject").path("reference").asText();
        context.put("patientId", subject.substring(subject.lastIndexOf('/') + 1));
        selections.add("MedicationRequest/" + r.path("id").asText());
      } else if (type.equals("Patient")) {
        prefetch.set("patient", r.deepCopy());
      } else {
        recordEntries.add(e.deepCopy());
      }
    }
    if (hook.equals("order-select")) {
      ArrayNode s = context.putArray("selections");
      selections.forEach(s::add);
    }
    context.set("draftOrders", drafts);
    prefetch.set("record", record);
    request.set("prefetch", prefetch);
    return request;
  }

  /** The first extension with the url, or null. */
  static JsonNode extension(JsonNode element, String url) {
    for (JsonNode e : element.path("extension")) {
      if (e.path("url").asText().equals(url)) {
        return e;
      }
    }
    return null;
  }

  static URI uri(String path) {
    return URI.create(service.uri() + path);
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
