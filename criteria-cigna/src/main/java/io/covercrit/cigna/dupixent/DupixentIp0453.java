package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.internal.CignaDocuments.AFFECTED_SITES;
import static io.covercrit.cigna.internal.CignaDocuments.ANTIHISTAMINE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.BIRTH_DATE_VERIFICATION;
import static io.covercrit.cigna.internal.CignaDocuments.BODY_WEIGHT;
import static io.covercrit.cigna.internal.CignaDocuments.BSA_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.CORTICOSTEROID_TAPER_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.DIETARY_THERAPY_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.EOSINOPHIL_COUNT;
import static io.covercrit.cigna.internal.CignaDocuments.ESOPHAGEAL_BIOPSY;
import static io.covercrit.cigna.internal.CignaDocuments.EXACERBATION_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.INHALED_THERAPY_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.INTRANASAL_STEROID_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.LESION_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.NASAL_POLYP_EVIDENCE;
import static io.covercrit.cigna.internal.CignaDocuments.NASAL_POLYP_SURGERY_RECORD;
import static io.covercrit.cigna.internal.CignaDocuments.PRESCRIBER_SPECIALTY;
import static io.covercrit.cigna.internal.CignaDocuments.PROTON_PUMP_INHIBITOR_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.REQUESTED_DRUG_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.RESPONSE_TO_THERAPY;
import static io.covercrit.cigna.internal.CignaDocuments.SECONDARY_CAUSE_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.SEVERITY_AND_TYPE_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.SPIROMETRY;
import static io.covercrit.cigna.internal.CignaDocuments.SYMPTOM_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.SYSTEMIC_CORTICOSTEROID_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.TOPICAL_STEROID_HISTORY;
import static io.covercrit.core.clauses.Diagnoses.codeDescription;
import static io.covercrit.core.clauses.Diagnoses.codes;
import static io.covercrit.core.clauses.Diagnoses.firstMatching;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.Responses;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Check;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.NextStepPlanner;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Cigna's Dupixent (dupilumab subcutaneous injection) prior authorization policy, every
 * indication the digest gives: 1 asthma, 2 atopic dermatitis, 3 chronic rhinosinusitis with nasal
 * polyps, 4 eosinophilic esophagitis, 5 prurigo nodularis, 6 COPD, 7 chronic spontaneous
 * urticaria, 8 bullous pemphigoid.
 *
 * <h2>Source and reliability</h2>
 * No copy of Cigna's policy text was available. The criteria come from The Policy Vault, a
 * third-party digest that follows Cigna's wording closely, one page per indication (provenance
 * {@link Reliability#SECONDARY_DIGEST}). The policy number IP0453 appears only in a patient guide
 * (Counterforce Health, Georgia) and is unverified; the title and effective dates were not found,
 * so a single undated version is encoded. The initial criteria of bullous pemphigoid (pathway 8)
 * were not in the digest and come from Medica's policy built on the same template
 * ({@link Reliability#ANALOG_POLICY}, declared as that pathway's own provenance). The asthma
 * pre-certification guide is used for process facts only (review time, documents).
 *
 * <h2>Clause ids</h2>
 * Ids are the digest's numbering ({@code IP0453 1.B.a}). Where the digest has none:
 * <ul>
 *   <li>{@code IP0453 n.dx} is the pathway's diagnosis (the heading, as in the other Cigna
 *       policies);
 *   <li>reauthorization clauses are {@code n.R1}, {@code n.R2}, ... in the digest's order (the
 *       digest numbers asthma's only; the others follow the same scheme);
 *   <li>unlettered alternatives or parts of one item carry a word in parentheses:
 *       {@code IP0453 1.D (exacerbations)}, {@code 1.D (acute care)}, {@code 1.D (FEV1)},
 *       {@code 1.D (FEV1/FVC)}, {@code 1.D (corticosteroid taper)}; {@code 3.D (trial)},
 *       {@code 3.D (continued)}; {@code 5.D (not secondary)}, {@code 5.D (secondary cause managed)};
 *       {@code 7.B (duration)}, {@code 7.B (frequency)}, {@code 7.B (antihistamine)}.
 * </ul>
 *
 * <h2>Readings of the digest</h2>
 * <ul>
 *   <li><b>Counting.</b> Days are counted inclusive of the first and the last day (1 to 28 March is
 *       28 days; "4 weeks" is 28 days, "8 weeks" 56, "14 consecutive days" 14). "N consecutive
 *       months" runs from the first day through the day before the same date N months later
 *       (1 January to 31 March is 3 months). A trial without an end date runs through the as-of
 *       date. "Within the previous 6 weeks" is on or after the as-of date minus 42 days; "the
 *       previous year" and "the previous 12 months" are on or after the as-of date minus one year;
 *       "the previous 2 years" likewise. The as-of date stands for the date of the request.
 *   <li><b>Blood eosinophils</b> (1.B.a, 6.B) are compared in cells/µL after converting the
 *       reported unit ({@code 10*9/L} × 1000). A count "before starting Dupixent or another
 *       monoclonal antibody that may lower eosinophils" is any count dated before the first day
 *       of the earliest such antibody (dupilumab, mepolizumab, benralizumab, reslizumab,
 *       tezepelumab, depemokimab); the digest gives it no time limit.
 *   <li><b>Oral corticosteroid dependence</b> (1.B.b): doses are converted to prednisone
 *       equivalents (prednisone and prednisolone 5 mg, methylprednisolone 4 mg, dexamethasone
 *       0.75 mg, hydrocortisone 20 mg, cortisone 25 mg each equal 5 mg prednisone); consecutive
 *       courses of at least 5 mg/day are joined; they must together span 6 months. A steroid not
 *       in this table leaves the clause MISSING (state the equivalent dose).
 *   <li><b>Controller therapy</b> (1.C, 6.C): the required drugs must have been used together for 3
 *       consecutive months; a combination inhaler counts for each of its components (an ICS/LABA
 *       inhaler is both "an inhaled corticosteroid" and "an additional controller"). Additional
 *       asthma controllers are LABA, LAMA, leukotriene modifiers and theophylline.
 *   <li><b>No exceptions the digest does not give.</b> The trial requirements (2.C, 3.D, 4.E,
 *       5.E, 7.B) are not met by intolerance or a contraindication; a contraindication counts only
 *       where the digest says so (3.E.b, 6.C.b). Manufacturer samples are not treated specially.
 *   <li><b>"Still on"</b> (1.R2, 3.R2, 6.R2) is shown by the concurrent medication list or a trial
 *       still in use on the as-of date; "received N months of Dupixent" (n.R1) by the longest
 *       continuous course of Dupixent in the therapy history.
 *   <li><b>"Per the prescriber (e.g. ...)"</b> responses (1.R3, 2.R2, 3.R3) accept any documented
 *       improvement of the disease, including one the policy does not list; "ONE of (a)..(c)"
 *       responses (4.R2, 5.R2, 6.R3, 7.R2, 8.R2) only the improvements listed. For urticaria (7.R2)
 *       "less urticaria" counts as fewer or smaller hives.
 *   <li><b>Diagnoses.</b> Asthma is J45.- or eosinophilic asthma J82.83; CRSwNP needs nasal polyps
 *       (J33.-), and chronic sinusitis (J32.-) coded without them leaves the diagnosis MISSING; EoE
 *       is K20.0; prurigo nodularis L28.1; COPD is J44.- or emphysema J43.-, except bronchiolitis
 *       obliterans (J44.81) and MacLeod's syndrome (J43.0), which ICD-10-CM classifies there but
 *       which are not COPD; chronic spontaneous urticaria is idiopathic urticaria L50.1 or chronic
 *       urticaria L50.8 (the index entry "urticaria, chronic"), unspecified urticaria L50.9 leaves
 *       it MISSING and the allergic and inducible urticarias do not qualify; bullous pemphigoid is
 *       L12.0. A non-billable category above a wanted code (J82, K20, L28, L50, L12) leaves the
 *       diagnosis MISSING, asking for the billable code: it may stand for the disease, so it is not
 *       a different diagnosis.
 *   <li><b>Symptoms and assessments</b> the request documents as {@link ClinicalFinding}s; a kind
 *       not documented at all is MISSING, one documented absent is NOT_MET. Where findings of one
 *       kind disagree, one documented present decides.
 * </ul>
 *
 * <h2>Where sources disagree (the digest is encoded)</h2>
 * <ul>
 *   <li>Asthma: a California guide says "failed high-dose ICS/LABA"; the digest has no dose or
 *       LABA requirement, only ICS plus one additional controller for 3 consecutive months.
 *   <li>Atopic dermatitis: a California guide adds a calcineurin inhibitor failure and a
 *       Pennsylvania guide phototherapy; the digest requires a topical corticosteroid only.
 *   <li>CRSwNP: a Pennsylvania guide gives age 18; the digest and the Georgia guide give 12 (the
 *       label was extended to 12-17 in 2024, so 18 is probably an older version).
 *   <li>The asthma guide names ICD-10 "J82" for eosinophilic asthma; J82 has been a non-billable
 *       category since FY2023 and eosinophilic asthma is J82.83, coded with a J45 code.
 *   <li>Review time: the Dupixent guide says 5-10 business days, the Opzelura guide 3-5; both are
 *       shown with their sources.
 * </ul>
 *
 * <p>Conditions Not Covered were not retrieved. Cigna usually excludes use together with another
 * biologic or a JAK inhibitor, but that is unverified here and is not encoded.
 */
public final class DupixentIp0453 {
  /** Registry id of this policy. */
  public static final String POLICY_ID = "cigna/IP0453";

  /** Version label: the digest is undated. */
  public static final String VERSION = "digest (undated)";

  private static final String P = "IP0453 ";

  /** When the digest and guides were read and encoded. */
  private static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);

  static final BigDecimal ASTHMA_EOSINOPHILS_PER_UL = BigDecimal.valueOf(150);
  static final BigDecimal COPD_EOSINOPHILS_PER_UL = BigDecimal.valueOf(300);
  static final int EOSINOPHIL_WINDOW_DAYS = 6 * 7;
  static final BigDecimal OCS_PREDNISONE_MG_PER_DAY = BigDecimal.valueOf(5);
  static final int OCS_MONTHS = 6;
  static final int CONTROLLER_MONTHS = 3;
  static final BigDecimal FEV1_PERCENT_PREDICTED_BELOW = BigDecimal.valueOf(80);
  static final BigDecimal FEV1_FVC_BELOW = new BigDecimal("0.80");
  static final BigDecimal AD_MIN_BSA_PERCENT = BigDecimal.valueOf(10);
  static final int AD_STEROID_DAYS = 28;
  static final int PN_STEROID_DAYS = 14;
  static final int INTRANASAL_STEROID_DAYS = 4 * 7;
  static final int SYSTEMIC_STEROID_COURSE_DAYS = 5;
  static final int PPI_DAYS = 8 * 7;
  static final BigDecimal EOE_MIN_WEIGHT_KG = BigDecimal.valueOf(15);
  static final int EOE_EOSINOPHILS_PER_HPF = 15;
  static final int PN_MIN_NODULES = 20;
  static final int PN_PRURITUS_DAYS = 6 * 7;
  static final int CSU_MORE_THAN_DAYS = 6 * 7;
  static final int CSU_MORE_THAN_DAYS_PER_WEEK = 3;

  static final Period SIX_MONTHS = Period.ofMonths(6);
  static final Period FOUR_MONTHS = Period.ofMonths(4);
  static final Period ONE_YEAR = Period.ofYears(1);

  private static final Icd10Code ASTHMA = Icd10Code.of("J45");
  private static final Icd10Code EOSINOPHILIC_ASTHMA = Icd10Code.of("J82.83");
  private static final Icd10Code ATOPIC_DERMATITIS = Icd10Code.of("L20");
  private static final Icd10Code NASAL_POLYP = Icd10Code.of("J33");
  private static final Icd10Code CHRONIC_SINUSITIS = Icd10Code.of("J32");
  private static final Icd10Code EOSINOPHILIC_ESOPHAGITIS = Icd10Code.of("K20.0");
  private static final Icd10Code PRURIGO_NODULARIS = Icd10Code.of("L28.1");
  private static final Icd10Code OTHER_COPD = Icd10Code.of("J44");
  private static final Icd10Code EMPHYSEMA = Icd10Code.of("J43");
  private static final Icd10Code BRONCHIOLITIS_OBLITERANS = Icd10Code.of("J44.81");
  private static final Icd10Code MACLEODS_SYNDROME = Icd10Code.of("J43.0");
  private static final Icd10Code URTICARIA = Icd10Code.of("L50");
  private static final Icd10Code IDIOPATHIC_URTICARIA = Icd10Code.of("L50.1");
  private static final Icd10Code OTHER_URTICARIA = Icd10Code.of("L50.8");
  private static final Icd10Code UNSPECIFIED_URTICARIA = Icd10Code.of("L50.9");
  private static final Icd10Code BULLOUS_PEMPHIGOID = Icd10Code.of("L12.0");

  // ---------------------------------------------------------------- drug catalogues

  private static final Set<String> DUPIXENT = DrugNames.lowerCase("dupixent", "dupilumab");

  /** Dupixent and the other monoclonal antibodies that lower blood eosinophils. */
  private static final Set<String> EOSINOPHIL_LOWERING_ANTIBODIES = DrugNames.lowerCase(
      "dupixent", "dupilumab", "nucala", "mepolizumab", "fasenra", "benralizumab", "cinqair", "reslizumab",
      "tezspire", "tezepelumab", "depemokimab");

  /** Milligrams of each oral corticosteroid equal to 5 mg of prednisone. */
  private static final Map<String, BigDecimal> MG_EQUAL_TO_5_MG_PREDNISONE = Map.ofEntries(
      Map.entry("prednisone", new BigDecimal("5")),
      Map.entry("rayos", new BigDecimal("5")),
      Map.entry("deltasone", new BigDecimal("5")),
      Map.entry("prednisolone", new BigDecimal("5")),
      Map.entry("orapred", new BigDecimal("5")),
      Map.entry("millipred", new BigDecimal("5")),
      Map.entry("pediapred", new BigDecimal("5")),
      Map.entry("methylprednisolone", new BigDecimal("4")),
      Map.entry("medrol", new BigDecimal("4")),
      Map.entry("dexamethasone", new BigDecimal("0.75")),
      Map.entry("decadron", new BigDecimal("0.75")),
      Map.entry("hydrocortisone", new BigDecimal("20")),
      Map.entry("cortef", new BigDecimal("20")),
      Map.entry("cortisone", new BigDecimal("25")));

  /** Corticosteroids given systemically, mostly by injection, that are not in the oral table. */
  private static final Set<String> OTHER_SYSTEMIC_CORTICOSTEROIDS = DrugNames.lowerCase(
      "betamethasone", "celestone", "triamcinolone", "kenalog");

  /** Words that mark an injectable corticosteroid product (Solu-Medrol, Depo-Medrol, Solu-Cortef). */
  private static final Set<String> INJECTABLE_MARKERS = DrugNames.lowerCase("solu", "depo", "injection", "injectable");

  private static final Set<String> ICS = DrugNames.lowerCase(
      "beclomethasone", "budesonide", "ciclesonide", "flunisolide", "fluticasone", "mometasone",
      "qvar", "pulmicort", "alvesco", "flovent", "arnuity", "armonair", "asmanex", "aerospan");
  private static final Set<String> LABA = DrugNames.lowerCase(
      "salmeterol", "formoterol", "arformoterol", "vilanterol", "olodaterol", "indacaterol",
      "serevent", "perforomist", "foradil", "brovana", "striverdi", "arcapta");
  private static final Set<String> LAMA = DrugNames.lowerCase(
      "tiotropium", "umeclidinium", "aclidinium", "revefenacin", "spiriva", "incruse", "tudorza", "yupelri",
      "lonhala", "seebri");
  /** Glycopyrrolate is a LAMA only when inhaled (it is also an oral anticholinergic). */
  private static final Set<String> INHALED_ONLY_LAMA = DrugNames.lowerCase("glycopyrrolate", "glycopyrronium");
  private static final Set<String> OTHER_ASTHMA_CONTROLLERS = DrugNames.lowerCase(
      "montelukast", "singulair", "zafirlukast", "accolate", "zileuton", "zyflo", "theophylline", "uniphyl",
      "elixophyllin", "theo");
  private static final Set<String> ICS_LABA_INHALERS = DrugNames.lowerCase(
      "advair", "wixela", "airduo", "symbicort", "breyna", "dulera", "breo");
  private static final Set<String> ICS_LABA_LAMA_INHALERS = DrugNames.lowerCase("trelegy", "breztri");
  private static final Set<String> LABA_LAMA_INHALERS = DrugNames.lowerCase("anoro", "stiolto", "bevespi", "duaklir");
  private static final Set<String> NASAL_CORTICOSTEROID_BRANDS = DrugNames.lowerCase(
      "flonase", "nasonex", "rhinocort", "nasacort", "qnasl", "beconase", "omnaris", "zetonna", "xhance", "veramyst",
      "sinuva");
  private static final Set<String> NASAL_WORDS = DrugNames.lowerCase("nasal", "intranasal");
  private static final Set<String> PROTON_PUMP_INHIBITORS = DrugNames.lowerCase(
      "omeprazole", "esomeprazole", "lansoprazole", "dexlansoprazole", "pantoprazole", "rabeprazole",
      "prilosec", "nexium", "prevacid", "dexilant", "protonix", "aciphex", "zegerid");
  private static final Set<String> NON_SEDATING_H1_ANTIHISTAMINES = DrugNames.lowerCase(
      "cetirizine", "levocetirizine", "loratadine", "desloratadine", "fexofenadine",
      "zyrtec", "xyzal", "claritin", "clarinex", "allegra");

  private static final Set<DosageForm> ORAL_FORMS = unmodifiable(EnumSet.of(DosageForm.TABLET, DosageForm.CAPSULE,
      DosageForm.ORAL_SOLUTION));
  private static final Set<DosageForm> INJECTED_FORMS = unmodifiable(EnumSet.of(DosageForm.SUBCUTANEOUS_INJECTION,
      DosageForm.INTRAVENOUS_INFUSION, DosageForm.INTRAMUSCULAR_INJECTION));
  /** Forms an inhaled drug may be recorded with (nebuliser solutions included). */
  private static final Set<DosageForm> INHALED_FORMS = unmodifiable(EnumSet.of(DosageForm.INHALER, DosageForm.SOLUTION,
      DosageForm.OTHER));

  // ---------------------------------------------------------------- response markers

  private static final Set<ResponseMarker> ASTHMA_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.EXACERBATIONS,
      ResponseMarker.SYMPTOMS, ResponseMarker.HOSPITALIZATIONS, ResponseMarker.EMERGENCY_OR_URGENT_CARE_VISITS,
      ResponseMarker.CORTICOSTEROID_USE, ResponseMarker.LUNG_FUNCTION, ResponseMarker.OTHER_THERAPY_USE,
      ResponseMarker.OTHER));
  private static final Set<ResponseMarker> AD_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.ERYTHEMA,
      ResponseMarker.INDURATION_PAPULATION_EDEMA, ResponseMarker.PRURITUS, ResponseMarker.BODY_SURFACE_AREA,
      ResponseMarker.EXCORIATIONS, ResponseMarker.LICHENIFICATION, ResponseMarker.EASI, ResponseMarker.IGA,
      ResponseMarker.OTHER_THERAPY_USE, ResponseMarker.SYMPTOMS, ResponseMarker.OTHER));
  private static final Set<ResponseMarker> CRSWNP_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.NASAL_POLYP_SIZE,
      ResponseMarker.NASAL_CONGESTION, ResponseMarker.SINUS_OPACIFICATION, ResponseMarker.SENSE_OF_SMELL,
      ResponseMarker.SYMPTOMS, ResponseMarker.CORTICOSTEROID_USE, ResponseMarker.OTHER));
  private static final Set<ResponseMarker> EOE_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.TISSUE_EOSINOPHILS,
      ResponseMarker.DYSPHAGIA, ResponseMarker.FOOD_IMPACTIONS));
  private static final Set<ResponseMarker> PN_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.LESION_COUNT,
      ResponseMarker.PRURITUS, ResponseMarker.LESION_SIZE));
  private static final Set<ResponseMarker> COPD_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.SYMPTOMS,
      ResponseMarker.EXACERBATIONS, ResponseMarker.HOSPITALIZATIONS, ResponseMarker.EMERGENCY_OR_URGENT_CARE_VISITS,
      ResponseMarker.LUNG_FUNCTION));
  // "Less urticaria" is fewer or smaller hives said in one word.
  private static final Set<ResponseMarker> CSU_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.PRURITUS,
      ResponseMarker.LESION_COUNT, ResponseMarker.LESION_SIZE, ResponseMarker.URTICARIA));
  private static final Set<ResponseMarker> BP_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.BODY_SURFACE_AREA,
      ResponseMarker.LESION_COUNT, ResponseMarker.URTICARIA, ResponseMarker.ERYTHEMA,
      ResponseMarker.CORTICOSTEROID_USE));

  private static final Set<ClinicalFindingKind> NASAL_SYMPTOMS = unmodifiable(EnumSet.of(
      ClinicalFindingKind.NASAL_CONGESTION, ClinicalFindingKind.NASAL_OBSTRUCTION, ClinicalFindingKind.NASAL_DISCHARGE,
      ClinicalFindingKind.REDUCED_OR_LOST_SMELL));
  private static final Set<ClinicalFindingKind> NASAL_POLYP_CONFIRMATIONS = unmodifiable(EnumSet.of(
      ClinicalFindingKind.NASAL_POLYPS_ON_EXAMINATION, ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY,
      ClinicalFindingKind.NASAL_POLYPS_ON_SINUS_CT));
  private static final Set<BodySite> PN_SITES = unmodifiable(EnumSet.of(BodySite.ARMS, BodySite.LEGS, BodySite.TRUNK));

  private DupixentIp0453() {}

  private static <T> Set<T> unmodifiable(Set<T> set) {
    return Collections.unmodifiableSet(set);
  }

  /** The one version known: the digest is undated, so it has no effective date. */
  public static List<CoveragePolicy> versions() {
    return List.of(build());
  }

  // ---------------------------------------------------------------- descriptor and provenance

  private static SourceRef vault(String indication, String page) {
    return SourceRef.builder()
        .title("The Policy Vault: Cigna Dupixent coverage criteria, " + indication)
        .url("https://coverage.pharmacistwrite.com/coverage/cigna/dupixent/" + page)
        .reliability(Reliability.SECONDARY_DIGEST)
        .checkedOn(FACTS_GATHERED_ON)
        .build();
  }

  private static SourceRef guide(String title, String url) {
    SourceRef.Builder source = SourceRef.builder().title(title).reliability(Reliability.PATIENT_GUIDE)
        .checkedOn(FACTS_GATHERED_ON);
    if (url != null) {
      source.url(url);
    }
    return source.build();
  }

  private static Provenance policyProvenance() {
    return Provenance.builder()
        .reliability(Reliability.SECONDARY_DIGEST)
        .gatheredOn(FACTS_GATHERED_ON)
        .addSources(
            vault("asthma", "asthma"),
            vault("atopic dermatitis", "atopic-dermatitis"),
            vault("chronic rhinosinusitis with nasal polyps", "chronic-rhinosinusitis-with-nasal-polyps"),
            vault("eosinophilic esophagitis", "eosinophilic-esophagitis"),
            vault("prurigo nodularis", "prurigo-nodularis"),
            vault("COPD", "chronic-obstructive-pulmonary-disease-copd"),
            vault("chronic spontaneous urticaria", "chronic-spontaneous-urticaria-chronic-idiopathic-urticaria"),
            vault("bullous pemphigoid", "bullous-pemphigoid"),
            guide("How to Get Dupixent (dupilumab) Covered by Cigna in Georgia (Counterforce Health guide; names policy IP0453)",
                "https://www.counterforcehealth.org/post/how-to-get-dupixent-dupilumab-covered-by-cigna-in-georgia-prior-authorization-guide-and-appeal-scripts"),
            guide("How to Get Dupixent (dupilumab) Covered by Cigna in California (Counterforce Health guide)",
                "https://www.counterforcehealth.org/post/how-to-get-dupixent-dupilumab-covered-by-cigna-in-california-complete-prior-authorization-guide-with-forms-and-appeal-scripts"),
            guide("How to Get Dupixent (dupilumab) Covered by Cigna in Pennsylvania (Counterforce Health guide)",
                "https://www.counterforcehealth.org/post/how-to-get-dupixent-dupilumab-covered-by-cigna-in-pennsylvania-complete-guide-with-forms-appeals-and-coding"),
            guide("Cigna Dupixent Coverage: How to Get Prior Authorization? (Staffingly, Inc. guide, asthma; process only)", null))
        .addReadings(
            "No Cigna policy text was available: every criterion comes from The Policy Vault's digest of the Cigna policy,"
                + " a close paraphrase whose version date is unknown; one undated version is encoded.",
            "Policy number IP0453 appears in one patient guide only (Counterforce, Georgia) and is unverified.",
            "Asthma 1.C: the California guide says 'failed high-dose ICS/LABA'; the digest requires an inhaled"
                + " corticosteroid plus one additional controller for 3 consecutive months, with no dose or LABA"
                + " requirement. The digest is encoded; a combination inhaler counts for each of its components.",
            "Asthma 1.B.a: the digest gives no time limit for an eosinophil count taken before Dupixent or another"
                + " eosinophil-lowering antibody was started; any count dated before the first such antibody is accepted.",
            "Atopic dermatitis 2.C: the California guide adds a calcineurin inhibitor failure and the Pennsylvania guide"
                + " phototherapy; the digest requires one topical corticosteroid only. The digest is encoded.",
            "CRSwNP 3.A: the Pennsylvania guide gives age 18; the digest and the Georgia guide give 12 (label extended to"
                + " 12-17 in 2024). Age 12 is encoded.",
            "Trial requirements are not met by intolerance or a contraindication unless the digest says so (3.E.b, 6.C.b).",
            "The asthma guide suggests ICD-10 J82 for eosinophilic asthma; J82 is a non-billable category since FY2023."
                + " Eosinophilic asthma is J82.83 (with a J45 code); the asthma pathway accepts J45.- and J82.83.",
            "Conditions Not Covered were not retrieved; the exclusion of concurrent biologic or JAK inhibitor use usual in"
                + " Cigna policies is unverified and not encoded.",
            "Standard review time: the Dupixent guide says 5-10 business days, the Opzelura guide 3-5; both are shown.")
        .build();
  }

  private static Provenance bullousPemphigoidProvenance() {
    return Provenance.builder()
        .reliability(Reliability.ANALOG_POLICY)
        .gatheredOn(FACTS_GATHERED_ON)
        .addSources(
            vault("bullous pemphigoid (reauthorization only)", "bullous-pemphigoid"),
            SourceRef.builder()
                .title("The Policy Vault: Medica Dupixent coverage criteria, bullous pemphigoid (analog: same template)")
                .url("https://coverage.pharmacistwrite.com/coverage/medica/dupixent-dupilumab/bullous-pemphigoid")
                .reliability(Reliability.ANALOG_POLICY)
                .checkedOn(FACTS_GATHERED_ON)
                .build())
        .addReadings(
            "The digest gives only the reauthorization criteria for bullous pemphigoid (8.R1, 8.R2, 1 year). The initial"
                + " criteria (8.A age 18 or older, 8.B dermatologist) and the 6-month initial approval come from Medica's"
                + " Dupixent policy, which shares the Express Scripts/Evernorth template and matches the digest elsewhere.")
        .build();
  }

  private static CoveragePolicy build() {
    PolicyDescriptor descriptor = PolicyDescriptor.builder()
        .id(POLICY_ID)
        .payer("Cigna Healthcare")
        .title("Dupixent (dupilumab) subcutaneous injection (Cigna prior authorization policy IP0453; from a secondary digest)")
        .addDrugs("Dupixent", "dupilumab")
        .version(VERSION)
        .provenance(policyProvenance())
        .putPathwayProvenance(P + "8", bullousPemphigoidProvenance())
        .build();
    return CriteriaPolicy.builder(descriptor)
        .medicalNecessitySection(P + "Medical Necessity", "Dupixent is approved when the criteria of ONE indication are met")
        .reauthorizationSection(P + "Reauthorization",
            "Continuation: the reauthorization criteria of ONE indication are met (therapy received, documented response)")
        .pathway(asthma())
        .pathway(atopicDermatitis())
        .pathway(nasalPolyps())
        .pathway(eosinophilicEsophagitis())
        .pathway(prurigoNodularis())
        .pathway(copd())
        .pathway(chronicSpontaneousUrticaria())
        .pathway(bullousPemphigoid())
        .nextSteps(nextSteps())
        .note("These criteria come from a secondary digest of Cigna's Dupixent policy, not from the policy text; the policy"
            + " number IP0453 is unverified and no effective date is known.")
        .note("Days count the first and the last day; N consecutive months run from the first day through the day before"
            + " the same date N months later (1 January to 31 March is 3 months). 'Within the previous 6 weeks' means on"
            + " or after the as-of date minus 42 days; 'the previous year' on or after the as-of date minus one year.")
        .note("Conditions Not Covered were not available and are not applied; check concurrent biologic or JAK inhibitor"
            + " use with Cigna.")
        .build();
  }

  // ---------------------------------------------------------------- 1. Asthma

  private static Pathway asthma() {
    return Pathway.builder(P + "1", "Asthma")
        .diagnosis(diagnosis(P + "1.dx", "Diagnosis of asthma (ICD-10-CM J45.-, or eosinophilic asthma J82.83)",
            "asthma (J45.-, J82.83)", DupixentIp0453::asthmaDiagnosis))
        .criteria(
            ageAtLeastYears(P + "1.A", 6),
            Criterion.anyOf(P + "1.B", "ONE of the following (1.B.a or 1.B.b)",
                Remedy.of("Neither an eosinophilic phenotype (blood eosinophils of 150 cells/µL or more) nor oral"
                        + " corticosteroid-dependent asthma is documented.",
                    "Attach a blood eosinophil count from the last 6 weeks (or from before a biologic was started), or"
                        + " document at least 6 months of oral corticosteroid at 5 mg/day prednisone-equivalent or more."),
                List.of(
                    eosinophils(P + "1.B.a", ASTHMA_EOSINOPHILS_PER_UL, EosinophilRoute.EITHER,
                        "Blood eosinophils of 150 cells/µL or more within the previous 6 weeks, or before starting Dupixent"
                            + " or another monoclonal antibody that may lower eosinophils"),
                    oralCorticosteroidDependence(P + "1.B.b"))),
            controllerTherapy(P + "1.C",
                "At least 3 consecutive months of combination therapy with BOTH (a) an inhaled corticosteroid AND (b) at"
                    + " least one additional asthma controller or maintenance medication",
                EnumSet.of(Component.ICS, Component.ASTHMA_CONTROLLER), false),
            Criterion.anyOf(P + "1.D", "Asthma uncontrolled at baseline: ONE of the following",
                Remedy.of("Uncontrolled asthma at baseline is not documented.",
                    "Document 2 or more exacerbations needing systemic corticosteroids, or an asthma hospitalization,"
                        + " emergency or urgent care visit in the past year, or spirometry with FEV1 below 80% predicted or"
                        + " FEV1/FVC below 0.80, or worsening when oral corticosteroids were tapered."),
                List.of(
                    exacerbations(P + "1.D (exacerbations)",
                        "2 or more asthma exacerbations requiring systemic corticosteroids in the previous year", 2,
                        Flare::systemicCorticosteroids, "exacerbation(s) treated with systemic corticosteroids"),
                    exacerbations(P + "1.D (acute care)",
                        "1 or more asthma exacerbations requiring hospitalization, an emergency department or urgent care"
                            + " visit in the previous year", 1,
                        f -> f.hospitalized() || f.emergencyOrUrgentCare(),
                        "exacerbation(s) needing hospitalization, emergency or urgent care"),
                    fev1PercentPredicted(P + "1.D (FEV1)"),
                    fev1FvcRatio(P + "1.D (FEV1/FVC)"),
                    worsensOnTaper(P + "1.D (corticosteroid taper)"))),
            prescribedBy(P + "1.E", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.PULMONOLOGY),
                "an allergist, immunologist, or pulmonologist"))
        .reauthorization(
            dupixentReceived(P + "1.R1", 6),
            stillOn(P + "1.R2", "Patient continues to receive an inhaled corticosteroid (alone or in a combination inhaler)",
                EnumSet.of(Component.ICS), "an inhaled corticosteroid", INHALED_THERAPY_HISTORY),
            responded(P + "1.R3", ASTHMA_RESPONSE, true,
                "decreased exacerbations, symptoms, hospitalizations, emergency or urgent care visits, or oral corticosteroid use"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Finding asthmaDiagnosis(EvaluationContext ctx) {
    // The asthma guide writes "J82"; since FY2023 that is a category and eosinophilic asthma is J82.83.
    return coded(ctx, c -> c.isWithin(ASTHMA) || c.isWithin(EOSINOPHILIC_ASTHMA), "asthma (J45.-, J82.83)",
        ASTHMA, EOSINOPHILIC_ASTHMA);
  }

  private static Criterion oralCorticosteroidDependence(String id) {
    return Criterion.check(id, "Per the prescriber, oral corticosteroid-dependent asthma: 5 mg/day or more of oral prednisone"
            + " or equivalent for at least 6 months")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("Oral corticosteroid use of 5 mg/day prednisone-equivalent or more for 6 months is not documented.",
            "Document each oral corticosteroid course with its daily dose and dates, showing 6 months at 5 mg/day or more.")
        .whenMissing("The oral corticosteroid history (drug, daily dose, dates) is not documented.",
            "Attach oral corticosteroid prescription records with the daily dose, start and stop dates.")
        .by(DupixentIp0453::oralCorticosteroidFinding);
  }

  private static Finding oralCorticosteroidFinding(EvaluationContext ctx) {
    List<Span> qualifying = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    boolean any = false;
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      Drug drug = trial.drug();
      if (!isOralCorticosteroid(drug) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        continue;
      }
      any = true;
      Optional<BigDecimal> equalTo5 = mgEqualTo5MgPrednisone(drug);
      Optional<Span> span = Span.of(trial, ctx.asOf());
      if (trial.dailyDose().isEmpty()) {
        missing.add("daily dose of " + drug.name() + " not documented");
      } else if (equalTo5.isEmpty()) {
        missing.add(drug.name() + ": prednisone equivalent not known; name the corticosteroid (prednisone, prednisolone,"
            + " methylprednisolone, dexamethasone, hydrocortisone)");
      } else if (trial.start().isEmpty()) {
        missing.add("start date of " + drug.name() + " not documented");
      } else if (span.isEmpty()) {
        notMet.add(drug.name() + " starts after " + ctx.asOf());
      } else {
        BigDecimal prednisone = trial.dailyDose().get().to(Unit.MILLIGRAMS_PER_DAY).multiply(OCS_PREDNISONE_MG_PER_DAY)
            .divide(equalTo5.get(), MathContext.DECIMAL64);
        String dose = drug.name() + " " + trial.dailyDose().get() + " = " + plain(prednisone) + " mg/day prednisone-equivalent";
        if (prednisone.compareTo(OCS_PREDNISONE_MG_PER_DAY) < 0) {
          notMet.add(dose + " (5 required)");
        } else {
          qualifying.add(span.get());
          notMet.add(dose + " from " + span.get().first + " to " + span.get().last);
        }
      }
    }
    for (Span run : Span.merge(qualifying)) {
      if (run.spansMonths(OCS_MONTHS)) {
        return Finding.met(() -> "5 mg/day prednisone-equivalent or more from " + run.first + " to " + run.last + " ("
            + run.days() + " days; 6 months reached on " + run.monthsReachedOn(OCS_MONTHS) + ")");
      }
    }
    if (!missing.isEmpty()) {
      return Finding.missing(() -> String.join("; ", missing));
    }
    if (!any) {
      return Finding.missing("No oral corticosteroid course documented");
    }
    return Finding.notMet(() -> String.join("; ", notMet) + " (6 consecutive months at 5 mg/day or more required)");
  }

  /** Milligrams of the drug equal to 5 mg of prednisone, if the drug is in the table. */
  private static Optional<BigDecimal> mgEqualTo5MgPrednisone(Drug drug) {
    for (String word : DrugNames.words(drug)) {
      BigDecimal equalTo5 = MG_EQUAL_TO_5_MG_PREDNISONE.get(word);
      if (equalTo5 != null) {
        return Optional.of(equalTo5);
      }
    }
    return Optional.empty();
  }

  private static boolean isOralCorticosteroid(Drug drug) {
    if (!isSystemicCorticosteroid(drug)) {
      return false;
    }
    if (drug.form().isPresent()) {
      return ORAL_FORMS.contains(drug.form().get());
    }
    return !DrugNames.mentionsAny(drug, INJECTABLE_MARKERS) && !DrugNames.mentionsAny(drug, OTHER_SYSTEMIC_CORTICOSTEROIDS);
  }

  private static boolean isSystemicCorticosteroid(Drug drug) {
    if (drug.isOfClass(DrugClass.SYSTEMIC_CORTICOSTEROID)) {
      return true;
    }
    if (drug.drugClass().isPresent() && drug.drugClass().get() != DrugClass.OTHER) {
      return false;
    }
    if (drug.form().isPresent() && !ORAL_FORMS.contains(drug.form().get()) && !INJECTED_FORMS.contains(drug.form().get())) {
      return false;
    }
    for (String word : DrugNames.words(drug)) {
      if (MG_EQUAL_TO_5_MG_PREDNISONE.containsKey(word)) {
        return true;
      }
    }
    // Betamethasone and triamcinolone are mostly creams: systemic only when injected or taken by mouth.
    return DrugNames.mentionsAny(drug, OTHER_SYSTEMIC_CORTICOSTEROIDS) && drug.form().isPresent();
  }

  private static Criterion fev1PercentPredicted(String id) {
    return Criterion.check(id, "Baseline FEV1 less than 80% of predicted")
        .documents(SPIROMETRY)
        .whenNotMet("The most recent FEV1 is 80% of predicted or more.",
            "Meet another 1.D alternative, or attach a more recent spirometry showing FEV1 below 80% predicted.")
        .whenMissing("No spirometry (FEV1 % predicted) is documented.", "Attach the dated spirometry report.")
        .by(ctx -> latestBelow(ctx, Analyte.FEV1_PERCENT_PREDICTED, Unit.PERCENT, FEV1_PERCENT_PREDICTED_BELOW, "%",
            "FEV1"));
  }

  private static Criterion fev1FvcRatio(String id) {
    return Criterion.check(id, "Baseline FEV1/FVC less than 0.80")
        .documents(SPIROMETRY)
        .whenNotMet("The most recent FEV1/FVC is 0.80 or more.",
            "Meet another 1.D alternative, or attach a more recent spirometry showing FEV1/FVC below 0.80.")
        .whenMissing("No spirometry (FEV1/FVC) is documented.", "Attach the dated spirometry report.")
        .by(ctx -> latestBelow(ctx, Analyte.FEV1_FVC_RATIO, Unit.RATIO, FEV1_FVC_BELOW, "", "FEV1/FVC"));
  }

  /** The most recent result of {@code analyte} on or before the as-of date, compared in {@code unit}. */
  private static Finding latestBelow(EvaluationContext ctx, Analyte analyte, Unit unit, BigDecimal limit, String suffix,
      String name) {
    Optional<LabResult> latest = latest(ctx, analyte);
    if (latest.isEmpty()) {
      return Finding.missing(() -> "No " + name + " result documented");
    }
    BigDecimal value = latest.get().value().to(unit);
    Supplier<String> detail = () -> name + " " + plain(value) + suffix + " on " + latest.get().date() + " (below "
        + limit.toPlainString() + suffix + " required)";
    return value.compareTo(limit) < 0 ? Finding.met(detail) : Finding.notMet(detail);
  }

  private static Optional<LabResult> latest(EvaluationContext ctx, Analyte analyte) {
    LabResult latest = null;
    for (LabResult lab : ctx.request().labResults()) {
      if (lab.analyte() == analyte && !lab.date().isAfter(ctx.asOf())
          && (latest == null || !lab.date().isBefore(latest.date()))) {
        latest = lab;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static Criterion worsensOnTaper(String id) {
    return Criterion.check(id, "Asthma worsens when oral corticosteroids are tapered")
        .documents(CORTICOSTEROID_TAPER_NOTES)
        .whenNotMet("Worsening of asthma on an oral corticosteroid taper is not documented.",
            "Meet another 1.D alternative, or document the taper attempt and the worsening that followed.")
        .whenMissing("An oral corticosteroid course is documented but not what happened when it was tapered.",
            "Document whether the asthma worsened when the oral corticosteroid was tapered.")
        .by(ctx -> {
          Optional<Boolean> worsens = documented(ctx, ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER);
          if (worsens.isPresent()) {
            return worsens.get()
                ? Finding.met("Worsening on oral corticosteroid taper documented")
                : Finding.notMet("Documented: no worsening on oral corticosteroid taper");
          }
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (isOralCorticosteroid(trial.drug()) && trial.outcome() != TrialOutcome.CONTRAINDICATED) {
              return Finding.missing("Oral corticosteroid course documented; effect of tapering not documented");
            }
          }
          return Finding.notMet("No oral corticosteroid course documented to taper");
        });
  }

  // ---------------------------------------------------------------- 2. Atopic dermatitis

  private static Pathway atopicDermatitis() {
    return Pathway.builder(P + "2", "Atopic Dermatitis")
        .diagnosis(diagnosis(P + "2.dx", "Diagnosis of atopic dermatitis (ICD-10-CM L20.-)", "atopic dermatitis (L20.-)",
            ctx -> coded(ctx, c -> c.isWithin(ATOPIC_DERMATITIS), "atopic dermatitis (L20.-)", ATOPIC_DERMATITIS)))
        .criteria(
            ageAtLeastMonths(P + "2.A", 6),
            Criterion.anyOf(P + "2.B", "ONE of the following (2.B.a or 2.B.b)",
                Remedy.of("Neither 10% or more of the body surface area nor moderate-to-severe hand or foot atopic"
                        + " dermatitis (age 12 or older) is documented.",
                    "Document the affected body surface area (%), or moderate-to-severe involvement of the hands or feet."),
                List.of(bodySurfaceAreaAtLeast10(P + "2.B.a"), handOrFootDisease(P + "2.B.b"))),
            topicalSteroidTrial(P + "2.C", EnumSet.of(TopicalSteroidPotency.MEDIUM, TopicalSteroidPotency.HIGH,
                    TopicalSteroidPotency.SUPER_HIGH), AD_STEROID_DAYS,
                "medium, medium-high, high, or super-high potency"),
            prescribedBy(P + "2.D", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist"))
        .reauthorization(
            dupixentReceived(P + "2.R1", 4),
            responded(P + "2.R2", AD_RESPONSE, true,
                "less erythema, papulation, pruritus or affected body surface area, or less need for other therapies"))
        .approvals(FOUR_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion bodySurfaceAreaAtLeast10(String id) {
    return Criterion.check(id, "Atopic dermatitis involves at least 10% of the body surface area")
        .documents(BSA_ASSESSMENT)
        .whenNotMet("Less than 10% of the body surface area is affected.",
            "Meet 2.B.b instead, or document a new dated estimate of the affected body surface area.")
        .whenMissing("The affected body surface area is not documented.",
            "Attach a dated estimate of the affected body surface area (%).")
        .by(ctx -> {
          Optional<BigDecimal> bsa = ctx.request().skinInvolvement().flatMap(SkinInvolvement::bodySurfaceAreaPercent);
          if (bsa.isEmpty()) {
            return Finding.missing("BSA not documented");
          }
          Supplier<String> detail = () -> "BSA " + bsa.get().toPlainString() + "% (10% or more required)";
          return bsa.get().compareTo(AD_MIN_BSA_PERCENT) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion handOrFootDisease(String id) {
    return Criterion.check(id, "Moderate-to-severe atopic dermatitis of the hands and/or feet, in a patient 12 years or older")
        .documents(AFFECTED_SITES, SEVERITY_AND_TYPE_NOTES, BIRTH_DATE_VERIFICATION)
        .whenNotMet("Moderate-to-severe hand or foot atopic dermatitis in a patient 12 or older is not documented.",
            "Meet 2.B.a instead, or document moderate-to-severe involvement of the hands or feet.")
        .whenMissing("The affected sites, the severity or the age is not documented.",
            "Document the affected body sites, the severity of the atopic dermatitis and the birth date.")
        .by(ctx -> {
          List<String> missing = new ArrayList<>();
          List<String> notMet = new ArrayList<>();
          Set<BodySite> sites = ctx.request().skinInvolvement().map(SkinInvolvement::sites).orElse(Set.of());
          if (sites.isEmpty()) {
            missing.add("affected sites not documented");
          } else if (!sites.contains(BodySite.HANDS) && !sites.contains(BodySite.FEET)) {
            notMet.add("affected sites " + sites + " include neither hands nor feet");
          }
          Optional<DiseaseSeverity> severity = Optional.empty();
          for (Diagnosis d : ctx.request().diagnoses()) {
            if (d.code().isWithin(ATOPIC_DERMATITIS) && d.severity().isPresent()) {
              severity = d.severity();
            }
          }
          if (severity.isEmpty()) {
            missing.add("severity not documented");
          } else if (severity.get() == DiseaseSeverity.MILD) {
            notMet.add("severity documented as mild");
          }
          OptionalInt age = ctx.request().patient().ageOn(ctx.asOf());
          if (age.isEmpty()) {
            missing.add("age not documented");
          } else if (age.getAsInt() < 12) {
            notMet.add("age " + age.getAsInt() + " (12 or older required)");
          }
          if (!notMet.isEmpty()) {
            return Finding.notMet(() -> String.join("; ", notMet));
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          DiseaseSeverity documentedSeverity = severity.get();
          return Finding.met(() -> "Hand or foot involvement, " + documentedSeverity.name().toLowerCase() + ", age "
              + age.getAsInt());
        });
  }

  // ---------------------------------------------------------------- 3. CRSwNP

  private static Pathway nasalPolyps() {
    return Pathway.builder(P + "3", "Chronic Rhinosinusitis with Nasal Polyps")
        .diagnosis(diagnosis(P + "3.dx", "Diagnosis of chronic rhinosinusitis with nasal polyps (ICD-10-CM J33.-; a J32.- sinusitis code alone does not show the polyps)",
            "nasal polyps (J33.-)", DupixentIp0453::nasalPolypDiagnosis))
        .criteria(
            ageAtLeastYears(P + "3.A", 12),
            nasalPolypConfirmation(P + "3.B"),
            nasalSymptoms(P + "3.C"),
            Criterion.allOf(P + "3.D", "At least 4 weeks of an intranasal corticosteroid, which will be continued with Dupixent",
                List.of(intranasalSteroidTrial(P + "3.D (trial)"),
                    stillOn(P + "3.D (continued)", "The intranasal corticosteroid will be continued in combination with Dupixent",
                        EnumSet.of(Component.INTRANASAL_CORTICOSTEROID), "an intranasal corticosteroid",
                        INTRANASAL_STEROID_HISTORY))),
            Criterion.anyOf(P + "3.E", "ONE of the following (3.E.a, 3.E.b or 3.E.c)",
                Remedy.of("No systemic corticosteroid course in the past 2 years, contraindication to systemic"
                        + " corticosteroids, or prior nasal polyp surgery is documented.",
                    "Document a systemic corticosteroid course of 5 days or more in the past 2 years (dates), the"
                        + " contraindication, or the prior nasal polyp surgery."),
                List.of(systemicSteroidCourse(P + "3.E.a"), systemicSteroidContraindicated(P + "3.E.b"),
                    nasalPolypSurgery(P + "3.E.c"))),
            prescribedBy(P + "3.F", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.OTOLARYNGOLOGY),
                "an allergist, immunologist, or otolaryngologist"))
        .reauthorization(
            dupixentReceived(P + "3.R1", 6),
            stillOn(P + "3.R2", "Patient continues to receive an intranasal corticosteroid",
                EnumSet.of(Component.INTRANASAL_CORTICOSTEROID), "an intranasal corticosteroid", INTRANASAL_STEROID_HISTORY),
            responded(P + "3.R3", CRSWNP_RESPONSE, true,
                "smaller nasal polyps, less nasal congestion, less sinus opacification, better sense of smell"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Finding nasalPolypDiagnosis(EvaluationContext ctx) {
    Finding polyps = coded(ctx, c -> c.isWithin(NASAL_POLYP), "nasal polyps (J33.-)", NASAL_POLYP);
    if (polyps.status() != Status.NOT_MET) {
      return polyps;
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(CHRONIC_SINUSITIS)) {
        return Finding.missing(() -> d.code() + " chronic sinusitis coded without nasal polyps")
            .because("Chronic rhinosinusitis is coded without nasal polyps.",
                "Document the nasal polyps and add their ICD-10-CM code (J33.-).");
      }
    }
    return polyps;
  }

  private static Criterion nasalPolypConfirmation(String id) {
    return Criterion.check(id, "CRSwNP confirmed by direct examination, endoscopy, or sinus computed tomography")
        .documents(NASAL_POLYP_EVIDENCE)
        .whenNotMet("The examinations documented did not show nasal polyps.",
            "Attach a direct examination, nasal endoscopy or sinus CT report that shows the polyps.")
        .whenMissing("No examination, endoscopy or CT confirming the nasal polyps is documented.",
            "Attach the direct examination, nasal endoscopy or sinus CT report showing the nasal polyps.")
        .by(ctx -> {
          boolean examinedWithout = false;
          for (ClinicalFinding f : ctx.request().clinicalFindings()) {
            if (NASAL_POLYP_CONFIRMATIONS.contains(f.kind())) {
              if (f.present()) {
                return Finding.met(() -> words(f.kind()) + f.observedOn().map(d -> " on " + d).orElse(""));
              }
              examinedWithout = true;
            }
          }
          return examinedWithout ? Finding.notMet("Examination documented without nasal polyps")
              : Finding.missing("No confirming examination documented");
        });
  }

  private static Criterion nasalSymptoms(String id) {
    return Criterion.check(id, "At least 2 of nasal congestion, nasal obstruction, nasal discharge, and reduced or lost sense"
            + " of smell, each for at least 6 months")
        .documents(SYMPTOM_HISTORY)
        .whenNotMet("Fewer than 2 of the required nasal symptoms have lasted 6 months.",
            "Document the nasal symptoms with the date each began.")
        .whenMissing("The nasal symptoms and their onset dates are not documented.",
            "Document which of nasal congestion, obstruction, discharge and reduced smell are present, and since when.")
        .by(ctx -> {
          List<String> qualifying = new ArrayList<>();
          List<String> short6 = new ArrayList<>();
          int undecided = 0;
          for (ClinicalFindingKind kind : NASAL_SYMPTOMS) {
            Optional<ClinicalFinding> symptom = presentFinding(ctx, kind);
            if (symptom.isEmpty()) {
              if (documented(ctx, kind).isEmpty()) {
                undecided++;
              }
              continue;
            }
            Optional<LocalDate> since = symptom.get().since();
            if (since.isEmpty()) {
              undecided++;
            } else if (new Span(since.get(), ctx.asOf()).spansMonths(6)) {
              qualifying.add(words(kind) + " since " + since.get());
            } else {
              short6.add(words(kind) + " since " + since.get());
            }
          }
          Supplier<String> detail = () -> qualifying.size() + " for 6 months or more"
              + (qualifying.isEmpty() ? "" : ": " + qualifying) + (short6.isEmpty() ? "" : "; shorter: " + short6);
          if (qualifying.size() >= 2) {
            return Finding.met(detail);
          }
          int unknown = undecided;
          return qualifying.size() + unknown >= 2
              ? Finding.missing(() -> detail.get() + "; " + unknown + " not documented or undated")
              : Finding.notMet(detail);
        });
  }

  private static Criterion intranasalSteroidTrial(String id) {
    return Criterion.check(id, "At least 4 weeks (28 days) of an intranasal corticosteroid")
        .documents(INTRANASAL_STEROID_HISTORY)
        .whenNotMet("Intranasal corticosteroid use of at least 4 weeks is not documented.",
            "Document at least 28 days of an intranasal corticosteroid (product, start and stop dates).")
        .whenMissing("The intranasal corticosteroid history is not documented.",
            "Attach prescription records for the intranasal corticosteroid with start and stop dates.")
        .by(ctx -> daysOfUse(ctx, d -> components(d).contains(Component.INTRANASAL_CORTICOSTEROID), INTRANASAL_STEROID_DAYS,
            "intranasal corticosteroid"));
  }

  private static Criterion systemicSteroidCourse(String id) {
    return Criterion.check(id, "At least one course of a systemic corticosteroid lasting 5 days or more within the previous"
            + " 2 years")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("No systemic corticosteroid course of 5 days or more in the past 2 years is documented.",
            "Meet 3.E.b or 3.E.c, or document the systemic corticosteroid course with its dates.")
        .whenMissing("The systemic corticosteroid history is not documented.",
            "Attach records of systemic corticosteroid courses in the past 2 years with start and stop dates.")
        .by(ctx -> {
          LocalDate windowStart = ctx.asOf().minusYears(2);
          List<String> notMet = new ArrayList<>();
          List<String> missing = new ArrayList<>();
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (!isSystemicCorticosteroid(trial.drug()) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
              continue;
            }
            Optional<Span> span = Span.of(trial, ctx.asOf()).flatMap(s -> s.clippedFrom(windowStart));
            if (trial.start().isEmpty()) {
              missing.add("start date of " + trial.drug().name() + " not documented");
            } else if (span.isEmpty()) {
              notMet.add(trial.drug().name() + " not within the 2 years since " + windowStart);
            } else if (span.get().days() >= SYSTEMIC_STEROID_COURSE_DAYS) {
              return Finding.met(() -> trial.drug().name() + " for " + span.get().days() + " days from "
                  + span.get().first);
            } else {
              notMet.add(trial.drug().name() + " for " + span.get().days() + " days within the 2 years");
            }
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          return notMet.isEmpty() ? Finding.missing("No systemic corticosteroid course documented")
              : Finding.notMet(() -> String.join("; ", notMet) + " (5 days or more since " + windowStart
                  + " required)");
        });
  }

  private static Criterion systemicSteroidContraindicated(String id) {
    return Criterion.check(id, "Patient has a contraindication to systemic corticosteroids")
        .documents(SYSTEMIC_CORTICOSTEROID_HISTORY)
        .whenNotMet("No contraindication to systemic corticosteroids is documented.",
            "Meet 3.E.a or 3.E.c, or document the contraindication to systemic corticosteroids.")
        .whenMissing("The contraindication is not documented.", "Document the contraindication to systemic corticosteroids.")
        .by(ctx -> {
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (isSystemicCorticosteroid(trial.drug()) && trial.outcome() == TrialOutcome.CONTRAINDICATED) {
              return Finding.met(() -> trial.drug().name() + ": contraindicated");
            }
          }
          return Finding.notMet("No contraindication to systemic corticosteroids documented");
        });
  }

  private static Criterion nasalPolypSurgery(String id) {
    return Criterion.check(id, "Patient has had prior surgery for nasal polyps")
        .documents(NASAL_POLYP_SURGERY_RECORD)
        .whenNotMet("No prior nasal polyp surgery is documented.",
            "Meet 3.E.a or 3.E.b, or attach the operative note of the prior nasal polyp surgery.")
        .whenMissing("Whether the patient has had nasal polyp surgery is not documented.",
            "Document the surgical history: the operative note of a prior nasal polyp surgery, or that there was none.")
        .by(ctx -> {
          Optional<ClinicalFinding> surgery = presentFinding(ctx, ClinicalFindingKind.NASAL_POLYP_SURGERY);
          if (surgery.isPresent()) {
            return Finding.met(() -> "Nasal polyp surgery" + surgery.get().since().map(d -> " on " + d).orElse(""));
          }
          // ClinicalFinding contract: silence about the surgical history is not evidence of no surgery.
          return documented(ctx, ClinicalFindingKind.NASAL_POLYP_SURGERY).isPresent()
              ? Finding.notMet("No prior nasal polyp surgery (documented absent)")
              : Finding.missing("Surgical history for nasal polyps not documented");
        });
  }

  // ---------------------------------------------------------------- 4. Eosinophilic esophagitis

  private static Pathway eosinophilicEsophagitis() {
    return Pathway.builder(P + "4", "Eosinophilic Esophagitis")
        .diagnosis(diagnosis(P + "4.dx", "Diagnosis of eosinophilic esophagitis (ICD-10-CM K20.0)",
            "eosinophilic esophagitis (K20.0)",
            ctx -> coded(ctx, c -> c.isWithin(EOSINOPHILIC_ESOPHAGITIS), "eosinophilic esophagitis (K20.0)",
                EOSINOPHILIC_ESOPHAGITIS)))
        .criteria(
            ageAtLeastYears(P + "4.A", 1),
            weightAtLeast15Kg(P + "4.B"),
            esophagealEosinophils(P + "4.C"),
            noSecondaryCause(P + "4.D", "Patient does not have a secondary cause of eosinophilic esophagitis",
                "eosinophilic esophagitis"),
            Criterion.check(P + "4.E", "At least 8 weeks (56 days) of proton pump inhibitor therapy")
                .documents(PROTON_PUMP_INHIBITOR_HISTORY)
                .whenNotMet("Proton pump inhibitor therapy of at least 8 weeks is not documented.",
                    "Document at least 56 days of a proton pump inhibitor (product, dose, start and stop dates).")
                .whenMissing("The proton pump inhibitor history is not documented.",
                    "Attach proton pump inhibitor prescription records with start and stop dates.")
                .by(ctx -> daysOfUse(ctx, DupixentIp0453::isProtonPumpInhibitor, PPI_DAYS, "proton pump inhibitor")),
            Criterion.anyOf(P + "4.F", "ONE of the following (4.F.a or 4.F.b)",
                Remedy.of("Neither a trial of dietary modification nor the prescriber's judgement that the patient is not"
                        + " a candidate is documented.",
                    "Document the dietary therapy tried, or why the patient is not a candidate for it."),
                List.of(
                    attestation(P + "4.F.a", "Patient has tried dietary modification", ClinicalFindingKind.DIETARY_THERAPY_TRIED,
                        DIETARY_THERAPY_NOTES, "dietary modification tried"),
                    attestation(P + "4.F.b", "Per the provider, the patient is not a candidate for dietary modification",
                        ClinicalFindingKind.NOT_A_CANDIDATE_FOR_DIETARY_THERAPY, DIETARY_THERAPY_NOTES,
                        "not a candidate for dietary modification"))),
            prescribedBy(P + "4.G", EnumSet.of(Specialty.ALLERGY, Specialty.GASTROENTEROLOGY),
                "an allergist or gastroenterologist"))
        .reauthorization(
            dupixentReceived(P + "4.R1", 6),
            responded(P + "4.R2", EOE_RESPONSE, false,
                "(a) lower intraepithelial eosinophil count, (b) less dysphagia or pain on swallowing, or (c) fewer or less"
                    + " severe food impactions"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion weightAtLeast15Kg(String id) {
    return Criterion.check(id, "Patient weighs at least 15 kg")
        .documents(BODY_WEIGHT)
        .whenNotMet("The patient weighs less than 15 kg.", "Re-request once the patient weighs 15 kg or more.")
        .whenMissing("The body weight is not documented.", "Document the current body weight in kg with the date.")
        .by(ctx -> {
          Optional<LabResult> weight = latest(ctx, Analyte.BODY_WEIGHT);
          if (weight.isEmpty()) {
            return Finding.missing("Body weight not documented");
          }
          BigDecimal kg = weight.get().value().to(Unit.KILOGRAM);
          Supplier<String> detail = () -> "Weight " + plain(kg) + " kg on " + weight.get().date()
              + " (15 kg or more required)";
          return kg.compareTo(EOE_MIN_WEIGHT_KG) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion esophagealEosinophils(String id) {
    return Criterion.check(id, "Endoscopic biopsy shows at least 15 intraepithelial eosinophils per high-power field")
        .documents(ESOPHAGEAL_BIOPSY)
        .whenNotMet("The documented biopsy shows fewer than 15 eosinophils per high-power field.",
            "Attach a biopsy report showing 15 or more intraepithelial eosinophils per high-power field.")
        .whenMissing("The esophageal biopsy result is not documented.",
            "Attach the esophageal biopsy pathology report with the peak eosinophil count per high-power field.")
        .by(ctx -> {
          Integer peak = null;
          boolean uncounted = false;
          for (ClinicalFinding f : ctx.request().clinicalFindings()) {
            if (f.kind() != ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF || !f.present()) {
              continue;
            }
            if (f.count().isEmpty()) {
              uncounted = true;
            } else if (peak == null || f.count().get() > peak) {
              peak = f.count().get();
            }
          }
          Integer peakCount = peak;
          Supplier<String> detail = () -> "Peak " + peakCount
              + " eosinophils per high-power field (15 or more required)";
          if (peakCount != null && peakCount >= EOE_EOSINOPHILS_PER_HPF) {
            return Finding.met(detail);
          }
          if (uncounted) {
            return Finding.missing("Biopsy documented without an eosinophil count");
          }
          return peakCount == null ? Finding.missing("No esophageal biopsy result documented") : Finding.notMet(detail);
        });
  }

  private static boolean isProtonPumpInhibitor(Drug drug) {
    return drug.isOfClass(DrugClass.PROTON_PUMP_INHIBITOR) || DrugNames.mentionsAny(drug, PROTON_PUMP_INHIBITORS);
  }

  // ---------------------------------------------------------------- 5. Prurigo nodularis

  private static Pathway prurigoNodularis() {
    return Pathway.builder(P + "5", "Prurigo Nodularis")
        .diagnosis(diagnosis(P + "5.dx", "Diagnosis of prurigo nodularis (ICD-10-CM L28.1)", "prurigo nodularis (L28.1)",
            ctx -> coded(ctx, c -> c.isWithin(PRURIGO_NODULARIS), "prurigo nodularis (L28.1)", PRURIGO_NODULARIS)))
        .criteria(
            ageAtLeastYears(P + "5.A", 18),
            nodularLesions(P + "5.B"),
            symptomFor(P + "5.C", "Pruritus for at least 6 weeks", ClinicalFindingKind.PRURITUS, PN_PRURITUS_DAYS, false,
                "6 weeks"),
            Criterion.anyOf(P + "5.D", "ONE of the following",
                Remedy.of("It is not documented that the prurigo nodularis is not medication-induced or secondary, nor that"
                        + " an identified secondary cause is managed.",
                    "Document the work-up for secondary causes and, if one was found, how it is managed."),
                List.of(
                    noSecondaryCause(P + "5.D (not secondary)",
                        "Prurigo nodularis is not medication-induced or secondary to a non-dermatologic condition",
                        "prurigo nodularis"),
                    secondaryCauseManaged(P + "5.D (secondary cause managed)"))),
            topicalSteroidTrial(P + "5.E", EnumSet.of(TopicalSteroidPotency.HIGH, TopicalSteroidPotency.SUPER_HIGH),
                PN_STEROID_DAYS, "high or super-high potency"),
            prescribedBy(P + "5.F", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist"))
        .reauthorization(
            dupixentReceived(P + "5.R1", 6),
            responded(P + "5.R2", PN_RESPONSE, false,
                "(a) fewer nodular lesions, (b) less pruritus, or (c) smaller nodular lesions"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion nodularLesions(String id) {
    return Criterion.check(id, "At least 20 identifiable nodular lesions on the arms, legs, and/or trunk")
        .documents(LESION_ASSESSMENT)
        .whenNotMet("Fewer than 20 nodular lesions on the arms, legs or trunk are documented.",
            "Document a new dated lesion count naming the arms, legs or trunk.")
        .whenMissing("The number and location of the nodular lesions are not documented.",
            "Attach dated notes counting the nodular lesions and naming where they are (arms, legs, trunk).")
        .by(ctx -> {
          List<String> missing = new ArrayList<>();
          List<String> notMet = new ArrayList<>();
          for (ClinicalFinding f : ctx.request().clinicalFindings()) {
            if (f.kind() != ClinicalFindingKind.NODULAR_LESIONS || !f.present()) {
              continue;
            }
            if (f.count().isEmpty()) {
              missing.add("nodular lesions documented without a count");
            } else if (f.count().get() < PN_MIN_NODULES) {
              notMet.add(f.count().get() + " nodular lesions (20 or more required)");
            } else if (f.sites().isEmpty()) {
              missing.add(f.count().get() + " nodular lesions; body areas not documented");
            } else if (f.sites().stream().noneMatch(PN_SITES::contains)) {
              notMet.add(f.count().get() + " nodular lesions on " + f.sites() + ", none on the arms, legs or trunk");
            } else if (!PN_SITES.containsAll(f.sites())) {
              // One count over several areas: lesions elsewhere (e.g. the face) may make up part of it.
              missing.add(f.count().get() + " nodular lesions on " + f.sites()
                  + ", counted together with areas other than the arms, legs or trunk");
            } else {
              return Finding.met(() -> f.count().get() + " nodular lesions on " + f.sites());
            }
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          return notMet.isEmpty() ? Finding.missing("No nodular lesion count documented")
              : Finding.notMet(() -> String.join("; ", notMet));
        });
  }

  private static Criterion secondaryCauseManaged(String id) {
    return Criterion.check(id, "A secondary cause has been identified and is being managed")
        .documents(SECONDARY_CAUSE_ASSESSMENT)
        .whenNotMet("No identified secondary cause is being managed.",
            "Document the secondary cause found and how it is being managed.")
        .whenMissing("A secondary cause is documented but not whether it is being managed.",
            "Document how the secondary cause is being managed.")
        .by(ctx -> {
          Optional<Boolean> cause = documented(ctx, ClinicalFindingKind.SECONDARY_CAUSE);
          Optional<Boolean> managed = documented(ctx, ClinicalFindingKind.SECONDARY_CAUSE_MANAGED);
          if (cause.isEmpty()) {
            return Finding.missing("Work-up for secondary causes not documented")
                .because("The work-up for secondary causes is not documented.",
                    "Document whether a secondary cause was found and, if so, how it is managed.");
          }
          if (!cause.get()) {
            return Finding.notMet("No secondary cause found (5.D alternative not applicable)");
          }
          if (managed.isEmpty()) {
            return Finding.missing("Secondary cause found; its management not documented");
          }
          return managed.get() ? Finding.met("Secondary cause identified and managed")
              : Finding.notMet("Secondary cause documented as not managed");
        });
  }

  // ---------------------------------------------------------------- 6. COPD

  private static Pathway copd() {
    return Pathway.builder(P + "6", "Chronic Obstructive Pulmonary Disease")
        .diagnosis(diagnosis(P + "6.dx", "Diagnosis of COPD (ICD-10-CM J44.- or emphysema J43.-)", "COPD (J44.-, J43.-)",
            DupixentIp0453::copdDiagnosis))
        .criteria(
            ageAtLeastYears(P + "6.A", 18),
            Criterion.anyOf(P + "6.B", "ONE of the following (6.B.a or 6.B.b)",
                Remedy.of("A blood eosinophil count of 300 cells/µL or more is not documented.",
                    "Attach a blood eosinophil count from the last 6 weeks, or from before a biologic was started."),
                List.of(
                    eosinophils(P + "6.B.a", COPD_EOSINOPHILS_PER_UL, EosinophilRoute.RECENT,
                        "Blood eosinophils of 300 cells/µL or more within the previous 6 weeks"),
                    eosinophils(P + "6.B.b", COPD_EOSINOPHILS_PER_UL, EosinophilRoute.BEFORE_ANTIBODY,
                        "Blood eosinophils of 300 cells/µL or more before starting Dupixent or another monoclonal antibody"
                            + " that may lower eosinophils"))),
            Criterion.anyOf(P + "6.C", "ONE of the following (6.C.a or 6.C.b)",
                Remedy.of("3 consecutive months of LABA + LAMA + inhaled corticosteroid (or LABA + LAMA with an inhaled"
                        + " corticosteroid contraindicated) are not documented.",
                    "Document the inhaled maintenance therapy (products, start and stop dates) covering 3 consecutive months."),
                List.of(
                    controllerTherapy(P + "6.C.a", "At least 3 consecutive months of a LABA, a LAMA and an inhaled corticosteroid",
                        EnumSet.of(Component.LABA, Component.LAMA, Component.ICS), false),
                    controllerTherapy(P + "6.C.b", "At least 3 consecutive months of a LABA and a LAMA, and an inhaled"
                            + " corticosteroid is contraindicated",
                        EnumSet.of(Component.LABA, Component.LAMA), true))),
            Criterion.anyOf(P + "6.D", "ONE of the following (6.D.a or 6.D.b)",
                Remedy.of("The required COPD exacerbations in the previous 12 months are not documented.",
                    "Document 2 or more exacerbations treated with systemic corticosteroids, or 1 needing hospitalization,"
                        + " in the past 12 months."),
                List.of(
                    exacerbations(P + "6.D.a", "2 or more COPD exacerbations requiring a systemic corticosteroid (with or"
                            + " without an antibiotic) in the previous 12 months", 2, Flare::systemicCorticosteroids,
                        "exacerbation(s) treated with systemic corticosteroids"),
                    exacerbations(P + "6.D.b", "1 or more COPD exacerbations requiring hospitalization in the previous 12 months",
                        1, Flare::hospitalized, "exacerbation(s) needing hospitalization"))),
            prescribedBy(P + "6.E", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.PULMONOLOGY),
                "an allergist, immunologist, or pulmonologist"))
        .reauthorization(
            dupixentReceived(P + "6.R1", 6),
            stillOn(P + "6.R2", "Patient continues to receive a LABA and a LAMA",
                EnumSet.of(Component.LABA, Component.LAMA), "a LABA and a LAMA", INHALED_THERAPY_HISTORY),
            responded(P + "6.R3", COPD_RESPONSE, false,
                "less COPD symptoms, fewer exacerbations, fewer COPD hospitalizations, fewer emergency or urgent care"
                    + " visits, or improved lung function"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Finding copdDiagnosis(EvaluationContext ctx) {
    Predicate<Icd10Code> copd = c -> (c.isWithin(OTHER_COPD) || c.isWithin(EMPHYSEMA))
        && !c.isWithin(BRONCHIOLITIS_OBLITERANS) && !c.isWithin(MACLEODS_SYNDROME);
    Finding coded = coded(ctx, copd, "COPD (J44.-, J43.-)", OTHER_COPD, EMPHYSEMA);
    if (coded.status() != Status.NOT_MET) {
      return coded;
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(BRONCHIOLITIS_OBLITERANS) || d.code().isWithin(MACLEODS_SYNDROME)) {
        return Finding.notMet(() -> d.code() + " is classified with COPD but is not COPD")
            .because(d.code() + " (bronchiolitis obliterans or MacLeod's syndrome) is not the COPD Dupixent treats.",
                "If the patient has COPD, document it with its ICD-10-CM code (J44.-).");
      }
    }
    return coded;
  }

  // ---------------------------------------------------------------- 7. Chronic spontaneous urticaria

  private static Pathway chronicSpontaneousUrticaria() {
    return Pathway.builder(P + "7", "Chronic Spontaneous Urticaria")
        .diagnosis(diagnosis(P + "7.dx", "Diagnosis of chronic spontaneous urticaria (ICD-10-CM L50.1 or L50.8)",
            "chronic spontaneous urticaria (L50.1, L50.8)", DupixentIp0453::urticariaDiagnosis))
        .criteria(
            ageAtLeastYears(P + "7.A", 12),
            Criterion.allOf(P + "7.B", "Urticaria for more than 6 weeks, with symptoms on more than 3 days a week, despite"
                    + " daily non-sedating H1 antihistamine therapy (up to 4 times the FDA-approved dose)",
                List.of(
                    symptomFor(P + "7.B (duration)", "Hives for more than 6 weeks", ClinicalFindingKind.HIVES,
                        CSU_MORE_THAN_DAYS, true, "more than 6 weeks"),
                    hivesFrequency(P + "7.B (frequency)"),
                    antihistamineTherapy(P + "7.B (antihistamine)"))),
            prescribedBy(P + "7.C", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist"))
        .reauthorization(
            dupixentReceived(P + "7.R1", 6),
            responded(P + "7.R2", CSU_RESPONSE, false, "(a) less itch, (b) fewer hives, or (c) smaller hives"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  private static Finding urticariaDiagnosis(EvaluationContext ctx) {
    Finding coded = coded(ctx, c -> c.isWithin(IDIOPATHIC_URTICARIA) || c.isWithin(OTHER_URTICARIA),
        "chronic spontaneous urticaria (L50.1, L50.8)", IDIOPATHIC_URTICARIA, OTHER_URTICARIA);
    if (coded.status() != Status.NOT_MET) {
      return coded;
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(UNSPECIFIED_URTICARIA)) {
        return Finding.missing(() -> d.code() + " urticaria, unspecified")
            .because("The urticaria is coded as unspecified; chronic spontaneous urticaria is not documented.",
                "Document that the urticaria is chronic and spontaneous (no inducible trigger) and code it L50.1.");
      }
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(URTICARIA)) {
        return Finding.notMet(() -> d.code() + " is an allergic or inducible urticaria, not spontaneous")
            .because("Allergic and inducible urticarias (" + d.code() + ") are not chronic spontaneous urticaria.",
                "Coverage under this pathway is for chronic spontaneous (idiopathic) urticaria.");
      }
    }
    return coded;
  }

  private static Criterion hivesFrequency(String id) {
    return Criterion.check(id, "Symptoms on more than 3 days a week")
        .documents(SYMPTOM_HISTORY)
        .whenNotMet("Hives occur on 3 days a week or fewer.", "Document how many days a week the hives occur.")
        .whenMissing("How often the hives occur is not documented.", "Document how many days a week the hives occur.")
        .by(ctx -> {
          Optional<ClinicalFinding> hives = presentFinding(ctx, ClinicalFindingKind.HIVES);
          if (hives.isEmpty()) {
            return documented(ctx, ClinicalFindingKind.HIVES).isPresent() ? Finding.notMet("Hives documented absent")
                : Finding.missing("Hives not documented");
          }
          if (hives.get().daysPerWeek().isEmpty()) {
            return Finding.missing("Days a week with hives not documented");
          }
          int days = hives.get().daysPerWeek().get();
          Supplier<String> detail = () -> "Hives on " + days + " days a week (more than 3 required)";
          return days > CSU_MORE_THAN_DAYS_PER_WEEK ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion antihistamineTherapy(String id) {
    return Criterion.check(id, "Despite daily non-sedating H1 antihistamine therapy")
        .documents(ANTIHISTAMINE_HISTORY)
        .whenNotMet("Hives persisting despite daily non-sedating H1 antihistamine therapy are not documented.",
            "Document daily use of a second-generation H1 antihistamine (up to 4 times the labelled dose) and that the"
                + " hives persisted.")
        .whenMissing("The H1 antihistamine therapy is not documented.",
            "Attach records of the daily H1 antihistamine (product, dose, dates).")
        .by(ctx -> {
          for (Drug drug : ctx.request().concurrentMedications()) {
            if (isNonSedatingAntihistamine(drug)) {
              return Finding.met(() -> drug.name() + " taken daily (concurrent medication)");
            }
          }
          List<String> notMet = new ArrayList<>();
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (!isNonSedatingAntihistamine(trial.drug())) {
              continue;
            }
            if (trial.outcome() == TrialOutcome.FAILED || trial.outcome() == TrialOutcome.ONGOING) {
              return Finding.met(() -> trial.drug().name() + ": " + trial.outcome().name().toLowerCase()
                  + ", hives persisted");
            }
            notMet.add(trial.drug().name() + ": " + trial.outcome().name().toLowerCase());
          }
          return notMet.isEmpty() ? Finding.missing("No H1 antihistamine documented")
              : Finding.notMet(() -> String.join("; ", notMet) + " (hives persisting on the antihistamine required)");
        });
  }

  private static boolean isNonSedatingAntihistamine(Drug drug) {
    return drug.isOfClass(DrugClass.H1_ANTIHISTAMINE) || DrugNames.mentionsAny(drug, NON_SEDATING_H1_ANTIHISTAMINES);
  }

  // ---------------------------------------------------------------- 8. Bullous pemphigoid

  private static Pathway bullousPemphigoid() {
    return Pathway.builder(P + "8", "Bullous Pemphigoid")
        .diagnosis(diagnosis(P + "8.dx", "Diagnosis of bullous pemphigoid (ICD-10-CM L12.0)", "bullous pemphigoid (L12.0)",
            ctx -> coded(ctx, c -> c.isWithin(BULLOUS_PEMPHIGOID), "bullous pemphigoid (L12.0)", BULLOUS_PEMPHIGOID)))
        .criteria(
            ageAtLeastYears(P + "8.A", 18),
            prescribedBy(P + "8.B", EnumSet.of(Specialty.DERMATOLOGY), "a dermatologist"))
        .reauthorization(
            dupixentReceived(P + "8.R1", 6),
            responded(P + "8.R2", BP_RESPONSE, false,
                "smaller area of skin involvement, fewer blisters or erosions, less urticaria, less erythema, or reduced or"
                    + " no need for systemic or topical corticosteroids"))
        .approvals(SIX_MONTHS, ONE_YEAR)
        .build();
  }

  // ---------------------------------------------------------------- shared clauses: diagnosis, age, prescriber

  private static Criterion diagnosis(String id, String text, String wanted, Check check) {
    return Criterion.check(id, text)
        .documents(DIAGNOSIS_NOTES)
        .whenNotMet("The request is not for " + wanted + ".",
            "Submit under the indication that matches the diagnosis, or document the diagnosis with its ICD-10-CM code.")
        .whenMissing("The diagnosis is not documented.",
            "Attach clinical notes with the diagnosis and its billable ICD-10-CM code.")
        .by(check);
  }

  /**
   * Finds the pathway's diagnosis among the request's and checks its code against the code set:
   * MET with the code's title, NOT_MET if none matches, MISSING for no diagnosis or a header or
   * unknown code. A header above the {@code wantedCodes} (L50 for L50.1, K20 for K20.0) is MISSING
   * too: it may stand for the wanted disease, and only the billable code can tell.
   */
  private static Finding coded(EvaluationContext ctx, Predicate<Icd10Code> matches, String wanted,
      Icd10Code... wantedCodes) {
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    if (diagnoses.isEmpty()) {
      return Finding.missing("No diagnosis documented");
    }
    Diagnosis dx = firstMatching(ctx, d -> matches.test(d.code()));
    if (dx == null) {
      for (Diagnosis d : diagnoses) {
        for (Icd10Code code : wantedCodes) {
          if (code.isWithin(d.code()) && !code.equals(d.code())) {
            return Finding.missing(() -> d.code() + " is a category that includes " + wanted)
                .because("The diagnosis code " + d.code() + " is a category, not billable, and does not say which"
                        + " disease under it the patient has.",
                    "Submit the billable code for " + wanted + " instead of the category " + d.code() + ".");
          }
        }
      }
      return Finding.notMet(() -> "No " + wanted + " among the diagnoses " + codes(diagnoses));
    }
    switch (ctx.codes().status(dx.code())) {
      case NOT_BILLABLE:
        return Finding.missing(() -> dx.code() + " is a category, not a billable code")
            .because("The diagnosis code " + dx.code() + " is not billable.",
                "Submit the most specific billable ICD-10-CM code under " + dx.code() + ".");
      case DOES_NOT_EXIST:
        return Finding.missing(() -> dx.code() + " is not in " + ctx.codes().name())
            .because("The diagnosis code " + dx.code() + " is not a valid ICD-10-CM code.",
                "Correct the diagnosis code to a valid, billable ICD-10-CM code.");
      default:
        return Finding.met(() -> codeDescription(ctx, dx));
    }
  }

  private static Criterion ageAtLeastYears(String id, int years) {
    String words = years == 1 ? "1 year" : years + " years";
    return Criterion.check(id, "Age " + words + " or older")
        .documents(BIRTH_DATE_VERIFICATION)
        .whenNotMet("The patient is younger than " + words + ".",
            "Coverage for this indication starts at age " + years + "; re-request once the patient is " + words + " old.")
        .whenMissing("The patient's age is not documented.", "Attach birth date verification.")
        .by(ctx -> {
          Optional<Finding> undocumented = birthDateProblem(ctx);
          if (undocumented.isPresent()) {
            return undocumented.get();
          }
          int age = ctx.request().patient().ageOn(ctx.asOf()).getAsInt();
          Supplier<String> detail = () -> "Age " + age + " on " + ctx.asOf() + " (" + words + " or older required)";
          return age >= years ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion ageAtLeastMonths(String id, int months) {
    return Criterion.check(id, "Age " + months + " months or older")
        .documents(BIRTH_DATE_VERIFICATION)
        .whenNotMet("The patient is younger than " + months + " months.",
            "Coverage for this indication starts at " + months + " months of age; re-request then.")
        .whenMissing("The patient's age is not documented.", "Attach birth date verification.")
        .by(ctx -> {
          Optional<Finding> undocumented = birthDateProblem(ctx);
          if (undocumented.isPresent()) {
            return undocumented.get();
          }
          long age = Period.between(ctx.request().patient().birthDate().get(), ctx.asOf()).toTotalMonths();
          Supplier<String> detail = () -> "Age " + age + " months on " + ctx.asOf() + " (" + months
              + " months or older required)";
          return age >= months ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Optional<Finding> birthDateProblem(EvaluationContext ctx) {
    if (ctx.request().patient().birthDate().isEmpty()) {
      return Optional.of(Finding.missing("Birth date not documented"));
    }
    if (ctx.request().patient().ageOn(ctx.asOf()).isEmpty()) {
      return Optional.of(Finding.missing("Birth date is after the as-of date")
          .because("The documented birth date is after the evaluation date.", "Verify and correct the birth date."));
    }
    return Optional.empty();
  }

  private static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Criterion.check(id, "Prescribed by, or in consultation with, " + whom)
        .documents(PRESCRIBER_SPECIALTY)
        .whenNotMet("The prescriber is not, and did not consult, " + whom + ".",
            "Have " + whom + " prescribe, or document the consultation with " + whom + ".")
        .whenMissing("The prescriber's specialty is not documented.",
            "Document the prescriber's specialty or attach the specialist consultation note.")
        .by(ctx -> Prescribers.prescriberFinding(ctx, accepted));
  }

  // ---------------------------------------------------------------- shared clauses: eosinophils

  private enum EosinophilRoute {
    /** Within the previous 6 weeks. */
    RECENT,
    /** Before the first eosinophil-lowering antibody was started. */
    BEFORE_ANTIBODY,
    /** Either of the two. */
    EITHER
  }

  private static Criterion eosinophils(String id, BigDecimal threshold, EosinophilRoute route, String text) {
    String count = threshold.toPlainString() + " cells/µL";
    return Criterion.check(id, text)
        .documents(EOSINOPHIL_COUNT)
        .whenNotMet("The documented blood eosinophil count is below " + count + ".",
            route == EosinophilRoute.BEFORE_ANTIBODY
                ? "Attach the count from before the antibody was started if it was " + count + " or more."
                : "Repeat the blood eosinophil count, or attach the count from before an eosinophil-lowering antibody was"
                    + " started, if it was " + count + " or more.")
        .whenMissing("No qualifying blood eosinophil count is documented.",
            "Attach a dated blood eosinophil count (cells/µL or ×10⁹/L) from the previous 6 weeks, or from before Dupixent"
                + " or another eosinophil-lowering antibody was started.")
        .by(ctx -> {
          switch (route) {
            case RECENT:
              return recentEosinophils(ctx, threshold);
            case BEFORE_ANTIBODY:
              return eosinophilsBeforeAntibody(ctx, threshold);
            default:
              Finding recent = recentEosinophils(ctx, threshold);
              if (recent.status() == Status.MET) {
                return recent;
              }
              Finding before = eosinophilsBeforeAntibody(ctx, threshold);
              if (before.status() == Status.MET) {
                return before;
              }
              Finding either = Finding.of(recent.status().or(before.status()),
                  () -> recent.detail() + "; " + before.detail());
              Finding decisive = recent.status() == either.status() ? recent : before;
              return decisive.remedy()
                  .map(r -> either.because(r.denialReason(), r.howToFix()))
                  .orElse(either);
          }
        });
  }

  private static List<LabResult> eosinophilCounts(EvaluationContext ctx) {
    List<LabResult> counts = new ArrayList<>();
    for (LabResult lab : ctx.request().labResults()) {
      if (lab.analyte() == Analyte.BLOOD_EOSINOPHILS && !lab.date().isAfter(ctx.asOf())) {
        counts.add(lab);
      }
    }
    return counts;
  }

  private static BigDecimal perMicroliter(LabResult lab) {
    return lab.value().to(Unit.CELLS_PER_MICROLITER);
  }

  private static String describe(LabResult lab) {
    String cells = plain(perMicroliter(lab)) + " cells/µL";
    return (lab.value().unit() == Unit.CELLS_PER_MICROLITER ? cells : lab.value() + " = " + cells) + " on " + lab.date();
  }

  /** The highest of {@code counts}, or null. */
  private static LabResult highest(List<LabResult> counts) {
    return counts.stream().max(Comparator.comparing(DupixentIp0453::perMicroliter)).orElse(null);
  }

  private static Finding recentEosinophils(EvaluationContext ctx, BigDecimal threshold) {
    LocalDate windowStart = ctx.asOf().minusDays(EOSINOPHIL_WINDOW_DAYS);
    List<LabResult> all = eosinophilCounts(ctx);
    List<LabResult> recent = new ArrayList<>();
    for (LabResult lab : all) {
      if (!lab.date().isBefore(windowStart)) {
        recent.add(lab);
      }
    }
    if (recent.isEmpty()) {
      Supplier<String> detail = () -> all.isEmpty() ? "No blood eosinophil count documented"
          : "No count since " + windowStart + " (latest " + describe(latestOf(all)) + ")";
      return Finding.missing(detail).because("No blood eosinophil count from the previous 6 weeks is documented.",
          "Draw a blood eosinophil count and attach the dated report (cells/µL or ×10⁹/L).");
    }
    LabResult best = highest(recent);
    Supplier<String> detail = () -> describe(best) + ", within the 6 weeks since " + windowStart + " ("
        + threshold.toPlainString() + " or more required)";
    return perMicroliter(best).compareTo(threshold) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
  }

  private static LabResult latestOf(List<LabResult> labs) {
    return labs.stream().max(Comparator.comparing(LabResult::date)).orElseThrow();
  }

  private static Finding eosinophilsBeforeAntibody(EvaluationContext ctx, BigDecimal threshold) {
    TherapyTrial first = null;
    List<String> undated = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (!DrugNames.mentionsAny(trial.drug(), EOSINOPHIL_LOWERING_ANTIBODIES) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        continue;
      }
      if (trial.start().isEmpty()) {
        undated.add(trial.drug().name());
      } else if (!trial.start().get().isAfter(ctx.asOf()) && (first == null || trial.start().get().isBefore(first.start().get()))) {
        first = trial;
      }
    }
    if (first == null) {
      if (!undated.isEmpty()) {
        return Finding.missing(() -> "Start date of " + String.join(", ", undated) + " not documented")
            .because("The start date of the eosinophil-lowering antibody is not documented.",
                "Document when " + String.join(", ", undated) + " was started, with the eosinophil count from before it.");
      }
      return Finding.notMet("No eosinophil-lowering antibody started");
    }
    TherapyTrial antibody = first;
    LocalDate started = antibody.start().get();
    List<LabResult> before = new ArrayList<>();
    for (LabResult lab : eosinophilCounts(ctx)) {
      if (lab.date().isBefore(started)) {
        before.add(lab);
      }
    }
    if (before.isEmpty()) {
      return Finding.missing(() -> "No count from before " + antibody.drug().name() + " was started on " + started)
          .because("No blood eosinophil count from before " + antibody.drug().name() + " was started is documented.",
              "Attach the blood eosinophil count taken before " + started + ".");
    }
    LabResult best = highest(before);
    Supplier<String> detail = () -> describe(best) + ", before " + antibody.drug().name() + " started on " + started
        + " (" + threshold.toPlainString() + " or more required)";
    return perMicroliter(best).compareTo(threshold) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
  }

  // ---------------------------------------------------------------- shared clauses: therapy

  /** What a drug contributes to a combination requirement. */
  private enum Component {
    ICS("inhaled corticosteroid"),
    LABA("LABA"),
    LAMA("LAMA"),
    /** Any asthma controller other than an inhaled corticosteroid (LABA, LAMA, leukotriene modifier, theophylline). */
    ASTHMA_CONTROLLER("additional asthma controller"),
    INTRANASAL_CORTICOSTEROID("intranasal corticosteroid");

    final String words;

    Component(String words) {
      this.words = words;
    }
  }

  private static Set<Component> components(Drug drug) {
    Set<Component> parts = EnumSet.noneOf(Component.class);
    boolean nasal = drug.isOfClass(DrugClass.INTRANASAL_CORTICOSTEROID) || DrugNames.mentionsAny(drug, NASAL_WORDS)
        || DrugNames.mentionsAny(drug, NASAL_CORTICOSTEROID_BRANDS);
    if (nasal) {
      if (drug.isOfClass(DrugClass.INTRANASAL_CORTICOSTEROID) || DrugNames.mentionsAny(drug, NASAL_CORTICOSTEROID_BRANDS)
          || DrugNames.mentionsAny(drug, ICS) || DrugNames.words(drug).contains("triamcinolone")) {
        parts.add(Component.INTRANASAL_CORTICOSTEROID);
      }
      return parts;
    }
    boolean inhaledForm = drug.form().map(INHALED_FORMS::contains).orElse(true);
    Optional<DrugClass> drugClass = drug.drugClass();
    if (drug.isOfClass(DrugClass.INHALED_CORTICOSTEROID)) {
      parts.add(Component.ICS);
    }
    if (drug.isOfClass(DrugClass.LONG_ACTING_BETA_AGONIST)) {
      parts.add(Component.LABA);
    }
    if (drug.isOfClass(DrugClass.LONG_ACTING_MUSCARINIC_ANTAGONIST)) {
      parts.add(Component.LAMA);
    }
    // By name, unless the class or the form says it is something else (fluticasone cream, oral budesonide).
    boolean byName = inhaledForm && (drugClass.isEmpty() || drugClass.get() == DrugClass.OTHER
        || drugClass.get() == DrugClass.INHALED_CORTICOSTEROID || drugClass.get() == DrugClass.ASTHMA_CONTROLLER
        || drugClass.get() == DrugClass.LONG_ACTING_BETA_AGONIST
        || drugClass.get() == DrugClass.LONG_ACTING_MUSCARINIC_ANTAGONIST);
    if (byName) {
      if (DrugNames.mentionsAny(drug, ICS) || DrugNames.mentionsAny(drug, ICS_LABA_INHALERS)
          || DrugNames.mentionsAny(drug, ICS_LABA_LAMA_INHALERS)) {
        parts.add(Component.ICS);
      }
      if (DrugNames.mentionsAny(drug, LABA) || DrugNames.mentionsAny(drug, ICS_LABA_INHALERS)
          || DrugNames.mentionsAny(drug, ICS_LABA_LAMA_INHALERS) || DrugNames.mentionsAny(drug, LABA_LAMA_INHALERS)) {
        parts.add(Component.LABA);
      }
      boolean inhaledGlycopyrrolate = drug.form().map(INHALED_FORMS::contains).orElse(false)
          && DrugNames.mentionsAny(drug, INHALED_ONLY_LAMA);
      if (DrugNames.mentionsAny(drug, LAMA) || inhaledGlycopyrrolate || DrugNames.mentionsAny(drug, ICS_LABA_LAMA_INHALERS)
          || DrugNames.mentionsAny(drug, LABA_LAMA_INHALERS)) {
        parts.add(Component.LAMA);
      }
    }
    boolean otherController = drug.isOfClass(DrugClass.ASTHMA_CONTROLLER)
        || DrugNames.mentionsAny(drug, OTHER_ASTHMA_CONTROLLERS) && (drugClass.isEmpty() || drugClass.get() == DrugClass.OTHER);
    if (otherController || parts.contains(Component.LABA) || parts.contains(Component.LAMA)) {
      parts.add(Component.ASTHMA_CONTROLLER);
    }
    return parts;
  }

  /**
   * "At least 3 consecutive months of" the {@code required} drugs used together; with
   * {@code icsContraindicated}, an inhaled corticosteroid must also be documented as contraindicated.
   */
  private static Criterion controllerTherapy(String id, String text, Set<Component> required, boolean icsContraindicated) {
    String names = componentWords(required);
    return Criterion.check(id, text)
        .documents(INHALED_THERAPY_HISTORY)
        .whenNotMet(names + " used together for 3 consecutive months" + (icsContraindicated
                ? ", with an inhaled corticosteroid contraindicated," : "") + " is not documented.",
            "Document the " + names + " (products, start and stop dates) used together for at least 3 consecutive months"
                + (icsContraindicated ? ", and the contraindication to inhaled corticosteroids." : "."))
        .whenMissing("The maintenance inhaler history is not documented.",
            "Attach pharmacy claims or prescription records for each " + names + " with start and stop dates.")
        .by(ctx -> {
          if (icsContraindicated) {
            boolean contraindicated = false;
            for (TherapyTrial trial : ctx.request().therapyTrials()) {
              if (trial.outcome() == TrialOutcome.CONTRAINDICATED && components(trial.drug()).contains(Component.ICS)) {
                contraindicated = true;
              }
            }
            if (!contraindicated) {
              return Finding.notMet("No contraindication to inhaled corticosteroids documented");
            }
          }
          return combinationFinding(ctx, required);
        });
  }

  private static Finding combinationFinding(EvaluationContext ctx, Set<Component> required) {
    List<String> undated = new ArrayList<>();
    List<Span> together = null;
    List<String> absent = new ArrayList<>();
    for (Component component : required) {
      List<Span> spans = new ArrayList<>();
      boolean any = false;
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (trial.outcome() == TrialOutcome.CONTRAINDICATED || !components(trial.drug()).contains(component)) {
          continue;
        }
        any = true;
        if (trial.start().isEmpty()) {
          undated.add("start date of " + trial.drug().name() + " not documented");
        }
        Span.of(trial, ctx.asOf()).ifPresent(spans::add);
      }
      if (!any) {
        absent.add("no " + component.words + " documented");
      }
      List<Span> merged = Span.merge(spans);
      together = together == null ? merged : Span.intersect(together, merged);
    }
    Span longest = together == null ? null : Span.longest(together);
    Supplier<String> names = () -> componentWords(required);
    if (longest != null && longest.spansMonths(CONTROLLER_MONTHS)) {
      return Finding.met(() -> names.get() + " together from " + longest.first + " to " + longest.last + " ("
          + longest.days() + " days; 3 months reached on " + longest.monthsReachedOn(CONTROLLER_MONTHS) + ")");
    }
    List<String> unknown = new ArrayList<>(absent);
    unknown.addAll(undated);
    if (!unknown.isEmpty()) {
      return Finding.missing(() -> String.join("; ", unknown));
    }
    return Finding.notMet(() -> longest == null ? names.get() + " never used together"
        : names.get() + " together from " + longest.first + " to " + longest.last + " (" + longest.days()
            + " days; 3 consecutive months would end on " + longest.monthsReachedOn(CONTROLLER_MONTHS) + ")");
  }

  private static String componentWords(Set<Component> components) {
    List<String> words = new ArrayList<>();
    for (Component c : components) {
      words.add(c.words);
    }
    return String.join(" + ", words);
  }

  /**
   * Whether the patient is still using drugs that together provide every one of {@code required}:
   * the concurrent medication list, or trials still in use on the as-of date.
   */
  private static Criterion stillOn(String id, String text, Set<Component> required, String words,
      DocumentRequirement history) {
    return Criterion.check(id, text)
        .documents(CURRENT_MEDICATIONS, history)
        .whenNotMet("Continued use of " + words + " is not documented.",
            "Continue " + words + " with Dupixent and list it in the current medication list.")
        .whenMissing("The current medications are not documented.",
            "Attach the current medication list, including " + words + ".")
        .by(ctx -> {
          Set<Component> current = EnumSet.noneOf(Component.class);
          List<String> names = new ArrayList<>();
          for (Drug drug : ctx.request().concurrentMedications()) {
            Set<Component> parts = components(drug);
            parts.retainAll(required);
            if (!parts.isEmpty()) {
              current.addAll(parts);
              names.add(drug.name());
            }
          }
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            Set<Component> parts = components(trial.drug());
            parts.retainAll(required);
            if (!parts.isEmpty() && trial.isOngoingOn(ctx.asOf())) {
              current.addAll(parts);
              names.add(trial.drug().name());
            }
          }
          if (current.containsAll(required)) {
            return Finding.met(() -> "Continuing " + names);
          }
          boolean nothingListed = ctx.request().concurrentMedications().isEmpty() && names.isEmpty();
          Supplier<String> detail = () -> "Current use of " + words + " not documented"
              + (names.isEmpty() ? "" : " (only " + names + ")");
          return nothingListed ? Finding.missing(detail) : Finding.notMet(detail);
        });
  }

  /** Days of use of a drug kind: any documented use (not a contraindication) of at least {@code days}. */
  private static Finding daysOfUse(EvaluationContext ctx, Predicate<Drug> kind, int days, String words) {
    List<String> notMet = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (!kind.test(trial.drug())) {
        continue;
      }
      String name = trial.drug().name();
      if (trial.outcome() == TrialOutcome.CONTRAINDICATED) {
        notMet.add(name + " contraindicated (the digest names no exception)");
        continue;
      }
      Optional<Span> span = Span.of(trial, ctx.asOf());
      if (trial.start().isEmpty()) {
        missing.add("start date of " + name + " not documented");
      } else if (span.isPresent() && span.get().days() >= days) {
        return Finding.met(() -> name + " for " + span.get().days() + " days from " + span.get().first);
      } else {
        notMet.add(name + " for " + span.map(Span::days).orElse(0L) + " days (" + days + " required)");
      }
    }
    if (!missing.isEmpty()) {
      return Finding.missing(() -> String.join("; ", missing));
    }
    return notMet.isEmpty() ? Finding.missing(() -> "No " + words + " documented")
        : Finding.notMet(() -> String.join("; ", notMet));
  }

  /**
   * "Tried at least one prescription topical corticosteroid of {@code potencies}, applied daily for
   * at least {@code days} consecutive days, with inadequate efficacy."
   */
  private static Criterion topicalSteroidTrial(String id, Set<TopicalSteroidPotency> potencies, int days, String potencyWords) {
    return Criterion.check(id, "Tried at least one prescription topical corticosteroid of " + potencyWords + ", applied daily"
            + " for at least " + days + " consecutive days, with inadequate efficacy")
        .documents(TOPICAL_STEROID_HISTORY)
        .whenNotMet("An inadequate response to a " + potencyWords + " topical corticosteroid applied daily for " + days
                + " consecutive days is not documented.",
            "Document a trial of a " + potencyWords + " prescription topical corticosteroid applied daily for at least "
                + days + " consecutive days, and its inadequate efficacy.")
        .whenMissing("The topical corticosteroid trial is not documented.",
            "Attach prescription records for the topical corticosteroid: product, potency, start and stop dates, and outcome.")
        .by(ctx -> {
          List<String> missing = new ArrayList<>();
          List<String> notMet = new ArrayList<>();
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            Drug drug = trial.drug();
            if (!drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID)) {
              continue;
            }
            String name = drug.name();
            Optional<Span> span = Span.of(trial, ctx.asOf());
            if (drug.potency().isEmpty()) {
              missing.add("potency of " + name + " not documented");
            } else if (!potencies.contains(drug.potency().get())) {
              notMet.add(name + " is " + drug.potency().get().name().toLowerCase().replace('_', '-') + " potency ("
                  + potencyWords + " required)");
            } else if (trial.outcome() == TrialOutcome.CONTRAINDICATED || trial.outcome() == TrialOutcome.INTOLERANT) {
              notMet.add(name + ": " + trial.outcome().name().toLowerCase() + " (the digest requires a trial with"
                  + " inadequate efficacy and names no exception)");
            } else if (trial.outcome() == TrialOutcome.EFFECTIVE) {
              notMet.add(name + " was effective");
            } else if (trial.start().isEmpty()) {
              missing.add("start date of " + name + " not documented");
            } else if (span.isEmpty() || span.get().days() < days) {
              notMet.add(name + " applied " + span.map(Span::days).orElse(0L) + " days (" + days + " required)");
            } else if (trial.outcome() == TrialOutcome.ONGOING) {
              missing.add(name + " in use for " + span.get().days() + " days; its efficacy not documented");
            } else {
              return Finding.met(() -> name + ": inadequate efficacy after " + span.get().days() + " consecutive days");
            }
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          return notMet.isEmpty() ? Finding.missing("No topical corticosteroid trial documented")
              : Finding.notMet(() -> String.join("; ", notMet));
        });
  }

  // ---------------------------------------------------------------- shared clauses: exacerbations, findings

  private static Criterion exacerbations(String id, String text, int needed, Predicate<Flare> counts, String words) {
    return Criterion.check(id, text)
        .documents(EXACERBATION_HISTORY)
        .whenNotMet("Fewer than " + needed + " " + words + " in the previous year are documented.",
            "Document each exacerbation in the past 12 months with its date and treatment (systemic corticosteroid,"
                + " hospitalization, emergency or urgent care).")
        .whenMissing("The exacerbation history is not documented.",
            "Attach notes or claims for the exacerbations of the past 12 months, with dates and treatment.")
        .by(ctx -> {
          if (ctx.request().flares().isEmpty()) {
            return Finding.missing("No exacerbation history documented");
          }
          LocalDate windowStart = ctx.asOf().minusYears(1);
          List<LocalDate> dates = new ArrayList<>();
          for (Flare flare : ctx.request().flares()) {
            if (!flare.date().isBefore(windowStart) && !flare.date().isAfter(ctx.asOf()) && counts.test(flare)) {
              dates.add(flare.date());
            }
          }
          Supplier<String> detail = () -> dates.size() + " " + words + " since " + windowStart
              + (dates.isEmpty() ? "" : " " + dates) + " (" + needed + " or more required)";
          return dates.size() >= needed ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  /** True if a finding of {@code kind} is documented present, false if only documented absent, empty if neither. */
  private static Optional<Boolean> documented(EvaluationContext ctx, ClinicalFindingKind kind) {
    Optional<Boolean> documented = Optional.empty();
    for (ClinicalFinding f : ctx.request().clinicalFindings()) {
      if (f.kind() == kind) {
        if (f.present()) {
          return Optional.of(true);
        }
        documented = Optional.of(false);
      }
    }
    return documented;
  }

  /** The earliest-onset finding of {@code kind} documented present. */
  private static Optional<ClinicalFinding> presentFinding(EvaluationContext ctx, ClinicalFindingKind kind) {
    ClinicalFinding found = null;
    for (ClinicalFinding f : ctx.request().clinicalFindings()) {
      if (f.kind() == kind && f.present()
          && (found == null || found.since().isEmpty()
              || f.since().isPresent() && f.since().get().isBefore(found.since().get()))) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  private static Criterion attestation(String id, String text, ClinicalFindingKind kind, DocumentRequirement document,
      String words) {
    return Criterion.check(id, text)
        .documents(document)
        .whenNotMet("It is documented that the patient has not: " + words + ".",
            "Meet the other alternative, or document " + words + ".")
        .whenMissing("It is not documented whether: " + words + ".", "Document " + words + " in the clinical notes.")
        .by(ctx -> {
          Optional<Boolean> documented = documented(ctx, kind);
          if (documented.isEmpty()) {
            return Finding.missing(() -> "Not documented: " + words);
          }
          return documented.get() ? Finding.met(() -> "Documented: " + words)
              : Finding.notMet(() -> "Documented absent: " + words);
        });
  }

  private static Criterion noSecondaryCause(String id, String text, String disease) {
    return Criterion.check(id, text)
        .documents(SECONDARY_CAUSE_ASSESSMENT)
        .whenNotMet("A secondary cause of the " + disease + " is documented.",
            "Treat or manage the secondary cause; coverage is for " + disease + " without a secondary cause.")
        .whenMissing("The work-up for secondary causes is not documented.",
            "Document that secondary causes (other diseases, medications) were considered and none was found.")
        .by(ctx -> {
          Optional<Boolean> cause = documented(ctx, ClinicalFindingKind.SECONDARY_CAUSE);
          if (cause.isEmpty()) {
            return Finding.missing("Secondary causes not documented");
          }
          return cause.get() ? Finding.notMet("Secondary cause documented") : Finding.met("No secondary cause found");
        });
  }

  /**
   * A symptom lasting at least {@code days} (inclusive of its onset and the as-of date), or more
   * than {@code days} with {@code strictly}.
   */
  private static Criterion symptomFor(String id, String text, ClinicalFindingKind kind, int days, boolean strictly,
      String durationWords) {
    String symptom = words(kind);
    return Criterion.check(id, text)
        .documents(SYMPTOM_HISTORY)
        .whenNotMet("The documented " + symptom + " has lasted less than " + durationWords + ".",
            "Re-request once the " + symptom + " has lasted " + durationWords + ", documenting when it began.")
        .whenMissing("When the " + symptom + " began is not documented.",
            "Document the " + symptom + " and the date it began.")
        .by(ctx -> {
          Optional<ClinicalFinding> finding = presentFinding(ctx, kind);
          if (finding.isEmpty()) {
            return documented(ctx, kind).isPresent() ? Finding.notMet(() -> capitalised(symptom) + " documented absent")
                : Finding.missing(() -> capitalised(symptom) + " not documented");
          }
          if (finding.get().since().isEmpty()) {
            return Finding.missing(() -> capitalised(symptom) + " documented without its onset date");
          }
          LocalDate since = finding.get().since().get();
          long lasted = since.isAfter(ctx.asOf()) ? 0 : ChronoUnit.DAYS.between(since, ctx.asOf()) + 1;
          Supplier<String> detail = () -> capitalised(symptom) + " since " + since + ": " + lasted + " days ("
              + durationWords + " = " + (strictly ? "more than " + days : days + " or more") + " days required)";
          boolean enough = strictly ? lasted > days : lasted >= days;
          return enough ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  // ---------------------------------------------------------------- reauthorization clauses

  private static Criterion dupixentReceived(String id, int months) {
    return Criterion.check(id, "Patient has already received at least " + months + " months of therapy with Dupixent")
        .documents(REQUESTED_DRUG_HISTORY)
        .whenNotMet("Less than " + months + " months of Dupixent therapy is documented.",
            "A patient with less than " + months + " months of Dupixent is reviewed under the initial criteria: submit an"
                + " initial request.")
        .whenMissing("When Dupixent was started is not documented.",
            "Attach the Dupixent dispensing or administration records with the start date.")
        .by(ctx -> {
          List<Span> spans = new ArrayList<>();
          List<String> undated = new ArrayList<>();
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (!DrugNames.mentionsAny(trial.drug(), DUPIXENT) || trial.outcome() == TrialOutcome.CONTRAINDICATED) {
              continue;
            }
            if (trial.start().isEmpty()) {
              undated.add(trial.drug().name());
            }
            Span.of(trial, ctx.asOf()).ifPresent(spans::add);
          }
          Span longest = Span.longest(Span.merge(spans));
          if (longest != null && longest.spansMonths(months)) {
            return Finding.met(() -> "Dupixent from " + longest.first + " to " + longest.last + " (" + months
                + " months reached on " + longest.monthsReachedOn(months) + ")");
          }
          if (!undated.isEmpty() || longest == null) {
            return Finding.missing(() -> undated.isEmpty() ? "No Dupixent therapy documented"
                : "Start date of " + String.join(", ", undated) + " not documented");
          }
          return Finding.notMet(() -> "Dupixent from " + longest.first + " to " + longest.last + " (" + months
              + " months would be reached on " + longest.monthsReachedOn(months) + ")");
        });
  }

  private static Criterion responded(String id, Set<ResponseMarker> accepted, boolean perPrescriber, String examples) {
    String text = perPrescriber
        ? "Patient has responded to Dupixent, as determined by the prescriber (for example: " + examples + ")"
        : "Patient has experienced a beneficial clinical response, shown by ONE of: " + examples;
    return Criterion.check(id, text)
        .documents(RESPONSE_TO_THERAPY)
        .whenNotMet("No beneficial response to Dupixent of the kind the policy lists is documented.",
            "Document the improvement since starting Dupixent (" + examples + "), compared with baseline, with dates.")
        .whenMissing("The response to Dupixent is not documented.",
            "Attach dated notes comparing the disease now with baseline (" + examples + ").")
        .by(ctx -> Responses.documentedResponse(ctx, accepted, "are not among those the policy lists"));
  }

  // ---------------------------------------------------------------- next steps

  private static final Map<String, String> REAUTHORIZATION_REMINDERS = Map.of(
      P + "1", "at least 6 months of Dupixent, continued inhaled corticosteroid, and the response (fewer exacerbations,"
          + " symptoms, hospitalizations or oral corticosteroid use)",
      P + "2", "at least 4 months of Dupixent and the response (less erythema, papulation, pruritus or affected area)",
      P + "3", "at least 6 months of Dupixent, continued intranasal corticosteroid, and the response (smaller polyps, less"
          + " congestion, better smell)",
      P + "4", "at least 6 months of Dupixent and the response (lower eosinophil count, less dysphagia, fewer food impactions)",
      P + "5", "at least 6 months of Dupixent and the response (fewer or smaller nodules, less pruritus)",
      P + "6", "at least 6 months of Dupixent, continued LABA + LAMA, and the response (fewer symptoms, exacerbations or"
          + " hospitalizations, better lung function)",
      P + "7", "at least 6 months of Dupixent and the response (less itch, fewer or smaller hives)",
      P + "8", "at least 6 months of Dupixent and the response (smaller affected area, fewer blisters or erosions, less"
          + " corticosteroid need)");

  private static NextStepPlanner nextSteps() {
    CignaDirectory directory = CignaDirectory.standard();
    Map<String, List<NextStep>> reminders = new HashMap<>();
    REAUTHORIZATION_REMINDERS.forEach((pathway, reminder) -> reminders.put(pathway, List.of(NextStep.builder()
        .action("Before the approval ends, request reauthorization documenting " + reminder)
        .actor("prescriber")
        .build())));
    return CignaNextSteps.template(directory, "prescriber or clinic staff",
            List.of("provider-portal", "pa-fax", "provider-line"), List.of("pa-standard-dupixent", "pa-standard"),
            List.of("pa-expedited"))
        .afterApproval(NextStep.builder()
            .action("Send the prescription to Accredo, Cigna's specialty pharmacy, and have the patient set up delivery;"
                + " starting Dupixent before approval risks paying for it")
            .actor("prescriber and patient")
            .addContacts(directory.contact("accredo-phone"), directory.contact("accredo-web"))
            .addTiming(directory.timing("accredo-after-approval"))
            .build())
        .afterApproval((pathway, ctx) -> pathway.map(m -> reminders.getOrDefault(m.id(), List.of())).orElse(List.of()))
        .resolvedBy("prescriber")
        .appeal(appeal(directory))
        .whenNotCovered(NextStep.builder()
            .action("The requested use is not covered; discuss alternatives with the prescriber")
            .actor("prescriber and patient")
            .build())
        .build();
  }

  private static NextStep appeal(CignaDirectory directory) {
    return CignaNextSteps.appeal(directory, CignaNextSteps.FIRST_LEVEL_APPEAL, "patient or prescriber",
        "member-services", "provider-line");
  }

  // ---------------------------------------------------------------- small helpers

  private static String words(ClinicalFindingKind kind) {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A run of days, both ends inclusive. */
  private static final class Span {
    final LocalDate first;
    final LocalDate last;

    Span(LocalDate first, LocalDate last) {
      this.first = first;
      this.last = last;
    }

    /** The days a trial was in use through {@code asOf}; empty without a start or if it starts later. */
    static Optional<Span> of(TherapyTrial trial, LocalDate asOf) {
      if (trial.start().isEmpty() || trial.start().get().isAfter(asOf)) {
        return Optional.empty();
      }
      LocalDate last = trial.end().orElse(asOf);
      return Optional.of(new Span(trial.start().get(), last.isAfter(asOf) ? asOf : last));
    }

    long days() {
      return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The last day of the first {@code months} consecutive months: 1 January + 3 months is 31 March. */
    LocalDate monthsReachedOn(int months) {
      return first.plusMonths(months).minusDays(1);
    }

    boolean spansMonths(int months) {
      return !last.isBefore(monthsReachedOn(months));
    }

    Optional<Span> clippedFrom(LocalDate from) {
      if (last.isBefore(from)) {
        return Optional.empty();
      }
      return Optional.of(first.isBefore(from) ? new Span(from, last) : this);
    }

    /** Sorted runs, joining spans that overlap or follow each other without a gap day. */
    static List<Span> merge(List<Span> spans) {
      List<Span> sorted = new ArrayList<>(spans);
      sorted.sort(Comparator.comparing((Span s) -> s.first).thenComparing(s -> s.last));
      List<Span> merged = new ArrayList<>();
      for (Span s : sorted) {
        Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (previous != null && !s.first.isAfter(previous.last.plusDays(1))) {
          merged.set(merged.size() - 1, new Span(previous.first, s.last.isAfter(previous.last) ? s.last : previous.last));
        } else {
          merged.add(s);
        }
      }
      return merged;
    }

    /** Days covered by both lists of merged runs. */
    static List<Span> intersect(List<Span> a, List<Span> b) {
      List<Span> both = new ArrayList<>();
      for (Span x : a) {
        for (Span y : b) {
          LocalDate first = x.first.isAfter(y.first) ? x.first : y.first;
          LocalDate last = x.last.isBefore(y.last) ? x.last : y.last;
          if (!last.isBefore(first)) {
            both.add(new Span(first, last));
          }
        }
      }
      return merge(both);
    }

    /** The longest run (the earliest of equal ones), or null. */
    static Span longest(List<Span> spans) {
      Span longest = null;
      for (Span s : spans) {
        if (longest == null || s.days() > longest.days()) {
          longest = s;
        }
      }
      return longest;
    }
  }
}
