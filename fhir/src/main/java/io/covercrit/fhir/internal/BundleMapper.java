package io.covercrit.fhir.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.Unit;
import io.covercrit.fhir.FhirSystems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads a bundle of US Core resources into the request's JSON form, one resource type at a time,
 * recording where each field came from. What the request reader would reject (a malformed ICD-10-CM
 * code, a unit it does not know) is reported and left out here, so that one bad resource does not
 * lose the rest of the record. Stateless apart from the tables; one instance serves every thread.
 */
public final class BundleMapper {
  /** What one mapping produced: the request as JSON, and the report lines. */
  public static final class Result {
    public final ObjectNode request;
    public final List<Recorder.Line> report;
    public final Optional<String> problem;
    public final String problemElement;
    /** The active Coverage read, as {@code Coverage/id}, if any. */
    public final Optional<String> coverage;
    /** The order decided; null with a problem. */
    public final MedicationRequest order;

    Result(ObjectNode request, List<Recorder.Line> report, String problemElement, String problem) {
      this(request, report, problemElement, problem, null, null);
    }

    Result(ObjectNode request, List<Recorder.Line> report, String problemElement, String problem, String coverage,
        MedicationRequest order) {
      this.coverage = Optional.ofNullable(coverage);
      this.order = order;
      this.request = request;
      this.report = report;
      this.problemElement = problemElement;
      this.problem = Optional.ofNullable(problem);
    }
  }

  private static final Set<String> READ_TYPES = Set.of("Patient", "MedicationRequest", "MedicationStatement",
      "Medication", "Condition", "Observation", "Practitioner", "PractitionerRole", "Coverage", "QuestionnaireResponse",
      "Organization");

  private final ObjectMapper json;
  private final ProductCatalog catalog;
  private final RequestSchema schema;

  public BundleMapper(ObjectMapper json) {
    this.json = json;
    this.catalog = ProductCatalog.standard(json);
    this.schema = RequestSchema.load(json);
  }

  /** One mapping; not thread-safe, made per bundle. */
  private final class Run {
    final Recorder rec = new Recorder();
    final ObjectNode req = json.createObjectNode();
    final Map<String, Resource> byReference = new HashMap<>();
    final List<Resource> resources = new ArrayList<>();

    Run(Bundle bundle) {
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        Resource r = entry.getResource();
        if (r == null) {
          continue;
        }
        resources.add(r);
        String type = r.fhirType();
        if (r.getIdElement().hasIdPart()) {
          byReference.put(type + "/" + r.getIdElement().getIdPart(), r);
        }
        if (entry.hasFullUrl()) {
          byReference.put(entry.getFullUrl(), r);
        }
      }
    }

    <T extends Resource> List<T> all(Class<T> type) {
      List<T> list = new ArrayList<>();
      for (Resource r : resources) {
        if (type.isInstance(r)) {
          list.add(type.cast(r));
        }
      }
      return list;
    }

    Resource resolve(Reference ref) {
      if (ref == null || !ref.hasReference()) {
        return ref != null && ref.getResource() instanceof Resource ? (Resource) ref.getResource() : null;
      }
      Resource r = byReference.get(ref.getReference());
      if (r == null && ref.getReference().startsWith("#")) {
        return null; // contained resources are looked up by the caller
      }
      return r;
    }
  }

  static String label(Resource r) {
    return r.fhirType() + "/" + (r.getIdElement().hasIdPart() ? r.getIdElement().getIdPart() : "(no id)");
  }

  public Result map(Bundle bundle, String policyId, Optional<String> orderId, Optional<String> requestType,
      Optional<LocalDate> requestDate) {
    Run run = new Run(bundle);
    run.req.put("schemaVersion", "1");
    run.req.put("policyId", policyId);
    for (Resource r : run.resources) {
      if (!READ_TYPES.contains(r.fhirType())) {
        run.rec.notUsable(label(r), "-", "a resource type the mapping does not read");
      }
    }
    List<Patient> patients = run.all(Patient.class);
    if (patients.size() != 1) {
      return new Result(run.req, run.rec.lines(), "Patient",
          patients.isEmpty() ? "the bundle holds no Patient" : "the bundle holds more than one Patient");
    }
    Optional<MedicationRequest> order = order(run, orderId);
    if (order.isEmpty()) {
      return new Result(run.req, run.rec.lines(), "MedicationRequest", orderId.isPresent()
          ? "no MedicationRequest with the given id"
          : "no single draft MedicationRequest: the order to decide is the draft one (name it with the order id)");
    }
    patient(run, patients.get(0));
    MedicationRequest o = order.get();
    if (!orderFields(run, o, requestType, requestDate)) {
      return new Result(run.req, run.rec.lines(), "MedicationRequest.medication",
          "the order names no drug (no text, coding display or Medication code)");
    }
    conditions(run);
    medicationHistory(run, o);
    observations(run);
    prescriber(run, o);
    String coverage = coverage(run);
    answers(run);
    return new Result(run.req, run.rec.lines(), null, null, coverage, o);
  }

  // ------------------------------------------------------------------ Order and patient

  private Optional<MedicationRequest> order(Run run, Optional<String> orderId) {
    List<MedicationRequest> drafts = new ArrayList<>();
    for (MedicationRequest mr : run.all(MedicationRequest.class)) {
      if (orderId.isPresent()) {
        if (orderId.get().equals(mr.getIdElement().getIdPart())) {
          return Optional.of(mr);
        }
      } else if (mr.getStatus() == MedicationRequest.MedicationRequestStatus.DRAFT) {
        drafts.add(mr);
      }
    }
    return drafts.size() == 1 ? Optional.of(drafts.get(0)) : Optional.empty();
  }

  private void patient(Run run, Patient p) {
    ObjectNode patient = run.req.putObject("patient");
    String label = label(p);
    if (p.hasBirthDate() && p.getBirthDateElement().getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      // US Core allows a year or a month alone; an age from it could be a year off at a policy's boundary.
      run.rec.notUsable(label, "birthDate", "a partial date (year or month only): the age is not computed from it");
    } else if (p.hasBirthDate()) {
      patient.put("birthDate", p.getBirthDateElement().getValueAsString());
      run.rec.mapped("patient.birthDate", label, "birthDate");
    }
    for (org.hl7.fhir.r4.model.Address a : p.getAddress()) {
      if (a.hasState() && a.getUse() != org.hl7.fhir.r4.model.Address.AddressUse.OLD) {
        String state = a.getState().trim().toUpperCase(Locale.ROOT);
        if (isJurisdiction(state)) {
          run.req.put("jurisdiction", state);
          run.rec.doubtful("jurisdiction", label, "address.state",
              "the state of residence; the state that regulates the plan may differ");
        } else {
          run.rec.notUsable(label, "address.state", "not a two-letter US state code");
        }
        break;
      }
    }
  }

  private static boolean isJurisdiction(String code) {
    try {
      io.covercrit.core.model.Jurisdiction.valueOf(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean orderFields(Run run, MedicationRequest o, Optional<String> requestType,
      Optional<LocalDate> requestDate) {
    String label = label(o);
    ObjectNode drug = drug(run, o.getMedication(), label, "medication", "requestedDrug");
    if (drug == null) {
      return false;
    }
    run.req.set("requestedDrug", drug);
    run.req.put("requestId", o.getIdElement().getIdPart());
    if (o.hasAuthoredOn()) {
      run.req.put("requestDate", date(o.getAuthoredOnElement()).orElseThrow().toString());
      run.rec.mapped("requestDate", label, "authoredOn");
    } else {
      requestDate.ifPresent(d -> run.req.put("requestDate", d.toString()));
    }
    if (requestType.isPresent()) {
      run.req.put("requestType", requestType.get());
    } else {
      run.req.put("requestType", o.hasPriorPrescription() ? "REAUTHORIZATION" : "INITIAL");
      run.rec.mapped("requestType", label, "priorPrescription");
    }
    MedicationRequest.MedicationRequestPriority priority = o.getPriority();
    boolean urgent = priority == MedicationRequest.MedicationRequestPriority.URGENT
        || priority == MedicationRequest.MedicationRequestPriority.ASAP
        || priority == MedicationRequest.MedicationRequestPriority.STAT;
    run.req.put("urgency", urgent ? "EXPEDITED" : "STANDARD");
    run.rec.mapped("urgency", label, "priority");
    return true;
  }

  private static Optional<LocalDate> date(BaseDateTimeType dt) {
    if (dt == null || !dt.hasValue()) {
      return Optional.empty();
    }
    // The date as written in the record (its own offset), not shifted to another zone.
    return Optional.of(LocalDate.of(dt.getYear(), dt.getMonth() + 1, dt.getDay()));
  }

  // ------------------------------------------------------------------ Drugs

  /** The drug of a medication[x]; null when nothing names it. */
  private ObjectNode drug(Run run, Type medication, String label, String element, String field) {
    CodeableConcept code = null;
    String form = null;
    String elementRead = element;
    if (medication instanceof CodeableConcept) {
      code = (CodeableConcept) medication;
      elementRead = element + "CodeableConcept";
    } else if (medication instanceof Reference) {
      Resource r = run.resolve((Reference) medication);
      if (r instanceof Medication) {
        Medication m = (Medication) r;
        code = m.getCode();
        elementRead = element + "Reference -> " + label(m) + ".code";
        if (m.hasForm() && m.getForm().hasText()) {
          form = formOf(m.getForm().getText());
        }
      }
    }
    if (code == null) {
      run.rec.notUsable(label, element, "no medication code or resolvable Medication");
      return null;
    }
    String name = code.hasText() ? code.getText() : null;
    String rxnorm = null;
    String ndc = null;
    for (Coding c : code.getCoding()) {
      if (FhirSystems.RXNORM.equals(c.getSystem()) && c.hasCode()) {
        rxnorm = rxnorm == null ? c.getCode() : rxnorm;
        name = name == null && c.hasDisplay() ? c.getDisplay() : name;
      } else if (FhirSystems.NDC.equals(c.getSystem()) && c.hasCode()) {
        ndc = ndc == null ? c.getCode() : ndc;
      }
    }
    if (name == null) {
      for (Coding c : code.getCoding()) {
        if (c.hasDisplay()) {
          name = c.getDisplay();
          break;
        }
      }
    }
    if (name == null) {
      run.rec.notUsable(label, elementRead, "the medication has codes but no text or display: the product is not known");
      return null;
    }
    ObjectNode drug = json.createObjectNode();
    drug.put("name", name);
    run.rec.mapped(field + ".name", label, elementRead + (code.hasText() ? ".text" : ".coding.display"));
    if (rxnorm != null) {
      drug.put("rxNormCui", rxnorm);
      run.rec.mapped(field + ".rxNormCui", label, elementRead + ".coding(RxNorm)");
    }
    if (ndc != null) {
      drug.put("ndc", ndc);
    }
    ProductCatalog.Reading reading = catalog.read(name, Optional.ofNullable(form));
    reading.product.flatMap(ProductCatalog.Product::ingredient).ifPresent(i -> drug.put("activeIngredient", i));
    reading.form.ifPresent(f -> drug.put("form", f));
    reading.drugClass.ifPresent(c -> drug.put("drugClass", c));
    reading.potency.ifPresent(p -> drug.put("potency", p));
    String read = elementRead;
    if (reading.product.isPresent()) {
      run.rec.mapped(field + ".drugClass", label, read + " (product catalogue)");
      reading.doubt.ifPresent(d -> run.rec.doubtful(field, label, read, d));
      reading.product.get().note().ifPresent(n -> run.rec.doubtful(field + ".drugClass", label, read, n));
    } else {
      run.rec.doubtful(field + ".drugClass", label, elementRead,
          "a product the catalogue does not know: drug class, form and potency not set");
    }
    return drug;
  }

  private static String formOf(String text) {
    for (String w : ProductCatalog.words(text)) {
      switch (w) {
        case "cream": return "CREAM";
        case "ointment": return "OINTMENT";
        case "lotion": return "LOTION";
        case "gel": return "GEL";
        case "foam": return "FOAM";
        case "tablet": return "TABLET";
        case "capsule": return "CAPSULE";
        case "inhaler": return "INHALER";
        default: break;
      }
    }
    return null;
  }

  private void medicationHistory(Run run, MedicationRequest order) {
    ArrayNode trials = json.createArrayNode();
    ArrayNode concurrent = json.createArrayNode();
    for (MedicationStatement ms : run.all(MedicationStatement.class)) {
      statement(run, ms, trials, concurrent);
    }
    for (MedicationRequest mr : run.all(MedicationRequest.class)) {
      if (mr == order) {
        continue;
      }
      String label = label(mr);
      if (mr.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE) {
        ObjectNode drug = drug(run, mr.getMedication(), label, "medication", "concurrentMedications[" + concurrent.size() + "]");
        if (drug != null) {
          concurrent.add(drug);
        }
      } else {
        run.rec.notUsable(label, "status", "a prescription other than an active one gives no period of use: record the"
            + " trial as a MedicationStatement");
      }
    }
    if (!trials.isEmpty()) {
      run.req.set("therapyTrials", trials);
    }
    if (!concurrent.isEmpty()) {
      run.req.set("concurrentMedications", concurrent);
    }
  }

  private void statement(Run run, MedicationStatement ms, ArrayNode trials, ArrayNode concurrent) {
    String label = label(ms);
    MedicationStatement.MedicationStatementStatus status = ms.getStatus();
    String field = "therapyTrials[" + trials.size() + "]";
    if (status == null || status == MedicationStatement.MedicationStatementStatus.ENTEREDINERROR
        || status == MedicationStatement.MedicationStatementStatus.INTENDED
        || status == MedicationStatement.MedicationStatementStatus.UNKNOWN
        || status == MedicationStatement.MedicationStatementStatus.ONHOLD) {
      run.rec.notUsable(label, "status", "neither taken nor stopped (intended, on hold, unknown or in error)");
      return;
    }
    String outcome;
    boolean ongoing = status == MedicationStatement.MedicationStatementStatus.ACTIVE;
    if (ongoing) {
      outcome = "ONGOING";
    } else {
      Optional<String> read = outcome(run, ms.getStatusReason(), label);
      if (read.isEmpty()) {
        run.rec.notUsable(label, "statusReason", "stopped or not taken without a reason the mapper can read:"
            + " the outcome is unknown, so the trial is not used");
        return;
      }
      outcome = read.get();
      if (status == MedicationStatement.MedicationStatementStatus.NOTTAKEN && !"CONTRAINDICATED".equals(outcome)) {
        run.rec.notUsable(label, "status", "not taken, for a reason other than a contraindication: not a trial");
        return;
      }
    }
    ObjectNode drug = drug(run, ms.getMedication(), label, "medication", field + ".drug");
    if (drug == null) {
      return;
    }
    ObjectNode trial = json.createObjectNode();
    trial.set("drug", drug);
    if (ms.hasEffectivePeriod()) {
      Period p = ms.getEffectivePeriod();
      date(p.getStartElement()).ifPresent(d -> trial.put("start", d.toString()));
      date(p.getEndElement()).ifPresent(d -> trial.put("end", d.toString()));
      run.rec.mapped(field + ".start", label, "effectivePeriod");
    } else if (ms.hasEffectiveDateTimeType()) {
      // One administration (a single injection): it started and ended that day.
      date(ms.getEffectiveDateTimeType()).ifPresent(d -> {
        trial.put("start", d.toString());
        if (!ongoing) {
          trial.put("end", d.toString());
        }
      });
      run.rec.mapped(field + ".start", label, "effectiveDateTime");
    } else if (!"CONTRAINDICATED".equals(outcome)) {
      run.rec.doubtful(field + ".start", label, "effective[x]", "no period of use: the trial has no dates");
    }
    trial.put("outcome", outcome);
    run.rec.mapped(field + ".outcome", label, ongoing ? "status" : "statusReason");
    trials.add(trial);
    if (ongoing) {
      concurrent.add(drug.deepCopy());
      run.rec.mapped("concurrentMedications[" + (concurrent.size() - 1) + "]", label, "status");
    }
  }

  private static final Map<String, String> OUTCOME_WORDS = Map.of(
      "ineffective", "FAILED", "failed", "FAILED", "failure", "FAILED", "inadequate", "FAILED",
      "intolerance", "INTOLERANT", "intolerant", "INTOLERANT", "adverse", "INTOLERANT",
      "contraindicated", "CONTRAINDICATED", "contraindication", "CONTRAINDICATED", "effective", "EFFECTIVE");

  private Optional<String> outcome(Run run, List<CodeableConcept> reasons, String label) {
    for (CodeableConcept reason : reasons) {
      for (Coding c : reason.getCoding()) {
        if (FhirSystems.COVERCRIT_TRIAL_OUTCOME.equals(c.getSystem()) && OUTCOME_WORDS.containsValue(c.getCode())) {
          return Optional.of(c.getCode());
        }
      }
    }
    for (CodeableConcept reason : reasons) {
      List<String> texts = new ArrayList<>();
      if (reason.hasText()) {
        texts.add(reason.getText());
      }
      reason.getCoding().forEach(c -> {
        if (c.hasDisplay()) {
          texts.add(c.getDisplay());
        }
      });
      for (String text : texts) {
        for (String w : ProductCatalog.words(text)) {
          String outcome = OUTCOME_WORDS.get(w);
          if (outcome != null && !(outcome.equals("EFFECTIVE") && texts.toString().contains("not effective"))) {
            run.rec.doubtful("therapyTrials.outcome", label, "statusReason",
                "read from the reason's words, not from a coded outcome: check it");
            return Optional.of(outcome);
          }
        }
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ Conditions

  private void conditions(Run run) {
    ArrayNode diagnoses = json.createArrayNode();
    for (Condition c : run.all(Condition.class)) {
      String label = label(c);
      if (hasCode(c.getVerificationStatus(), "refuted", "entered-in-error")) {
        run.rec.notUsable(label, "verificationStatus", "refuted or entered in error");
        continue;
      }
      if (hasCode(c.getClinicalStatus(), "inactive", "resolved", "remission")) {
        run.rec.notUsable(label, "clinicalStatus", "not active");
        continue;
      }
      List<Coding> icd = new ArrayList<>();
      for (Coding coding : c.getCode().getCoding()) {
        if (FhirSystems.ICD10CM.equals(coding.getSystem()) && coding.hasCode()) {
          icd.add(coding);
        }
      }
      if (icd.isEmpty()) {
        run.rec.notUsable(label, "code", "no ICD-10-CM coding (e.g. SNOMED CT only): a code is not guessed from it");
        continue;
      }
      String field = "diagnoses[" + diagnoses.size() + "]";
      String code = icd.get(0).getCode().trim();
      try {
        Icd10Code.of(code);
      } catch (InvalidInputException e) {
        run.rec.notUsable(label, "code.coding(ICD-10-CM)", "not a well-formed ICD-10-CM code");
        continue;
      }
      if (icd.size() > 1) {
        run.rec.doubtful(field + ".code", label, "code.coding(ICD-10-CM)", "several ICD-10-CM codings: the first is used");
      }
      ObjectNode dx = diagnoses.addObject();
      dx.put("code", code);
      run.rec.mapped(field + ".code", label, "code.coding(ICD-10-CM)");
      for (Coding s : c.getSeverity().getCoding()) {
        String severity = FhirSystems.SNOMED.equals(s.getSystem()) ? Terminology.SEVERITIES.get(s.getCode()) : null;
        if (severity != null) {
          dx.put("severity", severity);
          run.rec.mapped(field + ".severity", label, "severity");
        }
      }
      if (c.hasSeverity() && !dx.has("severity")) {
        run.rec.notUsable(label, "severity", "not a code of the FHIR condition-severity value set");
      }
      Extension subtype = c.getExtensionByUrl(FhirSystems.COVERCRIT_DIAGNOSIS_SUBTYPE);
      if (subtype != null && subtype.getValue() != null) {
        dx.put("subtype", subtype.getValue().primitiveValue());
        run.rec.mapped(field + ".subtype", label, "extension(diagnosis-subtype)");
      }
      if (c.hasOnsetDateTimeType()) {
        date(c.getOnsetDateTimeType()).ifPresent(d -> dx.put("diagnosedOn", d.toString()));
      } else if (c.hasRecordedDate()) {
        date(c.getRecordedDateElement()).ifPresent(d -> dx.put("diagnosedOn", d.toString()));
      }
    }
    if (!diagnoses.isEmpty()) {
      run.req.set("diagnoses", diagnoses);
    }
  }

  private static boolean hasCode(CodeableConcept concept, String... codes) {
    for (Coding c : concept.getCoding()) {
      for (String code : codes) {
        if (code.equals(c.getCode())) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ Observations

  private void observations(Run run) {
    ArrayNode labs = json.createArrayNode();
    for (Observation o : run.all(Observation.class)) {
      String label = label(o);
      Observation.ObservationStatus status = o.getStatus();
      if (status != Observation.ObservationStatus.FINAL && status != Observation.ObservationStatus.AMENDED
          && status != Observation.ObservationStatus.CORRECTED) {
        run.rec.notUsable(label, "status", "not a final, amended or corrected result");
        continue;
      }
      String loinc = null;
      String analyte = null;
      for (Coding c : o.getCode().getCoding()) {
        if (FhirSystems.LOINC.equals(c.getSystem()) && c.hasCode()) {
          loinc = c.getCode();
          analyte = Terminology.analyte(loinc).orElse(null);
          if (analyte != null) {
            break;
          }
        }
      }
      if (analyte == null) {
        String lookalike = loinc == null ? null : Terminology.LOINC_LOOKALIKES.get(loinc);
        run.rec.notUsable(label, "code", lookalike != null ? lookalike
            : loinc == null ? "no LOINC code" : "a LOINC code no request field reads");
        continue;
      }
      String field = "labResults[" + labs.size() + "]";
      if (!o.hasValueQuantity() || !o.getValueQuantity().hasValue()) {
        run.rec.notUsable(label, "value[x]", "not a quantity");
        continue;
      }
      ObjectNode value = quantity(o.getValueQuantity());
      if (value == null) {
        run.rec.notUsable(label, "valueQuantity", "a unit the request does not know (UCUM code expected)");
        continue;
      }
      Unit.Dimension expected = Analyte.valueOf(analyte).dimension();
      if (Unit.fromCode(value.get("unit").asText()).dimension() != expected) {
        // e.g. an eosinophil count in % of leukocytes under a count's code: not converted, not guessed.
        run.rec.notUsable(label, "valueQuantity", "a unit of another kind than the test's (" + expected + " expected)");
        continue;
      }
      Optional<LocalDate> date = o.hasEffectiveDateTimeType() ? date(o.getEffectiveDateTimeType())
          : o.hasEffectivePeriod() ? date(o.getEffectivePeriod().getStartElement())
          : o.hasIssued() ? date(o.getIssuedElement()) : Optional.empty();
      if (date.isEmpty()) {
        run.rec.notUsable(label, "effective[x]", "no date: a result cannot be placed in a policy's window");
        continue;
      }
      ObjectNode lab = labs.addObject();
      lab.put("analyte", analyte);
      lab.set("value", value);
      lab.put("date", date.get().toString());
      lab.put("loinc", loinc);
      run.rec.mapped(field, label, "code, valueQuantity, effective[x]");
      if (o.hasReferenceRange()) {
        Observation.ObservationReferenceRangeComponent range = o.getReferenceRangeFirstRep();
        ObjectNode r = json.createObjectNode();
        ObjectNode low = range.hasLow() ? quantity(range.getLow()) : null;
        ObjectNode high = range.hasHigh() ? quantity(range.getHigh()) : null;
        if (low != null && Unit.fromCode(low.get("unit").asText()).dimension() == expected) {
          r.set("low", low);
        }
        if (high != null && Unit.fromCode(high.get("unit").asText()).dimension() == expected) {
          r.set("high", high);
        }
        if (r.isEmpty()) {
          run.rec.notUsable(label, "referenceRange", "no bound in a unit the request knows for the test");
        }
        if (!r.isEmpty()) {
          lab.set("referenceRange", r);
          run.rec.mapped(field + ".referenceRange", label, "referenceRange");
        }
      }
    }
    if (!labs.isEmpty()) {
      run.req.set("labResults", labs);
    }
  }

  private ObjectNode quantity(Quantity q) {
    String unit = q.hasCode() && FhirSystems.UCUM.equals(q.getSystem()) ? q.getCode() : q.getUnit();
    if (unit == null || !q.hasValue()) {
      return null;
    }
    try {
      Unit.fromCode(unit);
    } catch (RuntimeException e) {
      return null;
    }
    ObjectNode node = json.createObjectNode();
    node.put("value", q.getValue());
    node.put("unit", unit);
    return node;
  }

  // ------------------------------------------------------------------ Prescriber and coverage

  private void prescriber(Run run, MedicationRequest order) {
    Resource requester = run.resolve(order.getRequester());
    List<PractitionerRole> roles = new ArrayList<>();
    Practitioner practitioner = null;
    if (requester instanceof PractitionerRole) {
      roles.add((PractitionerRole) requester);
      Resource p = run.resolve(((PractitionerRole) requester).getPractitioner());
      practitioner = p instanceof Practitioner ? (Practitioner) p : null;
    } else if (requester instanceof Practitioner) {
      practitioner = (Practitioner) requester;
      for (PractitionerRole role : run.all(PractitionerRole.class)) {
        if (run.resolve(role.getPractitioner()) == practitioner) {
          roles.add(role);
        }
      }
    } else {
      run.rec.notUsable(label(order), "requester", "no PractitionerRole or Practitioner in the bundle");
      return;
    }
    ObjectNode prescriber = run.req.putObject("prescriber");
    ArrayNode specialties = prescriber.putArray("specialties");
    for (PractitionerRole role : roles) {
      for (CodeableConcept s : role.getSpecialty()) {
        for (Coding c : s.getCoding()) {
          if (!FhirSystems.NUCC.equals(c.getSystem())) {
            continue;
          }
          String specialty = Terminology.NUCC_SPECIALTIES.get(c.getCode());
          if (specialty == null) {
            run.rec.notUsable(label(role), "specialty", "a NUCC code the mapping does not list");
            continue;
          }
          addOnce(specialties, specialty);
          String second = Terminology.NUCC_SECOND_SPECIALTY.get(c.getCode());
          if (second != null) {
            addOnce(specialties, second);
          }
          run.rec.mapped("prescriber.specialties", label(role), "specialty(NUCC)");
        }
      }
    }
    if (practitioner != null) {
      for (Identifier id : practitioner.getIdentifier()) {
        if (FhirSystems.NPI.equals(id.getSystem()) && id.hasValue()) {
          prescriber.put("npi", id.getValue());
          run.rec.mapped("prescriber.npi", label(practitioner), "identifier(NPI)");
          break;
        }
      }
    }
  }

  private static void addOnce(ArrayNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        return;
      }
    }
    array.add(value);
  }

  private String coverage(Run run) {
    for (Coverage c : run.all(Coverage.class)) {
      if (c.getStatus() != Coverage.CoverageStatus.ACTIVE) {
        run.rec.notUsable(label(c), "status", "not active");
        continue;
      }
      String label = label(c);
      if (c.hasSubscriberId()) {
        ((ObjectNode) run.req.get("patient")).put("memberId", c.getSubscriberId());
        run.rec.mapped("patient.memberId", label, "subscriberId");
      }
      String planType = null;
      String sopt = null;
      for (Coding t : c.getType().getCoding()) {
        if (FhirSystems.COVERCRIT_PLAN_TYPE.equals(t.getSystem())) {
          planType = t.getCode();
        } else if (FhirSystems.PAYER_TYPE.equals(t.getSystem())) {
          sopt = t.getCode();
        }
      }
      if (planType != null) {
        run.req.put("planType", planType);
        run.rec.mapped("planType", label, "type.coding(covercrit plan-type)");
      } else if (sopt != null && sopt.startsWith("2")) {
        run.req.put("planType", "MEDICAID_MANAGED_CARE");
        run.rec.doubtful("planType", label, "type.coding(SOPT)", "Medicaid, read as Medicaid managed care");
      } else if (sopt != null && sopt.startsWith("11")) {
        run.req.put("planType", "MEDICARE_ADVANTAGE_PART_D");
        run.rec.doubtful("planType", label, "type.coding(SOPT)", "Medicare managed care, read as Medicare Advantage with"
            + " Part D");
      } else {
        run.rec.notUsable(label, "type", "the payer type does not tell a fully insured from a self-funded (ERISA) plan,"
            + " whose appeal rules differ: add a covercrit plan-type coding");
      }
      return label;
    }
    return null;
  }

  private void answers(Run run) {
    for (QuestionnaireResponse qr : run.all(QuestionnaireResponse.class)) {
      String questionnaire = qr.getQuestionnaire() == null ? "" : qr.getQuestionnaire();
      String label = label(qr);
      if (!questionnaire.equals(FhirSystems.COVERCRIT_QUESTIONNAIRE)
          && !questionnaire.startsWith(FhirSystems.COVERCRIT_QUESTIONNAIRE + "|")
          && !questionnaire.startsWith(FhirSystems.COVERCRIT_QUESTIONNAIRE + "-")) {
        run.rec.notUsable(label, "questionnaire", "not a covercrit questionnaire");
        continue;
      }
      if (qr.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
          && qr.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED) {
        run.rec.notUsable(label, "status", "not completed");
        continue;
      }
      new AnswerMerger(schema, run.rec, label).merge(qr, run.req);
    }
  }
}
