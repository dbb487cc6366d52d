package io.covercrit.examples.cdshooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.examples.errors.StrictUtf8;
import io.covercrit.examples.service.JsonHttpServer;
import io.covercrit.fhir.FhirRequestMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.util.Objects;
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
 * the service and counts, never patient data. The HTTP side (limits, timeouts, Jetty's own errors)
 * is {@link JsonHttpServer}'s. Thread-safe; {@link #close()} stops it.
 */
public final class CdsHooksService extends JsonHttpServer {
  /** Default body limit: a hook request carries the prefetched record, so more than a bare request. */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
  /** Default limit of the request line and headers together (the CDS client's JWT is a header). */
  public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;

  static final String DISCOVERY = "/cds-services";
  private static final String SERVICE_PREFIX = DISCOVERY + "/";

  /** The body is not UTF-8 (CDS Hooks requests are JSON, RFC 8259: UTF-8). */
  static final String NOT_UTF8 = "CC-CDS-003";
  static final String INTERNAL = "CC-HTTP-500";

  private static final Logger LOG = LoggerFactory.getLogger(CdsHooksService.class);

  private final CrdHooks hooks;
  private final byte[] discovery;

  private CdsHooksService(Builder b) throws IOException {
    super(b, "covercrit-cds-hooks", LOG, new Errors(JSON, INTERNAL, "unexpected failure; the request was not answered"));
    this.hooks = new CrdHooks(b.mapper != null ? b.mapper : FhirRequestMapper.create(), b.registry, b.clock,
        b.dtrLaunchUrl);
    this.discovery = bytes(hooks.json(), hooks.discovery());
    start();
    LOG.info("CDS Hooks service listening on {}{}", uri(), DISCOVERY);
  }

  /** A service over {@code registry}, listening on the loopback interface, port 8080 by default. */
  public static Builder builder(PolicyRegistry registry) {
    return new Builder(registry);
  }

  /** Exact paths and methods; the discovery endpoint is {@code uri() + "/cds-services"}. */
  @Override
  protected void route(Exchange exchange) {
    String path = exchange.path();
    String serviceId = path.startsWith(SERVICE_PREFIX) ? path.substring(SERVICE_PREFIX.length()) : null;
    if (path.equals(DISCOVERY) || path.equals(SERVICE_PREFIX)) {
      exchange.route(DISCOVERY);
      if (exchange.allow("GET")) {
        exchange.respond(200, discovery);
      }
    } else if (serviceId != null && CrdHooks.hookOf(serviceId).isPresent()) {
      // A known id is one of ours, so safe to log.
      exchange.route(serviceId);
      if (exchange.allow("POST") && exchange.acceptsJsonBody()) {
        exchange.readBody(body -> answer(exchange, serviceId, body));
      }
    } else {
      // Feedback (POST .../{id}/feedback) is not offered either.
      exchange.error(404, NOT_FOUND, null, "no such resource; see GET " + DISCOVERY);
    }
  }

  private void answer(Exchange exchange, String serviceId, byte[] body) {
    String text;
    try {
      text = StrictUtf8.decode(body);
    } catch (CharacterCodingException e) {
      exchange.error(400, NOT_UTF8, null, "the body is not valid UTF-8 text");
      return;
    }
    long start = System.nanoTime();
    ObjectNode answer;
    try {
      answer = hooks.respond(serviceId, text);
    } catch (CrdHooks.HookException e) {
      // The code and element only: they name members, never values.
      LOG.debug("{}: answered {} {} ({})", serviceId, e.status(), e.code(), e.element());
      exchange.error(e.status(), e.code(), e.element(), e.getMessage());
      return;
    }
    LOG.debug("{}: {} card(s) in {} ms", serviceId, answer.path("cards").size(), (System.nanoTime() - start) / 1_000_000);
    exchange.respond(200, bytes(hooks.json(), answer));
  }

  /** {@code {"error": code, "element": member, "message": ...}}: the status is the response's own. */
  @Override
  protected byte[] errorBody(int status, String code, String element, String message) {
    ObjectNode body = hooks.json().createObjectNode();
    body.put("error", code);
    if (element != null) {
      body.put("element", element);
    }
    body.put("message", message);
    return bytes(hooks.json(), body);
  }

  /** Configures a service; the HTTP settings are {@link JsonHttpServer.Options}'. Not thread-safe. */
  public static final class Builder extends JsonHttpServer.Options<Builder> {
    private final PolicyRegistry registry;
    private FhirRequestMapper mapper;
    private Clock clock = Clock.systemDefaultZone();
    private String dtrLaunchUrl;

    private Builder(PolicyRegistry registry) {
      super(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_HEADER_BYTES);
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The mapper to share (creating one loads HAPI's FHIR context); by default a new one. */
    public Builder mapper(FhirRequestMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
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

    /** Starts the service. */
    public CdsHooksService start() throws IOException {
      return new CdsHooksService(this);
    }
  }
}
