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

  // Ilaris (canakinumab), IP0235

  public static final DocumentRequirement PERIODIC_FEVER_CONFIRMATION = DocumentRequirement.of(
      "periodic-fever-confirmation",
      "Specialist note naming the syndrome (CAPS, FMF, TRAPS or HIDS/MKD) and, where done, the genetic test report"
          + " (NLRP3, MEFV, TNFRSF1A or MVK)");

  public static final DocumentRequirement CRP_RESULT = DocumentRequirement.of(
      "crp-result",
      "C-reactive protein result with its collection date, its unit (mg/L or mg/dL) and the lab's reference range"
          + " (upper limit of normal), drawn within the 3 months before the first Ilaris dose");

  public static final DocumentRequirement FLARE_HISTORY = DocumentRequirement.of(
      "flare-history",
      "Flare (attack) diary or clinical notes with the date of each flare, and hospital records for any flare that"
          + " needed admission");

  public static final DocumentRequirement COLCHICINE_HISTORY = DocumentRequirement.of(
      "colchicine-history",
      "Colchicine prescription records: dose, start and stop dates and response, whether it continues with Ilaris,"
          + " or the contraindication or intolerance");

  public static final DocumentRequirement STILLS_PRIOR_THERAPY = DocumentRequirement.of(
      "stills-prior-therapy",
      "Records of prior systemic therapy for Still's disease (NSAIDs, systemic corticosteroids, methotrexate or other"
          + " DMARDs, biologics): drug, dose, start and stop dates, and the reason for stopping or the contraindication");

  public static final DocumentRequirement GOUT_FLARE_THERAPY_HISTORY = DocumentRequirement.of(
      "gout-flare-therapy-history",
      "Records of NSAID, colchicine and corticosteroid use for gout flares: dates and response, why each is"
          + " contraindicated, not tolerated or ineffective, and why repeated corticosteroid courses are not appropriate");

  public static final DocumentRequirement URATE_LOWERING_THERAPY = DocumentRequirement.of(
      "urate-lowering-therapy",
      "Current urate-lowering therapy (allopurinol, febuxostat, probenecid or pegloticase) with dose and start date,"
          + " or its contraindication");

  public static final DocumentRequirement ILARIS_ADMINISTRATION = DocumentRequirement.of(
      "ilaris-administration-record",
      "Ilaris administration record: date and dose of the first and the most recent injection, and the response to it");

  public static final DocumentRequirement ILARIS_RESPONSE = DocumentRequirement.of(
      "ilaris-response",
      "Dated notes comparing disease activity on Ilaris with baseline: flare frequency, fever, rash, joint symptoms,"
          + " CRP or serum amyloid A");
}
