package io.covercrit.core.clauses;

import io.covercrit.core.eval.DocumentRequirement;

/**
 * The documents the library's clause types ask for by default. Their ids are stable: checklists
 * de-duplicate by id, so a payer's own wording of the same document (same id) merges with these.
 */
public final class StandardDocuments {
  private StandardDocuments() {}

  public static final DocumentRequirement BIRTH_DATE_VERIFICATION = DocumentRequirement.of(
      "birth-date-verification", "Birth date verification (demographics page or ID showing the date of birth)");

  public static final DocumentRequirement DIAGNOSIS_NOTES = DocumentRequirement.of(
      "diagnosis-clinical-notes",
      "Clinical notes confirming the diagnosis, with the billable ICD-10-CM code and the date of diagnosis");

  public static final DocumentRequirement BSA_ASSESSMENT = DocumentRequirement.of(
      "bsa-assessment",
      "Dated estimate of the affected body surface area (%), with the affected body sites; photographs if available");

  public static final DocumentRequirement PRESCRIBER_SPECIALTY = DocumentRequirement.of(
      "prescriber-specialty",
      "Prescriber's specialty (board certification or NPI taxonomy), or the specialist consultation note");

  public static final DocumentRequirement CURRENT_MEDICATIONS = DocumentRequirement.of(
      "current-medication-list",
      "Current medication list, with stop dates for any biologic, JAK inhibitor or systemic immunosuppressant");

  public static final DocumentRequirement MEDICATION_HISTORY = DocumentRequirement.of(
      "medication-history",
      "Prescription or pharmacy claims records for the prior therapy: product, strength, start and stop dates, and"
          + " the reason for stopping (failure, intolerance) or the contraindication");

  public static final DocumentRequirement LAB_RESULTS = DocumentRequirement.of(
      "laboratory-results", "Dated laboratory reports with the values, units and reference ranges");

  public static final DocumentRequirement CLINICAL_NOTES = DocumentRequirement.of(
      "clinical-notes", "Dated clinical notes documenting the finding");

  public static final DocumentRequirement EVENT_HISTORY = DocumentRequirement.of(
      "event-history", "Dated notes or claims for each flare or exacerbation, with its treatment");

  public static final DocumentRequirement RESPONSE_TO_THERAPY = DocumentRequirement.of(
      "response-to-therapy",
      "Dated notes comparing the disease now with baseline on the requested drug, naming each improvement (symptoms,"
          + " exacerbations, lesions, lung function, corticosteroid use)");

  public static final DocumentRequirement REQUESTED_DRUG_HISTORY = DocumentRequirement.of(
      "requested-drug-history", "Dispensing or administration records of the requested drug, with the date therapy started");
}
