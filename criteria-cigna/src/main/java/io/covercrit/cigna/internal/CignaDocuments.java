package io.covercrit.cigna.internal;

import io.covercrit.core.eval.DocumentRequirement;

/**
 * Documents Cigna reviewers ask for, shared by the Cigna policies. The wording follows the
 * guides' "common denial reasons" tables, made specific: dates, doses and reasons for stopping,
 * not "patient failed steroids".
 */
public final class CignaDocuments {
  private CignaDocuments() {}

  public static final DocumentRequirement BIRTH_DATE_VERIFICATION = DocumentRequirement.of(
      "birth-date-verification", "Birth date verification (demographics page or ID showing the date of birth)");

  public static final DocumentRequirement DIAGNOSIS_NOTES = DocumentRequirement.of(
      "diagnosis-clinical-notes",
      "Clinical notes confirming the diagnosis, with the billable ICD-10-CM code and the date of diagnosis");

  public static final DocumentRequirement SEVERITY_AND_TYPE_NOTES = DocumentRequirement.of(
      "disease-severity-and-type",
      "Clinical notes documenting disease severity and type (e.g. mild to moderate; nonsegmental vitiligo)");

  public static final DocumentRequirement BSA_ASSESSMENT = DocumentRequirement.of(
      "bsa-assessment",
      "Dated estimate of the affected body surface area (%), with the affected body sites; photographs if available");

  public static final DocumentRequirement AFFECTED_SITES = DocumentRequirement.of(
      "affected-body-sites",
      "Clinical notes naming the affected body sites (face, eyes/eyelids, skin folds, genitalia)");

  public static final DocumentRequirement TOPICAL_STEROID_HISTORY = DocumentRequirement.of(
      "topical-corticosteroid-history",
      "Prescription records for topical corticosteroids: product, strength/potency, start and stop dates, directions,"
          + " and the reason for stopping (failure, intolerance) or the contraindication");

  public static final DocumentRequirement CALCINEURIN_INHIBITOR_HISTORY = DocumentRequirement.of(
      "topical-calcineurin-inhibitor-history",
      "Prescription records for topical calcineurin inhibitors (tacrolimus ointment, pimecrolimus cream): start and stop"
          + " dates, directions, and the reason for stopping or the contraindication");

  public static final DocumentRequirement PRESCRIBER_SPECIALTY = DocumentRequirement.of(
      "prescriber-specialty",
      "Prescriber's specialty (board certification or NPI taxonomy), or the specialist consultation note");

  public static final DocumentRequirement CURRENT_MEDICATIONS = DocumentRequirement.of(
      "current-medication-list",
      "Current medication list, with stop dates for any biologic, JAK inhibitor or systemic immunosuppressant");

  public static final DocumentRequirement RESPONSE_DOCUMENTATION = DocumentRequirement.of(
      "treatment-response",
      "Dated notes comparing the disease now with baseline on the requested drug (e.g. BSA, erythema, lichenification;"
          + " repigmentation or VASI for vitiligo)");

  // Oncology (Alecensa): the guide's "essential clinical documentation" and "for adjuvant use" lists.

  public static final DocumentRequirement NSCLC_PATHOLOGY = DocumentRequirement.of(
      "nsclc-pathology-report",
      "Pathology report confirming non-small cell lung cancer (histology), with the billable ICD-10-CM code (C34.-)");

  public static final DocumentRequirement ALK_TEST_REPORT = DocumentRequirement.of(
      "alk-test-report",
      "ALK test report: the result (ALK rearrangement or fusion detected), the method and the assay (e.g. VENTANA ALK"
          + " (D5F3) CDx IHC, Vysis ALK Break Apart FISH, FoundationOne CDx NGS), the specimen and the date");

  public static final DocumentRequirement SURGICAL_PATHOLOGY = DocumentRequirement.of(
      "surgical-pathology-report",
      "Operative note and surgical pathology report: date of resection, margin status (R0 complete resection),"
          + " greatest tumour dimension in cm and lymph node status (pTNM)");

  public static final DocumentRequirement STAGING_REPORTS = DocumentRequirement.of(
      "staging-reports",
      "Staging documentation: CT, PET or brain MRI reports and the AJCC stage, showing whether the disease is"
          + " metastatic or recurrent");

  public static final DocumentRequirement ONCOLOGY_TREATMENT_HISTORY = DocumentRequirement.of(
      "oncology-treatment-history",
      "Treatment history: prior systemic therapies and ALK inhibitors with start and stop dates and outcomes,"
          + " including the date the requested drug was first started");

  public static final DocumentRequirement DISEASE_STATUS_ON_THERAPY = DocumentRequirement.of(
      "disease-status-on-therapy",
      "Latest imaging and oncology notes on the requested drug, dated, showing no recurrence or progression"
          + " (response or stable disease)");
}
