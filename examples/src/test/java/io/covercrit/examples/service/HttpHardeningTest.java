package io.covercrit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.examples.service.RawHttp.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The service at the byte level, over raw sockets: requests that are not valid HTTP, or that a
 * slow or hostile client sends, are answered with problem details, quickly, and other clients
 * are still served.
 */
class HttpHardeningTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
  private static final Duration IDLE = Duration.ofMillis(1500);

  private static CovercritService service;
  private static String approvable;

  @BeforeAll
  static void start() throws IOException {
    // One worker thread: a slow client that held it would stop every other client.
    service = CovercritService.builder(PolicyRegistry.installed())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .clock(CLOCK).threads(1).idleTimeout(IDLE).start();
    approvable = Files.readString(Path.of("requests", "opzelura-ad-approvable.json"));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static Socket connect() throws IOException {
    return RawHttp.connect(service);
  }

  private static Answer read(InputStream in) throws IOException {
    return RawHttp.read(in);
  }

  private static Answer exchange(String raw) throws IOException {
    return RawHttp.exchange(service, raw);
  }

  private static String post(String body) {
    return "POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  private static void assertProblem(Answer answer, int status, String code) throws IOException {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
    assertThat(answer.headers().get("cache-control")).isEqualTo("no-store");
    assertThat(answer.headers()).doesNotContainKey("server");
    JsonNode problem = TREE.readTree(answer.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("<html").doesNotContain("at org.")
        .doesNotContain("jetty");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a bad %-escape in the path          | GET /v1/%zz HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n                                   | 400 | CC-HTTP-400
      a Content-Length that is not a number | POST /v1/evaluate HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Length: abc\\r\\n\\r\\n{}   | 400 | CC-HTTP-400
      two different Content-Lengths       | POST /v1/evaluate HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Length: 2\\r\\nContent-Length: 3\\r\\n\\r\\n{}  | 400 | CC-HTTP-400
      a bad chunk size                    | POST /v1/evaluate HTTP/1.1\\r\\nHost: localhost\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n{}\\r\\n0\\r\\n\\r\\n | 400 | CC-HTTP-400
      no Host header                      | GET /health HTTP/1.1\\r\\n\\r\\n                                                      | 400 | CC-HTTP-400
      a request line that is not HTTP     | HELLO\\r\\n\\r\\n                                                                     | 400 | CC-HTTP-400
      a bad %-escape in the query         | POST /v1/evaluate?asOf=%zz HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Length: 2\\r\\n\\r\\n{}  | 400 | CC-HTTP-001
      """)
  void requests_that_are_not_valid_http_get_a_problem_at_once(String what, String raw, int status, String code) throws Exception {
    long started = System.nanoTime();
    Answer answer = exchange(raw.strip().replace("\\r\\n", "\r\n"));
    assertProblem(answer, status, code);
    // Answered from what was sent, not after waiting for the idle timeout.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(IDLE);
    assertThat(answer.body()).doesNotContain("zz").doesNotContain("abc").doesNotContain("HELLO");
  }

  @Test
  void headers_over_the_limit_get_a_431_problem_not_a_reset() throws Exception {
    String padding = "x".repeat(16 * 1024);
    assertProblem(exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + padding + "\r\n\r\n"), 431, "CC-HTTP-431");
    Answer longUri = exchange("GET /health?" + padding + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertProblem(longUri, 414, "CC-HTTP-414");
    // Just under the limit is served.
    Answer under = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(6 * 1024) + "\r\n\r\n");
    assertThat(under.status()).isEqualTo(200);
  }

  @Test
  void keep_alive_serves_many_requests_on_one_connection_each_with_its_length() throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      String first = null;
      for (int i = 0; i < 50; i++) {
        out.write(post(approvable).getBytes(StandardCharsets.UTF_8));
        out.flush();
        Answer answer = read(in);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("content-type")).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.headers()).doesNotContainKey("connection");
        if (first == null) {
          first = answer.body();
        }
        assertThat(answer.body()).isEqualTo(first);
      }
      assertThat(TREE.readTree(first).get("outcome").asText()).isEqualTo("MEETS_CRITERIA");
    }
  }

  @Test
  void a_slow_client_does_not_stop_others_and_its_stalled_body_is_answered_408_after_the_idle_timeout() throws Exception {
    // Warm first, so the timing below measures waiting, not the first requests' compilation.
    for (int i = 0; i < 20; i++) {
      assertThat(exchange(post(approvable)).status()).isEqualTo(200);
    }
    List<Socket> slow = new ArrayList<>();
    try {
      // Three slow clients on a one-worker service: one mid-headers, two mid-body.
      Socket midHeaders = connect();
      midHeaders.getOutputStream().write("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Ty".getBytes(StandardCharsets.US_ASCII));
      slow.add(midHeaders);
      for (int i = 0; i < 2; i++) {
        Socket midBody = connect();
        byte[] request = post(approvable).getBytes(StandardCharsets.UTF_8);
        midBody.getOutputStream().write(request, 0, request.length - 100);
        midBody.getOutputStream().flush();
        slow.add(midBody);
      }
      long started = System.nanoTime();
      for (int i = 0; i < 20; i++) {
        Answer answer = exchange(post(approvable));
        assertThat(answer.status()).isEqualTo(200);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("others were served while the slow clients stalled")
          .isLessThan(IDLE);

      long stalled = System.nanoTime();
      Answer timedOut = read(slow.get(1).getInputStream());
      assertProblem(timedOut, 408, "CC-HTTP-408");
      assertThat(timedOut.headers().get("connection")).isEqualTo("close");
      assertThat(Duration.ofNanos(System.nanoTime() - stalled)).isLessThan(IDLE.multipliedBy(3));
      // The one mid-headers is closed (there is no request to answer yet).
      assertClosedWithin(slow.get(0), IDLE.multipliedBy(3));
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void an_idle_keep_alive_connection_is_closed_after_the_idle_timeout() throws Exception {
    try (Socket socket = connect()) {
      socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(read(socket.getInputStream()).status()).isEqualTo(200);
      assertClosedWithin(socket, IDLE.multipliedBy(3));
    }
  }

  @Test
  void a_body_over_the_limit_is_refused_from_its_declared_length_before_it_is_sent() throws Exception {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 999999999\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
      Answer answer = read(socket.getInputStream());
      assertProblem(answer, 413, "CC-HTTP-413");
      assertThat(answer.headers().get("connection")).isEqualTo("close");
    }
  }

  @Test
  void a_body_over_the_limit_sent_whole_is_read_and_answered_413_on_a_connection_that_stays_usable() throws Exception {
    String padded = approvable.replace("\"requestId\"",
        "\"notes\": \"" + "x".repeat(CovercritService.DEFAULT_MAX_BODY_BYTES) + "\", \"requestId\"");
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(post(padded).getBytes(StandardCharsets.UTF_8));
      out.flush();
      Answer answer = read(socket.getInputStream());
      assertProblem(answer, 413, "CC-HTTP-413");
      assertThat(answer.headers()).doesNotContainKey("connection");
      out.write(post(approvable).getBytes(StandardCharsets.UTF_8));
      out.flush();
      assertThat(read(socket.getInputStream()).status()).isEqualTo(200);
    }
  }

  @Test
  void a_client_that_waits_for_100_continue_gets_413_before_it_sends_the_body() throws Exception {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Expect: 100-continue\r\nContent-Length: 2000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      Answer answer = read(socket.getInputStream());
      assertProblem(answer, 413, "CC-HTTP-413");
      assertThat(answer.headers().get("connection")).isEqualTo("close");
    }
  }

  private static void assertClosedWithin(Socket socket, Duration limit) throws IOException {
    socket.setSoTimeout((int) limit.toMillis());
    try {
      assertThat(socket.getInputStream().read()).as("the server closed the connection").isEqualTo(-1);
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the connection was still open after " + limit, e);
    } catch (IOException reset) {
      // A reset is a close too.
    }
  }
}
