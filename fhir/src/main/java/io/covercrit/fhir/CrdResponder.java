package io.covercrit.fhir;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.eval.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A determination in the shapes of the Da Vinci CRD guide (STU 2): the {@code coverage-information}
 * extension on the order, and a CDS Hooks 2.0 response with a card (summary, the unmet clauses
 * and their remedies, a source badge that says when the rules are not the payer's own text) and a
 * system action that annotates the order. The CDS Hooks JSON is written here with Jackson: HAPI's
 * CDS Hooks module implements 1.1 and brings Spring.
 *
 * <p>Readings of the guide: a request that meets the criteria is {@code covered} with prior
 * authorization still {@code auth-needed} (covercrit is not the payer: the request still goes to
 * it, with the checklist's documents, {@code doc-purpose withpa}); one that needs documentation is
 * {@code conditional}, {@code doc-needed clinical}, naming the DTR questionnaire; one that does not
 * meet the criteria, or is excluded, is {@code not-covered} (and so, per crd-ci-q2, has no
 * {@code pa-needed}), one {@code reason} per unmet clause. {@code info-needed} is not sent: its
 * codes name performer, location or timeframe facts, and covercrit's missing facts are clinical
 * documentation. Thread-safe.
 */
public final class CrdResponder {
  /** The extension's canonical URL (CRD STU 2). */
  public static final String COVERAGE_INFORMATION =
      "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
  private static final String CARD_TOPIC_SYSTEM = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";
  private static final int SUMMARY_LIMIT = 140;

  private final FhirContext fhir;
  private final ObjectMapper json = new ObjectMapper();

  private CrdResponder(FhirContext fhir) {
    this.fhir = fhir;
  }

  /** A responder writing FHIR with the mapper's context. */
  public static CrdResponder create(FhirRequestMapper mapper) {
    return new CrdResponder(mapper.fhirContext());
  }

  /** The CRD {@code coverage-information} extension for the determination. */
  public Extension coverageInformation(Determination d, CrdAssertion assertion) {
    Extension ext = new Extension(COVERAGE_INFORMATION);
    ext.addExtension("coverage", new Reference(assertion.coverageReference()));
    switch (d.outcome()) {
      case MEETS_CRITERIA -> {
        ext.addExtension("covered", new CodeType("covered"));
        ext.addExtension("pa-needed", new CodeType("auth-needed"));
        ext.addExtension("doc-needed", new CodeType("clinical"));
        ext.addExtension("doc-purpose", new CodeType("withpa"));
      }
      case NEEDS_DOCUMENTATION -> {
        ext.addExtension("covered", new CodeType("conditional"));
        ext.addExtension("pa-needed", new CodeType("auth-needed"));
        ext.addExtension("doc-needed", new CodeType("clinical"));
        ext.addExtension("doc-purpose", new CodeType("withpa"));
        ext.addExtension("questionnaire", new CanonicalType(DtrQuestionnaires.canonical(d.policy().id())
            + "|" + d.policy().version()));
      }
      case DOES_NOT_MEET_CRITERIA, NOT_COVERED -> ext.addExtension("covered", new CodeType("not-covered"));
      default -> throw new IllegalStateException("an outcome CRD has no reading for: " + d.outcome());
    }
    ext.addExtension("reason", new CodeableConcept().setText(d.summary()));
    for (ClauseResult clause : unmet(d)) {
      ext.addExtension("reason", new CodeableConcept().setText(clause.id() + ": "
          + clause.remedy().map(r -> r.denialReason()).orElse(clause.text())));
    }
    ext.addExtension("date", new DateType(d.asOf().toString()));
    ext.addExtension("coverage-assertion-id", new StringType(assertion.assertionId(d)));
    return ext;
  }

  /** A copy of the order carrying the coverage-information extension (any earlier one from covercrit replaced). */
  public MedicationRequest annotatedOrder(MedicationRequest order, Determination d, CrdAssertion assertion) {
    MedicationRequest copy = order.copy();
    copy.getExtension().removeIf(e -> COVERAGE_INFORMATION.equals(e.getUrl()));
    copy.addExtension(coverageInformation(d, assertion));
    return copy;
  }

  /** The CDS Hooks 2.0 response: one card and the system action that annotates the order. */
  public ObjectNode cdsHooksResponse(Determination d, MedicationRequest order, CrdAssertion assertion) {
    ObjectNode response = json.createObjectNode();
    response.putArray("cards").add(card(d, assertion));
    ObjectNode action = response.putArray("systemActions").addObject();
    action.put("type", "update");
    action.put("description", "Coverage information for the order (" + d.policy().id() + ")");
    action.set("resource", readTree(fhir.newJsonParser().encodeResourceToString(annotatedOrder(order, d, assertion))));
    return response;
  }

  /** The CDS Hooks 2.0 card of a determination. */
  public ObjectNode card(Determination d, CrdAssertion assertion) {
    ObjectNode card = json.createObjectNode();
    String id = assertion.assertionId(d);
    card.put("uuid", UUID.nameUUIDFromBytes(("card|" + id).getBytes(StandardCharsets.UTF_8)).toString());
    card.put("summary", summary(d));
    card.put("indicator", switch (d.outcome()) {
      case MEETS_CRITERIA -> "info";
      case NEEDS_DOCUMENTATION -> "warning";
      default -> "critical";
    });
    card.put("detail", detail(d));
    ObjectNode source = card.putObject("source");
    source.put("label", sourceLabel(d));
    d.provenance().sources().stream().map(SourceRef::url).flatMap(java.util.Optional::stream).findFirst()
        .ifPresent(url -> source.put("url", url));
    ObjectNode topic = source.putObject("topic");
    topic.put("system", CARD_TOPIC_SYSTEM);
    topic.put("code", "coverage-info");
    topic.put("display", "Coverage Information");
    ArrayNode links = json.createArrayNode();
    for (SourceRef ref : d.provenance().sources()) {
      ref.url().ifPresent(url -> {
        ObjectNode link = links.addObject();
        link.put("label", truncate(ref.title(), 80));
        link.put("url", url);
        link.put("type", "absolute");
      });
    }
    if (d.outcome() == Outcome.NEEDS_DOCUMENTATION && assertion.dtrLaunchUrl().isPresent()) {
      ObjectNode link = links.addObject();
      link.put("label", "Complete the documentation (DTR)");
      link.put("url", assertion.dtrLaunchUrl().get());
      link.put("type", "smart");
      link.put("appContext", "{\"questionnaire\":\"" + DtrQuestionnaires.canonical(d.policy().id()) + "\"}");
    }
    if (!links.isEmpty()) {
      card.set("links", links);
    }
    return card;
  }

  private static String summary(Determination d) {
    String policy = d.policy().payer() + " " + d.policy().id().substring(d.policy().id().indexOf('/') + 1);
    String text = switch (d.outcome()) {
      case MEETS_CRITERIA -> "Meets " + policy + " criteria: prior authorization still required";
      case NEEDS_DOCUMENTATION -> "Documentation needed for " + policy + ": " + missingCount(d) + " item(s)";
      case DOES_NOT_MEET_CRITERIA -> "Does not meet " + policy + " criteria: " + unmet(d).size() + " clause(s) not met";
      case NOT_COVERED -> "Not covered under " + policy + ": an exclusion applies";
    };
    return truncate(text, SUMMARY_LIMIT);
  }

  private static String detail(Determination d) {
    StringBuilder md = new StringBuilder();
    md.append(escape(d.summary())).append("\n\n");
    List<ClauseResult> unmet = unmet(d);
    if (!unmet.isEmpty()) {
      md.append("| Clause | Status | Why | What to do |\n|---|---|---|---|\n");
      for (ClauseResult c : unmet) {
        md.append("| ").append(escape(c.id())).append(" | ").append(c.status()).append(" | ")
            .append(escape(c.remedy().map(r -> r.denialReason()).orElse(c.text()))).append(" | ")
            .append(escape(c.remedy().map(r -> r.howToFix()).orElse(""))).append(" |\n");
      }
    }
    if (!d.checklist().isEmpty()) {
      md.append("\nDocuments to attach:\n\n");
      d.checklist().forEach(item -> md.append("- ").append(escape(item.document().description())).append('\n'));
    }
    if (d.provenance().reliability() != Reliability.POLICY_TEXT) {
      md.append("\n_These rules were read from ").append(reliabilityWords(d.provenance().reliability()))
          .append(", not from the payer's own policy text: confirm with the payer._\n");
    }
    return md.toString();
  }

  private static String sourceLabel(Determination d) {
    String label = "covercrit: " + d.policy().payer() + " " + d.policy().title() + " (" + d.policy().version() + ")";
    if (d.provenance().reliability() != Reliability.POLICY_TEXT) {
      label += " [rules from " + reliabilityWords(d.provenance().reliability()) + "]";
    }
    return label;
  }

  private static String reliabilityWords(Reliability reliability) {
    return switch (reliability) {
      case POLICY_TEXT -> "the payer's policy text";
      case OFFICIAL -> "an official publication";
      case SECONDARY_DIGEST -> "a third-party digest of the policy";
      case PATIENT_GUIDE -> "a patient guide";
      case ANALOG_POLICY -> "a related policy, by analogy";
      case UNCERTAIN -> "sources that conflict or could not be checked";
    };
  }

  /**
   * The deciding clauses: the unmet checks, and under a choice (one pathway per indication) only the
   * closest alternatives (fewest unmet checks), so another indication's clauses are not listed.
   */
  static List<ClauseResult> unmet(Determination d) {
    List<ClauseResult> out = new ArrayList<>();
    if (d.outcome() != Outcome.MEETS_CRITERIA) {
      d.trace().forEach(root -> out.addAll(unmetChecks(root)));
    }
    return out;
  }

  private static List<ClauseResult> unmetChecks(ClauseResult clause) {
    if (clause.status() == Status.MET) {
      return List.of();
    }
    if (clause.children().isEmpty()) {
      return List.of(clause);
    }
    List<ClauseResult> out = new ArrayList<>();
    if (clause.kind() == io.covercrit.core.eval.ClauseKind.ANY_OF) {
      List<List<ClauseResult>> alternatives = new ArrayList<>();
      for (ClauseResult child : clause.children()) {
        if (child.status() == clause.status()) {
          alternatives.add(unmetChecks(child));
        }
      }
      int fewest = alternatives.stream().mapToInt(List::size).min().orElse(0);
      alternatives.stream().filter(a -> a.size() == fewest).forEach(out::addAll);
    } else {
      clause.children().forEach(child -> out.addAll(unmetChecks(child)));
    }
    return out;
  }

  private static long missingCount(Determination d) {
    return unmet(d).stream().filter(c -> c.status() == Status.MISSING).count();
  }

  private static String truncate(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private com.fasterxml.jackson.databind.JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
