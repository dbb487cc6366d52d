package io.covercrit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.examples.testing.DefectivePolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Starts the service on a loopback port and talks to it with the JDK's HTTP client. */
class CovercritServiceTest {
  private static final CovercritJson JSON = CovercritJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final int MAX_BODY = 16 * 1024;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
  private static final String SECRET_MEMBER_ID = "ZZ98765432101";

  private static CovercritService service;
  private static HttpClient client;
  private static String approvable;

  @BeforeAll
  static void start() throws IOException {
    service = CovercritService.builder(PolicyRegistry.installed())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .clock(CLOCK)
        .maxBodyBytes(MAX_BODY)
        .threads(2)
        .start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    approvable = Files.readString(Path.of("requests", "opzelura-ad-approvable.json")).replace("U1234567801", SECRET_MEMBER_ID);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(service.uri().resolve(path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return send("POST", path, "application/json", body);
  }

  @Test
  void it_listens_on_the_loopback_interface_on_the_port_it_was_given() {
    assertThat(service.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(service.address().getPort()).isPositive();
    assertThat(service.uri()).isEqualTo(URI.create("http://127.0.0.1:" + service.address().getPort()));
  }

  @Test
  void a_good_request_gets_the_same_determination_as_the_library() throws Exception {
    HttpResponse<String> response = post("/v1/evaluate", approvable);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    Determination d = JSON.readDetermination(response.body());
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(response.body()).isEqualTo(JSON.writeDetermination(
        PolicyRegistry.installed().evaluate(JSON.readRequest(approvable), LocalDate.of(2026, 11, 24)), false));
  }

  @Test
  void as_of_in_the_query_selects_the_policy_version() throws Exception {
    HttpResponse<String> response = post("/v1/evaluate?asOf=2024-11-14", approvable);

    assertThat(response.statusCode()).isEqualTo(200);
    Determination d = JSON.readDetermination(response.body());
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2024, 11, 14));
    assertThat(d.policy().version()).isEqualTo("before 2024-11-15");
  }

  @Test
  void a_request_without_a_date_is_evaluated_as_of_today_in_the_service_clock() throws Exception {
    CoverageRequest undated = CoverageRequest.builder().from(JSON.readRequest(approvable)).requestDate(Optional.empty()).build();

    HttpResponse<String> response = post("/v1/evaluate", JSON.writeRequest(undated, false));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readDetermination(response.body()).asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  /** Each bad request: status, problem code and JSON path (empty when the problem has none). */
  @ParameterizedTest(name = "{0}: {4} {5}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON           | POST   | /v1/evaluate             | application/json | 400 | CC-JSON-001   | $",
      "an invalid field         | POST   | /v1/evaluate             | application/json | 400 | CC-JSON-003   | $.patient.birthDate",
      "an unknown field         | POST   | /v1/evaluate             | application/json | 400 | CC-JSON-002   | $.patient",
      "a missing policy id      | POST   | /v1/evaluate             | application/json | 400 | CC-INPUT-002  | $.policyId",
      "an unknown policy        | POST   | /v1/evaluate             | application/json | 422 | CC-POLICY-001 | $.policyId",
      "a bad asOf               | POST   | /v1/evaluate?asOf=yesterday | application/json | 400 | CC-HTTP-001 | ''",
      "an unknown parameter     | POST   | /v1/evaluate?policy=x    | application/json | 400 | CC-HTTP-001   | ''",
      "a body that is not JSON  | POST   | /v1/evaluate             | text/plain       | 415 | CC-HTTP-415   | ''",
      "a body over the limit    | POST   | /v1/evaluate             | application/json | 413 | CC-HTTP-413   | ''",
      "the wrong method         | GET    | /v1/evaluate             | ''               | 405 | CC-HTTP-405   | ''",
      "the wrong method         | DELETE | /v1/policies             | ''               | 405 | CC-HTTP-405   | ''",
      "an unknown URL           | GET    | /v1/evaluate/more        | ''               | 404 | CC-HTTP-404   | ''",
      "an unknown URL           | GET    | /admin                   | ''               | 404 | CC-HTTP-404   | ''",
  })
  void bad_requests_get_a_problem_naming_the_code_and_path_but_no_value_or_stack_trace(
      String what, String method, String path, String contentType, int status, String code, String jsonPath) throws Exception {
    String body = badBody(what);

    HttpResponse<String> response = send(method, path, contentType.isEmpty() ? null : contentType, body);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
    JsonNode problem = TREE.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("code").asText()).isEqualTo(code);
    if (jsonPath.isEmpty()) {
      assertThat(problem.has("path")).isFalse();
    } else {
      assertThat(problem.get("path").asText()).isEqualTo(jsonPath);
    }
    assertThat(response.body()).doesNotContain(SECRET_MEMBER_ID).doesNotContain("memberNumber").doesNotContain("2010-02-30").doesNotContain("acme/NOPE")
        .doesNotContain("Exception").doesNotContain("at io.covercrit");
    if (status == 405) {
      assertThat(response.headers().firstValue("Allow")).contains(path.equals("/v1/evaluate") ? "POST" : "GET");
    }
  }

  private static String badBody(String what) {
    switch (what) {
      case "malformed JSON":
        return "{\"policyId\": \"cigna/IP0369\", \"patient\": {\"memberId\": \"" + SECRET_MEMBER_ID + "\"";
      case "an invalid field":
        return approvable.replace("\"2010-03-15\"", "\"2010-02-30\"");
      case "an unknown field":
        return approvable.replace("\"memberId\"", "\"memberNumber\"");
      case "a missing policy id":
        return approvable.replace("\"policyId\": \"cigna/IP0369\",", "");
      case "an unknown policy":
        return approvable.replace("cigna/IP0369", "acme/NOPE");
      case "a body over the limit":
        return approvable.replace("\"requestId\"", "\"notes\": \"" + "x".repeat(MAX_BODY) + "\", \"requestId\"");
      case "the wrong method":
      case "an unknown URL":
        return null;
      default:
        return approvable;
    }
  }

  @Test
  void a_defect_in_a_policy_is_a_500_problem_without_its_message_or_a_stack_trace() throws Exception {
    try (CovercritService defective = CovercritService.builder(DefectivePolicy.registryWithDefect())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(CLOCK).threads(1).start()) {
      HttpRequest request = HttpRequest.newBuilder(defective.uri().resolve("/v1/evaluate"))
          .POST(HttpRequest.BodyPublishers.ofString(approvable.replace("cigna/IP0369", DefectivePolicy.ID))).build();

      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
      JsonNode problem = TREE.readTree(response.body());
      assertThat(problem.get("code").asText()).isEqualTo("CC-INTERNAL-001");
      assertThat(problem.get("title").asText()).isEqualTo("Internal Server Error");
      assertThat(response.body()).doesNotContain(SECRET_MEMBER_ID).doesNotContain("IllegalStateException").doesNotContain("at io.");
    }
  }

  @Test
  void policies_lists_every_installed_version() throws Exception {
    HttpResponse<String> response = send("GET", "/v1/policies", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode policies = TREE.readTree(response.body()).get("policies");
    assertThat(policies).hasSize(PolicyRegistry.installed().descriptors().size());
    assertThat(policies.findValuesAsText("id")).contains("cigna/IP0369");
    assertThat(policies.findValuesAsText("version")).contains("before 2024-11-15");
  }

  @Test
  void health_says_up() throws Exception {
    HttpResponse<String> response = send("GET", "/health", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = TREE.readTree(response.body());
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("policies").asInt()).isEqualTo(PolicyRegistry.installed().policyIds().size());
  }
}
