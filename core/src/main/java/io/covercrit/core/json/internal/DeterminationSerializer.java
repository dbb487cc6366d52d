package io.covercrit.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.covercrit.core.eval.ApprovalDuration;
import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.RequestType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
public final class DeterminationSerializer extends StdSerializer<Determination> implements ResolvableSerializer {
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

  private final boolean unwrapped;
  private final ConcurrentHashMap<String, SerializableString> quoted;
  /** The nested values' serializers, found once (by {@link #resolve}, else on first use). */
  private volatile Nested nested;

  /** For Jackson, which instantiates the serializer named by the annotation. */
  public DeterminationSerializer() {
    super(Determination.class);
    this.unwrapped = false;
    this.quoted = new ConcurrentHashMap<>();
  }

  private DeterminationSerializer(DeterminationSerializer whole) {
    super(Determination.class);
    this.unwrapped = true;
    this.quoted = whole.quoted;
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
    Scratch scratch = new Scratch();
    gen.writeStartArray(trace, trace.size());
    for (int i = 0; i < trace.size(); i++) {
      writeClause(trace.get(i), gen, provider, nested, scratch);
    }
    gen.writeEndArray();
    gen.writeFieldName(CHECKLIST);
    List<ChecklistItem> checklist = d.checklist();
    gen.writeStartArray(checklist, checklist.size());
    for (int i = 0; i < checklist.size(); i++) {
      ChecklistItem item = checklist.get(i);
      gen.writeStartObject(item);
      gen.writeFieldName(DOCUMENT);
      nested.document.serialize(item.document(), gen, provider);
      gen.writeFieldName(CLAUSE_IDS);
      writeQuotedStrings(item.clauseIds(), gen);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeFieldName(NEXT_STEPS);
    List<NextStep> steps = d.nextSteps();
    gen.writeStartArray(steps, steps.size());
    for (int i = 0; i < steps.size(); i++) {
      nested.nextStep.serialize(steps.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeFieldName(NOTES);
    writeQuotedStrings(d.notes(), gen);
    gen.writeFieldName(CODE_SET);
    gen.writeString(d.codeSet());
    if (!unwrapped) {
      gen.writeEndObject();
    }
  }

  private void writeClause(ClauseResult clause, JsonGenerator gen, SerializerProvider provider, Nested nested,
      Scratch scratch) throws IOException {
    gen.writeStartObject(clause);
    gen.writeFieldName(ID);
    writeQuoted(gen, clause.id());
    gen.writeFieldName(TEXT);
    writeQuoted(gen, clause.text());
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
  private void writeQuotedStrings(List<String> strings, JsonGenerator gen) throws IOException {
    gen.writeStartArray(strings, strings.size());
    for (int i = 0; i < strings.size(); i++) {
      writeQuoted(gen, strings.get(i));
    }
    gen.writeEndArray();
  }

  /** One determination's reusable copy buffer: generators escape a char array faster than a String. */
  private static final class Scratch {
    char[] chars = new char[512];
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

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The string escaped once, from the table; escaped anew when the table is full. */
  private void writeQuoted(JsonGenerator gen, String text) throws IOException {
    SerializableString s = quoted(text);
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
