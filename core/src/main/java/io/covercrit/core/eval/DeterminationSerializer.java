package io.covercrit.core.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.covercrit.core.internal.JacksonSupport;
import io.covercrit.core.internal.Utf8Json;
import io.covercrit.core.model.RequestType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Jackson serializer of every {@link Determination} (named by its {@code @JsonSerialize}), so
 * that any mapper writes an evaluated determination, whose trace is built on first read, exactly
 * like a built one: the fields of the bean mapping {@code CovercritJson.readDetermination} reads,
 * in its order, absent optionals left out. Also written unwrapped (a document that puts
 * {@code schemaVersion} first). Not API: hosts use {@code CovercritJson} or their own mapper.
 *
 * <p>Why by hand: a determination is 13–17 KB of JSON, most of it clause ids and texts that every
 * determination of a policy version repeats. Field names are encoded once; clause ids and texts
 * are escaped once per distinct string (a bounded table, keyed by value: they come from the
 * policy, and when determinations read from JSON bring others the table stops growing). The
 * nested values (policy, provenance, pathway, approval, documents, next steps) are written by
 * their own Jackson serializers, found once per mapper. The output corpus in the benchmarks module
 * compares the bytes with those of the bean mapping.
 */
final class DeterminationSerializer extends StdSerializer<Determination> implements ResolvableSerializer {
  /** Distinct clause ids and texts remembered; the shipped policies have a few hundred. */
  static final int MAX_QUOTED_STRINGS = 4096;

  private static final SerializedString POLICY = new SerializedString("policy");
  private static final SerializedString AS_OF = new SerializedString("asOf");
  private static final SerializedString REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString REQUEST_TYPE = new SerializedString("requestType");
  private static final SerializedString OUTCOME = new SerializedString("outcome");
  private static final SerializedString SUMMARY = new SerializedString("summary");
  private static final SerializedString PATHWAY = new SerializedString("pathway");
  private static final SerializedString PROVENANCE = new SerializedString("provenance");
  private static final SerializedString APPROVAL = new SerializedString("approval");
  private static final SerializedString TRACE = new SerializedString("trace");
  private static final SerializedString CHECKLIST = new SerializedString("checklist");
  private static final SerializedString NEXT_STEPS = new SerializedString("nextSteps");
  private static final SerializedString NOTES = new SerializedString("notes");
  private static final SerializedString CODE_SET = new SerializedString("codeSet");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString FINDING = new SerializedString("finding");
  private static final SerializedString REMEDY = new SerializedString("remedy");
  private static final SerializedString DENIAL_REASON = new SerializedString("denialReason");
  private static final SerializedString HOW_TO_FIX = new SerializedString("howToFix");
  private static final SerializedString DOCUMENTS = new SerializedString("documents");
  private static final SerializedString CHILDREN = new SerializedString("children");
  private static final SerializedString DOCUMENT = new SerializedString("document");
  private static final SerializedString CLAUSE_IDS = new SerializedString("clauseIds");

  // Enum values as written (their names), encoded once.
  private static final List<SerializedString> KINDS = names(ClauseKind.values());
  private static final List<SerializedString> STATUSES = names(Status.values());
  private static final List<SerializedString> OUTCOMES = names(Outcome.values());
  private static final List<SerializedString> REQUEST_TYPES = names(RequestType.values());

  /** Distinct documents whose JSON is remembered; the shipped policies have a few dozen. */
  static final int MAX_DOCUMENTS = 512;
  /** Nesting levels a host's mapping of a document may add, in the nesting-limit check. */
  private static final int DOCUMENT_DEPTH_ALLOWANCE = 8;
  /** Starting size of the UTF-8 buffer: most traces and checklists fit. */
  private static final int UTF8_CAPACITY = 16 * 1024;

  // Fragments of the UTF-8 form, in the bean mapping's field order.
  private static final Utf8Json.Fragment ID_OPEN = new Utf8Json.Fragment("{\"id\":");
  private static final Utf8Json.Fragment TEXT_FIELD = new Utf8Json.Fragment(",\"text\":");
  private static final List<List<Utf8Json.Fragment>> KIND_AND_STATUS = kindAndStatus();
  private static final Utf8Json.Fragment FINDING_FIELD = new Utf8Json.Fragment(",\"finding\":");
  private static final Utf8Json.Fragment REMEDY_OPEN = new Utf8Json.Fragment(",\"remedy\":{\"denialReason\":");
  private static final Utf8Json.Fragment HOW_TO_FIX_FIELD = new Utf8Json.Fragment(",\"howToFix\":");
  private static final Utf8Json.Fragment DOCUMENTS_OPEN = new Utf8Json.Fragment(",\"documents\":[");
  private static final Utf8Json.Fragment CHILDREN_OPEN = new Utf8Json.Fragment(",\"children\":[");
  private static final Utf8Json.Fragment DOCUMENT_OPEN = new Utf8Json.Fragment("{\"document\":");
  private static final Utf8Json.Fragment CLAUSE_IDS_OPEN = new Utf8Json.Fragment(",\"clauseIds\":[");
  private static final Utf8Json.Fragment OBJECT_END_COMMA = new Utf8Json.Fragment("},");

  private final boolean unwrapped;
  private final ConcurrentHashMap<String, SerializableString> quoted;
  private final ConcurrentHashMap<DocumentRequirement, byte[]> documentJson;
  /** Each thread's UTF-8 buffer, reused: allocating and zeroing it cost as much as filling it. */
  private final ThreadLocal<Utf8Json> buffers;
  /** The last factory seen to quote with double quotes. */
  private volatile JsonFactory doubleQuoting;
  /** The nested values' serializers, found once (by {@link #resolve}, else on first use). */
  private volatile Nested nested;

  /** For Jackson, which instantiates the serializer named by the annotation. */
  public DeterminationSerializer() {
    super(Determination.class);
    this.unwrapped = false;
    this.quoted = new ConcurrentHashMap<>();
    this.documentJson = new ConcurrentHashMap<>();
    this.buffers = ThreadLocal.withInitial(() -> new Utf8Json(UTF8_CAPACITY));
  }

  private DeterminationSerializer(DeterminationSerializer whole) {
    super(Determination.class);
    this.unwrapped = true;
    this.quoted = whole.quoted;
    this.documentJson = whole.documentJson;
    this.buffers = whole.buffers;
    this.nested = whole.nested;
  }

  /**
   * The fields without the enclosing object. Only plain unwrapping is supported: a prefix or
   * suffix would rename fields a reader of determinations does not know.
   */
  @Override
  public JsonSerializer<Determination> unwrappingSerializer(NameTransformer transformer) {
    if (transformer != NameTransformer.NOP) {
      throw new IllegalArgumentException("a determination is unwrapped only without renaming");
    }
    return new DeterminationSerializer(this);
  }

  @Override
  public boolean isUnwrappingSerializer() {
    return unwrapped;
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    nested = new Nested(provider);
  }

  private static final class Nested {
    final JsonSerializer<Object> policy;
    final JsonSerializer<Object> date;
    final JsonSerializer<Object> pathway;
    final JsonSerializer<Object> provenance;
    final JsonSerializer<Object> approval;
    final JsonSerializer<Object> document;
    final JsonSerializer<Object> nextStep;

    Nested(SerializerProvider provider) throws JsonMappingException {
      policy = provider.findValueSerializer(PolicyDescriptor.class, null);
      date = provider.findValueSerializer(LocalDate.class, null);
      pathway = provider.findValueSerializer(MatchedPathway.class, null);
      provenance = provider.findValueSerializer(Provenance.class, null);
      approval = provider.findValueSerializer(ApprovalDuration.class, null);
      document = provider.findValueSerializer(DocumentRequirement.class, null);
      nextStep = provider.findValueSerializer(NextStep.class, null);
    }
  }

  @Override
  public void serialize(Determination d, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Nested nested = this.nested;
    if (nested == null) {
      nested = new Nested(provider);
      this.nested = nested;
    }
    if (!unwrapped) {
      gen.writeStartObject(d);
    }
    gen.writeFieldName(POLICY);
    nested.policy.serialize(d.policy(), gen, provider);
    gen.writeFieldName(AS_OF);
    nested.date.serialize(d.asOf(), gen, provider);
    Optional<String> requestId = d.requestId();
    if (requestId.isPresent()) {
      gen.writeFieldName(REQUEST_ID);
      gen.writeString(requestId.get());
    }
    gen.writeFieldName(REQUEST_TYPE);
    gen.writeString(REQUEST_TYPES.get(d.requestType().ordinal()));
    gen.writeFieldName(OUTCOME);
    gen.writeString(OUTCOMES.get(d.outcome().ordinal()));
    gen.writeFieldName(SUMMARY);
    gen.writeString(d.summary());
    Optional<MatchedPathway> pathway = d.pathway();
    if (pathway.isPresent()) {
      gen.writeFieldName(PATHWAY);
      nested.pathway.serialize(pathway.get(), gen, provider);
    }
    gen.writeFieldName(PROVENANCE);
    nested.provenance.serialize(d.provenance(), gen, provider);
    Optional<ApprovalDuration> approval = d.approval();
    if (approval.isPresent()) {
      gen.writeFieldName(APPROVAL);
      nested.approval.serialize(approval.get(), gen, provider);
    }
    gen.writeFieldName(TRACE);
    List<ClauseResult> trace = d.trace();
    List<ChecklistItem> checklist = d.checklist();
    boolean standardEscapes = escapesAsSerializedString(gen);
    if (!(standardEscapes && writesUtf8Directly(gen, provider)
        && writeTraceAndChecklistAsUtf8(trace, checklist, gen, provider, nested))) {
      Scratch scratch = new Scratch(standardEscapes);
      gen.writeStartArray(trace, trace.size());
      for (int i = 0; i < trace.size(); i++) {
        writeClause(trace.get(i), gen, provider, nested, scratch);
      }
      gen.writeEndArray();
      gen.writeFieldName(CHECKLIST);
      gen.writeStartArray(checklist, checklist.size());
      for (int i = 0; i < checklist.size(); i++) {
        ChecklistItem item = checklist.get(i);
        gen.writeStartObject(item);
        gen.writeFieldName(DOCUMENT);
        nested.document.serialize(item.document(), gen, provider);
        gen.writeFieldName(CLAUSE_IDS);
        writeQuotedStrings(item.clauseIds(), gen, standardEscapes);
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    gen.writeFieldName(NEXT_STEPS);
    List<NextStep> steps = d.nextSteps();
    gen.writeStartArray(steps, steps.size());
    for (int i = 0; i < steps.size(); i++) {
      nested.nextStep.serialize(steps.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeFieldName(NOTES);
    writeQuotedStrings(d.notes(), gen, standardEscapes);
    gen.writeFieldName(CODE_SET);
    gen.writeString(d.codeSet());
    if (!unwrapped) {
      gen.writeEndObject();
    }
  }

  /**
   * Whether {@code gen} escapes strings as a {@link SerializedString} (and {@link Utf8Json})
   * does: double quotes, the default escapes, upper-case hex. Only then are strings escaped once
   * and kept; a host's own escaping (e.g. of non-ASCII text) is left to its generator.
   */
  private boolean escapesAsSerializedString(JsonGenerator gen) throws IOException {
    return gen.getCharacterEscapes() == null
        && gen.getHighestEscapedChar() == 0
        && gen.isEnabled(JsonGenerator.Feature.WRITE_HEX_UPPER_CASE)
        && !gen.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII)
        && !JacksonSupport.ESCAPE_FORWARD_SLASHES.filter(gen::isEnabled).isPresent()
        && quotesWithDoubleQuotes(gen.getCodec());
  }

  /**
   * Whether {@code gen}, which escapes as a serialized string does, also takes raw UTF-8 for
   * the trace: Jackson's own UTF-8 generator, compact, field names quoted, no view. Anything
   * else is written token by token.
   */
  private static boolean writesUtf8Directly(JsonGenerator gen, SerializerProvider provider) {
    return gen.getClass() == UTF8JsonGenerator.class
        && gen.getPrettyPrinter() == null
        && gen.isEnabled(JsonGenerator.Feature.QUOTE_FIELD_NAMES)
        && provider.getActiveView() == null;
  }

  /** A factory may quote with another character, which only a generator it makes shows. */
  private boolean quotesWithDoubleQuotes(ObjectCodec codec) throws IOException {
    if (codec == null) {
      return false;
    }
    JsonFactory factory = codec.getFactory();
    if (factory == doubleQuoting) {
      return true;
    }
    ByteArrayOutputStream probe = new ByteArrayOutputStream(8);
    try (JsonGenerator gen = factory.createGenerator(probe)) {
      gen.writeString("");
    }
    boolean doubleQuotes = Arrays.equals(probe.toByteArray(), new byte[] {'"', '"'});
    if (doubleQuotes) {
      doubleQuoting = factory;
    }
    return doubleQuotes;
  }

  /**
   * The trace and the checklist, the bulk of a determination, built as UTF-8 and handed to the
   * generator as two raw values; Jackson's per-token work (context, separators, escaping calls)
   * was most of the cost of writing a determination. Returns false, having written nothing, when
   * a string holds a surrogate (those take the token path, which the generator's features govern)
   * or when the trace could reach the generator's nesting limit (the token path enforces it).
   */
  private boolean writeTraceAndChecklistAsUtf8(List<ClauseResult> trace, List<ChecklistItem> checklist,
      JsonGenerator gen, SerializerProvider provider, Nested nested) throws IOException {
    // Each clause level is an object in its parent's children array; a clause's documents array
    // and a document add two more, and a host's document mapping may nest a few levels itself.
    int deepest = gen.getOutputContext().getNestingDepth() + 2 * clauseLevels(trace) + 2 + DOCUMENT_DEPTH_ALLOWANCE;
    // Before Jackson 2.16 a generator has no nesting limit to respect.
    if (JacksonSupport.HAS_WRITE_CONSTRAINTS && deepest > gen.streamWriteConstraints().getMaxNestingDepth()) {
      return false;
    }
    Utf8Json out = buffers.get();
    if (out.size() > 0) {
      // In use further up this thread's stack (a host serializer writing a determination inside a
      // document's JSON): this one gets its own.
      out = new Utf8Json(UTF8_CAPACITY);
    }
    try {
      return appendTraceAndChecklist(trace, checklist, out, gen, provider, nested);
    } finally {
      out.clear();
    }
  }

  private boolean appendTraceAndChecklist(List<ClauseResult> trace, List<ChecklistItem> checklist, Utf8Json out,
      JsonGenerator gen, SerializerProvider provider, Nested nested) throws IOException {
    out.raw((byte) '[');
    for (int i = 0; i < trace.size(); i++) {
      if (!appendClause(trace.get(i), out, gen, provider, nested)) {
        return false;
      }
      out.raw((byte) ',');
    }
    closeArray(out, !trace.isEmpty());
    int traceEnd = out.size();
    out.raw((byte) '[');
    for (int i = 0; i < checklist.size(); i++) {
      ChecklistItem item = checklist.get(i);
      out.raw(DOCUMENT_OPEN);
      byte[] document = documentJson(item.document(), gen, provider, nested);
      if (document == null) {
        return false;
      }
      out.raw(document);
      out.raw(CLAUSE_IDS_OPEN);
      List<String> ids = item.clauseIds();
      for (int k = 0; k < ids.size(); k++) {
        if (!appendQuoted(out, ids.get(k))) {
          return false;
        }
        out.raw((byte) ',');
      }
      closeArray(out, !ids.isEmpty());
      out.raw(OBJECT_END_COMMA);
    }
    closeArray(out, !checklist.isEmpty());
    out.writeValue(gen, 0, traceEnd);
    gen.writeFieldName(CHECKLIST);
    out.writeValue(gen, traceEnd, out.size());
    return true;
  }

  private static int clauseLevels(List<ClauseResult> clauses) {
    int deepest = 0;
    for (int i = 0; i < clauses.size(); i++) {
      deepest = Math.max(deepest, 1 + clauseLevels(clauses.get(i).children()));
    }
    return deepest;
  }

  /** Closes an array whose elements were each followed by a comma. */
  private static void closeArray(Utf8Json out, boolean trailingComma) {
    if (trailingComma) {
      out.replaceLast((byte) ']');
    } else {
      out.raw((byte) ']');
    }
  }

  private boolean appendClause(ClauseResult clause, Utf8Json out, JsonGenerator gen, SerializerProvider provider,
      Nested nested) throws IOException {
    out.raw(ID_OPEN);
    if (!appendQuoted(out, clause.id())) {
      return false;
    }
    out.raw(TEXT_FIELD);
    if (!appendQuoted(out, clause.text())) {
      return false;
    }
    out.raw(KIND_AND_STATUS.get(clause.kind().ordinal()).get(clause.status().ordinal()));
    Optional<String> finding = clause.finding();
    if (finding.isPresent()) {
      out.raw(FINDING_FIELD);
      if (!out.string(finding.get())) {
        return false;
      }
    }
    Optional<Remedy> remedy = clause.remedy();
    if (remedy.isPresent()) {
      out.raw(REMEDY_OPEN);
      if (!out.string(remedy.get().denialReason())) {
        return false;
      }
      out.raw(HOW_TO_FIX_FIELD);
      if (!out.string(remedy.get().howToFix())) {
        return false;
      }
      out.raw((byte) '}');
    }
    out.raw(DOCUMENTS_OPEN);
    List<DocumentRequirement> documents = clause.documents();
    for (int i = 0; i < documents.size(); i++) {
      byte[] document = documentJson(documents.get(i), gen, provider, nested);
      if (document == null) {
        return false;
      }
      out.raw(document);
      out.raw((byte) ',');
    }
    closeArray(out, !documents.isEmpty());
    out.raw(CHILDREN_OPEN);
    List<ClauseResult> children = clause.children();
    for (int i = 0; i < children.size(); i++) {
      if (!appendClause(children.get(i), out, gen, provider, nested)) {
        return false;
      }
      out.raw((byte) ',');
    }
    closeArray(out, !children.isEmpty());
    out.raw((byte) '}');
    return true;
  }

  /** A clause id or text, escaped once (from the table). */
  private boolean appendQuoted(Utf8Json out, String text) {
    SerializableString s = quoted(text);
    if (s == null) {
      return false;
    }
    out.raw((byte) '"');
    out.raw(s.asQuotedUTF8());
    out.raw((byte) '"');
    return true;
  }

  /**
   * A document's JSON as its own serializer writes it in compact form, rendered once per distinct
   * document (documents come from the policy; the table is bounded like the string table); null
   * for a document holding a surrogate, whose form depends on the writer's features. Otherwise the
   * compact form does not depend on the writer, given {@link #writesUtf8Directly}'s conditions.
   */
  private byte[] documentJson(DocumentRequirement document, JsonGenerator gen, SerializerProvider provider,
      Nested nested) throws IOException {
    byte[] json = documentJson.get(document);
    if (json == null) {
      if (hasSurrogate(document.id()) || hasSurrogate(document.description())) {
        return null;
      }
      ByteArrayOutputStream rendered = new ByteArrayOutputStream(256);
      try (JsonGenerator alone = gen.getCodec().getFactory().createGenerator(rendered)) {
        provider.getConfig().initialize(alone);
        alone.setPrettyPrinter(null); // the mapper's INDENT_OUTPUT, where this writer writes compact
        nested.document.serialize(document, alone, provider);
      }
      json = rendered.toByteArray();
      if (documentJson.size() < MAX_DOCUMENTS) {
        documentJson.putIfAbsent(document, json);
      }
    }
    return json;
  }

  private void writeClause(ClauseResult clause, JsonGenerator gen, SerializerProvider provider, Nested nested,
      Scratch scratch) throws IOException {
    gen.writeStartObject(clause);
    gen.writeFieldName(ID);
    writeQuoted(gen, clause.id(), scratch.standardEscapes);
    gen.writeFieldName(TEXT);
    writeQuoted(gen, clause.text(), scratch.standardEscapes);
    gen.writeFieldName(KIND);
    gen.writeString(KINDS.get(clause.kind().ordinal()));
    gen.writeFieldName(STATUS);
    gen.writeString(STATUSES.get(clause.status().ordinal()));
    Optional<String> finding = clause.finding();
    if (finding.isPresent()) {
      gen.writeFieldName(FINDING);
      writeText(gen, finding.get(), scratch);
    }
    Optional<Remedy> remedy = clause.remedy();
    if (remedy.isPresent()) {
      gen.writeFieldName(REMEDY);
      gen.writeStartObject(remedy.get());
      gen.writeFieldName(DENIAL_REASON);
      writeText(gen, remedy.get().denialReason(), scratch);
      gen.writeFieldName(HOW_TO_FIX);
      writeText(gen, remedy.get().howToFix(), scratch);
      gen.writeEndObject();
    }
    gen.writeFieldName(DOCUMENTS);
    List<DocumentRequirement> documents = clause.documents();
    gen.writeStartArray(documents, documents.size());
    for (int i = 0; i < documents.size(); i++) {
      nested.document.serialize(documents.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeFieldName(CHILDREN);
    List<ClauseResult> children = clause.children();
    gen.writeStartArray(children, children.size());
    for (int i = 0; i < children.size(); i++) {
      writeClause(children.get(i), gen, provider, nested, scratch);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Clause ids or notes: policy text, like clause ids and texts, so escaped once. */
  private void writeQuotedStrings(List<String> strings, JsonGenerator gen, boolean standardEscapes)
      throws IOException {
    gen.writeStartArray(strings, strings.size());
    for (int i = 0; i < strings.size(); i++) {
      writeQuoted(gen, strings.get(i), standardEscapes);
    }
    gen.writeEndArray();
  }

  /**
   * One determination's token-path state: how the generator escapes, and a reusable copy buffer
   * (generators escape a char array faster than a String).
   */
  private static final class Scratch {
    final boolean standardEscapes;
    char[] chars = new char[512];

    Scratch(boolean standardEscapes) {
      this.standardEscapes = standardEscapes;
    }
  }

  private static void writeText(JsonGenerator gen, String text, Scratch scratch) throws IOException {
    int length = text.length();
    if (length > scratch.chars.length) {
      scratch.chars = new char[Math.max(length, 2 * scratch.chars.length)];
    }
    text.getChars(0, length, scratch.chars, 0);
    gen.writeString(scratch.chars, 0, length);
  }

  private static List<SerializedString> names(Enum<?>[] values) {
    List<SerializedString> names = new ArrayList<>(values.length);
    for (Enum<?> value : values) {
      names.add(new SerializedString(value.name()));
    }
    return List.copyOf(names);
  }

  /** By kind, then status (ordinals). */
  private static List<List<Utf8Json.Fragment>> kindAndStatus() {
    List<List<Utf8Json.Fragment>> byKind = new ArrayList<>();
    for (ClauseKind kind : ClauseKind.values()) {
      List<Utf8Json.Fragment> byStatus = new ArrayList<>();
      for (Status status : Status.values()) {
        byStatus.add(new Utf8Json.Fragment(",\"kind\":\"" + kind.name() + "\",\"status\":\"" + status.name() + "\""));
      }
      byKind.add(List.copyOf(byStatus));
    }
    return List.copyOf(byKind);
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The string escaped once, from the table, when the generator escapes as the table does;
   * escaped by the generator otherwise, or when the table is full.
   */
  private void writeQuoted(JsonGenerator gen, String text, boolean standardEscapes) throws IOException {
    SerializableString s = standardEscapes ? quoted(text) : null;
    if (s == null) {
      gen.writeString(text);
    } else {
      gen.writeString(s);
    }
  }

  /** The string escaped once, or null when it is not to be cached (holds a surrogate). */
  private SerializableString quoted(String text) {
    SerializableString s = quoted.get(text);
    if (s == null) {
      // A surrogate may stand alone and have no UTF-8 form: the generator writes such strings itself.
      if (hasSurrogate(text)) {
        return null;
      }
      s = new SerializedString(text);
      if (quoted.size() < MAX_QUOTED_STRINGS) {
        quoted.putIfAbsent(text, s);
      }
    }
    return s;
  }
}
