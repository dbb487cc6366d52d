package io.covercrit.core.model;

/**
 * What a {@link ClinicalFinding} documents. Symptoms carry their onset ({@code since}), examination
 * and pathology findings the date they were made ({@code observedOn}), procedures the date done
 * ({@code since}); the prescriber's assessments are present or, with {@code present: false},
 * documented absent.
 */
public enum ClinicalFindingKind {
  /** Symptom: nasal congestion. */
  NASAL_CONGESTION,
  /** Symptom: nasal obstruction (blockage). */
  NASAL_OBSTRUCTION,
  /** Symptom: nasal discharge (anterior or posterior rhinorrhea). */
  NASAL_DISCHARGE,
  /** Symptom: reduced or lost sense of smell. */
  REDUCED_OR_LOST_SMELL,
  /** Symptom: itch. */
  PRURITUS,
  /** Symptom: hives (wheals); {@code daysPerWeek} is how many days a week they occur. */
  HIVES,
  /** Nasal polyps seen on direct (anterior rhinoscopy) examination. */
  NASAL_POLYPS_ON_EXAMINATION,
  /** Nasal polyps seen on nasal endoscopy. */
  NASAL_POLYPS_ON_ENDOSCOPY,
  /** Nasal polyps or polypoid sinus disease on sinus computed tomography. */
  NASAL_POLYPS_ON_SINUS_CT,
  /** Peak intraepithelial eosinophil count per high-power field on esophageal biopsy ({@code count}). */
  ESOPHAGEAL_EOSINOPHILS_PER_HPF,
  /** Nodular skin lesions: {@code count} and the {@code sites} they are on. */
  NODULAR_LESIONS,
  /** Procedure: surgery for nasal polyps (polypectomy, endoscopic sinus surgery). */
  NASAL_POLYP_SURGERY,
  /** Assessment: the disease worsens when oral corticosteroids are tapered. */
  WORSENS_ON_CORTICOSTEROID_TAPER,
  /**
   * Assessment: a secondary cause of the condition (another disease, or a medication) was found;
   * {@code present: false} documents that none was found.
   */
  SECONDARY_CAUSE,
  /** Assessment: the secondary cause that was found is being managed. */
  SECONDARY_CAUSE_MANAGED,
  /** A trial of dietary therapy (e.g. an elimination diet). */
  DIETARY_THERAPY_TRIED,
  /** Assessment: the patient is not a candidate for dietary therapy. */
  NOT_A_CANDIDATE_FOR_DIETARY_THERAPY
}
