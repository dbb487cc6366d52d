package io.covercrit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.schema.JsonSchemas;
import io.covercrit.examples.testing.DefectivePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service against its published OpenAPI document ({@code openapi.json} beside the service):
 * each answer to a broad set of requests has a status the document declares for the path and
 * method, the declared content type, and a body that validates against the declared schema
 * (JSON Schema 2020-12, the document's {@code jsonSchemaDialect}); and every path, method and
 * status the document declares is answered by at least one of those requests, so the document
 * cannot rot.
 */
class OpenApiContractTest {
  /** Where the document is registered in the validator (it has no $id of its own). */
  private static final String OPENAPI_IRI = "https://covercrit.io/openapi/v1/openapi.json";
  private static final String ANY = "*";
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final int MAX_BODY = 16 * 1024;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
  private static JsonNode openApi;
  private static String openApiText;
  private static JsonSchemas schemas;
  private static CovercritService service;
  private static CovercritService defective;
  /** With a short idle timeout: a stalled body is answered 408 in a test's time. */
  private static CovercritService impatient;
  private static HttpClient client;
  private static final List<Exchange> exchanges = new ArrayList<>();

  /** One request and its answer, with the path template and operation method it falls under. */
  record Exchange(String what, String method, String path, String template, String operation, int status, String contentType,
      String allow, String body) {
    String declared() {
      return template + " " + operation + " " + status;
    }
  }

  @BeforeAll
  static void exchangeEverything() throws Exception {
    try (InputStream in = CovercritService.class.getResourceAsStream("openapi.json")) {
      openApiText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    openApi = TREE.readTree(openApiText);
    schemas = JsonSchemas.with(Map.of(OPENAPI_IRI, openApiText));
    service = CovercritService.builder(PolicyRegistry.installed())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(CLOCK).maxBodyBytes(MAX_BODY).threads(2).start();
    defective = CovercritService.builder(DefectivePolicy.registryWithDefect())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(CLOCK).threads(1).start();
    impatient = CovercritService.builder(PolicyRegistry.installed())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(CLOCK).idleTimeout(Duration.ofMillis(300)).start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("requests"))) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(9);
    String approvable = Files.readString(Path.of("requests", "opzelura-ad-approvable.json"));
    for (Path sample : samples) {
      String body = Files.readString(sample);
      exchange(service, "sample " + sample.getFileName(), "POST", "/v1/evaluate", "application/json", body);
      exchange(service, "sample without content type " + sample.getFileName(), "POST", "/v1/evaluate", null, body);
    }
    for (String asOf : List.of("2024-11-14", "2024-11-15", "2026-11-24", "2030-01-01")) {
      exchange(service, "asOf " + asOf, "POST", "/v1/evaluate?asOf=" + asOf, "application/json", approvable);
    }
    exchange(service, "without requestDate", "POST", "/v1/evaluate", "application/json",
        approvable.replaceFirst("\"requestDate\": \"[0-9-]+\",", ""));
    exchange(service, "a +json content type", "POST", "/v1/evaluate", "application/vnd.covercrit+json; charset=utf-8", approvable);
    exchange(service, "a bad asOf", "POST", "/v1/evaluate?asOf=yesterday", "application/json", approvable);
    exchange(service, "asOf twice", "POST", "/v1/evaluate?asOf=2026-11-24&asOf=2026-11-25", "application/json", approvable);
    exchange(service, "an unknown parameter", "POST", "/v1/evaluate?policy=x", "application/json", approvable);
    exchange(service, "bad JSON", "POST", "/v1/evaluate", "application/json", "{\"policyId\": \"cigna/IP0369\", \"patient\": {");
    exchange(service, "trailing content", "POST", "/v1/evaluate", "application/json", approvable + " {}");
    exchange(service, "an empty body", "POST", "/v1/evaluate", "application/json", "");
    exchange(service, "not an object", "POST", "/v1/evaluate", "application/json", "[1, 2]");
    exchange(service, "an unknown field", "POST", "/v1/evaluate", "application/json", approvable.replace("\"memberId\"", "\"memberNumber\""));
    exchange(service, "an invalid date", "POST", "/v1/evaluate", "application/json", approvable.replace("\"2010-03-15\"", "\"2010-02-30\""));
    exchange(service, "a wrong type", "POST", "/v1/evaluate", "application/json", approvable.replace("\"L20.9\"", "42"));
    exchange(service, "a missing policy id", "POST", "/v1/evaluate", "application/json",
        approvable.replace("\"policyId\": \"cigna/IP0369\",", ""));
    exchange(service, "an unsupported schema version", "POST", "/v1/evaluate", "application/json",
        approvable.replaceFirst("\\{", "{\"schemaVersion\": \"2\","));
    exchange(service, "an unknown policy", "POST", "/v1/evaluate", "application/json", approvable.replace("cigna/IP0369", "acme/NOPE"));
    exchange(service, "a policy not yet in force", "POST", "/v1/evaluate?asOf=1990-01-01", "application/json", approvable);
    exchange(service, "too large", "POST", "/v1/evaluate", "application/json",
        approvable.replace("\"requestId\"", "\"notes\": \"" + "x".repeat(MAX_BODY) + "\", \"requestId\""));
    exchange(service, "not JSON", "POST", "/v1/evaluate", "text/plain", approvable);
    exchange(service, "form data", "POST", "/v1/evaluate", "application/x-www-form-urlencoded", "a=b");
    exchange(service, "not UTF-8", "POST", "/v1/evaluate", "application/json; charset=utf-8", null);
    exchange(service, "GET evaluate", "GET", "/v1/evaluate", null, null);
    exchange(service, "PUT evaluate", "PUT", "/v1/evaluate", "application/json", approvable);
    exchange(service, "DELETE policies", "DELETE", "/v1/policies", null, null);
    exchange(service, "POST policies", "POST", "/v1/policies", "application/json", "{}");
    exchange(service, "POST health", "POST", "/health", "application/json", "{}");
    exchange(service, "policies", "GET", "/v1/policies", null, null);
    exchange(service, "health", "GET", "/health", null, null);
    exchange(service, "a sub-path", "GET", "/v1/evaluate/more", null, null);
    exchange(service, "an unknown URL", "GET", "/admin", null, null);
    exchange(service, "the root", "GET", "/", null, null);
    exchange(service, "an unknown URL, POST", "POST", "/v2/evaluate", "application/json", approvable);
    exchange(defective, "a defect in a policy", "POST", "/v1/evaluate", "application/json",
        approvable.replace("cigna/IP0369", DefectivePolicy.ID));
    // What an HTTP client will not send: answered by the server before (or around) the routes.
    String padding = "x".repeat(16 * 1024);
    raw(service, "a bad %-escape in the path", "GET", "/v1/%zz", "GET /v1/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    raw(service, "a Content-Length that is not a number", "POST", "/v1/evaluate",
        "POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n{}");
    raw(service, "a bad chunk size", "POST", "/v1/evaluate",
        "POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
    raw(service, "no Host header", "GET", "/health", "GET /health HTTP/1.1\r\n\r\n");
    raw(service, "headers over the limit", "GET", "/health", "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + padding + "\r\n\r\n");
    raw(service, "a request line over the limit", "GET", "/health", "GET /health?" + padding + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    raw(impatient, "a stalled body", "POST", "/v1/evaluate",
        "POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"policyId\"");
  }

  private static void raw(CovercritService target, String what, String method, String path, String request) throws IOException {
    RawHttp.Answer answer = RawHttp.exchange(target, request);
    record(what, method, path, answer.status(), answer.headers().get("content-type"), answer.headers().get("allow"), answer.body());
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (defective != null) {
      defective.close();
    }
    if (impatient != null) {
      impatient.close();
    }
  }

  private static void exchange(CovercritService target, String what, String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher;
    if (what.equals("not UTF-8")) {
      publisher = HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});
    } else {
      publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(target.uri().resolve(path)).timeout(Duration.ofSeconds(30))
        .method(method, publisher);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    record(what, method, path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
        response.headers().firstValue("Allow").orElse(null), response.body());
  }

  /**
   * Files an answer under its path template and operation; a status the operation does not list
   * but the any-request responses do (a request that is not valid HTTP, over the header limit, or
   * timed out) falls under those.
   */
  private static void record(String what, String method, String path, int status, String contentType, String allow, String body) {
    String plainPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    JsonNode item = openApi.get("paths").get(plainPath);
    String template = item == null ? ANY : plainPath;
    String operation = item == null ? ANY : item.has(method.toLowerCase(Locale.ROOT)) ? method.toLowerCase(Locale.ROOT) : ANY;
    String code = Integer.toString(status);
    if (item != null && !operation.equals(ANY) && !item.get(operation).get("responses").has(code)
        && openApi.at("/x-covercrit-any-request/responses").has(code)) {
      template = ANY;
      operation = ANY;
    }
    exchanges.add(new Exchange(what, method, path, template, operation, status, contentType, allow, body));
  }

  /**
   * The responses that apply to an exchange: its operation's; for another method on a listed
   * path, that path's 405 response; for a path not listed, the document's any-request responses.
   */
  private static JsonNode responses(Exchange e) {
    if (e.template().equals(ANY)) {
      return openApi.at("/x-covercrit-any-request/responses");
    }
    JsonNode item = openApi.get("paths").get(e.template());
    if (e.operation().equals(ANY)) {
      List<JsonNode> notAllowed = new ArrayList<>();
      item.fields().forEachRemaining(op -> notAllowed.add(op.getValue().at("/responses/405")));
      return TREE.createObjectNode().set("405", notAllowed.get(0));
    }
    return item.get(e.operation()).get("responses");
  }

  /** An OpenAPI {@code $ref} within the document followed, and its JSON Pointer. */
  private static String resolvedPointer(String pointer) {
    JsonNode node = openApi.at(pointer);
    while (node.has("$ref") && node.get("$ref").asText().startsWith("#/components/responses/")) {
      pointer = node.get("$ref").asText().substring(1);
      node = openApi.at(pointer);
    }
    return pointer;
  }

  private static String pointerOf(Exchange e, String status) {
    if (e.template().equals(ANY)) {
      return "/x-covercrit-any-request/responses/" + status;
    }
    String path = "/paths/" + e.template().replace("~", "~0").replace("/", "~1");
    String operation = e.operation().equals(ANY)
        ? openApi.get("paths").get(e.template()).fieldNames().next()
        : e.operation();
    return path + "/" + operation + "/responses/" + status;
  }

  @Test
  void every_answer_is_declared_for_its_path_and_method_and_validates_against_the_declared_schema() {
    List<String> failures = new ArrayList<>();
    for (Exchange e : exchanges) {
      String status = Integer.toString(e.status());
      if (!responses(e).has(status)) {
        failures.add(e.what() + ": " + e.method() + " " + e.path() + " answered " + status + ", not declared for "
            + e.template() + " " + e.operation());
        continue;
      }
      String responsePointer = resolvedPointer(pointerOf(e, status));
      JsonNode response = openApi.at(responsePointer);
      JsonNode content = response.get("content");
      String mediaType = e.contentType() == null ? null : e.contentType().split(";", 2)[0].strip();
      if (mediaType == null || !content.has(mediaType)) {
        failures.add(e.what() + ": content type " + e.contentType() + ", declared " + content.fieldNames().next());
        continue;
      }
      if (response.has("headers")) {
        for (Iterator<String> names = response.get("headers").fieldNames(); names.hasNext(); ) {
          String header = names.next();
          if (header.equals("Allow") && e.allow() == null) {
            failures.add(e.what() + ": no Allow header");
          }
        }
      }
      String schemaPointer = responsePointer + "/content/" + mediaType.replace("~", "~0").replace("/", "~1") + "/schema";
      List<String> errors = JsonSchemas.errors(schemas.schema(OPENAPI_IRI + "#" + schemaPointer), e.body());
      if (!errors.isEmpty()) {
        failures.add(e.what() + ": body does not validate against " + schemaPointer + ": " + errors);
      }
    }
    assertThat(failures).isEmpty();
    // The set is broad: each sample twice, several statuses of each kind.
    assertThat(exchanges).hasSizeGreaterThan(40);
  }

  @Test
  void the_bodies_of_evaluate_are_the_published_schemas() {
    assertThat(openApi.at("/paths/~1v1~1evaluate/post/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo(io.covercrit.core.json.CovercritJson.REQUEST_SCHEMA_ID);
    assertThat(openApi.at("/paths/~1v1~1evaluate/post/responses/200/content/application~1json/schema/$ref").asText())
        .isEqualTo(io.covercrit.core.json.CovercritJson.DETERMINATION_SCHEMA_ID);
    assertThat(openApi.get("openapi").asText()).startsWith("3.1.");
    assertThat(openApi.get("jsonSchemaDialect").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    // The samples are answered with determinations, and the request schema takes them as sent.
    long determinations = exchanges.stream().filter(e -> e.what().startsWith("sample ") && e.status() == 200).count();
    assertThat(determinations).isEqualTo(exchanges.stream().filter(e -> e.what().startsWith("sample ")).count());
  }

  @Test
  void every_sample_request_validates_against_the_declared_request_body() throws IOException {
    com.networknt.schema.Schema body = schemas.schema(OPENAPI_IRI + "#/paths/~1v1~1evaluate/post/requestBody/content/application~1json/schema");
    try (Stream<Path> files = Files.list(Path.of("requests"))) {
      for (Path sample : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        assertThat(JsonSchemas.errors(body, Files.readString(sample))).as(sample.toString()).isEmpty();
      }
    }
  }

  @Test
  void every_declared_path_method_and_status_is_answered_by_some_request() {
    Set<String> declared = new TreeSet<>();
    openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      op.getValue().get("responses").fieldNames().forEachRemaining(status -> declared.add(path.getKey() + " "
          + (status.equals("405") ? ANY : op.getKey()) + " " + status));
    }));
    openApi.at("/x-covercrit-any-request/responses").fieldNames().forEachRemaining(status -> declared.add(ANY + " " + ANY + " " + status));
    Set<String> answered = exchanges.stream().map(Exchange::declared).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(answered);
    assertThat(missing).as("declared but never answered").isEmpty();
    Set<String> undeclared = new TreeSet<>(answered);
    undeclared.removeAll(declared);
    assertThat(undeclared).as("answered but not declared").isEmpty();
  }

  @Test
  void the_document_is_valid_json_with_every_internal_reference_resolvable() {
    List<String> broken = new ArrayList<>();
    collectRefs(openApi, broken);
    assertThat(broken).isEmpty();
  }

  private static void collectRefs(JsonNode node, List<String> broken) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#/") && openApi.at(ref.asText().substring(1)).isMissingNode()) {
        broken.add(ref.asText());
      }
      node.elements().forEachRemaining(child -> collectRefs(child, broken));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectRefs(child, broken));
    }
  }
}
