package io.covercrit.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.covercrit.core.CovercritException;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.examples.errors.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP JSON service that embeds covercrit, on the JDK's own HTTP server (no framework):
 *
 * <ul>
 *   <li>{@code POST /v1/evaluate[?asOf=YYYY-MM-DD]}: body a request in the JSON form of
 *       {@link CovercritJson}; answer {@code 200} with the determination. The as-of date is
 *       {@code asOf}, else the request's {@code requestDate}, else today in the service's clock.
 *   <li>{@code GET /v1/policies}: the installed policy versions.
 *   <li>{@code GET /health}: {@code {"status":"UP",...}} once the service accepts requests.
 * </ul>
 *
 * <p>Errors are RFC 7807 problem details ({@code application/problem+json}) with two extension
 * members, {@code code} (a stable error code) and, for request errors, {@code path} (the JSONPath of
 * the offending element). They never hold a value from the request or a stack trace:
 * {@code 400} for malformed JSON, invalid fields and bad query parameters; {@code 422} for a
 * well-formed request naming a policy that is not installed or not in force on the as-of date
 * (the URL exists, so not 404: the body's content is what cannot be processed); {@code 404} for
 * unknown URLs; {@code 405} (with {@code Allow}) for a wrong method; {@code 413} for a body over
 * the limit; {@code 415} for a body that is not JSON; {@code 500} for a defect, logged by
 * exception class only.
 *
 * <p>Responses carry {@code Cache-Control: no-store}: determinations describe a patient.
 * Thread-safe; {@link #close()} stops it.
 */
public final class CovercritService implements AutoCloseable {
  /** Default body limit: the JSON document limit, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = CovercritJson.MAX_DOCUMENT_CHARS;

  static final String BAD_QUERY = "CC-HTTP-001";
  static final String NOT_FOUND = "CC-HTTP-404";
  static final String METHOD_NOT_ALLOWED = "CC-HTTP-405";
  static final String TOO_LARGE = "CC-HTTP-413";
  static final String UNSUPPORTED_MEDIA_TYPE = "CC-HTTP-415";

  private static final Logger LOG = LoggerFactory.getLogger(CovercritService.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final PolicyRegistry registry;
  private final CovercritJson json = CovercritJson.create();
  private final ObjectMapper mapper = new ObjectMapper();
  private final Clock clock;
  private final int maxBodyBytes;

  private CovercritService(Builder b) throws IOException {
    this.registry = b.registry;
    this.clock = b.clock;
    this.maxBodyBytes = b.maxBodyBytes;
    AtomicInteger count = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(b.threads, task -> {
      Thread thread = new Thread(task, "covercrit-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.server = HttpServer.create(b.address, 0);
    server.setExecutor(executor);
    server.createContext("/v1/evaluate", guarded("POST", "/v1/evaluate", this::evaluate));
    server.createContext("/v1/policies", guarded("GET", "/v1/policies", this::policies));
    server.createContext("/health", guarded("GET", "/health", this::health));
    server.createContext("/", guarded(null, null, exchange -> { }));
    server.start();
    LOG.info("covercrit service listening on {}", uri());
  }

  /** A service over {@code registry}, listening on the loopback interface, port 8080 by default. */
  public static Builder builder(PolicyRegistry registry) {
    return new Builder(registry);
  }

  /** The address the service listens on (with the actual port when port 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@code http://host:port}, e.g. for a client. */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** Stops accepting requests, and stops the worker threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** Exact path and method checks, and the last line of defence: no stack trace ever leaves. */
  private HttpHandler guarded(String method, String path, Route route) {
    return exchange -> {
      // Not try-with-resources: the exchange must still be open in the catch blocks, to answer 500.
      try {
        if (path == null || !exchange.getRequestURI().getPath().equals(path)) {
          problem(exchange, 404, NOT_FOUND, null, "no such resource; see GET /v1/policies, POST /v1/evaluate, GET /health");
        } else if (!exchange.getRequestMethod().equals(method)) {
          exchange.getResponseHeaders().set("Allow", method);
          problem(exchange, 405, METHOD_NOT_ALLOWED, null, "use " + method);
        } else {
          route.handle(exchange);
        }
      } catch (IOException e) {
        // The client went away; nothing to answer.
        LOG.debug("I/O error on {} ({})", path, e.getClass().getSimpleName());
      } catch (RuntimeException e) {
        // Only the class: a message may quote input.
        LOG.error("unexpected {} on {}", e.getClass().getName(), path);
        try {
          problem(exchange, 500, InputProblem.INTERNAL, null, "unexpected failure; the request was not evaluated");
        } catch (IOException | RuntimeException ignored) {
          // Headers were already sent, or the client went away.
        }
      } finally {
        exchange.close();
      }
    };
  }

  private void evaluate(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && !isJson(contentType)) {
      problem(exchange, 415, UNSUPPORTED_MEDIA_TYPE, null, "the body must be application/json");
      return;
    }
    LocalDate asOf;
    try {
      asOf = asOf(exchange.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      problem(exchange, 400, BAD_QUERY, null, e.getMessage());
      return;
    }
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 18
        && Long.parseLong(declared) > maxBodyBytes) {
      problem(exchange, 413, TOO_LARGE, null, "the body is larger than " + maxBodyBytes + " bytes");
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(maxBodyBytes + 1);
    }
    if (body.length > maxBodyBytes) {
      problem(exchange, 413, TOO_LARGE, null, "the body is larger than " + maxBodyBytes + " bytes");
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      problem(exchange, InputProblem.notUtf8());
      return;
    }
    Determination determination;
    try {
      CoverageRequest request = json.readRequest(text);
      LocalDate date = asOf != null ? asOf : request.requestDate().orElseGet(() -> LocalDate.now(clock));
      determination = registry.evaluate(request, date);
    } catch (CovercritException e) {
      problem(exchange, InputProblem.of(e));
      return;
    }
    send(exchange, 200, JSON, json.writeDeterminationBytes(determination));
  }

  private void policies(HttpExchange exchange) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    ArrayNode list = body.putArray("policies");
    for (PolicyDescriptor p : registry.descriptors()) {
      ObjectNode entry = list.addObject();
      entry.put("id", p.id());
      entry.put("version", p.version());
      p.effectiveFrom().ifPresent(from -> entry.put("effectiveFrom", from.toString()));
      entry.put("title", p.title());
      entry.put("reliability", p.provenance().reliability().name());
    }
    send(exchange, 200, JSON, bytes(body));
  }

  private void health(HttpExchange exchange) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "UP");
    body.put("policies", registry.policyIds().size());
    send(exchange, 200, JSON, bytes(body));
  }

  /** The {@code asOf} query parameter, the only one accepted; null when absent. */
  static LocalDate asOf(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    LocalDate asOf = null;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (!name.equals("asOf") || asOf != null) {
        throw new IllegalArgumentException("the only query parameter is asOf, given once");
      }
      try {
        asOf = LocalDate.parse(URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("asOf must be a date, YYYY-MM-DD");
      }
    }
    return asOf;
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private void problem(HttpExchange exchange, InputProblem problem) throws IOException {
    int status;
    switch (problem.kind()) {
      case UNKNOWN_POLICY:
        status = 422;
        break;
      case INTERNAL:
        status = 500;
        break;
      default:
        status = 400;
        break;
    }
    problem(exchange, status, problem.code(), problem.path(), problem.problem());
  }

  private void problem(HttpExchange exchange, int status, String code, String path, String detail) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    if (path != null) {
      body.put("path", path);
    }
    send(exchange, status, PROBLEM_JSON, bytes(body));
  }

  /** RFC 7807 3.1: with type about:blank, the title is the status's reason phrase. */
  private static String title(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 413: return "Content Too Large";
      case 415: return "Unsupported Media Type";
      case 422: return "Unprocessable Content";
      default: return "Internal Server Error";
    }
  }

  private byte[] bytes(ObjectNode body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Configures a service. Not thread-safe. */
  public static final class Builder {
    private final PolicyRegistry registry;
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
    private Clock clock = Clock.systemDefaultZone();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(PolicyRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Where to listen; port 0 picks a free port (see {@link CovercritService#address()}). */
    public Builder address(InetSocketAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /** The clock that gives today's date for requests without {@code asOf} or {@code requestDate}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1");
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Starts the service. */
    public CovercritService start() throws IOException {
      return new CovercritService(this);
    }
  }
}
