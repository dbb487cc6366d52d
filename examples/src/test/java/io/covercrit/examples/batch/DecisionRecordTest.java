package io.covercrit.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionRecordTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  private static final CovercritJson JSON = CovercritJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final List<String> FIELD_ORDER = List.of("schemaVersion", "form", "requestId", "policyId", "policyVersion",
      "asOf", "outcome", "summary", "pathway", "reliability", "approvalEndsNoLaterThan", "unmetClauses", "checklist");

  /** A sample request (examples/requests), as text. */
  private static String sample(String name) {
    try {
      // Maven runs tests from the module directory.
      return Files.readString(Path.of("requests", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample request with {@code change} applied to its JSON tree. */
  private static String variant(String name, Consumer<ObjectNode> change) {
    try {
      ObjectNode tree = (ObjectNode) TREE.readTree(sample(name));
      change.accept(tree);
      return TREE.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Determination evaluate(String requestJson) {
    CoverageRequest request = JSON.readRequest(requestJson);
    return REGISTRY.evaluate(request, request.requestDate().orElseThrow());
  }

  private static JsonNode decisionLine(Determination d) {
    byte[] bytes = DecisionRecord.of(d).toJsonBytes();
    try {
      return TREE.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
    }
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(field == null ? item.asText() : item.get(field).asText()));
    return values;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Opzelura approvable", sample("opzelura-ad-approvable.json"),
            Outcome.MEETS_CRITERIA, "IP0369 1", "2027-05-24", List.of(),
            List.of("current-medication-list", "diagnosis-clinical-notes", "disease-severity-and-type", "birth-date-verification",
                "bsa-assessment", "topical-corticosteroid-history", "topical-calcineurin-inhibitor-history", "prescriber-specialty")),
        Arguments.of("Opzelura vitiligo, BSA too high (not met)", sample("opzelura-vitiligo-bsa-too-high.json"),
            Outcome.DOES_NOT_MEET_CRITERIA, "IP0369 2", null, List.of("IP0369 2.B"), List.of("bsa-assessment")),
        Arguments.of("Opzelura with a concurrent biologic (excluded)", sample("opzelura-ad-concurrent-biologic.json"),
            Outcome.NOT_COVERED, "IP0369 1", null, List.of("IP0369 Not Covered 1"), List.of("current-medication-list")),
        // No sample needs documentation: the approvable one without its body surface area does.
        Arguments.of("Opzelura approvable without a BSA (needs documentation)",
            variant("opzelura-ad-approvable.json", r -> ((ObjectNode) r.get("skinInvolvement")).remove("bodySurfaceAreaPercent")),
            Outcome.NEEDS_DOCUMENTATION, "IP0369 1", null, List.of("IP0369 1.B"), List.of("bsa-assessment")),
        // No pathway: both diagnosis clauses are the reason, and nothing under them.
        Arguments.of("Opzelura for segmental vitiligo (no covered diagnosis)",
            variant("opzelura-ad-approvable.json", r -> r.set("diagnoses", TREE.createArrayNode().add(
                TREE.createObjectNode().put("code", "L80").put("subtype", "SEGMENTAL")))),
            Outcome.DOES_NOT_MEET_CRITERIA, null, null, List.of("IP0369 1.dx", "IP0369 2.dx"),
            List.of("diagnosis-clinical-notes", "disease-severity-and-type")),
        // Excluded and no pathway (the atopic dermatitis one fails on BSA too): the exclusion
        // alone, as in the checklist, not the vitiligo diagnosis clause.
        Arguments.of("Opzelura excluded with no pathway",
            variant("opzelura-ad-concurrent-biologic.json", r -> ((ObjectNode) r.get("skinInvolvement")).put("bodySurfaceAreaPercent", 30)),
            Outcome.NOT_COVERED, null, null, List.of("IP0369 Not Covered 1"), List.of("current-medication-list")),
        Arguments.of("Dupixent asthma, stale eosinophil count", sample("dupixent-asthma-stale-eosinophil-count.json"),
            Outcome.NEEDS_DOCUMENTATION, "IP0453 1", null, List.of("IP0453 1.B.a", "IP0453 1.B.b"),
            List.of("blood-eosinophil-count", "systemic-corticosteroid-history")),
        Arguments.of("Ilaris FMF, CRP too low", sample("ilaris-fmf-crp-too-low.json"),
            Outcome.DOES_NOT_MEET_CRITERIA, "IP0235 2", null, List.of("IP0235 2.D.i"), List.of("crp-result")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_decision_line_names_the_outcome_the_pathway_and_exactly_the_unmet_checks(String what, String request,
      Outcome outcome, String pathway, String approvalEnds, List<String> unmetIds, List<String> documents) {
    Determination d = evaluate(request);

    JsonNode line = decisionLine(d);

    assertThat(line.get("outcome").asText()).isEqualTo(outcome.name());
    assertThat(line.has("pathway")).isEqualTo(pathway != null);
    if (pathway != null) {
      assertThat(line.get("pathway").asText()).isEqualTo(pathway);
    }
    assertThat(line.has("approvalEndsNoLaterThan")).isEqualTo(approvalEnds != null);
    if (approvalEnds != null) {
      assertThat(line.get("approvalEndsNoLaterThan").asText()).isEqualTo(approvalEnds);
    }
    assertThat(texts(line.get("unmetClauses"), "id")).containsExactlyElementsOf(unmetIds);
    assertThat(texts(line.get("checklist"), "document")).containsExactlyElementsOf(documents);
    for (JsonNode clause : line.get("unmetClauses")) {
      assertThat(clause.get("status").asText()).isIn("NOT_MET", "MISSING");
      assertThat(clause.get("denialReason").asText()).isNotBlank();
      assertThat(clause.get("howToFix").asText()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_decision_line_agrees_with_the_full_determination_of_the_same_request(String what, String request,
      Outcome outcome, String pathway, String approvalEnds, List<String> unmetIds, List<String> documents) throws IOException {
    Determination evaluated = evaluate(request);
    // The full form as a batch writes it, read back: what a consumer of either form would see.
    Determination full = JSON.readDetermination(JSON.writeDetermination(evaluated, false));

    JsonNode line = decisionLine(evaluated);

    List<String> fields = new ArrayList<>();
    line.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(FIELD_ORDER.stream().filter(fields::contains).collect(Collectors.toList()));
    assertThat(line.get("schemaVersion").asText()).isEqualTo("1");
    assertThat(line.get("form").asText()).isEqualTo("decision");
    assertThat(line.has("requestId")).isEqualTo(full.requestId().isPresent());
    full.requestId().ifPresent(id -> assertThat(line.get("requestId").asText()).isEqualTo(id));
    assertThat(line.get("policyId").asText()).isEqualTo(full.policy().id());
    assertThat(line.get("policyVersion").asText()).isEqualTo(full.policy().version());
    assertThat(LocalDate.parse(line.get("asOf").asText())).isEqualTo(full.asOf());
    assertThat(line.get("outcome").asText()).isEqualTo(full.outcome().name());
    assertThat(line.get("summary").asText()).isEqualTo(full.summary());
    assertThat(line.has("pathway")).isEqualTo(full.pathway().isPresent());
    full.pathway().ifPresent(p -> assertThat(line.get("pathway").asText()).isEqualTo(p.id()));
    assertThat(line.get("reliability").asText()).isEqualTo(full.provenance().reliability().name());
    assertThat(line.has("approvalEndsNoLaterThan")).isEqualTo(full.approval().isPresent());
    full.approval().ifPresent(a -> assertThat(line.get("approvalEndsNoLaterThan").asText()).isEqualTo(a.endsNoLaterThan().toString()));

    List<String> unmetOfFull = full.unmetClauses().stream().map(ClauseResult::id).collect(Collectors.toList());
    for (JsonNode clause : line.get("unmetClauses")) {
      ClauseResult inTrace = full.clause(clause.get("id").asText()).orElseThrow();
      assertThat(inTrace.kind()).isEqualTo(ClauseKind.CHECK);
      assertThat(inTrace.id()).isIn(unmetOfFull);
      assertThat(clause.get("status").asText()).isEqualTo(inTrace.status().name());
      assertThat(clause.has("finding")).isEqualTo(inTrace.finding().isPresent());
      inTrace.finding().ifPresent(f -> assertThat(clause.get("finding").asText()).isEqualTo(f));
      assertThat(clause.get("denialReason").asText()).isEqualTo(inTrace.remedy().orElseThrow().denialReason());
      assertThat(clause.get("howToFix").asText()).isEqualTo(inTrace.remedy().orElseThrow().howToFix());
      assertThat(clause.size()).isEqualTo(inTrace.finding().isPresent() ? 5 : 4);
    }
    // In trace order: the order the full determination lists its unmet clauses in.
    List<String> ids = texts(line.get("unmetClauses"), "id");
    assertThat(ids).isEqualTo(unmetOfFull.stream().filter(ids::contains).collect(Collectors.toList()));
    // Under the necessity root (the last one), only the matched pathway speaks.
    ClauseResult necessity = full.trace().get(full.trace().size() - 1);
    full.pathway().ifPresent(p -> {
      for (ClauseResult other : necessity.children()) {
        if (!other.id().equals(p.id())) {
          assertThat(ids).noneMatch(id -> other.find(id).isPresent());
        }
      }
    });

    JsonNode checklist = line.get("checklist");
    assertThat(checklist).hasSize(full.checklist().size());
    Iterator<JsonNode> items = checklist.elements();
    for (ChecklistItem item : full.checklist()) {
      JsonNode written = items.next();
      assertThat(written.get("document").asText()).isEqualTo(item.document().id());
      assertThat(texts(written.get("clauseIds"), null)).isEqualTo(item.clauseIds());
      assertThat(written.size()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_decision_line_is_a_small_fraction_of_the_full_determination(String what, String request, Outcome outcome,
      String pathway, String approvalEnds, List<String> unmetIds, List<String> documents) {
    Determination d = evaluate(request);

    int decision = DecisionRecord.of(d).toJsonBytes().length;
    int full = JSON.writeDeterminationBytes(d).length;

    // The policy text, provenance and next steps are what the form leaves out: most of the bytes.
    assertThat(decision).isLessThan(full / 5);
  }

  @Test
  void text_from_the_request_is_the_same_utf8_in_both_forms_even_outside_the_bmp_or_a_lone_surrogate() {
    // The concurrent biologic's name is quoted in the exclusion's finding.
    String request = sample("opzelura-ad-concurrent-biologic.json").replace("Dupixent 300 mg", "Dupixent \\ud83d\\ude00 300 mg \\udc00 é");
    Determination d = evaluate(request);
    String finding = d.clause("IP0369 Not Covered 1").orElseThrow().finding().orElseThrow();
    assertThat(finding).contains("Dupixent \ud83d\ude00 300 mg \udc00 é");

    String decision = new String(DecisionRecord.of(d).toJsonBytes(), StandardCharsets.UTF_8);
    String full = new String(JSON.writeDeterminationBytes(d), StandardCharsets.UTF_8);

    // A lone surrogate has no UTF-8 form: both forms write it as its JSON escape (it reads back);
    // a Jackson before 2.18 cannot, and both forms then encode the text, the surrogate as '?'.
    boolean combines = Arrays.stream(JsonWriteFeature.values()).anyMatch(f -> f.name().equals("COMBINE_UNICODE_SURROGATES_IN_UTF8"));
    String written = "Dupixent \ud83d\ude00 300 mg " + (combines ? "\\uDC00" : "?") + " é still in use";
    assertThat(decision).contains(written);
    assertThat(full).contains(written);
  }

  @Test
  void the_example_in_docs_json_is_what_the_vitiligo_sample_gives() throws IOException {
    String example = Files.readAllLines(Path.of("..", "docs", "JSON.md")).stream()
        .filter(line -> line.startsWith("{\"schemaVersion\":\"1\",\"form\":\"decision\""))
        .findFirst().orElseThrow();

    String written = DecisionRecord.of(evaluate(sample("opzelura-vitiligo-bsa-too-high.json"))).toJson();

    assertThat(written).isEqualTo(example);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void met_clauses_are_never_listed_and_every_listed_clause_is_unmet(String what, String request, Outcome outcome,
      String pathway, String approvalEnds, List<String> unmetIds, List<String> documents) {
    Determination d = evaluate(request);

    List<ClauseResult> unmet = DecisionRecord.of(d).unmetClauses();

    assertThat(unmet).allSatisfy(c -> assertThat(c.status()).isNotEqualTo(Status.MET));
    assertThat(unmet.isEmpty()).isEqualTo(d.outcome() == Outcome.MEETS_CRITERIA);
  }
}
