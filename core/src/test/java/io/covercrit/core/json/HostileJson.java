package io.covercrit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.PatientDataSentinels;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Ways to damage a JSON document, for the reader's property tests: cut it short, drop or insert
 * text, flip bytes, replace a value with one of the wrong type or an extreme one, null values,
 * duplicate a key, nest deeply. Each takes the jqwik-seeded {@link Random}, so a failure replays
 * from its seed.
 */
final class HostileJson {
  private HostileJson() {}

  // Decimals stay BigDecimal so that extreme numbers survive a round through the tree.
  private static final ObjectMapper TREE = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** Field names of the request schema, so that random documents reach the binding code too. */
  static final List<String> FIELD_NAMES = List.of("schemaVersion", "requestId", "policyId", "requestedDrug",
      "requestType", "urgency", "patient", "diagnoses", "therapyTrials", "concurrentMedications", "labResults",
      "prescriber", "skinInvolvement", "flares", "biomarkers", "response", "jurisdiction", "planType", "requestDate",
      "notes", "name", "activeIngredient", "strength", "form", "drugClass", "potency", "rxNormCui", "ndc", "code",
      "severity", "subtype", "diagnosedOn", "birthDate", "memberId", "drug", "start", "end", "outcome", "sample",
      "analyte", "value", "unit", "date", "referenceRange", "low", "high", "loinc", "specialties",
      "consultedSpecialties", "npi", "bodySurfaceAreaPercent", "sites", "assessedOn", "hospitalized", "biomarker",
      "status", "method", "improvements");

  /** Number tokens at and beyond every numeric limit. */
  static final List<String> EXTREME_NUMBERS = List.of("1e999999999", "-1e999999999", "1e-999999999",
      "0e999999999", "0e-999999999", "1e-2147483648", "1e2147483648", "1e-11111111111", "-0", "-0.0", "1E+400",
      "9".repeat(50), "9".repeat(51), "0." + "0".repeat(48) + "1", "0." + "1".repeat(60), "1" + "0".repeat(400),
      "12.50", "100.000000000000000000000000000001", "1e2", "2147483648", "-9223372036854775809");

  /** Text values of the wrong shape: dates, periods and codes out of range, control characters. */
  static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "\uD800", "null", "true", "1", "9999-99-99",
      "2026-02-30", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "P-1000000000Y", "P6M", "FAILED",
      "failed", "L20.9", "l209", "L20..9", "XX", "mg/L", "cells/µL", "FEDERAL", "nc", "cigna/IP0369",
      PatientDataSentinels.MEMBER_ID, PatientDataSentinels.NOTE, PatientDataSentinels.BIRTH_DATE.toString());

  enum Mutation {
    TRUNCATE, DELETE_RANGE, INSERT_TOKEN, REPLACE_VALUE, REPLACE_NUMBER, REPLACE_TEXT, NULL_SOME, NULL_EVERYWHERE, DUPLICATE_KEY, NEST_DEEPLY,
    SEVERAL
  }

  /** Requests carrying the patient-data sentinels, written compact or pretty. */
  static Arbitrary<String> markedDocuments() {
    CovercritJson json = CovercritJson.create();
    return Combinators.combine(CoverageRequestArbitraries.cases(), Arbitraries.of(true, false))
        .as((c, pretty) -> json.writeRequest(PatientDataSentinels.mark(c.request()), pretty));
  }

  /** Any JSON value, keyed by the schema's field names half of the time, up to 40 levels deep. */
  static Arbitrary<String> anyJson() {
    return Arbitraries.randoms().map(random -> randomJson(random, random.nextInt(41)));
  }

  static String mutate(String document, Mutation mutation, Random random) {
    switch (mutation) {
      case TRUNCATE:
        return document.substring(0, random.nextInt(document.length()));
      case DELETE_RANGE: {
        int from = random.nextInt(document.length());
        int to = Math.min(document.length(), from + 1 + random.nextInt(20));
        return document.substring(0, from) + document.substring(to);
      }
      case INSERT_TOKEN: {
        String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "null", "\\", "-", "tru", "\"x\":1,", "{\"a\":",
            "\"\\u", "\u0000", "/*", "NaN", "Infinity", "1e999999999", "\"patient\":{},"};
        int at = random.nextInt(document.length() + 1);
        return document.substring(0, at) + tokens[random.nextInt(tokens.length)] + document.substring(at);
      }
      case REPLACE_VALUE:
        return replaceOne(document, random, node -> true, HostileJson::hostileValue);
      case REPLACE_NUMBER:
        // Same type, extreme value: reaches the model's own rules rather than a type error.
        return replaceOne(document, random, JsonNode::isNumber,
            r -> number(EXTREME_NUMBERS.get(r.nextInt(EXTREME_NUMBERS.size()))));
      case REPLACE_TEXT:
        return replaceOne(document, random, JsonNode::isTextual, r -> r.nextInt(4) == 0
            ? hostileValue(r) : TREE.getNodeFactory().textNode(ODD_STRINGS.get(r.nextInt(ODD_STRINGS.size()))));
      case NULL_SOME: {
        JsonNode root = parse(document);
        for (Slot slot : slots(root, node -> true)) {
          if (random.nextInt(3) == 0) {
            slot.set(TREE.nullNode());
          }
        }
        return root.toString();
      }
      case NULL_EVERYWHERE: {
        JsonNode root = parse(document);
        nullEveryLeaf(root);
        return root.toString();
      }
      case DUPLICATE_KEY: {
        JsonNode root = parse(document);
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode c : containers(root)) {
          if (c.isObject() && c.size() > 0) {
            objects.add(c);
          }
        }
        StringBuilder out = new StringBuilder();
        write(root, objects.get(random.nextInt(objects.size())), out);
        return out.toString();
      }
      case NEST_DEEPLY: {
        int depth = 20 + random.nextInt(60);
        return replaceOne(document, random, node -> true, r -> nested(depth, r));
      }
      default: {
        String result = document;
        int times = 2 + random.nextInt(3);
        for (int i = 0; i < times && !result.isEmpty(); i++) {
          Mutation next = Mutation.values()[random.nextInt(Mutation.values().length - 1)];
          try {
            result = mutate(result, next, random);
          } catch (UncheckedIOException | IllegalArgumentException notJsonAnymore) {
            result = mutate(result, Mutation.INSERT_TOKEN, random);
          }
        }
        return result;
      }
    }
  }

  /** Flips {@code count} random bits patterns in the UTF-8 bytes of {@code document}. */
  static byte[] flipBytes(String document, int count, Random random) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(bytes.length);
      bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
    }
    return bytes;
  }

  /** A value of any JSON type, often extreme: huge or tiny numbers, long strings, big arrays. */
  static JsonNode hostileValue(Random random) {
    switch (random.nextInt(10)) {
      case 0:
        return number(EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
      case 1:
        return TREE.getNodeFactory().textNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
      case 2: {
        // Around the 20,000-character string limit, made of the sentinel mark.
        int length = 19_990 + random.nextInt(20);
        String mark = PatientDataSentinels.MARK;
        return TREE.getNodeFactory().textNode(mark.repeat(length / mark.length() + 1).substring(0, length));
      }
      case 3:
        return TREE.getNodeFactory().booleanNode(random.nextBoolean());
      case 4:
        return TREE.nullNode();
      case 5: {
        ArrayNode array = TREE.createArrayNode();
        int size = random.nextBoolean() ? random.nextInt(4) : 195 + random.nextInt(10);
        JsonNode element = random.nextBoolean() ? TREE.createObjectNode().put("code", "L20.9") : hostileValue(random);
        for (int i = 0; i < size; i++) {
          array.add(element.deepCopy());
        }
        return array;
      }
      case 6: {
        ObjectNode object = TREE.createObjectNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          object.set(FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size())), random.nextBoolean()
              ? TREE.getNodeFactory().textNode(PatientDataSentinels.NOTE) : number("1"));
        }
        return object;
      }
      case 7:
        return TREE.getNodeFactory().numberNode(random.nextLong());
      case 8: {
        // The array form [year, month, day] that Jackson also reads as a date.
        long[] parts = {random.nextLong() % 3000, random.nextInt(15) - 1, random.nextInt(33) - 1};
        ArrayNode date = TREE.createArrayNode();
        for (long part : parts) {
          date.add(random.nextInt(8) == 0 ? random.nextLong() : part);
        }
        return date;
      }
      default:
        return nested(25 + random.nextInt(15), random);
    }
  }

  /**
   * A random JSON value nested exactly {@code depth} levels deep along its first children:
   * objects keyed by the schema's field names half of the time, hostile scalars at the leaves.
   */
  static String randomJson(Random random, int depth) {
    if (depth == 0) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        return EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size()));
      }
      if (kind < 4) {
        return quoted(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
      }
      if (kind < 7) {
        return new String[] {"true", "false", "null", "0", "-1", "12.5"}[random.nextInt(6)];
      }
      return quoted(new String[] {"1", "2026-11-24", "L20.9", "INITIAL", "DERMATOLOGY"}[random.nextInt(5)]);
    }
    StringBuilder out = new StringBuilder();
    int size = 1 + random.nextInt(3);
    boolean array = random.nextBoolean();
    out.append(array ? '[' : '{');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append(',');
      }
      if (!array) {
        String key = random.nextBoolean()
            ? FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size()))
            : Long.toString(random.nextLong(), 36);
        out.append(quoted(key)).append(':');
      }
      out.append(randomJson(random, i == 0 ? depth - 1 : random.nextInt(Math.min(depth, 3))));
    }
    return out.append(array ? ']' : '}').toString();
  }

  /** {@code text} as a JSON string literal. */
  static String quoted(String text) {
    return TREE.getNodeFactory().textNode(text).toString();
  }

  /** Arrays and objects nested {@code depth} deep. */
  static JsonNode nested(int depth, Random random) {
    JsonNode node = TREE.getNodeFactory().textNode(PatientDataSentinels.MEMBER_ID);
    for (int i = 0; i < depth; i++) {
      if (random.nextBoolean()) {
        node = TREE.createArrayNode().add(node);
      } else {
        node = TREE.createObjectNode().set(FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size())), node);
      }
    }
    return node;
  }

  private static JsonNode number(String token) {
    try {
      return TREE.readTree(token);
    } catch (JsonProcessingException | NumberFormatException e) {
      // Tokens Jackson cannot hold as numbers travel as text instead (raw number text is in INSERT_TOKEN).
      return TREE.getNodeFactory().textNode(token);
    }
  }

  private static JsonNode parse(String document) {
    try {
      return TREE.readTree(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> containers(JsonNode root) {
    List<JsonNode> all = new ArrayList<>();
    collect(root, all);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no container");
    }
    return all;
  }

  private static void collect(JsonNode node, List<JsonNode> all) {
    if (node.isContainerNode() && node.size() > 0) {
      all.add(node);
    }
    node.forEach(child -> collect(child, all));
  }

  /** Replaces one value, among those {@code matches} accepts (any value if none), by {@code value}. */
  private static String replaceOne(String document, Random random, Predicate<JsonNode> matches,
      Function<Random, JsonNode> value) {
    JsonNode root = parse(document);
    List<Slot> slots = slots(root, matches);
    if (slots.isEmpty()) {
      slots = slots(root, node -> true);
    }
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("no value to replace");
    }
    slots.get(random.nextInt(slots.size())).set(value.apply(random));
    return root.toString();
  }

  /** Where a value sits: a member of an object or an element of an array. */
  private record Slot(JsonNode parent, String key, int index, JsonNode value) {
    void set(JsonNode replacement) {
      if (key != null) {
        ((ObjectNode) parent).set(key, replacement);
      } else {
        ((ArrayNode) parent).set(index, replacement);
      }
    }
  }

  private static List<Slot> slots(JsonNode root, Predicate<JsonNode> matches) {
    List<Slot> slots = new ArrayList<>();
    for (JsonNode parent : root.isContainerNode() && root.size() > 0 ? containers(root) : List.<JsonNode>of()) {
      if (parent.isObject()) {
        parent.properties().forEach(field -> slots.add(new Slot(parent, field.getKey(), -1, field.getValue())));
      } else {
        for (int i = 0; i < parent.size(); i++) {
          slots.add(new Slot(parent, null, i, parent.get(i)));
        }
      }
    }
    slots.removeIf(slot -> !matches.test(slot.value()));
    return slots;
  }

  private static void nullEveryLeaf(JsonNode node) {
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isContainerNode()) {
          nullEveryLeaf(array.get(i));
        } else {
          array.set(i, TREE.nullNode());
        }
      }
    } else if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (object.get(name).isContainerNode()) {
          nullEveryLeaf(object.get(name));
        } else if (!name.equals("schemaVersion")) {
          object.set(name, TREE.nullNode());
        }
      }
    }
  }

  /** Writes {@code node}, repeating the first member of {@code duplicateIn} at its end. */
  private static void write(JsonNode node, JsonNode duplicateIn, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      Map.Entry<String, JsonNode> repeat = null;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (repeat == null) {
          repeat = field;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append(TREE.getNodeFactory().textNode(field.getKey())).append(':');
        write(field.getValue(), duplicateIn, out);
      }
      if (node == duplicateIn && repeat != null) {
        out.append(',').append(TREE.getNodeFactory().textNode(repeat.getKey())).append(':');
        write(repeat.getValue(), duplicateIn, out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), duplicateIn, out);
      }
      out.append(']');
    } else {
      out.append(node);
    }
  }
}
