package io.covercrit.examples.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.fhir.FhirRequestMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
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
 * A CDS Hooks 2.0 service answering Da Vinci CRD on an embedded Jetty 12 server (its core API, no
 * servlets), after {@code io.covercrit.examples.service.CovercritService}:
 *
 * <ul>
 *   <li>{@code GET /cds-services}: discovery, the {@code order-select} and {@code order-sign} services.
 *   <li>{@code POST /cds-services/covercrit-order-select} and {@code .../covercrit-order-sign}: a hook
 *       request (draft orders in the context, the record in prefetch); answer {@code 200} with a card
 *       and a coverage-information {@code update} system action per order an installed policy covers.
 * </ul>
 *
 * <p>Errors are {@code {"error": code, "element": member, "message": ...}}; they never hold a value
 * from the request or a stack trace: {@code 400} for a malformed hook request, {@code 412} when a
 * resource the mapping needs is not in the prefetch (the service never queries the FHIR server),
 * {@code 404} for unknown URLs and service ids, {@code 405} (with {@code Allow}) for a wrong method,
 * {@code 408} for a body that stops arriving, {@code 413} for a body over the limit, {@code 415}
 * for a body that is not JSON, {@code 500} for a defect, logged by exception class only. Logs name
 * the service and counts, never patient data. Thread-safe; {@link #close()} stops it.
 */
public final class CdsHooksService implements AutoCloseable {
  /** Default body limit: a hook request carries the prefetched record, so more than a bare request. */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
  /** Default limit of the request line and headers together (the CDS client's JWT is a header). */
  public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
  /** Default idle timeout: how long a connection may send nothing, mid-request or between requests. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  static final String DISCOVERY = "/cds-services";
  private static final String SERVICE_PREFIX = DISCOVERY + "/";

  static final String BAD_HTTP = "CC-HTTP-400";
  static final String NOT_FOUND = "CC-HTTP-404";
  static final String METHOD_NOT_ALLOWED = "CC-HTTP-405";
  static final String TIMED_OUT = "CC-HTTP-408";
  static final String TOO_LARGE = "CC-HTTP-413";
  static final String UNSUPPORTED_MEDIA_TYPE = "CC-HTTP-415";
  /** The body is not UTF-8 (CDS Hooks requests are JSON, RFC 8259: UTF-8). */
  static final String NOT_UTF8 = "CC-CDS-003";
  static final String INTERNAL = "CC-HTTP-500";

  private static final Logger LOG = LoggerFactory.getLogger(CdsHooksService.class);
  private static final String JSON = "application/json; charset=utf-8";
  /** Jetty's own threads beside the workers: one acceptor, one selector. */
  private static final int ACCEPTORS = 1;
  private static final int SELECTORS = 1;

  private final Server server;
  private final ServerConnector connector;
  private final CrdHooks hooks;
  private final byte[] discovery;
  private final int maxBodyBytes;

  private CdsHooksService(Builder b) throws IOException {
    this.hooks = new CrdHooks(b.mapper != null ? b.mapper : FhirRequestMapper.create(), b.registry, b.clock,
        b.dtrLaunchUrl);
    this.discovery = bytes(hooks.discovery());
    this.maxBodyBytes = b.maxBodyBytes;
    QueuedThreadPool threads = new QueuedThreadPool(b.threads + ACCEPTORS + SELECTORS, 1 + ACCEPTORS + SELECTORS);
    threads.setName("covercrit-cds-hooks");
    threads.setDaemon(true);
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
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.setHandler(new Routes());
    server.setErrorHandler(new JsonErrorHandler());
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new IOException("the HTTP server did not start (" + e.getClass().getSimpleName() + ")", e);
    }
    LOG.info("CDS Hooks service listening on {}{}", uri(), DISCOVERY);
  }

  /** A service over {@code registry}, listening on the loopback interface, port 8080 by default. */
  public static Builder builder(PolicyRegistry registry) {
    return new Builder(registry);
  }

  /** The address the service listens on (with the actual port when port 0 was asked for). */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  /** {@code http://host:port}; the discovery endpoint is {@code uri() + "/cds-services"}. */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** Blocks until the service stops. */
  public void join() throws InterruptedException {
    server.join();
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
      String serviceId = path.startsWith(SERVICE_PREFIX) ? path.substring(SERVICE_PREFIX.length()) : null;
      boolean known = serviceId != null && CrdHooks.hookOf(serviceId).isPresent();
      try {
        if (path.equals(DISCOVERY) || path.equals(SERVICE_PREFIX)) {
          if (allowed(request, response, callback, "GET")) {
            send(response, callback, 200, discovery);
          }
        } else if (known) {
          if (allowed(request, response, callback, "POST")) {
            hook(request, response, callback, serviceId);
          }
        } else {
          // Feedback (POST .../{id}/feedback) is not offered either.
          error(response, callback, 404, NOT_FOUND, null, "no such resource; see GET " + DISCOVERY);
        }
      } catch (RuntimeException e) {
        // Only known routes are named: an unknown path is input and is not logged.
        internalError(response, callback, e, known ? serviceId : path.equals(DISCOVERY) ? DISCOVERY : "an unknown path");
      }
      return true;
    }

    private boolean allowed(Request request, Response response, Callback callback, String method) {
      if (request.getMethod().equals(method)) {
        return true;
      }
      response.getHeaders().put(HttpHeader.ALLOW, method);
      error(response, callback, 405, METHOD_NOT_ALLOWED, null, "use " + method);
      return false;
    }
  }

  private void hook(Request request, Response response, Callback callback, String serviceId) {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType != null && !isJson(contentType)) {
      error(response, callback, 415, UNSUPPORTED_MEDIA_TYPE, null, "the body must be application/json");
      return;
    }
    long length = request.getLength();
    boolean waitsForContinue = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
    if (length > maxBodyBytes && (waitsForContinue || length > drainLimit())) {
      // Answered before the body is sent (or too much of it to read): the connection closes.
      tooLarge(response, callback, true);
      return;
    }
    new BodyReader(request, response, callback, serviceId).run();
  }

  /** Reads the body as it arrives, on whichever thread Jetty calls back: no thread waits for a slow client. */
  private final class BodyReader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String serviceId;
    private byte[] body;
    private int size;
    /** Bytes read past the limit and dropped, so the answer reaches a client still sending. */
    private long dropped;

    BodyReader(Request request, Response response, Callback callback, String serviceId) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.serviceId = serviceId;
      long length = request.getLength();
      this.body = new byte[length >= 0 && length <= maxBodyBytes ? (int) length : 4096];
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
            answer(response, callback, serviceId, size == body.length ? body : Arrays.copyOf(body, size));
            return;
          }
        }
      } catch (RuntimeException e) {
        internalError(response, callback, e, serviceId);
      }
    }

    private void unreadable(Throwable failure) {
      // The body cannot be read to its end: answer, and do not reuse the connection.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      if (failure instanceof TimeoutException) {
        error(response, callback, 408, TIMED_OUT, null, "the body did not arrive within the idle timeout");
      } else if (failure instanceof HttpException && ((HttpException) failure).getCode() == 400) {
        error(response, callback, 400, BAD_HTTP, null, "the request body is not valid HTTP (e.g. a bad chunk)");
      } else {
        // The client went away, or the server is stopping: nobody to answer.
        LOG.debug("request body failed ({})", failure.getClass().getName());
        callback.failed(failure);
      }
    }
  }

  private void answer(Response response, Callback callback, String serviceId, byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      error(response, callback, 400, NOT_UTF8, null, "the body is not valid UTF-8 text");
      return;
    }
    long start = System.nanoTime();
    ObjectNode answer;
    try {
      answer = hooks.respond(serviceId, text);
    } catch (CrdHooks.HookException e) {
      // The code and element only: they name members, never values.
      LOG.debug("{}: answered {} {} ({})", serviceId, e.status(), e.code(), e.element());
      error(response, callback, e.status(), e.code(), e.element(), e.getMessage());
      return;
    }
    LOG.debug("{}: {} card(s) in {} ms", serviceId, answer.path("cards").size(), (System.nanoTime() - start) / 1_000_000);
    send(response, callback, 200, bytes(answer));
  }

  /**
   * How much of a body over the limit is read and dropped before answering 413: a client that
   * sends its whole body before reading would otherwise meet a reset connection and no answer.
   */
  private long drainLimit() {
    return Math.max(4L * maxBodyBytes, 1L << 20);
  }

  private void tooLarge(Response response, Callback callback, boolean close) {
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    error(response, callback, 413, TOO_LARGE, null, "the body is larger than " + maxBodyBytes + " bytes");
  }

  private void internalError(Response response, Callback callback, RuntimeException e, String where) {
    // Only the class: a message may quote input.
    LOG.error("unexpected {} on {}", e.getClass().getName(), where);
    if (response.isCommitted()) {
      callback.failed(e);
    } else {
      response.reset();
      error(response, callback, 500, INTERNAL, null, "unexpected failure; the request was not answered");
    }
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private void error(Response response, Callback callback, int status, String code, String element, String message) {
    send(response, callback, status, errorBody(code, element, message));
  }

  private byte[] errorBody(String code, String element, String message) {
    ObjectNode body = hooks.json().createObjectNode();
    body.put("error", code);
    if (element != null) {
      body.put("element", element);
    }
    body.put("message", message);
    return bytes(body);
  }

  private byte[] bytes(ObjectNode body) {
    try {
      return hooks.json().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Headers and body in one write. Cards describe a patient: never cached. */
  private static void send(Response response, Callback callback, int status, byte[] body) {
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, JSON);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** What Jetty answers itself, before or around the routes: the same JSON errors. */
  private final class JsonErrorHandler extends ErrorHandler {
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
        LOG.debug("I/O failure on the HTTP server ({})", cause.getClass().getName());
      } else if (status == 500 && cause != null) {
        LOG.error("unexpected {} on the HTTP server", cause.getClass().getName());
      }
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      send(response, callback, status, serverError(status));
      return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, JSON);
      fields.put(HttpHeader.CACHE_CONTROL, "no-store");
      fields.put("X-Content-Type-Options", "nosniff");
      return ByteBuffer.wrap(serverError(status));
    }

    private byte[] serverError(int status) {
      switch (status) {
        case 400: return errorBody(BAD_HTTP, null, "the request is not valid HTTP");
        case 408: return errorBody(TIMED_OUT, null, "the request did not arrive within the idle timeout");
        case 500: return errorBody(INTERNAL, null, "unexpected failure; the request was not answered");
        default: return errorBody("CC-HTTP-" + status, null, "the server cannot serve this request");
      }
    }
  }

  /** Configures a service. Not thread-safe. */
  public static final class Builder {
    private final PolicyRegistry registry;
    private FhirRequestMapper mapper;
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
    private Clock clock = Clock.systemDefaultZone();
    private String dtrLaunchUrl;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(PolicyRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The mapper to share (creating one loads HAPI's FHIR context); by default a new one. */
    public Builder mapper(FhirRequestMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /** Where to listen; port 0 picks a free port (see {@link CdsHooksService#address()}). */
    public Builder address(InetSocketAddress address) {
      Objects.requireNonNull(address, "address");
      if (address.isUnresolved()) {
        throw new IllegalArgumentException("address must be resolved");
      }
      this.address = address;
      return this;
    }

    /** The clock that gives the as-of date of orders without {@code authoredOn}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The host's DTR SMART app, linked from cards that ask for documentation. */
    public Builder dtrLaunchUrl(String url) {
      this.dtrLaunchUrl = Objects.requireNonNull(url, "dtrLaunchUrl");
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

    /** The largest request line plus headers, in bytes. */
    public Builder maxHeaderBytes(int maxHeaderBytes) {
      if (maxHeaderBytes < 1024) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least 1024");
      }
      this.maxHeaderBytes = maxHeaderBytes;
      return this;
    }

    /** How long a connection may send nothing before it is closed (a body that stops is answered {@code 408}). */
    public Builder idleTimeout(Duration idleTimeout) {
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      if (idleTimeout.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException("idleTimeout must be at least 1 ms");
      }
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** Worker threads, which decide orders (Jetty adds one acceptor and one selector thread). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Starts the service. */
    public CdsHooksService start() throws IOException {
      return new CdsHooksService(this);
    }
  }
}
