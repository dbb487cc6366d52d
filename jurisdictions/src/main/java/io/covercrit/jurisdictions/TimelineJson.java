package io.covercrit.jurisdictions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.json.CovercritJson;
import java.util.List;

/**
 * The JSON form of timelines and timeline queries, with the conventions of
 * {@link CovercritJson}: {@code "schemaVersion": "1"}, ISO-8601 dates and instants, zone ids by
 * name, enums by constant name, absent optional fields omitted, unknown fields rejected.
 *
 * <p>Read errors are {@link InvalidInputException}s whose field is the JSONPath of the problem;
 * they never quote the input. Thread-safe: create one instance and share it.
 */
public final class TimelineJson {
  private static final String VERSION_FIELD = "schemaVersion";

  private final ObjectMapper mapper;

  private TimelineJson() {
    // The shared covercrit settings; instants keep the offset they were written with.
    this.mapper = CovercritJson.mapperBuilder()
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  public static TimelineJson create() {
    return new TimelineJson();
  }

  public String writeTimeline(Timeline timeline, boolean pretty) {
    return write(timeline, pretty);
  }

  public String writeQuery(TimelineQuery query, boolean pretty) {
    return write(query, pretty);
  }

  /** Reads a timeline written by {@link #writeTimeline}. */
  public Timeline readTimeline(String json) {
    return read(json, Timeline.class);
  }

  /** Reads a query, e.g. one a CLI received as a file. */
  public TimelineQuery readQuery(String json) {
    return read(json, TimelineQuery.class);
  }

  private String write(Object value, boolean pretty) {
    ObjectNode node = mapper.createObjectNode();
    node.put(VERSION_FIELD, CovercritJson.SCHEMA_VERSION);
    node.setAll((ObjectNode) mapper.valueToTree(value));
    try {
      return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node) : mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a timeline value could not be written as JSON", e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    if (json == null) {
      throw InvalidInputException.required("$");
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.invalid("$", "malformed JSON or a limit exceeded");
    }
    if (tree == null || !tree.isObject()) {
      throw InvalidInputException.invalid("$", "expected a JSON object");
    }
    ObjectNode object = (ObjectNode) tree;
    JsonNode version = object.remove(VERSION_FIELD);
    if (version != null && !(version.isTextual() && CovercritJson.SCHEMA_VERSION.equals(version.textValue()))) {
      throw InvalidInputException.invalid("$." + VERSION_FIELD,
          "unsupported schema version; this library reads \"" + CovercritJson.SCHEMA_VERSION + "\"");
    }
    try {
      return mapper.treeToValue(object, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw translate(e);
    }
  }

  /** Jackson's messages quote the input, which may be health data: only the path survives. */
  private static InvalidInputException translate(Exception e) {
    Throwable cause = e;
    JsonMappingException mapping = null;
    while (cause != null) {
      if (cause instanceof JsonMappingException && mapping == null) {
        mapping = (JsonMappingException) cause;
      }
      if (cause instanceof InvalidInputException) {
        InvalidInputException invalid = (InvalidInputException) cause;
        String path = mapping == null ? "$" : path(mapping.getPath());
        return path.endsWith("." + invalid.field()) ? InvalidInputException.invalid(path, invalid.rule())
            : invalid.under(path);
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (mapping instanceof UnrecognizedPropertyException) {
      // The name is input: the path is the object holding it.
      List<JsonMappingException.Reference> references = mapping.getPath();
      return InvalidInputException.invalid(path(references.subList(0, Math.max(0, references.size() - 1))),
          "unknown field");
    }
    String path = mapping == null ? "$" : path(mapping.getPath());
    return InvalidInputException.invalid(path, "missing or invalid value");
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
