package io.covercrit.fhir;

/**
 * The code systems, extensions and identifier systems the mapper reads and writes. The covercrit
 * ones carry facts that US Core has no element for; every other one is the published system.
 */
public final class FhirSystems {
  private FhirSystems() {}

  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
  public static final String SNOMED = "http://snomed.info/sct";
  public static final String LOINC = "http://loinc.org";
  public static final String UCUM = "http://unitsofmeasure.org";
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  public static final String NDC = "http://hl7.org/fhir/sid/ndc";
  public static final String NUCC = "http://nucc.org/provider-taxonomy";
  public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
  /** Source of Payment Typology (PHDSC), the value set of US Core's {@code Coverage.type}. */
  public static final String PAYER_TYPE = "https://nahdo.org/sopt";
  public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  public static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  /** covercrit's {@code PlanType} names, as a second coding of {@code Coverage.type}. */
  public static final String COVERCRIT_PLAN_TYPE = "https://covercrit.io/fhir/CodeSystem/plan-type";
  /** covercrit's {@code TrialOutcome} names, as a coding of a medication's {@code statusReason}. */
  public static final String COVERCRIT_TRIAL_OUTCOME = "https://covercrit.io/fhir/CodeSystem/trial-outcome";
  /** Extension on {@code Condition}: the {@code DiagnosisSubtype} name (valueCode). */
  public static final String COVERCRIT_DIAGNOSIS_SUBTYPE =
      "https://covercrit.io/fhir/StructureDefinition/diagnosis-subtype";
  /** A policy clause by its section id ({@code IP0369 1.C.i}), as the code of a questionnaire item. */
  public static final String COVERCRIT_CLAUSE = "https://covercrit.io/fhir/CodeSystem/clause";
  /** The request's enum names (a drug class, a body site) as answer codings. */
  public static final String COVERCRIT_REQUEST_CODES = "https://covercrit.io/fhir/CodeSystem/request-codes";

  /**
   * The canonical URL of covercrit's questionnaires: a {@code QuestionnaireResponse} for it carries
   * request fields by their JSON path (its {@code linkId}s).
   */
  public static final String COVERCRIT_QUESTIONNAIRE = "https://covercrit.io/fhir/Questionnaire/coverage-facts";
}
