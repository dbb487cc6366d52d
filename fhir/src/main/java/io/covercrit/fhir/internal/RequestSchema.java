package io.covercrit.fhir.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.json.CovercritJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The request's JSON Schema, walked by field path: whether a path names an array, an object or a
 * value, so that answers keyed by path are placed where the request reader expects them.
 */
public final class RequestSchema {
  private final JsonNode root;

  private RequestSchema(JsonNode root) {
    this.root = root;
  }

  public static RequestSchema load(ObjectMapper mapper) {
    try (InputStream in = CovercritJson.openRequestSchema()) {
      return new RequestSchema(mapper.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("the request schema of covercrit-core cannot be read", e);
    }
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current != null && current.has("$ref")) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        return current;
      }
      current = root.path("$defs").get(ref.substring("#/$defs/".length()));
    }
    return current;
  }

  /** The schema of the field at {@code path} (dot-separated, array elements implied), if any. */
  public Optional<JsonNode> field(String path) {
    JsonNode node = root;
    for (String segment : path.split("\\.")) {
      node = resolve(node);
      if (node != null && isArray(node)) {
        node = resolve(node.get("items"));
      }
      if (node == null || !node.has("properties") || !node.get("properties").has(segment)) {
        return Optional.empty();
      }
      node = resolve(node.get("properties").get(segment));
    }
    return Optional.ofNullable(node);
  }

  /** The schema itself, with {@code $ref}s and a leading {@code allOf} reference followed: where its type is said. */
  public JsonNode typed(JsonNode schema) {
    JsonNode node = resolve(schema);
    while (node != null && !node.has("type") && !node.has("enum") && node.has("allOf")) {
      node = resolve(node.get("allOf").get(0));
    }
    return node;
  }

  /** The name of the definition a schema refers to ({@code date}, {@code decimal}), after {@code allOf}; or "". */
  public String definitionName(JsonNode schema) {
    JsonNode node = schema;
    while (node != null) {
      if (node.has("$ref")) {
        String ref = node.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
      }
      node = node.has("allOf") ? node.get("allOf").get(0) : null;
    }
    return "";
  }

  /** The item schema of an array schema, resolved. */
  public JsonNode items(JsonNode arraySchema) {
    return resolve(arraySchema.get("items"));
  }

  /** The property as declared at {@code path}, before its {@code $ref} is followed (for its own description). */
  public JsonNode declared(String path) {
    int dot = path.lastIndexOf('.');
    JsonNode parent = dot < 0 ? root : field(path.substring(0, dot)).orElse(null);
    if (parent != null && isArray(parent)) {
      parent = resolve(parent.get("items"));
    }
    parent = parent == null ? null : typed(parent);
    JsonNode node = parent == null ? null : parent.path("properties").get(path.substring(dot + 1));
    return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
  }

  public static boolean isArray(JsonNode schema) {
    return "array".equals(schema.path("type").asText());
  }

  public static boolean isObject(JsonNode schema) {
    return "object".equals(schema.path("type").asText()) || schema.has("properties");
  }
}
