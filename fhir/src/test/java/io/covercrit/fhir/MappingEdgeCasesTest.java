package io.covercrit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.LabResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Malformed and partial bundles: each problem is named in the report or the error, never a value of the record. */
class MappingEdgeCasesTest {
  static final FhirRequestMapper MAPPER = SampleBundlesTest.MAPPER;
  static final MappingOptions OPZELURA = MappingOptions.forPolicy("cigna/IP0369");
  static final MappingOptions DUPIXENT = MappingOptions.forPolicy("cigna/IP0453");
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  static Bundle sample(String name) throws IOException {
    return MAPPER.parseBundle(Files.readString(Path.of("src/test/resources/bundles/" + name + ".json")));
  }

  static <T extends Resource> T first(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).findFirst().orElseThrow();
  }

  static Bundle edited(String name, Consumer<Bundle> edit) throws IOException {
    Bundle bundle = sample(name);
    edit.accept(bundle);
    return bundle;
  }

  static List<String> problems(MappedRequest mapped) {
    List<String> lines = new ArrayList<>();
    mapped.report().entries(MappingReport.Kind.NOT_USABLE).forEach(e -> lines.add(e.resource() + " " + e.element()));
    return lines;
  }

  @Test
  void text_that_is_not_a_fhir_bundle_is_a_typed_error_that_quotes_nothing() {
    for (String text : new String[] {"{ \"resourceType\": \"Bundle\", \"entry\": [ { \"resource\": { \"resourceType\": "
        + "\"Patient\", \"birthDate\": \"Ada Lovelace 1815\" } } ", "not json at all: Ada Lovelace",
        "{ \"resourceType\": \"Patient\", \"id\": \"Ada Lovelace\" }"}) {
      assertThatThrownBy(() -> MAPPER.map(text, OPZELURA)).isInstanceOfSatisfying(FhirInputException.class, e -> {
        assertThat(e.errorCode()).isEqualTo(FhirInputException.NOT_FHIR);
        assertThat(e.getMessage()).doesNotContain("Ada").doesNotContain("Lovelace");
      });
    }
  }

  @Test
  void a_bundle_without_a_patient_or_with_two_is_named_by_the_resource() throws IOException {
    Bundle none = edited("opzelura-ad-approvable", b -> b.getEntry().removeIf(e -> e.getResource() instanceof Patient));
    assertThatThrownBy(() -> MAPPER.map(none, OPZELURA)).isInstanceOfSatisfying(FhirInputException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(FhirInputException.MISSING_RESOURCE);
      assertThat(e.element()).isEqualTo("Patient");
    });
    Bundle two = edited("opzelura-ad-approvable", b -> b.addEntry().setResource(new Patient().setId("second")));
    assertThatThrownBy(() -> MAPPER.map(two, OPZELURA)).isInstanceOfSatisfying(FhirInputException.class,
        e -> assertThat(e.getMessage()).contains("more than one Patient"));
  }

  @Test
  void the_order_to_decide_is_the_single_draft_or_the_one_named() throws IOException {
    Bundle twoDrafts = edited("opzelura-ad-approvable", b -> {
      MedicationRequest copy = first(b, MedicationRequest.class).copy();
      copy.setId("second-draft");
      b.addEntry().setResource(copy);
    });
    assertThatThrownBy(() -> MAPPER.map(twoDrafts, OPZELURA)).isInstanceOfSatisfying(FhirInputException.class,
        e -> assertThat(e.element()).isEqualTo("MedicationRequest"));
    MappedRequest named = MAPPER.map(twoDrafts, OPZELURA.withOrderId("second-draft"));
    assertThat(named.request().requestId()).contains("second-draft");
    assertThat(named.request().requestedDrug().name()).isEqualTo("Opzelura 1.5% cream");
  }

  @Test
  void a_snomed_only_condition_is_reported_and_not_guessed_so_the_diagnosis_is_missing() throws IOException {
    Bundle bundle = edited("opzelura-ad-approvable", b -> {
      Condition c = first(b, Condition.class);
      c.getCode().getCoding().removeIf(coding -> FhirSystems.ICD10CM.equals(coding.getSystem()));
    });
    MappedRequest mapped = MAPPER.map(bundle, OPZELURA);
    assertThat(mapped.request().diagnoses()).isEmpty();
    assertThat(problems(mapped)).containsExactly("Condition/cond-ad code");
    Determination d = PolicyRegistry.installed().evaluate(mapped.request(), AS_OF);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
  }

  @Test
  void refuted_resolved_and_malformed_conditions_are_left_out_by_name() throws IOException {
    Bundle bundle = edited("dupixent-asthma-approvable", b -> {
      List<Condition> conditions = new ArrayList<>();
      b.getEntry().forEach(e -> {
        if (e.getResource() instanceof Condition) {
          conditions.add((Condition) e.getResource());
        }
      });
      conditions.get(0).getCode().getCodingFirstRep().setCode("J45-50");
      conditions.get(0).getCode().getCoding().stream().filter(c -> FhirSystems.ICD10CM.equals(c.getSystem()))
          .forEach(c -> c.setCode("J45-50"));
      conditions.get(1).setVerificationStatus(new CodeableConcept(new Coding(FhirSystems.CONDITION_VERIFICATION,
          "refuted", null)));
    });
    MappedRequest mapped = MAPPER.map(bundle, DUPIXENT);
    assertThat(mapped.request().diagnoses()).isEmpty();
    assertThat(problems(mapped)).containsExactly("Condition/cond-asthma code.coding(ICD-10-CM)",
        "Condition/cond-eos verificationStatus");
  }

  @Test
  void loinc_lookalikes_and_units_of_another_kind_are_not_read_as_the_policy_test() throws IOException {
    Bundle bundle = edited("dupixent-asthma-approvable", b -> {
      Observation eos = (Observation) b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
          .filter(r -> r.getIdElement().getIdPart().equals("obs-eos")).findFirst().orElseThrow();
      // eosinophils per 100 leukocytes, not a count per volume
      eos.getCode().getCodingFirstRep().setCode("713-8");
      Observation fev1 = eos.copy();
      fev1.setId("obs-fev1-litres");
      fev1.setCode(new CodeableConcept(new Coding(FhirSystems.LOINC, "20150-9", "FEV1")));
      fev1.setValue(new Quantity().setValue(2.1).setSystem(FhirSystems.UCUM).setCode("L").setUnit("L"));
      Observation wrongUnit = eos.copy();
      wrongUnit.setId("obs-eos-in-percent");
      wrongUnit.setCode(new CodeableConcept(new Coding(FhirSystems.LOINC, "711-2", null)));
      wrongUnit.setValue(new Quantity().setValue(4).setSystem(FhirSystems.UCUM).setCode("%"));
      b.addEntry().setResource(fev1);
      b.addEntry().setResource(wrongUnit);
    });
    MappedRequest mapped = MAPPER.map(bundle, DUPIXENT);
    assertThat(problems(mapped)).containsExactlyInAnyOrder("Observation/obs-eos code",
        "Observation/obs-eos-in-percent valueQuantity");
    assertThat(mapped.request().labResults()).extracting(LabResult::analyte)
        .containsExactlyInAnyOrder(Analyte.FEV1_PERCENT_PREDICTED, Analyte.FEV1_FVC_RATIO, Analyte.FEV1);
    assertThat(mapped.report().entries(MappingReport.Kind.NOT_USABLE).get(0).reason()).contains("not a count");
    // No eosinophil count is read, so the clause that asks for one is MISSING, not NOT_MET.
    Determination d = PolicyRegistry.installed().evaluate(mapped.request(), AS_OF);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
  }

  @Test
  void a_partial_birth_date_and_a_trial_stopped_without_a_reason_are_reported() throws IOException {
    Bundle bundle = edited("opzelura-ad-approvable", b -> {
      first(b, Patient.class).getBirthDateElement().setValueAsString("2010-03");
      first(b, MedicationStatement.class).getStatusReason().clear();
    });
    MappedRequest mapped = MAPPER.map(bundle, OPZELURA);
    assertThat(mapped.request().patient().birthDate()).isEmpty();
    assertThat(mapped.request().therapyTrials()).hasSize(1);
    assertThat(problems(mapped)).containsExactly("Patient/pat-ad-001 birthDate", "MedicationStatement/ms-tac-triam "
        + "statusReason");
  }

  @Test
  void an_order_that_names_no_drug_is_a_typed_error() throws IOException {
    Bundle bundle = edited("opzelura-ad-approvable",
        b -> first(b, MedicationRequest.class).setMedication(new Reference("Medication/not-in-bundle")));
    assertThatThrownBy(() -> MAPPER.map(bundle, OPZELURA)).isInstanceOfSatisfying(FhirInputException.class,
        e -> assertThat(e.element()).isEqualTo("MedicationRequest.medication"));
  }

  @Test
  void no_report_line_and_no_error_quotes_the_record() throws IOException {
    String secret = "Zebulon-Quist";
    Bundle bundle = edited("opzelura-ad-approvable", b -> {
      Patient p = first(b, Patient.class);
      p.getNameFirstRep().setFamily(secret);
      p.getAddressFirstRep().setState(secret);
      first(b, Condition.class).getCode().getCoding().forEach(c -> c.setCode(secret));
      Observation o = new Observation();
      o.setId("obs-odd");
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.setCode(new CodeableConcept(new Coding(FhirSystems.LOINC, "1988-5", secret)));
      o.setValue(new Quantity().setValue(3).setUnit(secret));
      o.setEffective(new DateTimeType("2026-11-01"));
      b.addEntry().setResource(o);
    });
    MappedRequest mapped = MAPPER.map(bundle, OPZELURA);
    assertThat(mapped.report().entries(MappingReport.Kind.NOT_USABLE)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(mapped.report().toString()).doesNotContain(secret);
  }
}
