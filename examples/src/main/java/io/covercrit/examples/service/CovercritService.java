package io.covercrit.examples.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.CovercritException;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.examples.errors.InputProblem;
import io.covercrit.examples.errors.StrictUtf8;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP JSON service that embeds covercrit, on an embedded Jetty 12 server (its core API,
 * no servlets, no framework):
 *
 * <ul>
 *   <li>{@code POST /v1/evaluate[?asOf=YYYY-MM-DD]}: body a request in the JSON form of
 *       {@link CovercritJson}; answer {@code 200} with the determination. The as-of date is
 *       {@code asOf}, else the request's {@code requestDate}, else today in the service's clock.
 *   <li>{@code GET /v1/policies}: the installed policy versions.
 *   <li>{@code GET /health}: {@code {"status":"UP",...}} once the service accepts requests.
 * </ul>
 *
 * <p>Every error, the server's own included, is an RFC 7807 problem detail
 * ({@code application/problem+json}) with two extension members, {@code code} (a stable error
 * code) and, for request errors, {@code path} (the JSONPath of the offending element). They never
 * hold a value from the request or a stack trace: {@code 400} for malformed JSON, invalid fields
 * and bad query parameters, and for requests that are not valid HTTP ({@code CC-HTTP-400}: a bad
 * %-escape, a bad {@code Content-Length}, a bad chunk); {@code 422} for a well-formed request
 * naming a policy that is not installed or not in force on the as-of date (the URL exists, so not
 * 404: the body's content is what cannot be processed); {@code 404} for unknown URLs; {@code 405}
 * (with {@code Allow}) for a wrong method; {@code 408} for a body that stops arriving for the idle
 * timeout; {@code 413} for a body over the limit; {@code 414} and {@code 431} for a request line
 * or headers over the header limit; {@code 415} for a body that is not JSON; {@code 500} for a
 * defect, logged by exception class only.
 *
 * <p>Responses carry {@code Cache-Control: no-store} (determinations describe a patient) and a
 * {@code Content-Length}, and leave in one write on a connection with {@code TCP_NODELAY}. A body
 * is read without holding a thread while it arrives, so a slow client delays only itself; a
 * connection idle for the idle timeout, while its headers or body arrive or between requests, is
 * closed. Thread-safe; {@link #close()} stops it. The HTTP side is {@link JsonHttpServer}'s.
 */
public final class CovercritService extends JsonHttpServer {
  /** Default body limit: the JSON document limit, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = CovercritJson.MAX_DOCUMENT_CHARS;
  /** Default limit of the request line and headers together, in bytes. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;

  private static final String EVALUATE = "/v1/evaluate";
  private static final String POLICIES = "/v1/policies";
  private static final String HEALTH = "/health";

  static final String BAD_QUERY = "CC-HTTP-001";

  private static final Logger LOG = LoggerFactory.getLogger(CovercritService.class);
  private static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

  private final PolicyRegistry registry;
  private final CovercritJson json = CovercritJson.create();
  private final ObjectMapper mapper = new ObjectMapper();
  private final Clock clock;

  private CovercritService(Builder b) throws IOException {
    super(b, "covercrit-http", LOG,
        new Errors(PROBLEM_JSON, InputProblem.INTERNAL, "unexpected failure; the request was not evaluated"));
    this.registry = b.registry;
    this.clock = b.clock;
    start();
    LOG.info("covercrit service listening on {}", uri());
  }

  /** A service over {@code registry}, listening on the loopback interface, port 8080 by default. */
  public static Builder builder(PolicyRegistry registry) {
    return new Builder(registry);
  }

  /** Exact paths and methods. */
  @Override
  protected void route(Exchange exchange) {
    String path = exchange.path();
    switch (path) {
      case EVALUATE:
        exchange.route(EVALUATE);
        if (exchange.allow("POST")) {
          evaluate(exchange);
        }
        break;
      case POLICIES:
        exchange.route(POLICIES);
        if (exchange.allow("GET")) {
          exchange.respond(200, policies());
        }
        break;
      case HEALTH:
        exchange.route(HEALTH);
        if (exchange.allow("GET")) {
          exchange.respond(200, health());
        }
        break;
      default:
        exchange.error(404, NOT_FOUND, null,
            "no such resource; see GET " + POLICIES + ", POST " + EVALUATE + ", GET " + HEALTH);
        break;
    }
  }

  private void evaluate(Exchange exchange) {
    if (!exchange.acceptsJsonBody()) {
      return;
    }
    LocalDate asOf;
    try {
      asOf = asOf(exchange.rawQuery());
    } catch (IllegalArgumentException e) {
      exchange.error(400, BAD_QUERY, null, e.getMessage());
      return;
    }
    exchange.readBody(body -> evaluate(exchange, body, asOf));
  }

  private void evaluate(Exchange exchange, byte[] body, LocalDate asOf) {
    String text;
    try {
      text = StrictUtf8.decode(body);
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
    exchange.respond(200, json.writeDeterminationBytes(determination));
  }

  private byte[] policies() {
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
    return bytes(mapper, body);
  }

  private byte[] health() {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "UP");
    body.put("policies", registry.policyIds().size());
    return bytes(mapper, body);
  }

  /** The {@code asOf} query parameter, the only one accepted; null when absent. */
  static LocalDate asOf(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    LocalDate asOf = null;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (!name.equals("asOf") || asOf != null) {
        throw new IllegalArgumentException("the only query parameter is asOf, given once");
      }
      try {
        asOf = LocalDate.parse(decode(eq < 0 ? "" : pair.substring(eq + 1)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("asOf must be a date, YYYY-MM-DD");
      }
    }
    return asOf;
  }

  /** A %-decoded query component; the decoder's own message quotes the input, so it is replaced. */
  private static String decode(String component) {
    try {
      return URLDecoder.decode(component, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the query has a bad %-escape");
    }
  }

  private static void problem(Exchange exchange, InputProblem problem) {
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
    exchange.error(status, problem.code(), problem.path(), problem.problem());
  }

  /** An RFC 7807 problem detail; {@code path} (nullable) is the JSONPath of the offending element. */
  @Override
  protected byte[] errorBody(int status, String code, String path, String detail) {
    ObjectNode body = mapper.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    if (path != null) {
      body.put("path", path);
    }
    return bytes(mapper, body);
  }

  /** RFC 7807 3.1: with type about:blank, the title is the status's reason phrase (RFC 9110's). */
  private static String title(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 413: return "Content Too Large";
      case 414: return "URI Too Long";
      case 415: return "Unsupported Media Type";
      case 422: return "Unprocessable Content";
      case 431: return "Request Header Fields Too Large";
      case 500: return "Internal Server Error";
      default: return Objects.requireNonNullElse(HttpStatus.getMessage(status), "Error");
    }
  }

  /** Configures a service; the HTTP settings are {@link JsonHttpServer.Options}'. Not thread-safe. */
  public static final class Builder extends JsonHttpServer.Options<Builder> {
    private final PolicyRegistry registry;
    private Clock clock = Clock.systemDefaultZone();

    private Builder(PolicyRegistry registry) {
      super(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_HEADER_BYTES);
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The clock that gives today's date for requests without {@code asOf} or {@code requestDate}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Starts the service. */
    public CovercritService start() throws IOException {
      return new CovercritService(this);
    }
  }
}
