package io.covercrit.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.io.IOException;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
 * closed. Thread-safe; {@link #close()} stops it.
 */
public final class CovercritService implements AutoCloseable {
  /** Default body limit: the JSON document limit, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = CovercritJson.MAX_DOCUMENT_CHARS;
  /** Default limit of the request line and headers together, in bytes. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
  /** Default idle timeout: how long a connection may send nothing, mid-request or between requests. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  private static final String EVALUATE = "/v1/evaluate";
  private static final String POLICIES = "/v1/policies";
  private static final String HEALTH = "/health";

  static final String BAD_QUERY = "CC-HTTP-001";
  static final String BAD_HTTP = "CC-HTTP-400";
  static final String NOT_FOUND = "CC-HTTP-404";
  static final String METHOD_NOT_ALLOWED = "CC-HTTP-405";
  static final String TIMED_OUT = "CC-HTTP-408";
  static final String TOO_LARGE = "CC-HTTP-413";
  static final String URI_TOO_LONG = "CC-HTTP-414";
  static final String UNSUPPORTED_MEDIA_TYPE = "CC-HTTP-415";
  static final String HEADERS_TOO_LARGE = "CC-HTTP-431";

  private static final Logger LOG = LoggerFactory.getLogger(CovercritService.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
  /** Jetty's own threads beside the workers: one acceptor, one selector. */
  private static final int ACCEPTORS = 1;
  private static final int SELECTORS = 1;

  private final Server server;
  private final ServerConnector connector;
  private final PolicyRegistry registry;
  private final CovercritJson json = CovercritJson.create();
  private final ObjectMapper mapper = new ObjectMapper();
  private final Clock clock;
  private final int maxBodyBytes;

  private CovercritService(Builder b) throws IOException {
    this.registry = b.registry;
    this.clock = b.clock;
    this.maxBodyBytes = b.maxBodyBytes;
    QueuedThreadPool threads = new QueuedThreadPool(b.threads + ACCEPTORS + SELECTORS, 1 + ACCEPTORS + SELECTORS);
    threads.setName("covercrit-http");
    threads.setDaemon(true);
    // No reserved threads: the pool is sized to the workers asked for.
    threads.setReservedThreads(0);
    this.server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(b.maxHeaderBytes);
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    this.connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(config));
    connector.setHost(b.address.getAddress().getHostAddress());
    connector.setPort(b.address.getPort());
    connector.setIdleTimeout(b.idleTimeout.toMillis());
    // TCP_NODELAY is Jetty's default for accepted connections; said here because latency depends on it.
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.setHandler(new Routes());
    server.setErrorHandler(new ProblemErrorHandler());
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new IOException("the HTTP server did not start (" + e.getClass().getSimpleName() + ")", e);
    }
    LOG.info("covercrit service listening on {}", uri());
  }

  /** A service over {@code registry}, listening on the loopback interface, port 8080 by default. */
  public static Builder builder(PolicyRegistry registry) {
    return new Builder(registry);
  }

  /** The address the service listens on (with the actual port when port 0 was asked for). */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  /** {@code http://host:port}, e.g. for a client. */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** Stops accepting requests, closes the connections, and stops the threads. */
  @Override
  public void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the HTTP server failed ({})", e.getClass().getName());
    }
  }

  /** Exact paths and methods; the last line of defence: no stack trace ever leaves. */
  private final class Routes extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String path = Request.getPathInContext(request);
      try {
        switch (path) {
          case EVALUATE:
            if (allowed(request, response, callback, "POST")) {
              evaluate(request, response, callback);
            }
            break;
          case POLICIES:
            if (allowed(request, response, callback, "GET")) {
              send(response, callback, 200, JSON, policies());
            }
            break;
          case HEALTH:
            if (allowed(request, response, callback, "GET")) {
              send(response, callback, 200, JSON, health());
            }
            break;
          default:
            problem(response, callback, 404, NOT_FOUND, null,
                "no such resource; see GET " + POLICIES + ", POST " + EVALUATE + ", GET " + HEALTH);
            break;
        }
      } catch (RuntimeException e) {
        // Only the routes reach here with their own path; an unknown path is input and is not logged.
        internalError(response, callback, e, path.equals(EVALUATE) || path.equals(POLICIES) || path.equals(HEALTH)
            ? path : "an unknown path");
      }
      return true;
    }

    private boolean allowed(Request request, Response response, Callback callback, String method) {
      if (request.getMethod().equals(method)) {
        return true;
      }
      response.getHeaders().put(HttpHeader.ALLOW, method);
      problem(response, callback, 405, METHOD_NOT_ALLOWED, null, "use " + method);
      return false;
    }
  }

  private void evaluate(Request request, Response response, Callback callback) {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType != null && !isJson(contentType)) {
      problem(response, callback, 415, UNSUPPORTED_MEDIA_TYPE, null, "the body must be application/json");
      return;
    }
    LocalDate asOf;
    try {
      asOf = asOf(request.getHttpURI().getQuery());
    } catch (IllegalArgumentException e) {
      problem(response, callback, 400, BAD_QUERY, null, e.getMessage());
      return;
    }
    long length = request.getLength();
    boolean waitsForContinue = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
    if (length > maxBodyBytes && (waitsForContinue || length > drainLimit())) {
      // Answered before the body is sent (or too much of it to read): the connection closes.
      tooLarge(response, callback, true);
      return;
    }
    new BodyReader(request, response, callback, asOf).run();
  }

  /**
   * Reads the body as it arrives, on whichever thread Jetty calls back: no thread waits for a slow
   * client.
   */
  private final class BodyReader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final LocalDate asOf;
    private byte[] body;
    private int size;
    /** Bytes read past the limit and dropped, so the answer reaches a client still sending. */
    private long dropped;

    BodyReader(Request request, Response response, Callback callback, LocalDate asOf) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.asOf = asOf;
      long length = request.getLength();
      this.body = new byte[length >= 0 && length <= maxBodyBytes ? (int) length : 1024];
    }

    @Override
    public void run() {
      try {
        while (true) {
          Content.Chunk chunk = request.read();
          if (chunk == null) {
            request.demand(this);
            return;
          }
          if (Content.Chunk.isFailure(chunk)) {
            unreadable(chunk.getFailure());
            return;
          }
          ByteBuffer bytes = chunk.getByteBuffer();
          int n = bytes.remaining();
          if (dropped > 0 || n > maxBodyBytes - size) {
            // Over the limit: read on and drop, up to the drain limit, then answer 413.
            dropped += n;
            boolean last = chunk.isLast();
            chunk.release();
            if (last || size + dropped > drainLimit()) {
              tooLarge(response, callback, !last);
              return;
            }
            continue;
          }
          if (size + n > body.length) {
            body = Arrays.copyOf(body, Math.min(maxBodyBytes, Math.max(body.length * 2, size + n)));
          }
          bytes.get(body, size, n);
          size += n;
          boolean last = chunk.isLast();
          chunk.release();
          if (last) {
            evaluate(response, callback, size == body.length ? body : Arrays.copyOf(body, size), asOf);
            return;
          }
        }
      } catch (RuntimeException e) {
        internalError(response, callback, e, EVALUATE);
      }
    }

    private void unreadable(Throwable failure) {
      // The body cannot be read to its end: answer, and do not reuse the connection.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      if (failure instanceof TimeoutException) {
        problem(response, callback, 408, TIMED_OUT, null, "the body did not arrive within the idle timeout");
      } else if (failure instanceof HttpException && ((HttpException) failure).getCode() == 400) {
        problem(response, callback, 400, BAD_HTTP, null, "the request body is not valid HTTP (e.g. a bad chunk)");
      } else {
        // The client went away, or the server is stopping: nobody to answer.
        LOG.debug("request body failed ({})", failure.getClass().getName());
        callback.failed(failure);
      }
    }
  }

  private void evaluate(Response response, Callback callback, byte[] body, LocalDate asOf) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      problem(response, callback, InputProblem.notUtf8());
      return;
    }
    Determination determination;
    try {
      CoverageRequest request = json.readRequest(text);
      LocalDate date = asOf != null ? asOf : request.requestDate().orElseGet(() -> LocalDate.now(clock));
      determination = registry.evaluate(request, date);
    } catch (CovercritException e) {
      problem(response, callback, InputProblem.of(e));
      return;
    }
    send(response, callback, 200, JSON, json.writeDeterminationBytes(determination));
  }

  /**
   * How much of a body over the limit is read and dropped before answering 413: a client that
   * sends its whole body before reading (most do, without {@code Expect: 100-continue}) would
   * otherwise meet a reset connection and never see the answer.
   */
  private long drainLimit() {
    return Math.max(4L * maxBodyBytes, 1L << 20);
  }

  private void tooLarge(Response response, Callback callback, boolean close) {
    if (close) {
      // The rest of the body is not read: the connection closes after the answer.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    problem(response, callback, 413, TOO_LARGE, null, "the body is larger than " + maxBodyBytes + " bytes");
  }

  private void internalError(Response response, Callback callback, RuntimeException e, String path) {
    // Only the class: a message may quote input.
    LOG.error("unexpected {} on {}", e.getClass().getName(), path);
    if (response.isCommitted()) {
      callback.failed(e);
    } else {
      response.reset();
      problem(response, callback, 500, InputProblem.INTERNAL, null, "unexpected failure; the request was not evaluated");
    }
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
    return bytes(body);
  }

  private byte[] health() {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "UP");
    body.put("policies", registry.policyIds().size());
    return bytes(body);
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

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private void problem(Response response, Callback callback, InputProblem problem) {
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
    problem(response, callback, status, problem.code(), problem.path(), problem.problem());
  }

  private void problem(Response response, Callback callback, int status, String code, String path, String detail) {
    send(response, callback, status, PROBLEM_JSON, problemBody(status, code, path, detail));
  }

  private byte[] problemBody(int status, String code, String path, String detail) {
    ObjectNode body = mapper.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    if (path != null) {
      body.put("path", path);
    }
    return bytes(body);
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

  private byte[] bytes(ObjectNode body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Headers and body in one write: the body is the whole content, with its length. */
  private static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, contentType);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** What Jetty answers itself, before or around the routes: the same problem details. */
  private final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus();
      Object attribute = request.getAttribute(ERROR_STATUS);
      if (attribute instanceof Integer) {
        status = (Integer) attribute;
      }
      if (status < 400 || status > 599) {
        status = 500;
      }
      Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
      if (cause instanceof IOException) {
        // The client went away (or timed out): whatever is answered, nobody reads it.
        LOG.debug("I/O failure on the HTTP server ({})", cause.getClass().getName());
      } else if (status == 500 && cause != null) {
        LOG.error("unexpected {} on the HTTP server", cause.getClass().getName());
      }
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      send(response, callback, status, PROBLEM_JSON, serverProblem(status));
      return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
      fields.put(HttpHeader.CACHE_CONTROL, "no-store");
      fields.put("X-Content-Type-Options", "nosniff");
      return ByteBuffer.wrap(serverProblem(status));
    }

    private byte[] serverProblem(int status) {
      switch (status) {
        case 400: return problemBody(status, BAD_HTTP, null, "the request is not valid HTTP");
        case 408: return problemBody(status, TIMED_OUT, null, "the request did not arrive within the idle timeout");
        case 414: return problemBody(status, URI_TOO_LONG, null, "the request line is over the header limit");
        case 431: return problemBody(status, HEADERS_TOO_LARGE, null, "the request headers are over the header limit");
        case 500: return problemBody(status, InputProblem.INTERNAL, null, "unexpected failure; the request was not evaluated");
        default: return problemBody(status, "CC-HTTP-" + status, null, "the server cannot serve this request");
      }
    }
  }

  /** Configures a service. Not thread-safe. */
  public static final class Builder {
    private final PolicyRegistry registry;
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
    private Clock clock = Clock.systemDefaultZone();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(PolicyRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Where to listen; port 0 picks a free port (see {@link CovercritService#address()}). */
    public Builder address(InetSocketAddress address) {
      Objects.requireNonNull(address, "address");
      if (address.isUnresolved()) {
        throw new IllegalArgumentException("address must be resolved");
      }
      this.address = address;
      return this;
    }

    /** The clock that gives today's date for requests without {@code asOf} or {@code requestDate}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The largest request body accepted, in bytes; a larger one is answered {@code 413}. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1");
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The largest request line plus headers, in bytes; larger ones are answered {@code 414} or {@code 431}. */
    public Builder maxHeaderBytes(int maxHeaderBytes) {
      if (maxHeaderBytes < 1024) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least 1024");
      }
      this.maxHeaderBytes = maxHeaderBytes;
      return this;
    }

    /**
     * How long a connection may send nothing before it is closed: while its headers arrive,
     * while its body arrives (answered {@code 408}), or between requests.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      if (idleTimeout.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException("idleTimeout must be at least 1 ms");
      }
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** Worker threads, which evaluate requests (Jetty adds one acceptor and one selector thread). */
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
