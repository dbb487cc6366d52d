package io.covercrit.examples.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.covercrit.core.eval.ApprovalDuration;
import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.json.CovercritJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision form of a determination: what a payer re-running many requests needs per request
 * (outcome, pathway, approval end, the unmet checks with their remedies, the documents to gather),
 * without what every determination of a policy version repeats (the policy descriptor,
 * provenance sources, clause texts, next steps). One line of {@code covercrit batch --output
 * decision}; the fields are described in {@code docs/JSON.md}.
 *
 * <p>Built from the public {@link Determination} API only, so it fits any
 * {@link io.covercrit.core.eval.CoveragePolicy} whose trace follows {@code CriteriaPolicy}'s shape:
 * zero or more exclusion roots, then the medical-necessity (or reauthorization) root last, whose
 * children are the pathways and whose pathways' first child is their diagnosis clause.
 */
public final class DecisionRecord {
  /** The value of the {@code form} field. */
  public static final String FORM = "decision";

  // Thread-safe once configured; generators are made per record.
  private static final JsonFactory FACTORY = new JsonFactory();
  /**
   * UTF-8 as {@code CovercritJson.writeDeterminationBytes} writes it: a surrogate pair as one
   * 4-byte sequence, a lone surrogate (no UTF-8 form) as a JSON unicode escape. Null on a
   * Jackson before 2.18, which lacks the feature (it would escape every pair): the bytes are
   * then the text form's, encoded.
   */
  private static final JsonFactory UTF8 = combineSurrogates()
      .map(feature -> JsonFactory.builder().enable(feature).build()).orElse(null);

  private final Optional<String> requestId;
  private final String policyId;
  private final String policyVersion;
  private final LocalDate asOf;
  private final Outcome outcome;
  private final String summary;
  private final Optional<String> pathway;
  private final Reliability reliability;
  private final Optional<LocalDate> approvalEndsNoLaterThan;
  private final List<ClauseResult> unmetClauses;
  private final List<ChecklistItem> checklist;

  private DecisionRecord(Determination d) {
    this.requestId = d.requestId();
    this.policyId = d.policy().id();
    this.policyVersion = d.policy().version();
    this.asOf = d.asOf();
    this.outcome = d.outcome();
    this.summary = d.summary();
    this.pathway = d.pathway().map(MatchedPathway::id);
    this.reliability = d.provenance().reliability();
    this.approvalEndsNoLaterThan = d.approval().map(ApprovalDuration::endsNoLaterThan);
    this.unmetClauses = unmetChecks(d);
    this.checklist = d.checklist();
  }

  /** The decision form of {@code determination}. */
  public static DecisionRecord of(Determination determination) {
    return new DecisionRecord(Objects.requireNonNull(determination, "determination"));
  }

  /**
   * The CHECK clauses that make {@code d} unmet, in trace order, restricted as the checklist is:
   * every unmet check of the exclusion roots; under the necessity root only the matched
   * pathway's, or with no pathway (no covered diagnosis) the pathways' diagnosis clauses; and
   * nothing from the necessity root when the outcome is NOT_COVERED, where the checklist too
   * draws on the exclusions only (else an atopic-dermatitis request that no pathway matched would
   * be told about the vitiligo diagnosis clause). Empty when criteria are met.
   */
  static List<ClauseResult> unmetChecks(Determination d) {
    List<ClauseResult> roots = d.trace();
    if (d.outcome() == Outcome.MEETS_CRITERIA || roots.isEmpty()) {
      return List.of();
    }
    List<ClauseResult> unmet = new ArrayList<>();
    for (ClauseResult exclusions : roots.subList(0, roots.size() - 1)) {
      addUnmetChecks(exclusions, unmet);
    }
    if (d.outcome() != Outcome.NOT_COVERED) {
      ClauseResult necessity = roots.get(roots.size() - 1);
      if (d.pathway().isPresent()) {
        String pathwayId = d.pathway().get().id();
        ClauseResult matched = necessity.children().stream().filter(p -> p.id().equals(pathwayId)).findFirst()
            // A policy whose pathways are not the necessity root's children: nothing narrower to show.
            .orElse(necessity);
        addUnmetChecks(matched, unmet);
      } else {
        for (ClauseResult p : necessity.children()) {
          addUnmetChecks(p.children().isEmpty() ? p : p.children().get(0), unmet);
        }
      }
    }
    return List.copyOf(unmet);
  }

  private static void addUnmetChecks(ClauseResult root, List<ClauseResult> into) {
    root.forEachUnmetClause(c -> {
      if (c.kind() == ClauseKind.CHECK) {
        into.add(c);
      }
    });
  }

  public Optional<String> requestId() {
    return requestId;
  }

  public String policyId() {
    return policyId;
  }

  public String policyVersion() {
    return policyVersion;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String summary() {
    return summary;
  }

  /** The matched pathway's clause id. */
  public Optional<String> pathway() {
    return pathway;
  }

  /** {@code provenance().reliability()} of the determination. */
  public Reliability reliability() {
    return reliability;
  }

  public Optional<LocalDate> approvalEndsNoLaterThan() {
    return approvalEndsNoLaterThan;
  }

  /** The unmet CHECK clauses (see {@link #unmetChecks}); their children are always empty. */
  public List<ClauseResult> unmetClauses() {
    return unmetClauses;
  }

  public List<ChecklistItem> checklist() {
    return checklist;
  }

  /** Compact JSON, fields in the documented order; absent values are left out. */
  public String toJson() {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      write(g);
    } catch (IOException e) {
      // A StringWriter does not fail; Jackson declares it anyway.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The line as UTF-8, written as {@link CovercritJson#writeDeterminationBytes} writes the full
   * form, so a value is the same bytes in both forms: a character outside the BMP as four bytes,
   * a lone surrogate (no UTF-8 form) as its JSON unicode escape (on Jackson before 2.18, as
   * {@code ?}, the same in both forms).
   */
  public byte[] toJsonBytes() {
    if (UTF8 == null) {
      return toJson().getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = UTF8.createGenerator(bytes)) {
      write(g);
    } catch (IOException e) {
      // A ByteArrayOutputStream does not fail; Jackson declares it anyway.
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // By name: a host may run a Jackson (2.15-2.17) that has no such constant.
  private static Optional<JsonWriteFeature> combineSurrogates() {
    try {
      return Optional.of(JsonWriteFeature.valueOf("COMBINE_UNICODE_SURROGATES_IN_UTF8"));
    } catch (IllegalArgumentException absent) {
      return Optional.empty();
    }
  }

  private void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", CovercritJson.SCHEMA_VERSION);
    g.writeStringField("form", FORM);
    if (requestId.isPresent()) {
      g.writeStringField("requestId", requestId.get());
    }
    g.writeStringField("policyId", policyId);
    g.writeStringField("policyVersion", policyVersion);
    g.writeStringField("asOf", asOf.toString());
    g.writeStringField("outcome", outcome.name());
    g.writeStringField("summary", summary);
    if (pathway.isPresent()) {
      g.writeStringField("pathway", pathway.get());
    }
    g.writeStringField("reliability", reliability.name());
    if (approvalEndsNoLaterThan.isPresent()) {
      g.writeStringField("approvalEndsNoLaterThan", approvalEndsNoLaterThan.get().toString());
    }
    g.writeArrayFieldStart("unmetClauses");
    for (ClauseResult c : unmetClauses) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("status", c.status().name());
      if (c.finding().isPresent()) {
        g.writeStringField("finding", c.finding().get());
      }
      if (c.remedy().isPresent()) {
        g.writeStringField("denialReason", c.remedy().get().denialReason());
        g.writeStringField("howToFix", c.remedy().get().howToFix());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("checklist");
    for (ChecklistItem item : checklist) {
      g.writeStartObject();
      g.writeStringField("document", item.document().id());
      g.writeArrayFieldStart("clauseIds");
      for (String id : item.clauseIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
