package io.covercrit.fhir.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * Puts the answers of a covercrit {@code QuestionnaireResponse} into the request: each item's
 * {@code linkId} is the request field's path ({@code skinInvolvement.bodySurfaceAreaPercent});
 * a group whose path is an array ({@code flares}) adds one element per repetition, its items named
 * by their full path ({@code flares.date}). Codings answer with their code (an enum name). An
 * answer to a field the request does not have is reported, not guessed at.
 */
final class AnswerMerger {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final RequestSchema schema;
  private final Recorder recorder;
  private final String resource;

  AnswerMerger(RequestSchema schema, Recorder recorder, String resource) {
    this.schema = schema;
    this.recorder = recorder;
    this.resource = resource;
  }

  void merge(QuestionnaireResponse response, ObjectNode request) {
    items(response.getItem(), request, "");
  }

  private void items(List<QuestionnaireResponseItemComponent> items, ObjectNode context, String contextPath) {
    for (QuestionnaireResponseItemComponent item : items) {
      String linkId = item.getLinkId() == null ? "" : item.getLinkId();
      String element = "item[linkId=" + linkId + "]";
      Optional<JsonNode> field = schema.field(linkId);
      if (field.isEmpty() || !(contextPath.isEmpty() || linkId.startsWith(contextPath + "."))) {
        recorder.notUsable(resource, element, "the linkId names no request field here");
        continue;
      }
      String relative = contextPath.isEmpty() ? linkId : linkId.substring(contextPath.length() + 1);
      if (!item.getItem().isEmpty()) {
        ObjectNode target;
        if (RequestSchema.isArray(field.get())) {
          target = NODES.objectNode();
          arrayAt(context, relative).add(target);
        } else {
          target = objectAt(context, relative);
        }
        items(item.getItem(), target, linkId);
        continue;
      }
      if (item.getAnswer().isEmpty()) {
        continue; // a question left unanswered: the clause stays MISSING
      }
      if (RequestSchema.isArray(field.get())) {
        ArrayNode array = arrayAt(context, relative);
        for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
          JsonNode value = value(answer, element);
          if (value != null) {
            array.add(value);
          }
        }
      } else {
        if (item.getAnswer().size() > 1) {
          recorder.notUsable(resource, element, "several answers to a single-valued field: none used");
          continue;
        }
        JsonNode value = value(item.getAnswer().get(0), element);
        if (value == null) {
          continue;
        }
        int dot = relative.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? context : objectAt(context, relative.substring(0, dot));
        parent.set(relative.substring(dot + 1), value);
      }
      recorder.mapped(linkId, resource, element);
    }
  }

  private JsonNode value(QuestionnaireResponseItemAnswerComponent answer, String element) {
    if (answer.hasValueBooleanType()) {
      return NODES.booleanNode(answer.getValueBooleanType().booleanValue());
    }
    if (answer.hasValueDecimalType()) {
      return NODES.numberNode(answer.getValueDecimalType().getValue());
    }
    if (answer.hasValueIntegerType()) {
      return NODES.numberNode(new BigDecimal(answer.getValueIntegerType().getValue()));
    }
    if (answer.hasValueDateType()) {
      return NODES.textNode(answer.getValueDateType().getValueAsString());
    }
    if (answer.hasValueCoding()) {
      return NODES.textNode(answer.getValueCoding().getCode());
    }
    if (answer.hasValueStringType()) {
      return NODES.textNode(answer.getValueStringType().getValue());
    }
    recorder.notUsable(resource, element + ".answer", "an answer type the request has no field for");
    return null;
  }

  private static ObjectNode objectAt(ObjectNode context, String path) {
    ObjectNode node = context;
    for (String segment : path.split("\\.")) {
      JsonNode child = node.get(segment);
      if (!(child instanceof ObjectNode)) {
        child = NODES.objectNode();
        node.set(segment, child);
      }
      node = (ObjectNode) child;
    }
    return node;
  }

  private static ArrayNode arrayAt(ObjectNode context, String path) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? context : objectAt(context, path.substring(0, dot));
    String name = path.substring(dot + 1);
    JsonNode existing = parent.get(name);
    if (existing instanceof ArrayNode) {
      return (ArrayNode) existing;
    }
    ArrayNode array = NODES.arrayNode();
    parent.set(name, array);
    return array;
  }
}
