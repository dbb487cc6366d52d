package io.covercrit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.covercrit.core.eval.ApprovalDuration;
import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Remedy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a {@link Determination} document field by field, in the order and form of its Jackson
 * bean mapping (which {@code CovercritJson.readDetermination} reads), without reflection and
 * without copying an evaluated determination into its built form first.
 *
 * <p>Why by hand: a determination is 13–17 KB of JSON, most of it clause ids and texts that every
 * determination of a policy version repeats. Field names are encoded once; clause ids and texts
 * are escaped once per distinct string (a bounded table, keyed by value: they come from the
 * policy, and when a determination read from JSON brings others the table stops growing). The
 * nested values (policy, provenance, pathway, approval, documents, next steps) are written by
 * their own Jackson serializers, found once. The output is byte for byte the bean mapping's
 * (the output corpus in the benchmarks module compares them).
 */
final class DeterminationWriter extends StdSerializer<DeterminationWriter.Document> implements ResolvableSerializer {
  /** Distinct clause ids and texts remembered; the shipped policies have a few hundred. */
  static final int MAX_QUOTED_STRINGS = 4096;

  private static final SerializedString SCHEMA_VERSION = new SerializedString("schemaVersion");
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

  /** What {@code CovercritJson} writes: a determination with its schema version first. */
  static final class Document {
    final String schemaVersion;
    final Determination determination;

    Document(String schemaVersion, Determination determination) {
      this.schemaVersion = schemaVersion;
      this.determination = determination;
    }
  }

  private final ConcurrentHashMap<String, SerializableString> quoted = new ConcurrentHashMap<>();
  private JsonSerializer<Object> policySerializer;
  private JsonSerializer<Object> dateSerializer;
  private JsonSerializer<Object> pathwaySerializer;
  private JsonSerializer<Object> provenanceSerializer;
  private JsonSerializer<Object> approvalSerializer;
  private JsonSerializer<Object> documentSerializer;
  private JsonSerializer<Object> nextStepSerializer;

  DeterminationWriter() {
    super(Document.class);
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    policySerializer = provider.findValueSerializer(PolicyDescriptor.class, null);
    dateSerializer = provider.findValueSerializer(LocalDate.class, null);
    pathwaySerializer = provider.findValueSerializer(MatchedPathway.class, null);
    provenanceSerializer = provider.findValueSerializer(Provenance.class, null);
    approvalSerializer = provider.findValueSerializer(ApprovalDuration.class, null);
    documentSerializer = provider.findValueSerializer(DocumentRequirement.class, null);
    nextStepSerializer = provider.findValueSerializer(NextStep.class, null);
  }

  @Override
  public void serialize(Document document, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Determination d = document.determination;
    gen.writeStartObject(d);
    gen.writeFieldName(SCHEMA_VERSION);
    gen.writeString(document.schemaVersion);
    gen.writeFieldName(POLICY);
    policySerializer.serialize(d.policy(), gen, provider);
    gen.writeFieldName(AS_OF);
    dateSerializer.serialize(d.asOf(), gen, provider);
    Optional<String> requestId = d.requestId();
    if (requestId.isPresent()) {
      gen.writeFieldName(REQUEST_ID);
      gen.writeString(requestId.get());
    }
    gen.writeFieldName(REQUEST_TYPE);
    gen.writeString(d.requestType().name());
    gen.writeFieldName(OUTCOME);
    gen.writeString(d.outcome().name());
    gen.writeFieldName(SUMMARY);
    gen.writeString(d.summary());
    Optional<MatchedPathway> pathway = d.pathway();
    if (pathway.isPresent()) {
      gen.writeFieldName(PATHWAY);
      pathwaySerializer.serialize(pathway.get(), gen, provider);
    }
    gen.writeFieldName(PROVENANCE);
    provenanceSerializer.serialize(d.provenance(), gen, provider);
    Optional<ApprovalDuration> approval = d.approval();
    if (approval.isPresent()) {
      gen.writeFieldName(APPROVAL);
      approvalSerializer.serialize(approval.get(), gen, provider);
    }
    gen.writeFieldName(TRACE);
    List<ClauseResult> trace = d.trace();
    gen.writeStartArray(trace, trace.size());
    for (int i = 0; i < trace.size(); i++) {
      writeClause(trace.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeFieldName(CHECKLIST);
    List<ChecklistItem> checklist = d.checklist();
    gen.writeStartArray(checklist, checklist.size());
    for (int i = 0; i < checklist.size(); i++) {
      ChecklistItem item = checklist.get(i);
      gen.writeStartObject(item);
      gen.writeFieldName(DOCUMENT);
      documentSerializer.serialize(item.document(), gen, provider);
      gen.writeFieldName(CLAUSE_IDS);
      writeStrings(item.clauseIds(), gen, true);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeFieldName(NEXT_STEPS);
    List<NextStep> steps = d.nextSteps();
    gen.writeStartArray(steps, steps.size());
    for (int i = 0; i < steps.size(); i++) {
      nextStepSerializer.serialize(steps.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeFieldName(NOTES);
    writeStrings(d.notes(), gen, false);
    gen.writeFieldName(CODE_SET);
    gen.writeString(d.codeSet());
    gen.writeEndObject();
  }

  private void writeClause(ClauseResult clause, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(clause);
    gen.writeFieldName(ID);
    gen.writeString(quoted(clause.id()));
    gen.writeFieldName(TEXT);
    gen.writeString(quoted(clause.text()));
    gen.writeFieldName(KIND);
    gen.writeString(clause.kind().name());
    gen.writeFieldName(STATUS);
    gen.writeString(clause.status().name());
    Optional<String> finding = clause.finding();
    if (finding.isPresent()) {
      gen.writeFieldName(FINDING);
      gen.writeString(finding.get());
    }
    Optional<Remedy> remedy = clause.remedy();
    if (remedy.isPresent()) {
      gen.writeFieldName(REMEDY);
      gen.writeStartObject(remedy.get());
      gen.writeFieldName(DENIAL_REASON);
      gen.writeString(remedy.get().denialReason());
      gen.writeFieldName(HOW_TO_FIX);
      gen.writeString(remedy.get().howToFix());
      gen.writeEndObject();
    }
    gen.writeFieldName(DOCUMENTS);
    List<DocumentRequirement> documents = clause.documents();
    gen.writeStartArray(documents, documents.size());
    for (int i = 0; i < documents.size(); i++) {
      documentSerializer.serialize(documents.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeFieldName(CHILDREN);
    List<ClauseResult> children = clause.children();
    gen.writeStartArray(children, children.size());
    for (int i = 0; i < children.size(); i++) {
      writeClause(children.get(i), gen, provider);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void writeStrings(List<String> strings, JsonGenerator gen, boolean clauseIds) throws IOException {
    gen.writeStartArray(strings, strings.size());
    for (int i = 0; i < strings.size(); i++) {
      if (clauseIds) {
        gen.writeString(quoted(strings.get(i)));
      } else {
        gen.writeString(strings.get(i));
      }
    }
    gen.writeEndArray();
  }

  /** The string escaped once, from the table; escaped anew when the table is full. */
  private SerializableString quoted(String text) {
    SerializableString s = quoted.get(text);
    if (s == null) {
      s = new SerializedString(text);
      if (quoted.size() < MAX_QUOTED_STRINGS) {
        quoted.putIfAbsent(text, s);
      }
    }
    return s;
  }
}
