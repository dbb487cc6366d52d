package io.covercrit.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.internal.ByteSink;
import io.covercrit.core.internal.JacksonSupport;
import io.covercrit.core.model.CoverageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The versioned JSON form of requests and determinations.
 *
 * <p>Format: an object with {@code "schemaVersion": "1"} (optional on input, always written)
 * and the fields of {@link CoverageRequest} or {@link Determination} by their accessor names.
 * Dates are ISO-8601 ({@code 2026-11-24}), periods ISO-8601 ({@code P6M}), enums by constant
 * name, units by UCUM code, ICD-10-CM codes in dotted form. Absent optional fields are omitted;
 * empty lists are written. Unknown fields, wrong types, duplicate keys and trailing content are
 * errors ({@link JsonInputException}) that name the JSONPath and never the value.
 *
 * <p>Limits (documents beyond them are rejected before binding): {@value #MAX_DOCUMENT_CHARS}
 * characters per document, nesting depth {@value #MAX_NESTING_DEPTH}, {@value #MAX_STRING_CHARS}
 * characters per string, {@value #MAX_NUMBER_CHARS} digits per number (Jackson counts digits, not
 * the sign, point or exponent). Decimals with a scale beyond ±50 fail the model's own rule.
 *
 * <p>Thread-safe: create one instance and share it.
 */
public final class CovercritJson {
  /** The schema version this library reads and writes. */
  public static final String SCHEMA_VERSION = "1";

  /** Characters per document. */
  public static final int MAX_DOCUMENT_CHARS = 1_000_000;
  /** Levels of nested objects and arrays, the document itself included. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Characters per string value. */
  public static final int MAX_STRING_CHARS = 20_000;
  /** Digits per number. */
  public static final int MAX_NUMBER_CHARS = 50;
  /** Characters per field name (Jackson 2.16 and newer; see {@link #mapperBuilder()}). */
  static final int MAX_NAME_CHARS = 200;

  private static final String VERSION_FIELD = "schemaVersion";

  private final ObjectMapper mapper;
  private final ObjectReader treeReader;
  private final ObjectReader requestReader;
  /** Reads the usual request documents without binding; everything else goes to {@link #requestReader}. */
  private final RequestReader directRequests;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;
  /** UTF-8 output; a surrogate pair as one 4-byte sequence, as String.getBytes encodes it (null: not on this Jackson). */
  private final ObjectWriter bytesWriter;
  /** Each thread's output buffer for {@link #writeDeterminationBytes}, copied once to the result. */
  private final ThreadLocal<ByteSink> bytesOut = ThreadLocal.withInitial(ByteSink::new);

  private CovercritJson() {
    this.mapper = mapperBuilder().addModule(FastPaths.module()).build();
    this.treeReader = mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.requestReader = mapper.readerFor(CoverageRequest.class)
        .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .withHandler(new SchemaVersionAtRoot());
    this.directRequests = new RequestReader(mapper.getFactory());
    this.writer = mapper.writer();
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
    // Without the feature (Jackson before 2.18) a pair would be escaped: the text is encoded instead.
    this.bytesWriter = JacksonSupport.COMBINE_SURROGATES_IN_UTF8.map(writer::with).orElse(null);
  }

  /**
   * A Jackson mapper builder with the settings every covercrit JSON form shares: the read limits
   * above, duplicate keys rejected, unknown fields rejected, no scalar coercion, ISO-8601 dates
   * (strict: a date-time is not a date), decimals kept with their scale, absent optionals omitted.
   * For modules that write their own documents (e.g. the jurisdictions timeline); callers add
   * their own modules and settings before {@code build()}.
   */
  public static JsonMapper.Builder mapperBuilder() {
    Optional<Version> unsupported = JacksonSupport.firstUnsupported();
    if (unsupported.isPresent()) {
      throw new UnsupportedJacksonException(unsupported.get());
    }
    StreamReadConstraints.Builder limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_CHARS)
        .maxNumberLength(MAX_NUMBER_CHARS);
    if (JacksonSupport.HAS_DOCUMENT_AND_NAME_LIMITS) {
      // Before Jackson 2.16 the document limit is this class's own length check, and names
      // have no limit of their own (a long one is an unknown field, within the document limit).
      limits.maxDocumentLength(MAX_DOCUMENT_CHARS).maxNameLength(MAX_NAME_CHARS);
    }
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        // BigDecimal.equals compares scale: 12.50 must come back as 12.50.
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        // A date is a calendar date: "2026-11-24T23:30" is an error, not silently 2026-11-24.
        .withConfigOverride(LocalDate.class, date -> date.setFormat(JsonFormat.Value.forLeniency(false)));
  }

  /** The {@code $id} of the request schema ({@link #requestSchema()}). */
  public static final String REQUEST_SCHEMA_ID = "https://covercrit.io/schema/v1/coverage-request.schema.json";
  /** The {@code $id} of the determination schema ({@link #determinationSchema()}). */
  public static final String DETERMINATION_SCHEMA_ID = "https://covercrit.io/schema/v1/determination.schema.json";

  private static final String REQUEST_SCHEMA = "schema/coverage-request.schema.json";
  private static final String DETERMINATION_SCHEMA = "schema/determination.schema.json";

  /**
   * The JSON Schema (draft 2020-12) of the request documents {@link #readRequest(String)} reads,
   * {@code $id} {@value #REQUEST_SCHEMA_ID}, as a class path resource of this jar. The schema is
   * written by hand to match the reader; what it cannot express (an NPI's check digit, a date
   * range, the document limits) is listed in docs/JSON.md. The schema is the same for every
   * instance and needs no Jackson.
   */
  public static URL requestSchema() {
    return schemaResource(REQUEST_SCHEMA);
  }

  /** {@link #requestSchema()}'s content, UTF-8 JSON; the caller closes the stream. */
  public static InputStream openRequestSchema() {
    return openSchema(REQUEST_SCHEMA);
  }

  /**
   * The JSON Schema (draft 2020-12) of the determination documents
   * {@link #writeDetermination(Determination, boolean)} writes, {@code $id}
   * {@value #DETERMINATION_SCHEMA_ID}, as a class path resource of this jar.
   */
  public static URL determinationSchema() {
    return schemaResource(DETERMINATION_SCHEMA);
  }

  /** {@link #determinationSchema()}'s content, UTF-8 JSON; the caller closes the stream. */
  public static InputStream openDeterminationSchema() {
    return openSchema(DETERMINATION_SCHEMA);
  }

  private static URL schemaResource(String name) {
    URL url = CovercritJson.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("the jar lacks its schema " + name);
    }
    return url;
  }

  private static InputStream openSchema(String name) {
    InputStream in = CovercritJson.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the jar lacks its schema " + name);
    }
    return in;
  }

  /**
   * A reader and writer with the documented settings.
   *
   * @throws UnsupportedJacksonException when the Jackson found is older than 2.15
   */
  public static CovercritJson create() {
    return new CovercritJson();
  }

  /**
   * Reads a request.
   *
   * @throws JsonInputException naming the JSONPath of the first problem
   */
  public CoverageRequest readRequest(String json) {
    if (json != null && json.length() <= MAX_DOCUMENT_CHARS) {
      CoverageRequest direct = directRequests.read(json);
      if (direct != null) {
        return direct;
      }
    }
    return readRequestBound(json);
  }

  /**
   * {@link #readRequest(String)} without the direct reader: the document bound by Jackson, and
   * any failure reported through the tree (package-private: tests compare the two paths).
   */
  CoverageRequest readRequestBound(String json) {
    if (json != null && json.length() <= MAX_DOCUMENT_CHARS) {
      try {
        CoverageRequest request = requestReader.readValue(json);
        if (request != null) { // JSON null: not an object, reported below
          return request;
        }
      } catch (JsonProcessingException | RuntimeException e) {
        // Reported below, exactly as before: see SchemaVersionAtRoot.
      }
    }
    return read(json, CoverageRequest.class);
  }

  /** Reads a request from UTF-8 bytes. */
  public CoverageRequest readRequest(byte[] utf8) {
    // Decoded first, as always: Jackson's byte parser would also accept a BOM, UTF-16 and
    // CESU-8 surrogates, which the UTF-8 decoder rejects or replaces.
    return readRequest(new String(utf8, StandardCharsets.UTF_8));
  }

  /** Reads a determination (e.g. one stored earlier). */
  public Determination readDetermination(String json) {
    return read(json, Determination.class);
  }

  public String writeRequest(CoverageRequest request, boolean pretty) {
    return write(request, pretty);
  }

  public String writeDetermination(Determination determination, boolean pretty) {
    return write(Objects.requireNonNull(determination, "determination"), pretty);
  }

  private <T> T read(String json, Class<T> type) {
    if (json == null) {
      throw new JsonInputException(JsonInputException.MALFORMED, "$", "no document");
    }
    if (json.length() > MAX_DOCUMENT_CHARS) {
      throw new JsonInputException(JsonInputException.LIMIT_EXCEEDED, "$",
          "document longer than " + MAX_DOCUMENT_CHARS + " characters");
    }
    JsonNode tree;
    try {
      tree = treeReader.readTree(json);
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(e);
    } catch (NumberFormatException e) {
      // Jackson's BigDecimal parser rejects exponents beyond the int range (1e-11111111111) this way.
      throw new JsonInputException(JsonInputException.LIMIT_EXCEEDED, "$", "a number is out of range");
    }
    if (tree == null || !tree.isObject()) {
      throw new JsonInputException(JsonInputException.INVALID_VALUE, "$", "expected a JSON object");
    }
    ObjectNode object = (ObjectNode) tree;
    int versionAt = memberIndex(object, VERSION_FIELD);
    JsonNode version = object.remove(VERSION_FIELD);
    if (version != null && !(version.isTextual() && SCHEMA_VERSION.equals(version.textValue()))) {
      throw new JsonInputException(JsonInputException.UNSUPPORTED_VERSION, "$." + VERSION_FIELD,
          "unsupported schema version; this library reads \"" + SCHEMA_VERSION + "\"");
    }
    try {
      return mapper.treeToValue(object, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw JsonErrors.translate(e, object, versionAt);
    }
  }

  private static int memberIndex(ObjectNode object, String name) {
    int index = 0;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); index++) {
      if (names.next().equals(name)) {
        return index;
      }
    }
    return -1;
  }

  private String write(Object value, boolean pretty) {
    try {
      return (pretty ? prettyWriter : writer).writeValueAsString(new VersionedDocument(value));
    } catch (JsonProcessingException e) {
      throw unwrapped(e);
    }
  }

  /**
   * How requests are read: bound straight from the text, with {@code schemaVersion} accepted at
   * the root by {@link SchemaVersionAtRoot}, and no intermediate tree. That path is several times
   * faster, but its errors are not the documented ones (which problem is found first, the paths):
   * so any failure, however rare, is reported by reading the document again through the tree in
   * {@link #read}. A document the direct path accepts, the tree path accepts with the same value
   * (same parser features, same binding); a document it rejects gets the tree path's answer.
   */
  private static final class SchemaVersionAtRoot extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      JsonStreamContext object = parser.getParsingContext();
      return VERSION_FIELD.equals(propertyName)
          && parser.currentToken() == JsonToken.VALUE_STRING
          && SCHEMA_VERSION.equals(parser.getText())
          && object.getParent() != null && object.getParent().inRoot();
    }
  }

  /**
   * A value written with {@code schemaVersion} first, then the value's own fields: the same
   * bytes as building a tree and prepending the field, without the tree.
   */
  @JsonPropertyOrder({VERSION_FIELD})
  private static final class VersionedDocument {
    private final Object value;

    VersionedDocument(Object value) {
      this.value = value;
    }

    @JsonProperty(VERSION_FIELD)
    public String schemaVersion() {
      return SCHEMA_VERSION;
    }

    @JsonProperty
    @JsonUnwrapped
    public Object value() {
      return value;
    }
  }

  /**
   * Writes UTF-8 bytes of {@code determination} (compact), straight to bytes: the UTF-8 encoding
   * of {@link #writeDetermination writeDetermination(determination, false)}, with one exception. A
   * lone UTF-16 surrogate, which has no UTF-8 form (only a hand-made string holds one), is written
   * as a JSON unicode escape, where encoding the text would have replaced it with {@code ?}.
   * (On Jackson before 2.18, which cannot write a pair as one sequence, the text is encoded, so
   * a lone surrogate is a {@code ?} there too.)
   */
  public byte[] writeDeterminationBytes(Determination determination) {
    Objects.requireNonNull(determination, "determination");
    if (bytesWriter == null) {
      return writeDetermination(determination, false).getBytes(StandardCharsets.UTF_8);
    }
    try {
      ByteSink out = bytesOut.get().take();
      try {
        bytesWriter.writeValue(out, new VersionedDocument(determination));
        return out.toByteArray();
      } finally {
        out.release();
      }
    } catch (JsonProcessingException e) {
      throw unwrapped(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from this in-memory sink
    }
  }

  /** A failure while formatting a determination, as itself; else the I/O problem, unchecked. */
  private static RuntimeException unwrapped(JsonProcessingException e) {
    // A determination formats its trace while written: a defect there (a policy's finding that
    // fails to format) surfaces as itself, as when the trace is read directly.
    if (e.getCause() instanceof RuntimeException) {
      return (RuntimeException) e.getCause();
    }
    return new UncheckedIOException(e);
  }
}
