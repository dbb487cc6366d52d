package io.covercrit.examples.cdshooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.CovercritException;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.model.Drug;
import io.covercrit.fhir.CdsHookRequest;
import io.covercrit.fhir.CrdAssertion;
import io.covercrit.fhir.CrdResponder;
import io.covercrit.fhir.FhirInputException;
import io.covercrit.fhir.FhirRequestMapper;
import io.covercrit.fhir.MappedRequest;
import io.covercrit.fhir.MappingOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.MedicationRequest;

/**
 * The two CRD services, without HTTP: the discovery document, and a hook request answered with
 * the CDS Hooks 2.0 response (cards and system actions of every order decided). Thread-safe.
 */
final class CrdHooks {
  static final String ORDER_SELECT = "covercrit-order-select";
  static final String ORDER_SIGN = "covercrit-order-sign";

  /** The request's hook is not the service's. */
  static final String WRONG_HOOK = "CC-CDS-001";
  /** A selection names an order that is not among the draft orders. */
  static final String UNKNOWN_ORDER = "CC-CDS-002";

  /** Service id to hook, in discovery order. */
  private static final Map<String, String> HOOKS = new LinkedHashMap<>();

  static {
    HOOKS.put(ORDER_SELECT, "order-select");
    HOOKS.put(ORDER_SIGN, "order-sign");
  }

  private final FhirRequestMapper mapper;
  private final CrdResponder crd;
  private final PolicyRegistry registry;
  private final Clock clock;
  private final String dtrLaunchUrl;
  private final ObjectMapper json = new ObjectMapper();

  CrdHooks(FhirRequestMapper mapper, PolicyRegistry registry, Clock clock, String dtrLaunchUrl) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.crd = CrdResponder.create(mapper);
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.dtrLaunchUrl = dtrLaunchUrl;
  }

  /** The hook a service id answers, if it is one of ours. */
  static Optional<String> hookOf(String serviceId) {
    return Optional.ofNullable(HOOKS.get(serviceId));
  }

  /** {@code GET /cds-services}: both services, with the prefetch the mapper reads. */
  ObjectNode discovery() {
    ObjectNode body = json.createObjectNode();
    ArrayNode services = body.putArray("services");
    for (Map.Entry<String, String> e : HOOKS.entrySet()) {
      ObjectNode s = services.addObject();
      s.put("hook", e.getValue());
      s.put("id", e.getKey());
      s.put("title", "covercrit coverage requirements (" + e.getValue() + ")");
      s.put("description", "Da Vinci CRD: whether a medication order meets the payer's coverage criteria, the"
          + " unmet clauses and the documents to attach, as a card and a coverage-information update of the order.");
      s.set("prefetch", prefetch());
    }
    return body;
  }

  /** Prefetch templates (CDS Hooks 2.0 tokens): what the mapper reads besides the draft order. */
  private ObjectNode prefetch() {
    ObjectNode p = json.createObjectNode();
    String patient = "{{context.patientId}}";
    p.put("patient", "Patient/" + patient);
    p.put("coverage", "Coverage?patient=" + patient + "&status=active");
    p.put("conditions", "Condition?patient=" + patient);
    p.put("medications", "MedicationStatement?patient=" + patient);
    p.put("observations", "Observation?patient=" + patient + "&category=laboratory");
    // {{userPractitionerRoleId}}: the id part of context.userId when the user is a PractitionerRole.
    p.put("practitionerRole", "PractitionerRole?_id={{userPractitionerRoleId}}");
    // Answers of covercrit's DTR questionnaires: the facts US Core has no element for.
    p.put("questionnaireResponses", "QuestionnaireResponse?patient=" + patient + "&status=completed");
    return p;
  }

  /**
   * Answers a hook request to {@code serviceId}: for each order, the card and the system action.
   *
   * @throws HookException when the request cannot be answered (the message names the member, never a value)
   */
  ObjectNode respond(String serviceId, String body) throws HookException {
    String hook = hookOf(serviceId).orElseThrow(() -> new IllegalArgumentException("not a service id"));
    CdsHookRequest request;
    try {
      request = CdsHookRequest.parse(mapper, body);
    } catch (FhirInputException e) {
      throw new HookException(400, e.errorCode(), e.element(), e.getMessage());
    }
    if (!request.hook().equals(hook)) {
      throw new HookException(400, WRONG_HOOK, "hook", "this service answers the " + hook + " hook");
    }
    // One date for every order of the request: the orders' authoredOn where they have one.
    LocalDate today = LocalDate.now(clock);
    ObjectNode response = json.createObjectNode();
    ArrayNode cards = response.putArray("cards");
    ArrayNode actions = json.createArrayNode();
    for (String orderId : request.orderIds()) {
      MedicationRequest order = request.order(orderId).orElseThrow(() -> new HookException(400, UNKNOWN_ORDER,
          "context.selections", "a selection names no MedicationRequest of context.draftOrders"));
      Optional<ObjectNode> answer = decide(request, orderId, order, today);
      if (answer.isPresent()) {
        answer.get().path("cards").forEach(cards::add);
        answer.get().path("systemActions").forEach(actions::add);
      }
    }
    if (!actions.isEmpty()) {
      response.set("systemActions", actions);
    }
    return response;
  }

  /** The response for one order; empty when no installed policy covers its drug or there is no active coverage. */
  private Optional<ObjectNode> decide(CdsHookRequest request, String orderId, MedicationRequest order, LocalDate today)
      throws HookException {
    List<String> ids = registry.policyIds();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    // The policy id only labels the mapped request: any one reads the drug and the date.
    MappedRequest probe = map(request, orderId, ids.get(0), today);
    LocalDate asOf = probe.request().requestDate().orElse(today);
    Optional<String> policy = policyFor(probe.request().requestedDrug(), asOf);
    if (policy.isEmpty()) {
      // No installed policy names the drug: no card. CDS Hooks allows an empty cards array, and a
      // CRD service says nothing of orders it has no rules for.
      return Optional.empty();
    }
    MappedRequest mapped = policy.get().equals(ids.get(0)) ? probe : map(request, orderId, policy.get(), today);
    Optional<String> coverage = mapped.coverageReference();
    if (coverage.isEmpty()) {
      // coverage-information names the Coverage it is about; without an active one there is no
      // member of this payer to answer for (the prefetch asks for active coverage only).
      return Optional.empty();
    }
    Determination determination;
    try {
      determination = registry.evaluate(policy.get(), mapped.request(), asOf);
    } catch (CovercritException e) {
      throw new HookException(400, e.errorCode(), "MedicationRequest", e.getMessage());
    }
    CrdAssertion assertion = CrdAssertion.forCoverage(coverage.get());
    if (dtrLaunchUrl != null) {
      assertion = assertion.withDtrLaunchUrl(dtrLaunchUrl);
    }
    return Optional.of(crd.cdsHooksResponse(determination, order, assertion));
  }

  private MappedRequest map(CdsHookRequest request, String orderId, String policyId, LocalDate today)
      throws HookException {
    try {
      return mapper.map(request.bundle(), MappingOptions.forPolicy(policyId).withOrderId(orderId).withRequestDate(today));
    } catch (FhirInputException e) {
      // A resource the mapping needs is absent: CDS Hooks 2.0 answers 412 when the service cannot
      // obtain the data it needs (this service reads prefetch only, never the fhirServer).
      int status = FhirInputException.MISSING_RESOURCE.equals(e.errorCode()) ? 412 : 400;
      throw new HookException(status, e.errorCode(), e.element(), e.getMessage());
    }
  }

  /**
   * The installed policy, in force on {@code asOf}, whose drug list names the drug: each listed name's
   * words appear, in order and adjacent, among the words of the drug's name or active ingredient
   * (so "Opzelura 1.5% cream" is Opzelura's, while "ruxolitinib 5 mg tablet" is not
   * "ruxolitinib 1.5% cream"'s). The first by policy id when several do.
   */
  Optional<String> policyFor(Drug drug, LocalDate asOf) {
    List<List<String>> names = new ArrayList<>();
    names.add(words(drug.name()));
    drug.activeIngredient().ifPresent(i -> names.add(words(i)));
    for (String id : registry.policyIds()) {
      Optional<PolicyDescriptor> descriptor = registry.find(id, asOf).map(CoveragePolicy::descriptor);
      if (descriptor.isPresent() && names(descriptor.get(), names)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  private static boolean names(PolicyDescriptor descriptor, List<List<String>> names) {
    for (String listed : descriptor.drugs()) {
      List<String> wanted = words(listed);
      for (List<String> name : names) {
        if (!wanted.isEmpty() && Collections.indexOfSubList(name, wanted) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower-case runs of letters and digits, as {@link Drug#nameWords()} splits names. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }

  /** The JSON mapper the service writes with. */
  ObjectMapper json() {
    return json;
  }

  /** A hook request that cannot be answered: the HTTP status, a stable code, the member at fault. */
  static final class HookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String element;

    HookException(int status, String code, String element, String message) {
      // No stack trace: these are answers to input, not defects.
      super(message, null, false, false);
      this.status = status;
      this.code = code;
      this.element = element;
    }

    int status() {
      return status;
    }

    String code() {
      return code;
    }

    /** The member or resource element at fault; null when the whole request is. */
    String element() {
      return element;
    }
  }
}
