package io.covercrit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.covercrit.core.eval.AcmeScenarios;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.JsonInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The published request and determination schemas against the reader and the writer: what the
 * library writes validates, and for a broad set of mutated documents the schema accepts exactly
 * what the reader accepts, but for the differences listed in {@link KnownDifference} (and in
 * docs/JSON.md, "JSON Schemas").
 */
@DisabledIfSystemProperty(named = "covercrit.test.jackson", matches = "2\\.1[0-9]\\..*",
    disabledReason = "the validator is built on Jackson 3, which needs jackson-annotations 2.20 or newer; the schemas"
        + " do not depend on the Jackson version and are checked in the default execution")
class RequestSchemaTest {
  private static final CovercritJson JSON = CovercritJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonSchemas SCHEMAS = JsonSchemas.published();
  private static final Schema REQUEST = SCHEMAS.request();
  private static final Schema DETERMINATION = SCHEMAS.determination();

  /** Every member of every object type, each value valid: the base of the mutations. */
  static final String FULL = "{\"schemaVersion\":\"1\",\"requestId\":\"REQ-1.a:b_c\",\"policyId\":\"acme/T1\","
      + "\"requestedDrug\":{\"name\":\"Opzelura\",\"activeIngredient\":\"ruxolitinib\",\"strength\":\"1.5%\",\"form\":\"CREAM\","
      + "\"drugClass\":\"TOPICAL_JAK_INHIBITOR\",\"rxNormCui\":\"2570340\",\"ndc\":\"50881-007-60\"},"
      + "\"requestType\":\"INITIAL\",\"urgency\":\"STANDARD\","
      + "\"patient\":{\"birthDate\":\"1990-05-17\",\"memberId\":\"U1234567801\"},"
      + "\"diagnoses\":[{\"code\":\"L20.9\",\"severity\":\"MODERATE\",\"subtype\":\"NONSEGMENTAL\",\"diagnosedOn\":\"2025-01-10\"}],"
      + "\"therapyTrials\":[{\"drug\":{\"name\":\"triamcinolone 0.1% cream\",\"drugClass\":\"TOPICAL_CORTICOSTEROID\",\"potency\":\"MEDIUM\"},"
      + "\"start\":\"2026-01-01\",\"end\":\"2026-01-28\",\"outcome\":\"FAILED\",\"sample\":false,\"dailyDose\":{\"value\":5,\"unit\":\"mg/d\"}}],"
      + "\"concurrentMedications\":[{\"name\":\"cetirizine\",\"drugClass\":\"H1_ANTIHISTAMINE\"}],"
      + "\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":12.5,\"unit\":\"mg/L\"},\"date\":\"2026-02-01\","
      + "\"referenceRange\":{\"low\":{\"value\":0,\"unit\":\"mg/L\"},\"high\":{\"value\":10,\"unit\":\"mg/dL\"}},\"loinc\":\"1988-5\"}],"
      + "\"prescriber\":{\"specialties\":[\"DERMATOLOGY\"],\"consultedSpecialties\":[\"ALLERGY\"],\"npi\":\"1234567893\"},"
      + "\"skinInvolvement\":{\"bodySurfaceAreaPercent\":8.5,\"sites\":[\"FACE\",\"HANDS\"],\"assessedOn\":\"2026-02-01\"},"
      + "\"flares\":[{\"date\":\"2025-12-01\",\"hospitalized\":false,\"systemicCorticosteroids\":true,\"emergencyOrUrgentCare\":false}],"
      + "\"biomarkers\":[{\"biomarker\":\"ALK\",\"status\":\"POSITIVE\",\"method\":\"IHC (D5F3)\",\"date\":\"2025-11-01\"}],"
      + "\"tumorStaging\":{\"primaryTumorSizeCm\":5.2,\"nodalStatus\":\"N1\",\"resection\":\"R0\",\"stage\":\"IIIA\","
      + "\"metastatic\":false,\"recurrent\":false,\"assessedOn\":\"2025-11-01\"},"
      + "\"clinicalFindings\":[{\"kind\":\"HIVES\",\"present\":true,\"since\":\"2025-06-01\",\"observedOn\":\"2026-01-15\","
      + "\"count\":12,\"daysPerWeek\":4,\"sites\":[\"ARMS\"]}],"
      + "\"historyReviews\":[{\"history\":\"FLARES\",\"from\":\"2025-03-01\",\"through\":\"2026-02-28\"}],"
      + "\"response\":{\"assessedOn\":\"2026-02-01\",\"improvements\":[\"EASI\"]},"
      + "\"jurisdiction\":\"NC\",\"planType\":\"FULLY_INSURED_COMMERCIAL\",\"requestDate\":\"2026-02-15\",\"notes\":\"free text\"}";

  /** Values put in place of each member in turn. */
  private static final List<JsonNode> REPLACEMENTS = List.of(
      node("null"), node("0"), node("-1"), node("1"), node("1.5"), node("1e13"), node("true"), node("\"\""), node("\" \""),
      node("\"x\""), node("\"L20.9\""), node("\"2026-01-20\""), node("\"2026-02-30\""), node("\"2026-01-20T10:00\""),
      node("\"1879-12-31\""), node("{}"), node("[]"), node("[\"x\"]"), node("[{}]"));

  /**
   * Where the schema and the reader disagree, by design or because JSON Schema cannot say it.
   * The test fails on any other disagreement, and on a difference listed here that no mutation
   * shows any more.
   */
  enum KnownDifference {
    /** The reader reads {@code null} for an optional member as absent; the schema describes the written form, without null. */
    NULL_FOR_OPTIONAL_MEMBER(true),
    /**
     * Jackson reads a number or a boolean for a free-text or id member (a drug's name, the notes,
     * the request id, a unit: {@code 1} is the unit {@code "1"}) as its text; the schema wants a string. (The other direction, a string for a
     * number or boolean, is an error on both sides.)
     */
    SCALAR_AS_STRING(true),
    /** Jackson reads {@code []} for an optional date, and a blank string for an optional number or boolean, as absent. */
    EMPTY_AS_ABSENT(true),
    /** The reader takes ISO-8601 expanded years ({@code +12026-01-01}, {@code -0001-01-01}); the schema, RFC 3339 full-date, four digits. */
    EXPANDED_YEAR(true),
    /** A trial's end before its start, a finding's since after observedOn: comparing two members is beyond JSON Schema. */
    DATES_OUT_OF_ORDER(false),
    /** A reference range's low above its high (after unit conversion). */
    RANGE_OUT_OF_ORDER(false),
    /** An NPI's check digit (Luhn). */
    NPI_CHECK_DIGIT(false),
    /** A decimal with more than 50 decimal places or an exponent beyond 50. */
    DECIMAL_SCALE(false),
    /** An integer written as a decimal ({@code 5.0}) is an integer to JSON Schema, not to the reader. */
    INTEGRAL_DECIMAL(false),
    /** Lengths: the reader counts UTF-16 units, JSON Schema code points (a character outside the BMP counts twice in Java). */
    UTF16_LENGTH(false);

    /** True when the reader accepts what the schema rejects; false for the reverse. */
    final boolean readerAccepts;

    KnownDifference(boolean readerAccepts) {
      this.readerAccepts = readerAccepts;
    }
  }

  record Mutation(String description, String document, JsonNode replacement, String member) {}

  @Test
  void the_schemas_are_found_by_the_accessors_and_carry_their_ids() throws IOException {
    assertThat(CovercritJson.requestSchema().toString()).endsWith("io/covercrit/core/json/schema/coverage-request.schema.json");
    assertThat(CovercritJson.determinationSchema().toString()).endsWith("io/covercrit/core/json/schema/determination.schema.json");
    try (InputStream request = CovercritJson.openRequestSchema(); InputStream determination = CovercritJson.openDeterminationSchema()) {
      JsonNode r = TREE.readTree(request);
      JsonNode d = TREE.readTree(determination);
      assertThat(r.get("$id").asText()).isEqualTo(CovercritJson.REQUEST_SCHEMA_ID);
      assertThat(d.get("$id").asText()).isEqualTo(CovercritJson.DETERMINATION_SCHEMA_ID);
      assertThat(r.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(d.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void the_full_document_is_read_and_validates() {
    JSON.readRequest(FULL);
    assertThat(JsonSchemas.errors(REQUEST, FULL)).isEmpty();
    assertThat(JsonSchemas.errors(REQUEST, JSON.writeRequest(JSON.readRequest(FULL), true))).isEmpty();
  }

  /** A member added to the model and not to the schema (or to {@link #FULL}) fails here. */
  @Test
  void the_schema_and_the_full_document_name_every_member_of_the_request() throws IOException {
    Set<String> accessors = new java.util.TreeSet<>();
    for (java.lang.reflect.Method m : io.covercrit.core.model.CoverageRequest.class.getDeclaredMethods()) {
      if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0) {
        accessors.add(m.getName());
      }
    }
    accessors.add("schemaVersion");
    Set<String> inSchema = new java.util.TreeSet<>();
    try (InputStream in = CovercritJson.openRequestSchema()) {
      TREE.readTree(in).get("properties").fieldNames().forEachRemaining(inSchema::add);
    }
    Set<String> inFull = new java.util.TreeSet<>();
    node(FULL).fieldNames().forEachRemaining(inFull::add);
    assertThat(inSchema).isEqualTo(accessors);
    assertThat(inFull).isEqualTo(accessors);
    // and FULL, written back, keeps every member of every nested object
    assertThat(node(JSON.writeRequest(JSON.readRequest(FULL), false))).isEqualTo(node(FULL));
  }

  @Test
  void every_acme_scenario_request_and_determination_validates() {
    for (AcmeScenarios scenario : AcmeScenarios.values()) {
      String request = JSON.writeRequest(scenario.request(), false);
      assertThat(JsonSchemas.errors(REQUEST, request)).as(scenario + " request").isEmpty();
      Determination d = scenario.evaluate();
      assertThat(JsonSchemas.errors(DETERMINATION, JSON.writeDetermination(d, false))).as(scenario + " determination").isEmpty();
      assertThat(JsonSchemas.errors(DETERMINATION, JSON.writeDetermination(d, true))).as(scenario + " pretty").isEmpty();
    }
  }

  @Test
  void the_determination_schema_rejects_what_is_never_written() {
    String written = JSON.writeDetermination(AcmeScenarios.MEETS.evaluate(), false);
    assertThat(JsonSchemas.errors(DETERMINATION, written)).isEmpty();
    List<String> broken = List.of(
        written.replace("\"schemaVersion\":\"1\",", ""),
        written.replace("\"outcome\":\"MEETS_CRITERIA\"", "\"outcome\":\"MAYBE\""),
        written.replaceFirst("\"status\":\"MET\"", "\"status\":\"NOT_MET\""), // an unmet clause without remedy
        written.replaceFirst("\"approval\":\\{[^}]*\\},", ""), // met without approval
        written.replace("\"codeSet\":", "\"extra\":1,\"codeSet\":"),
        written.replaceFirst("\"asOf\":\"2026-03-01\"", "\"asOf\":\"2026-03-01T00:00\""));
    for (String document : broken) {
      assertThat(document).isNotEqualTo(written);
      assertThat(JsonSchemas.errors(DETERMINATION, document)).as(document).isNotEmpty();
    }
  }

  /**
   * The property: for every mutation of {@link #FULL} (each member removed, each replaced by each
   * of {@link #REPLACEMENTS}, an unknown member added to each object, and the hand-picked cases
   * below), the schema accepts the document exactly when the reader does, but for the known
   * differences, each of which must still occur.
   */
  @Test
  void the_schema_accepts_a_mutated_document_exactly_when_the_reader_does() {
    List<Mutation> mutations = mutations();
    assertThat(mutations).hasSizeGreaterThan(1500);
    List<String> unexplained = new ArrayList<>();
    Set<KnownDifference> seen = EnumSet.noneOf(KnownDifference.class);
    int accepted = 0;
    for (Mutation m : mutations) {
      boolean schemaValid = JsonSchemas.errors(REQUEST, m.document()).isEmpty();
      String readerProblem = readerProblem(m.document());
      boolean readerAccepts = readerProblem == null;
      if (readerAccepts) {
        accepted++;
      }
      if (schemaValid == readerAccepts) {
        continue;
      }
      KnownDifference known = explain(m, readerAccepts, readerProblem);
      if (known == null || known.readerAccepts != readerAccepts) {
        unexplained.add(m.description() + ": reader " + (readerAccepts ? "accepts" : "rejects (" + readerProblem + ")")
            + ", schema " + (schemaValid ? "accepts" : "rejects " + JsonSchemas.errors(REQUEST, m.document())));
      } else {
        seen.add(known);
      }
    }
    assertThat(unexplained).isEmpty();
    assertThat(seen).containsExactlyInAnyOrder(KnownDifference.values());
    // Both sides of the property are exercised.
    assertThat(accepted).isBetween(100, mutations.size() - 100);
  }

  private static KnownDifference explain(Mutation m, boolean readerAccepts, String readerProblem) {
    if (readerAccepts) {
      if (m.replacement() != null && m.replacement().isNull()) {
        return KnownDifference.NULL_FOR_OPTIONAL_MEMBER;
      }
      if (m.replacement() != null && (m.replacement().isNumber() || m.replacement().isBoolean())) {
        return KnownDifference.SCALAR_AS_STRING;
      }
      if (m.replacement() != null && (m.replacement().isArray() && m.replacement().isEmpty()
          || m.replacement().isTextual() && m.replacement().textValue().isBlank())) {
        return KnownDifference.EMPTY_AS_ABSENT;
      }
      if (m.replacement() != null && m.replacement().isTextual() && m.replacement().textValue().matches("[+-][0-9]{4,}-.*")) {
        return KnownDifference.EXPANDED_YEAR;
      }
      return null;
    }
    if (readerProblem.contains("must not be before start") || readerProblem.contains("must not be before from")
        || readerProblem.contains("must not be after observedOn")) {
      return KnownDifference.DATES_OUT_OF_ORDER;
    }
    if (readerProblem.contains("must not be above high")) {
      return KnownDifference.RANGE_OUT_OF_ORDER;
    }
    if (readerProblem.contains("check digit")) {
      return KnownDifference.NPI_CHECK_DIGIT;
    }
    if (readerProblem.contains("decimal places")) {
      return KnownDifference.DECIMAL_SCALE;
    }
    if (m.replacement() != null && m.replacement().isFloatingPointNumber()
        && m.replacement().decimalValue().stripTrailingZeros().scale() <= 0) {
      return KnownDifference.INTEGRAL_DECIMAL;
    }
    if (readerProblem.contains("at most 10000 characters") || readerProblem.contains("characters")
        && m.replacement() != null && m.replacement().isTextual() && m.replacement().textValue().codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      return KnownDifference.UTF16_LENGTH;
    }
    return null;
  }

  /** The reader's problem, or null when it accepts the document. */
  private static String readerProblem(String document) {
    try {
      JSON.readRequest(document);
      return null;
    } catch (JsonInputException e) {
      return e.errorCode() + " " + e.path() + " " + e.problem();
    }
  }

  static List<Mutation> mutations() {
    ObjectNode full = (ObjectNode) node(FULL);
    List<Mutation> mutations = new ArrayList<>();
    mutations.add(new Mutation("as is", FULL, null, null));
    forEachContainer(full, "", (pointer, container) -> {
      if (container.isObject()) {
        ObjectNode object = (ObjectNode) container;
        mutations.add(mutate(full, pointer, "unknown member", c -> ((ObjectNode) c).put("unknownMember", 1), null, "unknownMember"));
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          mutations.add(mutate(full, pointer, "without " + name, c -> ((ObjectNode) c).remove(name), null, name));
          for (JsonNode replacement : REPLACEMENTS) {
            mutations.add(mutate(full, pointer, name + " = " + replacement,
                c -> ((ObjectNode) c).set(name, replacement.deepCopy()), replacement, name));
          }
        }
      } else {
        mutations.add(mutate(full, pointer, "null element", c -> ((ArrayNode) c).add(JsonNodeFactory.instance.nullNode()), null, null));
        mutations.add(mutate(full, pointer, "string element", c -> ((ArrayNode) c).add("x"), null, null));
        mutations.add(mutate(full, pointer, "repeated element", c -> ((ArrayNode) c).add(c.get(0).deepCopy()), null, null));
      }
    });
    // Hand-picked: each rule and spelling the generic replacements do not reach.
    Map<String, String> picked = Map.ofEntries(
        Map.entry("/schemaVersion=\"2\"", "\"2\""), Map.entry("/schemaVersion=1", "1"),
        Map.entry("/diagnoses/0/code=\" l209 \"", "\" l209 \""), Map.entry("/diagnoses/0/code=\"L2\"", "\"L2\""),
        Map.entry("/diagnoses/0/code=\"L20.\"", "\"L20.\""), Map.entry("/diagnoses/0/code=\"L20.12345\"", "\"L20.12345\""),
        Map.entry("/diagnoses/0/code=\"L2099999\"", "\"L2099999\""), Map.entry("/diagnoses/0/code=\"C4A.1\"", "\"C4A.1\""),
        Map.entry("/diagnoses/0/code=\"2L0\"", "\"2L0\""), Map.entry("/diagnoses/0/code=\"L2.09\"", "\"L2.09\""),
        Map.entry("/diagnoses/0/code=\"L20\\n\"", "\"L20\\n\""), Map.entry("/diagnoses/0/code=\"Ł20\"", "\"\u0141\u0032\u0030\""),
        Map.entry("/labResults/0/value/unit=\"MG/DL\"", "\"MG/DL\""), Map.entry("/labResults/0/value/unit=\" mg/l\\t\"", "\" mg/l\\t\""),
        Map.entry("/labResults/0/value/unit=\"kg\"", "\"kg\""), Map.entry("/labResults/0/value/unit=\"mg/Lx\"", "\"mg/Lx\""),
        Map.entry("/labResults/0/referenceRange/high/unit=\"/uL\"", "\"/uL\""),
        Map.entry("/labResults/0/referenceRange/low/value=11", "11"),
        Map.entry("/labResults/0/value/value=1e-51", "1e-51"), Map.entry("/labResults/0/value/value=1e12", "1e12"),
        Map.entry("/labResults/0/value/value=-1e12", "-1e12"), Map.entry("/labResults/0/value/value=1000000000001", "1000000000001"),
        Map.entry("/therapyTrials/0/dailyDose/unit=\"mg\"", "\"mg\""), Map.entry("/therapyTrials/0/dailyDose/value=0", "0"),
        Map.entry("/therapyTrials/0/outcome=\"ONGOING\"", "\"ONGOING\""), Map.entry("/therapyTrials/0/end=\"2025-12-31\"", "\"2025-12-31\""),
        Map.entry("/therapyTrials/0/drug/drugClass=\"OTHER\"", "\"OTHER\""),
        Map.entry("/clinicalFindings/0/present=false", "false"), Map.entry("/clinicalFindings/0/count=5.0", "5.0"),
        Map.entry("/clinicalFindings/0/count=100001", "100001"), Map.entry("/clinicalFindings/0/daysPerWeek=8", "8"),
        Map.entry("/clinicalFindings/0/since=\"2026-02-01\"", "\"2026-02-01\""),
        Map.entry("/prescriber/npi=\"1234567890\"", "\"1234567890\""), Map.entry("/prescriber/npi=\"123456789\"", "\"123456789\""),
        Map.entry("/requestedDrug/ndc=\"12345678901\"", "\"12345678901\""), Map.entry("/requestedDrug/ndc=\"123456789012\"", "\"123456789012\""),
        Map.entry("/requestedDrug/ndc=\"--12345678901\"", "\"--12345678901\""), Map.entry("/requestedDrug/name=\"\\t \"", "\"\\t \""),
        Map.entry("/requestedDrug/rxNormCui=\"12345678901\"", "\"12345678901\""), Map.entry("/requestedDrug/potency=\"LOW\"", "\"LOW\""),
        Map.entry("/requestId=\"abc\\n\"", "\"abc\\n\""), Map.entry("/requestId=65 characters", "\"" + "a".repeat(65) + "\""),
        Map.entry("/policyId=\"IP0369\"", "\"IP0369\""), Map.entry("/policyId=\"Cigna/IP0369\"", "\"Cigna/IP0369\""),
        Map.entry("/patient/birthDate=\"1880-01-01\"", "\"1880-01-01\""), Map.entry("/patient/memberId=65 characters", "\"" + "m".repeat(65) + "\""),
        Map.entry("/requestDate=\"+12026-01-01\"", "\"+12026-01-01\""), Map.entry("/requestDate=\"-0001-01-01\"", "\"-0001-01-01\""),
        Map.entry("/requestDate=\"2026-1-01\"", "\"2026-1-01\""), Map.entry("/requestDate=\"2024-02-29\"", "\"2024-02-29\""),
        Map.entry("/requestDate=\"2025-02-29\"", "\"2025-02-29\""),
        Map.entry("/notes=10000 characters", "\"" + "n".repeat(10_000) + "\""), Map.entry("/notes=10001 characters", "\"" + "n".repeat(10_001) + "\""),
        Map.entry("/notes=6000 emoji", "\"" + "\uD83D\uDE00".repeat(6000) + "\""),
        Map.entry("/skinInvolvement/bodySurfaceAreaPercent=100.0", "100.0"), Map.entry("/skinInvolvement/bodySurfaceAreaPercent=100.01", "100.01"),
        Map.entry("/tumorStaging/primaryTumorSizeCm=50", "50"), Map.entry("/tumorStaging/primaryTumorSizeCm=50.1", "50.1"),
        Map.entry("/tumorStaging/stage=\"IVB\"", "\"IVB\""), Map.entry("/tumorStaging/stage=\"V\"", "\"V\""),
        Map.entry("/tumorStaging/stage=\"IA4\"", "\"IA4\""), Map.entry("/jurisdiction=\"nc\"", "\"nc\""),
        Map.entry("/jurisdiction=\"FEDERAL\"", "\"FEDERAL\""), Map.entry("/response/improvements=[\"EASI\",\"EASI\"]", "[\"EASI\",\"EASI\"]"));
    picked.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String target = e.getKey().substring(0, e.getKey().indexOf('='));
      int slash = target.lastIndexOf('/');
      String parent = target.substring(0, slash);
      String name = target.substring(slash + 1);
      JsonNode value = node(e.getValue());
      mutations.add(mutate(full, parent, e.getKey(), c -> ((ObjectNode) c).set(name, value), value, name));
    });
    return mutations;
  }

  private static Mutation mutate(ObjectNode full, String pointer, String what, Consumer<JsonNode> change, JsonNode replacement,
      String member) {
    ObjectNode copy = full.deepCopy();
    change.accept(pointer.isEmpty() ? copy : copy.at(pointer));
    try {
      return new Mutation((pointer.isEmpty() ? "$" : pointer) + ": " + what, TREE.writeValueAsString(copy), replacement, member);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface ContainerVisitor {
    void visit(String pointer, JsonNode container);
  }

  private static void forEachContainer(JsonNode node, String pointer, ContainerVisitor visitor) {
    if (node.isObject()) {
      visitor.visit(pointer, node);
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        forEachContainer(field.getValue(), pointer + "/" + field.getKey(), visitor);
      }
    } else if (node.isArray()) {
      visitor.visit(pointer, node);
      for (int i = 0; i < node.size(); i++) {
        forEachContainer(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  private static JsonNode node(String json) {
    try {
      return TREE.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
