package io.covercrit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import io.covercrit.core.model.Unit;
import io.covercrit.core.model.Urgency;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads the request documents every caller sends, field by field into the value types' builders:
 * no reflection, no intermediate objects. It reads only what the bound path ({@code
 * CovercritJson.readRequest}) reads to the same value, and gives up, returning null, on anything
 * else: a field it does not know (so a field added to the model and not here only costs speed),
 * a field twice, a null, a number or date in another form, a value the types refuse. The caller
 * then reads the document as before, which accepts it or reports its error as documented.
 * {@code RequestReaderTest} checks both paths give equal requests and that generated documents
 * take this one.
 */
final class RequestReader {
  /** Not read here: the bound path decides. Thrown without a stack trace, caught in {@link #read}. */
  private static final class NotRead extends Exception {
    private static final long serialVersionUID = 1L;

    NotRead() {
      super("not read by the direct reader", null, false, false);
    }
  }

  private static final NotRead NOT_READ = new NotRead();

  /** Reads one value with the parser at the value's first token. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(JsonParser parser) throws IOException, NotRead;
  }

  private final JsonFactory factory;

  RequestReader(JsonFactory factory) {
    this.factory = factory;
  }

  /** The request, or null when the document is for the bound path to read or report. */
  CoverageRequest read(String json) {
    try {
      return read(factory.createParser(json));
    } catch (IOException e) {
      return null;
    }
  }

  private CoverageRequest read(JsonParser created) {
    try (JsonParser parser = created) {
      // Each object tracks its own field names below; a repeated one goes to the bound path.
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      CoverageRequest request = request(parser);
      return parser.nextToken() == null ? request : null;
    } catch (NotRead | IOException | RuntimeException e) {
      return null;
    }
  }

  private static CoverageRequest request(JsonParser p) throws IOException, NotRead {
    CoverageRequest.Builder b = CoverageRequest.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "schemaVersion":
          seen = once(seen, 0);
          if (!CovercritJson.SCHEMA_VERSION.equals(string(p))) {
            throw NOT_READ;
          }
          break;
        case "requestId":
          seen = once(seen, 1);
          b.requestId(string(p));
          break;
        case "policyId":
          seen = once(seen, 2);
          b.policyId(string(p));
          break;
        case "requestedDrug":
          seen = once(seen, 3);
          b.requestedDrug(object(p, RequestReader::drug));
          break;
        case "requestType":
          seen = once(seen, 4);
          b.requestType(Enum.valueOf(RequestType.class, string(p)));
          break;
        case "urgency":
          seen = once(seen, 5);
          b.urgency(Enum.valueOf(Urgency.class, string(p)));
          break;
        case "patient":
          seen = once(seen, 6);
          b.patient(object(p, RequestReader::patient));
          break;
        case "diagnoses":
          seen = once(seen, 7);
          objects(p, RequestReader::diagnosis, b::addDiagnoses);
          break;
        case "therapyTrials":
          seen = once(seen, 8);
          objects(p, RequestReader::therapyTrial, b::addTherapyTrials);
          break;
        case "concurrentMedications":
          seen = once(seen, 9);
          objects(p, RequestReader::drug, b::addConcurrentMedications);
          break;
        case "labResults":
          seen = once(seen, 10);
          objects(p, RequestReader::labResult, b::addLabResults);
          break;
        case "prescriber":
          seen = once(seen, 11);
          b.prescriber(object(p, RequestReader::prescriber));
          break;
        case "skinInvolvement":
          seen = once(seen, 12);
          b.skinInvolvement(object(p, RequestReader::skinInvolvement));
          break;
        case "flares":
          seen = once(seen, 13);
          objects(p, RequestReader::flare, b::addFlares);
          break;
        case "biomarkers":
          seen = once(seen, 14);
          objects(p, RequestReader::biomarker, b::addBiomarkers);
          break;
        case "tumorStaging":
          seen = once(seen, 15);
          b.tumorStaging(object(p, RequestReader::tumorStaging));
          break;
        case "clinicalFindings":
          seen = once(seen, 16);
          objects(p, RequestReader::clinicalFinding, b::addClinicalFindings);
          break;
        case "historyReviews":
          seen = once(seen, 22);
          objects(p, RequestReader::historyReview, b::addHistoryReviews);
          break;
        case "response":
          seen = once(seen, 17);
          b.response(object(p, RequestReader::response));
          break;
        case "jurisdiction":
          seen = once(seen, 18);
          b.jurisdiction(Enum.valueOf(Jurisdiction.class, string(p)));
          break;
        case "planType":
          seen = once(seen, 19);
          b.planType(Enum.valueOf(PlanType.class, string(p)));
          break;
        case "requestDate":
          seen = once(seen, 20);
          b.requestDate(date(p));
          break;
        case "notes":
          seen = once(seen, 21);
          b.notes(string(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static Drug drug(JsonParser p) throws IOException, NotRead {
    Drug.Builder b = Drug.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "name":
          seen = once(seen, 0);
          b.name(string(p));
          break;
        case "activeIngredient":
          seen = once(seen, 1);
          b.activeIngredient(string(p));
          break;
        case "strength":
          seen = once(seen, 2);
          b.strength(string(p));
          break;
        case "form":
          seen = once(seen, 3);
          b.form(Enum.valueOf(DosageForm.class, string(p)));
          break;
        case "drugClass":
          seen = once(seen, 4);
          b.drugClass(Enum.valueOf(DrugClass.class, string(p)));
          break;
        case "potency":
          seen = once(seen, 5);
          b.potency(Enum.valueOf(TopicalSteroidPotency.class, string(p)));
          break;
        case "rxNormCui":
          seen = once(seen, 6);
          b.rxNormCui(string(p));
          break;
        case "ndc":
          seen = once(seen, 7);
          b.ndc(string(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static Patient patient(JsonParser p) throws IOException, NotRead {
    Patient.Builder b = Patient.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "birthDate":
          seen = once(seen, 0);
          b.birthDate(date(p));
          break;
        case "memberId":
          seen = once(seen, 1);
          b.memberId(string(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static Diagnosis diagnosis(JsonParser p) throws IOException, NotRead {
    Diagnosis.Builder b = Diagnosis.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "code":
          seen = once(seen, 0);
          b.code(Icd10Code.of(string(p)));
          break;
        case "severity":
          seen = once(seen, 1);
          b.severity(Enum.valueOf(DiseaseSeverity.class, string(p)));
          break;
        case "subtype":
          seen = once(seen, 2);
          b.subtype(Enum.valueOf(DiagnosisSubtype.class, string(p)));
          break;
        case "diagnosedOn":
          seen = once(seen, 3);
          b.diagnosedOn(date(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static TherapyTrial therapyTrial(JsonParser p) throws IOException, NotRead {
    TherapyTrial.Builder b = TherapyTrial.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "drug":
          seen = once(seen, 0);
          b.drug(object(p, RequestReader::drug));
          break;
        case "start":
          seen = once(seen, 1);
          b.start(date(p));
          break;
        case "end":
          seen = once(seen, 2);
          b.end(date(p));
          break;
        case "outcome":
          seen = once(seen, 3);
          b.outcome(Enum.valueOf(TrialOutcome.class, string(p)));
          break;
        case "dailyDose":
          seen = once(seen, 4);
          b.dailyDose(object(p, RequestReader::quantity));
          break;
        case "sample":
          seen = once(seen, 5);
          b.sample(bool(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static LabResult labResult(JsonParser p) throws IOException, NotRead {
    LabResult.Builder b = LabResult.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "analyte":
          seen = once(seen, 0);
          b.analyte(Enum.valueOf(Analyte.class, string(p)));
          break;
        case "value":
          seen = once(seen, 1);
          b.value(object(p, RequestReader::quantity));
          break;
        case "date":
          seen = once(seen, 2);
          b.date(date(p));
          break;
        case "referenceRange":
          seen = once(seen, 3);
          b.referenceRange(object(p, RequestReader::referenceRange));
          break;
        case "loinc":
          seen = once(seen, 4);
          b.loinc(string(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static Quantity quantity(JsonParser p) throws IOException, NotRead {
    Quantity.Builder b = Quantity.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "value":
          seen = once(seen, 0);
          b.value(decimal(p));
          break;
        case "unit":
          seen = once(seen, 1);
          b.unit(Unit.fromCode(string(p)));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static ReferenceRange referenceRange(JsonParser p) throws IOException, NotRead {
    ReferenceRange.Builder b = ReferenceRange.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "low":
          seen = once(seen, 0);
          b.low(object(p, RequestReader::quantity));
          break;
        case "high":
          seen = once(seen, 1);
          b.high(object(p, RequestReader::quantity));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static Prescriber prescriber(JsonParser p) throws IOException, NotRead {
    Prescriber.Builder b = Prescriber.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "specialties":
          seen = once(seen, 0);
          strings(p, s -> b.addSpecialties(Enum.valueOf(Specialty.class, s)));
          break;
        case "consultedSpecialties":
          seen = once(seen, 1);
          strings(p, s -> b.addConsultedSpecialties(Enum.valueOf(Specialty.class, s)));
          break;
        case "npi":
          seen = once(seen, 2);
          b.npi(string(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static SkinInvolvement skinInvolvement(JsonParser p) throws IOException, NotRead {
    SkinInvolvement.Builder b = SkinInvolvement.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "bodySurfaceAreaPercent":
          seen = once(seen, 0);
          b.bodySurfaceAreaPercent(decimal(p));
          break;
        case "sites":
          seen = once(seen, 1);
          strings(p, s -> b.addSites(Enum.valueOf(BodySite.class, s)));
          break;
        case "assessedOn":
          seen = once(seen, 2);
          b.assessedOn(date(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static HistoryReview historyReview(JsonParser p) throws IOException, NotRead {
    HistoryReview.Builder b = HistoryReview.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "history":
          seen = once(seen, 0);
          b.history(Enum.valueOf(RecordedHistory.class, string(p)));
          break;
        case "from":
          seen = once(seen, 1);
          b.from(date(p));
          break;
        case "through":
          seen = once(seen, 2);
          b.through(date(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static Flare flare(JsonParser p) throws IOException, NotRead {
    Flare.Builder b = Flare.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "date":
          seen = once(seen, 0);
          b.date(date(p));
          break;
        case "hospitalized":
          seen = once(seen, 1);
          b.hospitalized(bool(p));
          break;
        case "systemicCorticosteroids":
          seen = once(seen, 2);
          b.systemicCorticosteroids(bool(p));
          break;
        case "emergencyOrUrgentCare":
          seen = once(seen, 3);
          b.emergencyOrUrgentCare(bool(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static BiomarkerResult biomarker(JsonParser p) throws IOException, NotRead {
    BiomarkerResult.Builder b = BiomarkerResult.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "biomarker":
          seen = once(seen, 0);
          b.biomarker(string(p));
          break;
        case "status":
          seen = once(seen, 1);
          b.status(Enum.valueOf(BiomarkerStatus.class, string(p)));
          break;
        case "method":
          seen = once(seen, 2);
          b.method(string(p));
          break;
        case "date":
          seen = once(seen, 3);
          b.date(date(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static TumorStaging tumorStaging(JsonParser p) throws IOException, NotRead {
    TumorStaging.Builder b = TumorStaging.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "primaryTumorSizeCm":
          seen = once(seen, 0);
          b.primaryTumorSizeCm(decimal(p));
          break;
        case "nodalStatus":
          seen = once(seen, 1);
          b.nodalStatus(Enum.valueOf(TumorStaging.NodalStatus.class, string(p)));
          break;
        case "resection":
          seen = once(seen, 2);
          b.resection(Enum.valueOf(TumorStaging.Resection.class, string(p)));
          break;
        case "stage":
          seen = once(seen, 3);
          b.stage(string(p));
          break;
        case "metastatic":
          seen = once(seen, 4);
          b.metastatic(bool(p));
          break;
        case "recurrent":
          seen = once(seen, 5);
          b.recurrent(bool(p));
          break;
        case "assessedOn":
          seen = once(seen, 6);
          b.assessedOn(date(p));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static ClinicalFinding clinicalFinding(JsonParser p) throws IOException, NotRead {
    ClinicalFinding.Builder b = ClinicalFinding.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "kind":
          seen = once(seen, 0);
          b.kind(Enum.valueOf(ClinicalFindingKind.class, string(p)));
          break;
        case "present":
          seen = once(seen, 1);
          b.present(bool(p));
          break;
        case "since":
          seen = once(seen, 2);
          b.since(date(p));
          break;
        case "observedOn":
          seen = once(seen, 3);
          b.observedOn(date(p));
          break;
        case "count":
          seen = once(seen, 4);
          b.count(integer(p));
          break;
        case "daysPerWeek":
          seen = once(seen, 5);
          b.daysPerWeek(integer(p));
          break;
        case "sites":
          seen = once(seen, 6);
          strings(p, s -> b.addSites(Enum.valueOf(BodySite.class, s)));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  private static ResponseAssessment response(JsonParser p) throws IOException, NotRead {
    ResponseAssessment.Builder b = ResponseAssessment.builder();
    long seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "assessedOn":
          seen = once(seen, 0);
          b.assessedOn(date(p));
          break;
        case "improvements":
          seen = once(seen, 1);
          strings(p, s -> b.addImprovements(Enum.valueOf(ResponseMarker.class, s)));
          break;
        default:
          throw NOT_READ;
      }
    }
    return endOfObject(p, b.build());
  }

  /** Marks field {@code index} of an object seen; a field seen twice is for the bound path to report. */
  private static long once(long seen, int index) throws NotRead {
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw NOT_READ;
    }
    return seen | bit;
  }

  /** The value after the fields, once the object is closed (not cut short by another token). */
  private static <T> T endOfObject(JsonParser p, T value) throws NotRead {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw NOT_READ;
    }
    return value;
  }

  private static String string(JsonParser p) throws IOException, NotRead {
    String text = p.nextTextValue();
    if (text == null) {
      throw NOT_READ;
    }
    return text;
  }

  private static LocalDate date(JsonParser p) throws IOException, NotRead {
    p.nextToken();
    LocalDate date = FastPaths.isoDate(p);
    if (date == null) {
      throw NOT_READ;
    }
    return date;
  }

  private static BigDecimal decimal(JsonParser p) throws IOException, NotRead {
    JsonToken token = p.nextToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw NOT_READ;
    }
    return p.getDecimalValue();
  }

  private static int integer(JsonParser p) throws IOException, NotRead {
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw NOT_READ;
    }
    return p.getIntValue();
  }

  private static boolean bool(JsonParser p) throws IOException, NotRead {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw NOT_READ;
  }

  /** An object value, read by {@code reader} from its opening brace. */
  private static <T> T object(JsonParser p, ValueReader<T> reader) throws IOException, NotRead {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw NOT_READ;
    }
    return reader.read(p);
  }

  /** An array of objects, each read by {@code reader} and given to {@code add}. */
  private static <T> void objects(JsonParser p, ValueReader<T> reader, Consumer<T> add) throws IOException, NotRead {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw NOT_READ;
    }
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        throw NOT_READ;
      }
      add.accept(reader.read(p));
    }
  }

  /** An array of strings, each given to {@code add}. */
  private static void strings(JsonParser p, Consumer<String> add) throws IOException, NotRead {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw NOT_READ;
    }
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token != JsonToken.VALUE_STRING) {
        throw NOT_READ;
      }
      add.accept(p.getText());
    }
  }
}
