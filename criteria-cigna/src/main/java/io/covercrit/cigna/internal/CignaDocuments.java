package io.covercrit.cigna.internal;

import static io.covercrit.core.eval.DocumentRequirement.of;

import io.covercrit.core.clauses.StandardDocuments;
import io.covercrit.core.eval.DocumentRequirement;

/**
 * Documents Cigna reviewers ask for, shared by the Cigna policies. The wording follows the
 * guides' "common denial reasons" tables, made specific: dates, doses and reasons for stopping,
 * not "patient failed steroids". Documents the clause library also asks for are its
 * {@link StandardDocuments}, so that checklists merge them.
 */
public final class CignaDocuments {
  private CignaDocuments() {}

  public static final DocumentRequirement BIRTH_DATE_VERIFICATION = StandardDocuments.BIRTH_DATE_VERIFICATION;
  public static final DocumentRequirement DIAGNOSIS_NOTES = StandardDocuments.DIAGNOSIS_NOTES;
  public static final DocumentRequirement SEVERITY_AND_TYPE_NOTES = of("disease-severity-and-type",
      "Clinical notes documenting disease severity and type (e.g. mild to moderate; nonsegmental vitiligo)");
  public static final DocumentRequirement BSA_ASSESSMENT = StandardDocuments.BSA_ASSESSMENT;
  public static final DocumentRequirement AFFECTED_SITES = of("affected-body-sites",
      "Clinical notes naming the affected body sites (face, eyes/eyelids, skin folds, genitalia)");
  public static final DocumentRequirement TOPICAL_STEROID_HISTORY = of("topical-corticosteroid-history",
      "Prescription records for topical corticosteroids: product, strength/potency, start and stop dates, directions,"
          + " and the reason for stopping (failure, intolerance) or the contraindication");
  public static final DocumentRequirement CALCINEURIN_INHIBITOR_HISTORY = of("topical-calcineurin-inhibitor-history",
      "Prescription records for topical calcineurin inhibitors (tacrolimus ointment, pimecrolimus cream): start and stop"
          + " dates, directions, and the reason for stopping or the contraindication");
  public static final DocumentRequirement CURRENT_MEDICATIONS = StandardDocuments.CURRENT_MEDICATIONS;
  public static final DocumentRequirement RESPONSE_DOCUMENTATION = of("treatment-response",
      "Dated notes comparing the disease now with baseline on the requested drug (e.g. BSA, erythema, lichenification;"
          + " repigmentation or VASI for vitiligo)");

  // Oncology (Alecensa): the guide's "essential clinical documentation" and "for adjuvant use" lists.
  public static final DocumentRequirement NSCLC_PATHOLOGY = of("nsclc-pathology-report",
      "Pathology report confirming non-small cell lung cancer (histology), with the billable ICD-10-CM code (C34.-)");
  public static final DocumentRequirement ALK_TEST_REPORT = of("alk-test-report",
      "ALK test report: the result (ALK rearrangement or fusion detected), the method and the assay (e.g. VENTANA ALK"
          + " (D5F3) CDx IHC, Vysis ALK Break Apart FISH, FoundationOne CDx NGS), the specimen and the date");
  public static final DocumentRequirement SURGICAL_PATHOLOGY = of("surgical-pathology-report",
      "Operative note and surgical pathology report: date of resection, margin status (R0 complete resection),"
          + " greatest tumour dimension in cm and lymph node status (pTNM)");
  public static final DocumentRequirement STAGING_REPORTS = of("staging-reports",
      "Staging documentation: CT, PET or brain MRI reports and the AJCC stage, showing whether the disease is"
          + " metastatic or recurrent");
  public static final DocumentRequirement ONCOLOGY_TREATMENT_HISTORY = of("oncology-treatment-history",
      "Treatment history: prior systemic therapies and ALK inhibitors with start and stop dates and outcomes,"
          + " including the date the requested drug was first started");
  public static final DocumentRequirement DISEASE_STATUS_ON_THERAPY = of("disease-status-on-therapy",
      "Latest imaging and oncology notes on the requested drug, dated, showing no recurrence or progression"
          + " (response or stable disease)");

  // Added for Dupixent (cigna/IP0453).
  public static final DocumentRequirement EOSINOPHIL_COUNT = of("blood-eosinophil-count",
      "Blood eosinophil count report(s) with the collection date and unit (cells/µL or ×10⁹/L); for a patient already on"
          + " Dupixent or another eosinophil-lowering antibody, also the count from before it was started");
  public static final DocumentRequirement SYSTEMIC_CORTICOSTEROID_HISTORY = of("systemic-corticosteroid-history",
      "Oral or injected corticosteroid records: drug, daily dose, start and stop dates, or the contraindication");
  public static final DocumentRequirement INHALED_THERAPY_HISTORY = of("inhaled-therapy-history",
      "Pharmacy claims or prescription records for inhaled corticosteroids and other controllers (LABA, LAMA, leukotriene"
          + " modifiers): product, start and stop dates, or the contraindication");
  public static final DocumentRequirement EXACERBATION_HISTORY = of("exacerbation-history",
      "Notes or claims for each exacerbation in the past 12 months: date, systemic corticosteroid course, hospitalization,"
          + " emergency department or urgent care visit");
  public static final DocumentRequirement SPIROMETRY = of("spirometry-report",
      "Spirometry report with FEV1 (% predicted) and FEV1/FVC, and the test date");
  public static final DocumentRequirement CORTICOSTEROID_TAPER_NOTES = of("corticosteroid-taper-notes",
      "Notes on attempts to taper oral corticosteroids and how the disease responded");
  public static final DocumentRequirement SYMPTOM_HISTORY = of("symptom-history",
      "Clinical notes naming the symptoms, the date each began and how often they occur");
  public static final DocumentRequirement NASAL_POLYP_EVIDENCE = of("nasal-polyp-evidence",
      "Direct examination, nasal endoscopy or sinus CT report showing the nasal polyps, with its date");
  public static final DocumentRequirement INTRANASAL_STEROID_HISTORY = of("intranasal-corticosteroid-history",
      "Prescription records for the intranasal corticosteroid: product, start date, and that it will be continued");
  public static final DocumentRequirement NASAL_POLYP_SURGERY_RECORD = of("nasal-polyp-surgery-record",
      "Operative note or surgical history of prior nasal polyp surgery, with the date");
  public static final DocumentRequirement BODY_WEIGHT = of("body-weight", "Current body weight (kg) with the date measured");
  public static final DocumentRequirement ESOPHAGEAL_BIOPSY = of("esophageal-biopsy-report",
      "Endoscopy and esophageal biopsy pathology report with the peak intraepithelial eosinophil count per high-power field");
  public static final DocumentRequirement SECONDARY_CAUSE_ASSESSMENT = of("secondary-cause-assessment",
      "Clinical notes on the work-up for secondary causes (other diseases, medications) and, if one was found, its management");
  public static final DocumentRequirement PROTON_PUMP_INHIBITOR_HISTORY = of("proton-pump-inhibitor-history",
      "Proton pump inhibitor prescription records: product, dose, start and stop dates");
  public static final DocumentRequirement DIETARY_THERAPY_NOTES = of("dietary-therapy-notes",
      "Notes on the dietary therapy tried (e.g. an elimination diet), or on why the patient is not a candidate");
  public static final DocumentRequirement LESION_ASSESSMENT = of("lesion-assessment",
      "Dated clinical notes counting the lesions and naming the body areas (arms, legs, trunk); photographs if available");
  public static final DocumentRequirement ANTIHISTAMINE_HISTORY = of("antihistamine-history",
      "Records of daily second-generation H1 antihistamine use (product, dose, dates) while the hives persisted");
  public static final DocumentRequirement RESPONSE_TO_THERAPY = StandardDocuments.RESPONSE_TO_THERAPY;

  // Ilaris (canakinumab), IP0235
  public static final DocumentRequirement PERIODIC_FEVER_CONFIRMATION = of("periodic-fever-confirmation",
      "Specialist note naming the syndrome (CAPS, FMF, TRAPS or HIDS/MKD) and, where done, the genetic test report"
          + " (NLRP3, MEFV, TNFRSF1A or MVK)");
  public static final DocumentRequirement CRP_RESULT = of("crp-result",
      "C-reactive protein result with its collection date, its unit (mg/L or mg/dL) and the lab's reference range"
          + " (upper limit of normal), drawn within the 3 months before the first Ilaris dose");
  public static final DocumentRequirement FLARE_HISTORY = of("flare-history",
      "Flare (attack) diary or clinical notes with the date of each flare, and hospital records for any flare that"
          + " needed admission");
  public static final DocumentRequirement COLCHICINE_HISTORY = of("colchicine-history",
      "Colchicine prescription records: dose, start and stop dates and response, whether it continues with Ilaris,"
          + " or the contraindication or intolerance");
  public static final DocumentRequirement STILLS_PRIOR_THERAPY = of("stills-prior-therapy",
      "Records of prior systemic therapy for Still's disease (NSAIDs, systemic corticosteroids, methotrexate or other"
          + " DMARDs, biologics): drug, dose, start and stop dates, and the reason for stopping or the contraindication");
  public static final DocumentRequirement GOUT_FLARE_THERAPY_HISTORY = of("gout-flare-therapy-history",
      "Records of NSAID, colchicine and corticosteroid use for gout flares: dates and response, why each is"
          + " contraindicated, not tolerated or ineffective, and why repeated corticosteroid courses are not appropriate");
  public static final DocumentRequirement URATE_LOWERING_THERAPY = of("urate-lowering-therapy",
      "Current urate-lowering therapy (allopurinol, febuxostat, probenecid or pegloticase) with dose and start date,"
          + " or its contraindication");
  public static final DocumentRequirement ILARIS_ADMINISTRATION = of("ilaris-administration-record",
      "Ilaris administration record: date and dose of the first and the most recent injection, and the response to it");
  public static final DocumentRequirement ILARIS_RESPONSE = of("ilaris-response",
      "Dated notes comparing disease activity on Ilaris with baseline: flare frequency, fever, rash, joint symptoms,"
          + " CRP or serum amyloid A");
}
