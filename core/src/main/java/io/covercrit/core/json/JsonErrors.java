package io.covercrit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link JsonInputException}s. Jackson's own messages quote the
 * offending input, which may be health data, so they are never passed on: only the path and a
 * description of the expected shape are.
 */
final class JsonErrors {
  private JsonErrors() {}

  // Immutables' message for unset mandatory attributes; lists attribute names only.
  private static final Pattern REQUIRED = Pattern.compile("some of required attributes are not set \\[([A-Za-z0-9_, ]+)\\]");
  private static final int MAX_NAME = 64;

  static JsonInputException translate(Exception e) {
    return translate(e, null, -1);
  }

  /**
   * As {@link #translate(Exception)}, for a failure binding {@code root}: an unknown field is
   * named by its position in {@code root}'s text, since its name is input. {@code removedAt} is
   * where a member was taken out of the root object before binding ({@code -1}: none).
   */
  static JsonInputException translate(Exception e, JsonNode root, int removedAt) {
    if (e instanceof StreamConstraintsException) {
      return new JsonInputException(JsonInputException.LIMIT_EXCEEDED, "$",
          "document exceeds a size or nesting limit (see CovercritJson limits)");
    }
    if (e instanceof StreamReadException) {
      JsonLocation at = ((StreamReadException) e).getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String what = String.valueOf(e.getMessage()).startsWith("Duplicate field") ? "duplicate field" : "malformed JSON";
      return new JsonInputException(JsonInputException.MALFORMED, "$", what + where);
    }
    if (!(e instanceof JsonMappingException)) {
      Throwable cause = e.getCause();
      if (cause instanceof JsonMappingException) {
        return translate((JsonMappingException) cause, root, removedAt);
      }
      return new JsonInputException(JsonInputException.INVALID_VALUE, "$", "invalid document");
    }
    JsonMappingException mapping = (JsonMappingException) e;
    String path = path(mapping.getPath());
    if (mapping instanceof MismatchedInputException && mapping.getPath().isEmpty()
        && String.valueOf(mapping.getOriginalMessage()).startsWith("Trailing token")) {
      return new JsonInputException(JsonInputException.MALFORMED, "$", "trailing content after the document");
    }
    if (mapping instanceof UnrecognizedPropertyException) {
      // The name is input (a key can carry patient data): the path is the object holding it.
      List<JsonMappingException.Reference> holder = mapping.getPath().subList(0, Math.max(0, mapping.getPath().size() - 1));
      int member = memberNumber(root, mapping.getPath(), removedAt);
      return new JsonInputException(JsonInputException.UNKNOWN_FIELD, path(holder),
          member > 0 ? "unknown field (member " + member + " of the object)" : "unknown field");
    }
    Throwable cause = rootCause(mapping);
    if (cause instanceof InvalidInputException) {
      InvalidInputException invalid = (InvalidInputException) cause;
      String field = invalid.field();
      // A string-valued type (Icd10Code, Unit) fails as the field itself; any other creator names a field inside it.
      boolean scalar = mapping instanceof ValueInstantiationException
          && isStringValued(((ValueInstantiationException) mapping).getType().getRawClass());
      String full = scalar && path.endsWith("." + field) ? path : path + "." + field;
      String code = InvalidInputException.REQUIRED_FIELD.equals(invalid.errorCode())
          ? JsonInputException.MISSING_FIELD
          : JsonInputException.INVALID_VALUE;
      return new JsonInputException(code, full, invalid.rule());
    }
    if (cause instanceof NumberFormatException) {
      // Jackson before 2.16 reads an exponent beyond the int range into the tree as an infinite
      // double, which fails here; later versions fail while parsing (see CovercritJson.read).
      return new JsonInputException(JsonInputException.LIMIT_EXCEEDED, "$", "a number is out of range");
    }
    if (cause instanceof IllegalStateException && cause.getMessage() != null) {
      Matcher m = REQUIRED.matcher(cause.getMessage());
      if (m.find()) {
        String first = m.group(1).split(",")[0].strip();
        return new JsonInputException(JsonInputException.MISSING_FIELD, path + "." + first, "is required");
      }
    }
    if (cause instanceof NullPointerException) {
      String attribute = cause.getMessage();
      // Immutables' message for a null list or set element ("diagnoses element"): name the list.
      if (attribute != null && attribute.endsWith(" element")) {
        attribute = attribute.substring(0, attribute.length() - " element".length());
      }
      boolean isName = attribute != null && attribute.matches("[A-Za-z][A-Za-z0-9]{0," + MAX_NAME + "}");
      String full = isName && !path.endsWith("." + attribute) ? path + "." + attribute : path;
      return new JsonInputException(JsonInputException.MISSING_FIELD, full, "must not be null");
    }
    if (mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException) {
      Class<?> target = mapping instanceof MismatchedInputException ? ((MismatchedInputException) mapping).getTargetType() : null;
      return new JsonInputException(JsonInputException.INVALID_VALUE, path, "expected " + describe(target));
    }
    if (mapping instanceof ValueInstantiationException) {
      return new JsonInputException(JsonInputException.INVALID_VALUE, path, "invalid value");
    }
    return new JsonInputException(JsonInputException.INVALID_VALUE, path, "invalid value");
  }

  /** The 1-based position among its object's members of the field {@code references} ends at; 0 if not found. */
  private static int memberNumber(JsonNode root, List<JsonMappingException.Reference> references, int removedAt) {
    if (root == null || references.isEmpty()) {
      return 0;
    }
    JsonNode holder = root;
    for (JsonMappingException.Reference ref : references.subList(0, references.size() - 1)) {
      holder = ref.getFieldName() != null ? holder.get(ref.getFieldName())
          : ref.getIndex() >= 0 ? holder.get(ref.getIndex()) : null;
      if (holder == null) {
        return 0;
      }
    }
    String name = references.get(references.size() - 1).getFieldName();
    if (name == null || !holder.isObject()) {
      return 0;
    }
    int index = 0;
    for (Iterator<String> names = holder.fieldNames(); names.hasNext(); index++) {
      if (names.next().equals(name)) {
        boolean shifted = holder == root && removedAt >= 0 && removedAt <= index;
        return index + 1 + (shifted ? 1 : 0);
      }
    }
    return 0;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t instanceof InvalidInputException) {
        return t;
      }
    }
    return t;
  }

  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        String name = ref.getFieldName();
        path.append('.').append(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name);
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "a value of another type";
    }
    if (target == LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (target == Period.class) {
      return "an ISO-8601 period such as P6M";
    }
    if (target == BigDecimal.class || Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == String.class || isStringValued(target)) {
      return "a string";
    }
    if (target.isEnum()) {
      return "one of " + Arrays.toString(target.getEnumConstants());
    }
    if (Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    return "an object";
  }

  private static boolean isStringValued(Class<?> type) {
    return type == Icd10Code.class || type == Unit.class;
  }
}
