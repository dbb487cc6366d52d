package io.covercrit.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;

/**
 * A CDS Hooks 2.0 request ({@code order-select}, {@code order-sign}) read into one FHIR bundle: the
 * draft orders of {@code context.draftOrders} and every prefetched resource (a search result's
 * entries, or a single resource), each once. The orders to decide are the selected ones
 * ({@code context.selections}) or, without a selection, every draft {@code MedicationRequest}.
 */
public final class CdsHookRequest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String hook;
  private final String hookInstance;
  private final Bundle bundle;
  private final List<String> orderIds;

  private CdsHookRequest(String hook, String hookInstance, Bundle bundle, List<String> orderIds) {
    this.hook = hook;
    this.hookInstance = hookInstance;
    this.bundle = bundle;
    this.orderIds = List.copyOf(orderIds);
  }

  /**
   * Reads a hook request.
   *
   * @throws FhirInputException when it is not JSON, has no {@code hook} or {@code context}, or a
   *     resource in it is not FHIR R4 (the message names the member, never a value)
   */
  public static CdsHookRequest parse(FhirRequestMapper mapper, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw FhirInputException.notFhir("a CDS Hooks request must be a JSON object");
    }
    if (root == null || !root.isObject() || !root.path("hook").isTextual() || !root.path("context").isObject()) {
      throw FhirInputException.missing("hook request", "a CDS Hooks request has a hook name and a context");
    }
    IParser parser = mapper.fhirContext().newJsonParser();
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Set<String> seen = new HashSet<>();
    JsonNode context = root.get("context");
    List<String> drafts = new ArrayList<>();
    if (context.has("draftOrders")) {
      for (Bundle.BundleEntryComponent e : resources(parser, context.get("draftOrders"), "context.draftOrders")) {
        Resource r = e.getResource();
        add(bundle, seen, e);
        if (r instanceof MedicationRequest
            && ((MedicationRequest) r).getStatus() == MedicationRequest.MedicationRequestStatus.DRAFT) {
          drafts.add(r.getIdElement().getIdPart());
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("prefetch").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getValue().isNull()) {
        continue; // the EHR could not prefetch it: the mapping report will say what is absent
      }
      for (Bundle.BundleEntryComponent e : resources(parser, entry.getValue(), "prefetch." + entry.getKey())) {
        add(bundle, seen, e);
      }
    }
    List<String> orders = new ArrayList<>();
    for (JsonNode selection : context.path("selections")) {
      String ref = selection.asText();
      if (ref.startsWith("MedicationRequest/")) {
        orders.add(ref.substring("MedicationRequest/".length()));
      }
    }
    return new CdsHookRequest(root.get("hook").asText(), root.path("hookInstance").asText(""), bundle,
        orders.isEmpty() ? drafts : orders);
  }

  /** The entries of a bundle (their full URLs kept: references may use them), or the one resource. */
  private static List<Bundle.BundleEntryComponent> resources(IParser parser, JsonNode node, String member) {
    Resource resource;
    try {
      resource = (Resource) parser.parseResource(node.toString());
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw FhirInputException.notFhir(member + " is not a FHIR R4 resource");
    }
    List<Bundle.BundleEntryComponent> out = new ArrayList<>();
    if (resource instanceof Bundle) {
      for (Bundle.BundleEntryComponent e : ((Bundle) resource).getEntry()) {
        if (e.getResource() != null) {
          out.add(e);
        }
      }
    } else {
      out.add(new Bundle.BundleEntryComponent().setResource(resource));
    }
    return out;
  }

  private static void add(Bundle bundle, Set<String> seen, Bundle.BundleEntryComponent entry) {
    Resource r = entry.getResource();
    String key = r.fhirType() + "/" + r.getIdElement().getIdPart();
    if (!r.getIdElement().hasIdPart() || seen.add(key)) {
      bundle.addEntry().setFullUrl(entry.getFullUrl()).setResource(r);
    }
  }

  public String hook() {
    return hook;
  }

  public String hookInstance() {
    return hookInstance;
  }

  /** The draft orders and the prefetched record, as one collection bundle for {@link FhirRequestMapper}. */
  public Bundle bundle() {
    return bundle;
  }

  /** The ids of the {@code MedicationRequest}s to decide, in the request's order. */
  public List<String> orderIds() {
    return orderIds;
  }

  /** The order with the id, from the draft orders. */
  public Optional<MedicationRequest> order(String id) {
    return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof MedicationRequest && id.equals(r.getIdElement().getIdPart()))
        .map(MedicationRequest.class::cast).findFirst();
  }
}
