package io.covercrit.fhir.questions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.eval.Status;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.fhir.internal.RequestSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the MISSING clauses of a determination into questions: each clause's documents name the
 * request fields that carry their facts (a table keyed by document id, extendable with
 * {@link #withFacts}); each field becomes a typed question whose {@code linkId} is its path, so the
 * answers read back into the request unchanged. A document no field carries is asked for as an
 * attachment. Questions shared by several clauses are asked once, naming every clause.
 *
 * <p>No FHIR here: {@link io.covercrit.fhir.DtrQuestionnaires} renders a set as an SDC
 * Questionnaire, and another renderer (NCPDP SCRIPT ePA) can take the same set. Immutable and
 * thread-safe.
 */
public final class QuestionPlanner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, List<String>> facts;
  private final Set<String> notAsked;
  private final RequestSchema schema;
  private final CovercritJson covercrit;

  private QuestionPlanner(Map<String, List<String>> facts, Set<String> notAsked, RequestSchema schema,
      CovercritJson covercrit) {
    this.facts = Map.copyOf(facts);
    this.notAsked = Set.copyOf(notAsked);
    this.schema = schema;
    this.covercrit = covercrit;
  }

  /** The planner with the standard document table (every document of the clause library and the Cigna policies). */
  public static QuestionPlanner standard() {
    try (InputStream in = QuestionPlanner.class.getResourceAsStream("question-facts.json")) {
      JsonNode table = JSON.readTree(Objects.requireNonNull(in, "question-facts.json"));
      Map<String, List<String>> facts = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = table.get("facts").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> paths = new ArrayList<>();
        e.getValue().forEach(p -> paths.add(p.asText()));
        facts.put(e.getKey(), paths);
      }
      List<String> notAsked = new ArrayList<>();
      table.get("notAsked").forEach(n -> notAsked.add(n.asText()));
      return new QuestionPlanner(facts, Set.copyOf(notAsked), RequestSchema.load(JSON), CovercritJson.create());
    } catch (IOException e) {
      throw new UncheckedIOException("the question table of covercrit-fhir cannot be read", e);
    }
  }

  /**
   * A planner that also knows which request fields carry a host policy's document.
   *
   * @throws IllegalArgumentException when a path names no request field
   */
  public QuestionPlanner withFacts(String documentId, List<String> requestPaths) {
    for (String path : requestPaths) {
      if (schema.field(path).isEmpty()) {
        throw new IllegalArgumentException("requestPaths: not a request field: " + path);
      }
    }
    Map<String, List<String>> copy = new HashMap<>(facts);
    copy.put(Objects.requireNonNull(documentId, "documentId"), List.copyOf(requestPaths));
    return new QuestionPlanner(copy, notAsked, schema, covercrit);
  }

  /** The questions for the determination's MISSING clauses, pre-filled from the request where it has the answer. */
  public QuestionSet plan(Determination determination, CoverageRequest request) {
    JsonNode record = readTree(covercrit.writeRequest(request, false));
    Map<String, Question> questions = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (ClauseResult root : determination.trace()) {
      collect(root, questions, record, seen);
    }
    return new QuestionSet(determination.policy().id(), determination.policy().version(), determination.policy().title(),
        new ArrayList<>(questions.values()));
  }

  /**
   * Only MISSING subtrees are walked: a fact under a clause already met or not met cannot change the
   * outcome, so another indication's pathway asks nothing.
   */
  private void collect(ClauseResult clause, Map<String, Question> questions, JsonNode record, Set<String> seen) {
    if (clause.status() != Status.MISSING) {
      return;
    }
    if (clause.kind() != ClauseKind.CHECK) {
      clause.children().forEach(child -> collect(child, questions, record, seen));
      return;
    }
    if (!seen.add(clause.id())) {
      return;
    }
    for (DocumentRequirement document : clause.documents()) {
      List<String> paths = facts.get(document.id());
      if (paths == null) {
        add(questions, new Question("document:" + document.id(), document.description(), QuestionType.ATTACHMENT,
            false, List.of(), List.of(), List.of(), List.of(), List.of()), clause);
        continue;
      }
      for (String path : paths) {
        for (Question q : questionsFor(path, record)) {
          add(questions, q, clause);
        }
      }
    }
  }

  private static void add(Map<String, Question> questions, Question q, ClauseResult clause) {
    questions.merge(q.linkId(), q.withClause(clause.id(), clause.text()), (old, ignored) -> old.withClause(clause.id(),
        clause.text()));
  }

  /** A field's questions: one for a value, a group for an array of objects, one per field of an object. */
  private List<Question> questionsFor(String path, JsonNode record) {
    JsonNode field = schema.field(path).orElseThrow(() -> new IllegalStateException("not a request field: " + path));
    JsonNode typed = schema.typed(field);
    List<Question> out = new ArrayList<>();
    if (RequestSchema.isArray(typed) && RequestSchema.isObject(schema.items(typed))) {
      out.add(new Question(path, describe(path), QuestionType.GROUP, true, List.of(),
          leaves(path, schema.items(typed), JSON.missingNode()), List.of(), List.of(), List.of()));
    } else if (RequestSchema.isObject(typed) && !typed.has("enum")) {
      out.addAll(leaves(path, typed, record.at(pointer(path))));
    } else {
      out.add(value(path, field, record.at(pointer(path))));
    }
    return out;
  }

  /** The value questions under an object (nested objects flattened, arrays of objects left out). */
  private List<Question> leaves(String prefix, JsonNode objectSchema, JsonNode recorded) {
    List<Question> out = new ArrayList<>();
    for (Iterator<String> names = objectSchema.path("properties").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (notAsked.contains(name)) {
        continue;
      }
      String path = prefix + "." + name;
      JsonNode field = schema.field(path).orElseThrow();
      JsonNode typed = schema.typed(field);
      if (RequestSchema.isArray(typed) && RequestSchema.isObject(schema.items(typed))) {
        continue;
      }
      if (RequestSchema.isObject(typed) && !typed.has("enum")) {
        out.addAll(leaves(path, typed, recorded.path(name)));
      } else {
        out.add(value(path, field, recorded.path(name)));
      }
    }
    return out;
  }

  private Question value(String path, JsonNode field, JsonNode recorded) {
    JsonNode typed = schema.typed(field);
    boolean repeats = RequestSchema.isArray(typed);
    JsonNode valueSchema = repeats ? schema.typed(schema.items(typed)) : typed;
    List<String> options = new ArrayList<>();
    valueSchema.path("enum").forEach(o -> options.add(o.asText()));
    QuestionType type = !options.isEmpty() ? QuestionType.CHOICE
        : "date".equals(valueSchema.path("format").asText()) ? QuestionType.DATE
        : switch (valueSchema.path("type").asText()) {
          case "boolean" -> QuestionType.BOOLEAN;
          case "integer" -> QuestionType.INTEGER;
          case "number" -> QuestionType.DECIMAL;
          default -> QuestionType.STRING;
        };
    List<String> initial = new ArrayList<>();
    if (recorded.isArray()) {
      recorded.forEach(v -> initial.add(v.asText()));
    } else if (recorded.isValueNode()) {
      initial.add(recorded.asText());
    }
    return new Question(path, describe(path), type, repeats, options, List.of(), List.of(), List.of(),
        initial);
  }

  /** The property's own description; a shared definition's (a date, a unit) says nothing of the field. */
  private String describe(String path) {
    String text = schema.declared(path).path("description").asText("");
    return text.isEmpty() ? humanize(path) : text;
  }

  /** {@code therapyTrials.drug.drugClass} → "Therapy trials: drug class"; {@code labResults.value.value} → "Lab results: value". */
  static String humanize(String path) {
    String[] segments = path.split("\\.");
    List<String> words = new ArrayList<>();
    for (int i = 1; i < segments.length; i++) {
      for (String w : segments[i].split("(?=[A-Z])")) {
        String word = w.toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty() || !words.get(words.size() - 1).equals(word)) {
          words.add(word);
        }
      }
    }
    String head = String.join(" ", segments[0].split("(?=[A-Z])")).toLowerCase(java.util.Locale.ROOT);
    head = Character.toUpperCase(head.charAt(0)) + head.substring(1);
    return words.isEmpty() ? head : head + ": " + String.join(" ", words);
  }

  private static String pointer(String path) {
    return "/" + path.replace('.', '/');
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
