package io.covercrit.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import java.io.IOException;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two shortcuts that change no output, only its cost (see docs/PERFORMANCE.md):
 *
 * <ul>
 *   <li>Dates in the canonical form {@code yyyy-mm-dd} are read with {@link LocalDate#of}
 *       instead of a {@code DateTimeFormatter}; every other form, and every invalid date, goes
 *       to the JavaTimeModule deserializer as before (same values, same errors).
 *   <li>Values that policies build once and every determination repeats (documents, next
 *       steps, the policy descriptor, provenance) are rendered once per distinct value and
 *       written as raw JSON afterwards, in compact output only. JSON of an immutable value
 *       does not depend on where it appears, so the bytes are the same; the table is bounded
 *       and keyed by value equality, never by request.
 * </ul>
 */
final class FastPaths {
  /** Distinct values remembered per type; the shipped policies use a few dozen in all. */
  static final int MAX_FRAGMENTS_PER_TYPE = 512;

  private static final List<Class<?>> REPEATED_VALUES =
      List.of(DocumentRequirement.class, NextStep.class, PolicyDescriptor.class, Provenance.class);

  private FastPaths() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("covercrit-fast-paths");
    // Registered after JavaTimeModule, so it is found first; the module's own instance does the rest.
    module.addDeserializer(LocalDate.class, new IsoDateDeserializer(LocalDateDeserializer.INSTANCE));
    module.setSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
          JsonSerializer<?> serializer) {
        for (Class<?> type : REPEATED_VALUES) {
          if (type.isAssignableFrom(description.getBeanClass())) {
            @SuppressWarnings("unchecked")
            JsonSerializer<Object> standard = (JsonSerializer<Object>) serializer;
            return new RenderedOnceSerializer(standard);
          }
        }
        return serializer;
      }
    });
    return module;
  }

  /** {@code yyyy-mm-dd} by {@link LocalDate#of}; anything else by the standard deserializer. */
  static final class IsoDateDeserializer extends JsonDeserializer<LocalDate>
      implements ContextualDeserializer, ResolvableDeserializer {
    private final JsonDeserializer<LocalDate> standard;

    IsoDateDeserializer(JsonDeserializer<LocalDate> standard) {
      this.standard = standard;
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      LocalDate date = isoDate(parser);
      return date != null ? date : standard.deserialize(parser, context);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual = standard instanceof ContextualDeserializer
          ? ((ContextualDeserializer) standard).createContextual(context, property)
          : standard;
      JsonFormat.Value format = property == null
          ? context.getConfig().getDefaultPropertyFormat(LocalDate.class)
          : property.findPropertyFormat(context.getConfig(), LocalDate.class);
      // Strict (non-lenient) reading is what the fast path does anyway: exactly yyyy-mm-dd, and an
      // impossible date goes to the standard deserializer, which reports it.
      boolean ownFormat = format.hasPattern() || format.hasShape() || format.hasLocale() || format.hasTimeZone()
          || Boolean.TRUE.equals(format.getLenient());
      // A date with its own format keeps the standard deserializer alone.
      @SuppressWarnings("unchecked")
      JsonDeserializer<LocalDate> typed = (JsonDeserializer<LocalDate>) contextual;
      return ownFormat ? contextual : new IsoDateDeserializer(typed);
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
      if (standard instanceof ResolvableDeserializer) {
        ((ResolvableDeserializer) standard).resolve(context);
      }
    }

    @Override
    public Class<?> handledType() {
      return LocalDate.class;
    }
  }

  /**
   * The date of the current string token when it is a valid {@code yyyy-mm-dd} date, else null
   * (other forms, and impossible dates, are for the standard deserializer to read or report).
   */
  static LocalDate isoDate(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
      char[] text = parser.getTextCharacters();
      int at = parser.getTextOffset();
      if (text[at + 4] == '-' && text[at + 7] == '-') {
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        if (year >= 0 && month >= 0 && day >= 0) {
          try {
            return LocalDate.of(year, month, day);
          } catch (DateTimeException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  /** The number written with {@code count} ASCII digits at {@code at}, or -1. */
  private static int digits(char[] text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Writes a repeated immutable value from its JSON rendered once (compact output only). */
  static final class RenderedOnceSerializer extends JsonSerializer<Object>
      implements ContextualSerializer, ResolvableSerializer {
    private final JsonSerializer<Object> standard;
    private final ConcurrentHashMap<Object, SerializedString> rendered = new ConcurrentHashMap<>();

    RenderedOnceSerializer(JsonSerializer<Object> standard) {
      this.standard = standard;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      if (generator.getPrettyPrinter() != null) {
        standard.serialize(value, generator, provider);
        return;
      }
      SerializedString json = rendered.get(value);
      if (json == null) {
        StringWriter out = new StringWriter();
        try (JsonGenerator alone = generator.getCodec().getFactory().createGenerator(out)) {
          provider.getConfig().initialize(alone);
          standard.serialize(value, alone, provider);
        }
        json = new SerializedString(out.toString());
        if (rendered.size() < MAX_FRAGMENTS_PER_TYPE) {
          rendered.putIfAbsent(value, json);
        }
      }
      if (!(generator.getOutputTarget() instanceof java.io.Writer)) {
        try {
          json.asUnquotedUTF8(); // encoded once, kept by the SerializedString
        } catch (IllegalArgumentException loneSurrogate) {
          // UTF-8 cannot hold it: the generator's own string writing escapes it.
          standard.serialize(value, generator, provider);
          return;
        }
      }
      generator.writeRawValue(json);
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      if (!(standard instanceof ContextualSerializer)) {
        return this;
      }
      JsonSerializer<?> contextual = ((ContextualSerializer) standard).createContextual(provider, property);
      return contextual == standard ? this : contextual;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (standard instanceof ResolvableSerializer) {
        ((ResolvableSerializer) standard).resolve(provider);
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return standard.isEmpty(provider, value);
    }

    @Override
    public Class<Object> handledType() {
      return standard.handledType();
    }
  }
}
