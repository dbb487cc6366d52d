package io.covercrit.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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

/**
 * The hardened HTTP scaffolding of the example JSON services ({@link CovercritService}, the CDS
 * Hooks service): an embedded Jetty 12 server (its core API, no servlets) that leaves only the
 * routes ({@link #route}) and the error body's shape ({@link #errorBody}) to the service, a final
 * subclass whose constructor calls {@link #start()} last, once its own fields are set.
 *
 * <p>What it does for every service: bounded worker threads; limits on the request line and
 * headers ({@code 414}, {@code 431}) and on the body ({@code 413}, read without holding a thread
 * while it arrives, so a slow client delays only itself); an idle timeout ({@code 408} for a body
 * that stops arriving); {@code 415} for a body that is not JSON; {@code 405} with {@code Allow};
 * {@code 400} for requests that are not valid HTTP; {@code 500} for a defect, logged by exception
 * class only. Errors, Jetty's own included, never hold a value from the request or a stack trace.
 * Responses carry {@code Cache-Control: no-store} (they describe a patient), {@code nosniff} and
 * a {@code Content-Length}, and leave in one write on a connection with {@code TCP_NODELAY}.
 * Thread-safe; {@link #close()} stops it.
 */
public abstract class JsonHttpServer implements AutoCloseable {
  /** Default idle timeout: how long a connection may send nothing, mid-request or between requests. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The content type of JSON answers. */
  public static final String JSON = "application/json; charset=utf-8";

  /** A request that is not valid HTTP (a bad %-escape, {@code Content-Length} or chunk). */
  public static final String BAD_HTTP = "CC-HTTP-400";
  public static final String NOT_FOUND = "CC-HTTP-404";
  public static final String METHOD_NOT_ALLOWED = "CC-HTTP-405";
  public static final String TIMED_OUT = "CC-HTTP-408";
  public static final String TOO_LARGE = "CC-HTTP-413";
  public static final String URI_TOO_LONG = "CC-HTTP-414";
  public static final String UNSUPPORTED_MEDIA_TYPE = "CC-HTTP-415";
  public static final String HEADERS_TOO_LARGE = "CC-HTTP-431";

  /** Jetty's own threads beside the workers: one acceptor, one selector. */
  private static final int ACCEPTORS = 1;
  private static final int SELECTORS = 1;

  private final Server server;
  private final ServerConnector connector;
  private final Errors errors;
  private final Logger log;
  private final int maxBodyBytes;

  /** What a service's errors share besides their body: the content type, and the code and words of a {@code 500}. */
  public record Errors(String contentType, String internalCode, String internalDetail) {
    public Errors {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(internalCode, "internalCode");
      Objects.requireNonNull(internalDetail, "internalDetail");
    }
  }

  /**
   * A server with {@code options}, its threads named {@code name}, not started; {@code log} is the
   * service's logger, so that its failures are logged under its name.
   */
  protected JsonHttpServer(Options<?> o, String name, Logger log, Errors errors) {
    this.errors = Objects.requireNonNull(errors, "errors");
    this.log = Objects.requireNonNull(log, "log");
    this.maxBodyBytes = o.maxBodyBytes;
    QueuedThreadPool threads = new QueuedThreadPool(o.threads + ACCEPTORS + SELECTORS, 1 + ACCEPTORS + SELECTORS);
    threads.setName(Objects.requireNonNull(name, "name"));
    threads.setDaemon(true);
    // No reserved threads: the pool is sized to the workers asked for.
    threads.setReservedThreads(0);
    this.server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(o.maxHeaderBytes);
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    this.connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(config));
    connector.setHost(o.address.getAddress().getHostAddress());
    connector.setPort(o.address.getPort());
    connector.setIdleTimeout(o.idleTimeout.toMillis());
    // TCP_NODELAY is Jetty's default for accepted connections; said here because latency depends on it.
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.setHandler(new Dispatch());
    server.setErrorHandler(new JsonErrorHandler());
  }

  /** Starts listening: the last call of the subclass's constructor, as requests reach its fields. */
  protected final void start() throws IOException {
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new IOException("the HTTP server did not start (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Answers one request, on a Jetty thread; must answer it, now or later (see {@link Exchange#readBody}). */
  protected abstract void route(Exchange exchange);

  /** An error body; {@code member} (nullable) names the offending element, never its value. */
  protected abstract byte[] errorBody(int status, String code, String member, String detail);

  /** The address the service listens on (with the actual port when port 0 was asked for). */
  public final InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  /** {@code http://host:port}, e.g. for a client. */
  public final URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** Blocks until the service stops. */
  public final void join() throws InterruptedException {
    server.join();
  }

  /** Stops accepting requests, closes the connections, and stops the threads. */
  @Override
  public final void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      log.warn("stopping the HTTP server failed ({})", e.getClass().getName());
    }
  }

  /** {@code body} as JSON bytes; a Jackson tree always serializes, so a failure is a defect. */
  public static byte[] bytes(ObjectMapper mapper, JsonNode body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last line of defence: no stack trace ever leaves. */
  private final class Dispatch extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Exchange exchange = new Exchange(request, response, callback);
      try {
        route(exchange);
      } catch (RuntimeException e) {
        exchange.internalError(e);
      }
      return true;
    }
  }

  /** One request and its answer, as the routes see them. Not thread-safe: one thread at a time. */
  public final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    /** What logs name the request by; an unknown path is input and is not logged. */
    private String route = "an unknown path";

    private Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    /** The path, not decoded further than Jetty does; input: never log it. */
    public String path() {
      return Request.getPathInContext(request);
    }

    /** The raw (%-encoded) query, or null. */
    public String rawQuery() {
      return request.getHttpURI().getQuery();
    }

    /** Names the route in logs (call it once the path is known to be one of the service's). */
    public void route(String name) {
      this.route = Objects.requireNonNull(name, "name");
    }

    /** True for {@code method}; otherwise answers {@code 405} with {@code Allow}, and false. */
    public boolean allow(String method) {
      if (request.getMethod().equals(method)) {
        return true;
      }
      response.getHeaders().put(HttpHeader.ALLOW, method);
      error(405, METHOD_NOT_ALLOWED, null, "use " + method);
      return false;
    }

    /** True unless the body declares a type that is not JSON, which is answered {@code 415}. */
    public boolean acceptsJsonBody() {
      String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
      if (contentType != null && !isJson(contentType)) {
        error(415, UNSUPPORTED_MEDIA_TYPE, null, "the body must be application/json");
        return false;
      }
      return true;
    }

    /**
     * Reads the whole body, up to the limit (over it: {@code 413}), then hands it to
     * {@code then}, maybe later and on another thread; {@code then} must answer.
     */
    public void readBody(Consumer<byte[]> then) {
      long length = request.getLength();
      boolean waitsForContinue = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
      if (length > maxBodyBytes && (waitsForContinue || length > drainLimit())) {
        // Answered before the body is sent (or too much of it to read): the connection closes.
        tooLarge(true);
        return;
      }
      new BodyReader(this, then).run();
    }

    /** Answers {@code status} with a JSON body. */
    public void respond(int status, byte[] json) {
      send(response, callback, status, JSON, json);
    }

    /** Answers an error in the service's form; {@code member} is nullable. */
    public void error(int status, String code, String member, String detail) {
      send(response, callback, status, errors.contentType(), errorBody(status, code, member, detail));
    }

    private void tooLarge(boolean close) {
      if (close) {
        // The rest of the body is not read: the connection closes after the answer.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
      }
      error(413, TOO_LARGE, null, "the body is larger than " + maxBodyBytes + " bytes");
    }

    private void internalError(RuntimeException e) {
      // Only the class: a message may quote input.
      log.error("unexpected {} on {}", e.getClass().getName(), route);
      if (response.isCommitted()) {
        callback.failed(e);
      } else {
        response.reset();
        error(500, errors.internalCode(), null, errors.internalDetail());
      }
    }
  }

  /**
   * Reads the body as it arrives, on whichever thread Jetty calls back: no thread waits for a slow
   * client.
   */
  private final class BodyReader implements Runnable {
    private final Exchange exchange;
    private final Consumer<byte[]> then;
    private byte[] body;
    private int size;
    /** Bytes read past the limit and dropped, so the answer reaches a client still sending. */
    private long dropped;

    BodyReader(Exchange exchange, Consumer<byte[]> then) {
      this.exchange = exchange;
      this.then = then;
      long length = exchange.request.getLength();
      this.body = new byte[length >= 0 && length <= maxBodyBytes ? (int) length : Math.min(maxBodyBytes, 4096)];
    }

    @Override
    public void run() {
      try {
        while (true) {
          Content.Chunk chunk = exchange.request.read();
          if (chunk == null) {
            exchange.request.demand(this);
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
              exchange.tooLarge(!last);
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
            then.accept(size == body.length ? body : Arrays.copyOf(body, size));
            return;
          }
        }
      } catch (RuntimeException e) {
        exchange.internalError(e);
      }
    }

    private void unreadable(Throwable failure) {
      // The body cannot be read to its end: answer, and do not reuse the connection.
      exchange.response.getHeaders().put(HttpHeader.CONNECTION, "close");
      if (failure instanceof TimeoutException) {
        exchange.error(408, TIMED_OUT, null, "the body did not arrive within the idle timeout");
      } else if (failure instanceof HttpException && ((HttpException) failure).getCode() == 400) {
        exchange.error(400, BAD_HTTP, null, "the request body is not valid HTTP (e.g. a bad chunk)");
      } else {
        // The client went away, or the server is stopping: nobody to answer.
        log.debug("request body failed ({})", failure.getClass().getName());
        exchange.callback.failed(failure);
      }
    }
  }

  /**
   * How much of a body over the limit is read and dropped before answering 413: a client that
   * sends its whole body before reading (most do, without {@code Expect: 100-continue}) would
   * otherwise meet a reset connection and never see the answer.
   */
  private long drainLimit() {
    return Math.max(4L * maxBodyBytes, 1L << 20);
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
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

  /** What Jetty answers itself, before or around the routes: the service's error bodies. */
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
        // The client went away (or timed out): whatever is answered, nobody reads it.
        log.debug("I/O failure on the HTTP server ({})", cause.getClass().getName());
      } else if (status == 500 && cause != null) {
        log.error("unexpected {} on the HTTP server", cause.getClass().getName());
      }
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      send(response, callback, status, errors.contentType(), serverError(status));
      return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, errors.contentType());
      fields.put(HttpHeader.CACHE_CONTROL, "no-store");
      fields.put("X-Content-Type-Options", "nosniff");
      return ByteBuffer.wrap(serverError(status));
    }

    private byte[] serverError(int status) {
      switch (status) {
        case 400: return errorBody(status, BAD_HTTP, null, "the request is not valid HTTP");
        case 408: return errorBody(status, TIMED_OUT, null, "the request did not arrive within the idle timeout");
        case 414: return errorBody(status, URI_TOO_LONG, null, "the request line is over the header limit");
        case 431: return errorBody(status, HEADERS_TOO_LARGE, null, "the request headers are over the header limit");
        case 500: return errorBody(status, errors.internalCode(), null, errors.internalDetail());
        default: return errorBody(status, "CC-HTTP-" + status, null, "the server cannot serve this request");
      }
    }
  }

  /**
   * What a service's builder shares: where to listen, the limits, the timeout and the threads.
   * Not thread-safe.
   *
   * @param <B> the service's builder, returned by every setter
   */
  public abstract static class Options<B extends Options<B>> {
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
    private int maxBodyBytes;
    private int maxHeaderBytes;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Loopback, port 8080, and the service's default limits. */
    protected Options(int maxBodyBytes, int maxHeaderBytes) {
      this.maxBodyBytes = atLeast(maxBodyBytes, 1, "maxBodyBytes");
      this.maxHeaderBytes = atLeast(maxHeaderBytes, 1024, "maxHeaderBytes");
    }

    /** Where to listen; port 0 picks a free port (see the service's {@code address()}). */
    public B address(InetSocketAddress address) {
      check(!Objects.requireNonNull(address, "address").isUnresolved(), "address must be resolved");
      this.address = address;
      return self();
    }

    /** The largest request body accepted, in bytes; a larger one is answered {@code 413}. */
    public B maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = atLeast(maxBodyBytes, 1, "maxBodyBytes");
      return self();
    }

    /** The largest request line plus headers, in bytes; larger ones are answered {@code 414} or {@code 431}. */
    public B maxHeaderBytes(int maxHeaderBytes) {
      this.maxHeaderBytes = atLeast(maxHeaderBytes, 1024, "maxHeaderBytes");
      return self();
    }

    /**
     * How long a connection may send nothing before it is closed: while its headers arrive,
     * while its body arrives (answered {@code 408}), or between requests.
     */
    public B idleTimeout(Duration idleTimeout) {
      check(Objects.requireNonNull(idleTimeout, "idleTimeout").compareTo(Duration.ofMillis(1)) >= 0,
          "idleTimeout must be at least 1 ms");
      this.idleTimeout = idleTimeout;
      return self();
    }

    /** Worker threads, which answer requests (Jetty adds one acceptor and one selector thread). */
    public B threads(int threads) {
      this.threads = atLeast(threads, 1, "threads");
      return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
      // Safe: B is the concrete builder by the class's contract (class Builder extends Options<Builder>).
      return (B) this;
    }

    private static int atLeast(int value, int min, String name) {
      check(value >= min, name + " must be at least " + min);
      return value;
    }

    private static void check(boolean valid, String message) {
      if (!valid) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
