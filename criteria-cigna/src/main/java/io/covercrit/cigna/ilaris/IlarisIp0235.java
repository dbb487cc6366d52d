package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.internal.CignaDocuments.COLCHICINE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.CRP_RESULT;
import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.FLARE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.GOUT_FLARE_THERAPY_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_ADMINISTRATION;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_RESPONSE;
import static io.covercrit.cigna.internal.CignaDocuments.PERIODIC_FEVER_CONFIRMATION;
import static io.covercrit.cigna.internal.CignaDocuments.PRESCRIBER_SPECIALTY;
import static io.covercrit.cigna.internal.CignaDocuments.STILLS_PRIOR_THERAPY;
import static io.covercrit.cigna.internal.CignaDocuments.URATE_LOWERING_THERAPY;
import static io.covercrit.core.clauses.Diagnoses.codeDescription;
import static io.covercrit.core.clauses.Diagnoses.codes;
import static io.covercrit.core.clauses.Diagnoses.firstMatching;
import static io.covercrit.core.clauses.Diagnoses.usable;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.ConcurrentUse;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.Responses;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import io.covercrit.core.model.Urgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Cigna National Formulary Coverage Policy IP0235, "Inflammatory Conditions – Ilaris (canakinumab
 * for subcutaneous injection)", encoded as far as it can be known <b>without the policy body</b>.
 *
 * <h2>Where the criteria come from</h2>
 * Only the header and the table of contents of the policy could be read (product identifier
 * 12878; sections National Formulary Medical Necessity, Conditions Not Covered, Background,
 * References, Revision History). Every criterion below is reconstructed from patient guides
 * (Counterforce Health, AI-written; the North Carolina guide is the seed) and from analog
 * policies: Cigna's own Arcalyst (rilonacept) policy, eviCore's canakinumab policies (Cigna's
 * medical-benefit vendor) and Medical Mutual's Ilaris policy (an Express Scripts-style template).
 * The descriptor's {@link Provenance} is {@link Reliability#ANALOG_POLICY}, the weakest source the
 * criteria rest on; HIDS/MKD, for which no source gives criteria of its own, is
 * {@link Reliability#UNCERTAIN}. Every determination carries the provenance and its readings, so a
 * host can badge it as not the payer's text. The revision history was not retrieved: one version,
 * without an effective date.
 *
 * <h2>Clause ids</h2>
 * Pathways and letters follow the numbering of the source digest, which lists the indications as
 * 1 CAPS, 2 FMF, 3 HIDS/MKD, 4 TRAPS, 5 Still's disease, 6 gout flares and letters each
 * indication's criteria in Cigna's usual "approve if ALL of (A, B, C)" order. That numbering is
 * <em>not</em> known to match the PDF. Where the digest gives no id, ids were assigned:
 * <ul>
 *   <li>{@code IP0235 N.dx}: the diagnosis of the pathway heading (as in IP0369);
 *   <li>{@code 2.D.i}/{@code 2.D.ii}, {@code 3.A.i}/{@code 3.A.ii}, {@code 4.B.i}/{@code 4.B.ii}:
 *       the CRP part and the flare part of the digest's single "before starting" clause;
 *   <li>{@code 3.B} (age) and {@code 3.C} (prescriber) for HIDS/MKD, where the digest has only
 *       3.A (CRP and flare history);
 *   <li>{@code 6.B.i.a}–{@code e} and {@code 6.B.ii.a}–{@code c}: the conjuncts of the digest's
 *       6.B.i and 6.B.ii, in its order;
 *   <li>{@code IP0235 Reauthorization N} with {@code N.A} (established on Ilaris) and {@code N.B}
 *       (response), from the Cigna Arcalyst reauthorization template; {@code Reauthorization 6}
 *       for gout (response to the previous dose);
 *   <li>{@code IP0235 Not Covered 1}, {@code 2} and {@code (other use)}: the section exists, its
 *       content was not retrieved;
 *   <li>CAPS has no {@code 1.C}: the digest's 1.C (genetic test, Medical Mutual only) is not
 *       encoded.
 * </ul>
 *
 * <h2>Conflicts between the sources, and the reading encoded</h2>
 * <ul>
 *   <li><b>Still's disease, prior therapy (5.B).</b> The guides require failure of conventional
 *       therapy ("NSAIDs, steroids, DMARDs"; "methotrexate, corticosteroids, or other DMARDs").
 *       eviCore requires trials of two other biologics unless an exception applies (Actemra or
 *       Kineret pathways, macrophage activation syndrome, poor prognosis). <b>Encoded: the guides'
 *       reading</b>: one NSAID, systemic corticosteroid, conventional DMARD or other biologic that
 *       failed, was not tolerated or is contraindicated. It is what the guides say of IP0235
 *       itself (the VA, CA and NC guides agree), it fits the FDA-labelled population, and the
 *       two-biologic step is a medical-benefit preferred-product rule of a different program.
 *       A failed biologic also meets 5.B, so a patient who has tried the two biologics eviCore asks
 *       for meets this one too. <b>Not encoded: the two-biologic step</b> (nor its exceptions
 *       for macrophage activation syndrome or poor prognosis); if Cigna applies it, a request
 *       meeting 5.B here may still be denied.
 *   <li><b>Ages.</b> The NC guide gives "≥ 4 years for periodic fever syndromes"; Medical Mutual
 *       gives ≥ 2 for FMF and TRAPS; CAPS is labelled from 4. Encoded: CAPS ≥ 4; FMF, TRAPS and
 *       HIDS/MKD ≥ 2; Still's disease ≥ 2 (guides, eviCore); gout ≥ 18.
 *   <li><b>Flares.</b> The NC guide gives "≥ 6 flares per year or hospitalization" for all
 *       periodic fevers; Medical Mutual gives FMF "≥ 1 flare per month despite colchicine".
 *       Encoded: FMF ≥ 1 a month despite colchicine, TRAPS and HIDS/MKD ≥ 6 a year, or a
 *       hospitalised flare for any of them.
 *   <li><b>CRP</b> ≥ 10 mg/L or ≥ 2 × the lab's upper limit of normal "before starting"
 *       (Medical Mutual, eviCore), "within 3 months" (guides): encoded for FMF, TRAPS and
 *       HIDS/MKD. Not encoded for Still's disease, where only the guides ask for it.
 *   <li><b>CAPS genetic test</b> (NLRP3): Medical Mutual only, in no Cigna source; not a
 *       criterion. The genetic report is asked for as a supporting document of the diagnosis.
 *   <li><b>Approval durations.</b> CAPS 6 months (Cigna Arcalyst; eviCore 3 or 6); FMF, TRAPS,
 *       HIDS/MKD 4 months (eviCore; some FMF versions 6); Still's disease 3 months (eviCore,
 *       some versions); gout 12 weeks (Medical Mutual); renewal 12 months (gout 12 weeks).
 *   <li><b>Reauthorization</b> (CAPS, FMF, HIDS/MKD, TRAPS, Still's disease) is the Arcalyst
 *       template only: the diagnosis, established on Ilaris, and a beneficial response. The
 *       initial criteria are not checked again, so a long-term patient whose pre-treatment CRP or
 *       flare history is no longer on file can be renewed. Gout has no such template: its
 *       reauthorization is the indication's criteria (6.B.ii, retreatment) and a response to the
 *       previous dose.
 *   <li><b>"Established on therapy for at least 6 months"</b> (a reading): the template assumes
 *       a 6-month initial approval; where the encoded initial approval is shorter (FMF, TRAPS,
 *       HIDS/MKD 4 months, Still's disease 3) the requirement is that period, so the first
 *       renewal falls due when the initial approval ends. A patient on Ilaris for less is
 *       reviewed under the initial criteria (the template's note), which the remedy says. The
 *       period is counted on the <em>current course</em>: Ilaris trials that overlap or follow
 *       each other within one labelled dosing interval (CAPS 8 weeks, the others 4 weeks, counted
 *       from a trial's last injection) are one course; a restart after a longer pause counts
 *       from the restart. Ilaris listed as a current medication while the documented course
 *       ended more than one interval ago leaves the restart date MISSING.
 *   <li><b>HIDS/MKD prescriber.</b> No source; encoded as any specialty a source names for the
 *       periodic fevers (rheumatology, allergy, immunology, medical genetics, nephrology,
 *       gastroenterology, oncology, hematology).
 *   <li><b>Conditions Not Covered.</b> Content not retrieved. Encoded from the analog template:
 *       concurrent biologic or targeted synthetic DMARD (1), rheumatoid arthritis (2), and any
 *       use other than the six indications (eviCore: off-label uses are not covered).
 * </ul>
 *
 * <h2>Diagnoses (ICD-10-CM FY2026) and where the NC guide's codes are imprecise</h2>
 * <ul>
 *   <li>CAPS is M04.2; FMF, TRAPS and HIDS/MKD all are M04.1 (since FY2018), so the syndrome must
 *       be documented as a {@link DiagnosisSubtype}; M04.1 without one is MISSING, not failed.
 *   <li>Still's disease is M06.1 (adult-onset) or M08.2- (systemic JIA, M08.20 to M08.2A); gout is
 *       M10.- or chronic gout M1A.-. Recognised by hierarchy ({@link Icd10Code#isWithin}), so
 *       site codes the curated set does not list are accepted as UNKNOWN, not rejected.
 *   <li>The guide lists <b>M04.10 "Systemic juvenile idiopathic arthritis"</b>: no such code
 *       exists (M04.1 has no subcodes and is the periodic fever syndromes). M04.10 is reported
 *       as invalid, with the fix naming M08.2- and M06.1.
 *   <li>The guide lists <b>E85.0/E85.1/E85.2 for "CAPS syndromes"</b>: these are heredofamilial
 *       amyloidoses (non-neuropathic, neuropathic, unspecified). Alone they make the CAPS
 *       diagnosis MISSING with the fix "CAPS is M04.2". E85.0 is accepted for FMF when FMF is
 *       documented as the subtype (FMF-related amyloidosis).
 * </ul>
 *
 * <h2>Counting</h2>
 * <ul>
 *   <li><b>Baseline.</b> "Before starting" evidence (CRP, flare history) is judged against the
 *       first documented Ilaris dose; when Ilaris has not been started, against the as-of date.
 *       An initial request of a patient already on Ilaris without a documented start leaves it
 *       MISSING. Reauthorizations do not ask for the baseline (see Reauthorization).
 *   <li><b>Windows</b> include both ends: "within 3 months" of a baseline of 24 November is 24
 *       August to 24 November. "≥ 1 flare per month" is read as at least 3 flares in the 3 months
 *       before baseline (an average of one a month; no source gives a window), counting flares
 *       while colchicine was in use (all flares if it is contraindicated or not tolerated).
 *       "≥ 6 flares per year" and gout's "≥ 3 flares in the past 12 months" count the 12 months
 *       before baseline (gout: before the as-of date). A hospitalised flare on or before
 *       baseline counts at any date.
 *   <li><b>CRP units.</b> Values are converted to mg/L before comparing ({@link Quantity#to}):
 *       1.0 mg/dL is 10 mg/L. "≥ 2 × ULN" uses the lab's own reference range; a CRP below
 *       10 mg/L without a documented upper limit is MISSING, since it may still be ≥ 2 × ULN.
 *       A CRP outside the window documents nothing about baseline: MISSING.
 *   <li><b>A previous Ilaris dose</b> is a {@link TherapyTrial} of Ilaris (canakinumab) whose
 *       end date is the day of the last injection (start equals end for a single gout dose).
 *       "≥ 12 weeks since the last dose" is at least 84 days from that date to the as-of date.
 *       The therapy history is taken as complete for Ilaris: no Ilaris trial means no previous
 *       Ilaris (6.B.i.a met, 6.B.ii.a not met).
 *   <li><b>Prior-therapy outcomes</b> ("tried", "intolerant, contraindicated or ineffective"):
 *       FAILED, INTOLERANT and CONTRAINDICATED meet them; EFFECTIVE does not; ONGOING leaves the
 *       outcome MISSING. No duration is required: no source gives one.
 * </ul>
 *
 * <p>Process data (portal, fax, CoverMyMeds, Accredo, review clocks) comes from the guides
 * through {@code cigna-directory.json}, each item with its source. The guide's HCPCS code J0638
 * (canakinumab, 1 mg) and NDC 00078-0734-xx are billing data, not criteria.
 */
public final class IlarisIp0235 {
  /** Registry id of this policy. */
  public static final String POLICY_ID = "cigna/IP0235";

  /** When the sources were read and encoded. */
  static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);

  static final int CAPS_MINIMUM_AGE = 4;
  static final int PERIODIC_FEVER_MINIMUM_AGE = 2;
  static final int STILLS_MINIMUM_AGE = 2;
  static final int GOUT_MINIMUM_AGE = 18;

  static final BigDecimal CRP_MINIMUM_MG_PER_L = BigDecimal.TEN;
  static final BigDecimal CRP_ULN_MULTIPLE = BigDecimal.valueOf(2);
  static final Period LAB_WINDOW = Period.ofMonths(3);

  static final int FMF_FLARES = 3;
  static final Period FMF_FLARE_WINDOW = Period.ofMonths(3);
  static final int PERIODIC_FEVER_FLARES_PER_YEAR = 6;
  static final int GOUT_FLARES = 3;
  static final Period YEAR = Period.ofMonths(12);
  static final int GOUT_RETREATMENT_DAYS = 12 * 7;

  static final Period CAPS_APPROVAL = Period.ofMonths(6);
  static final Period PERIODIC_FEVER_APPROVAL = Period.ofMonths(4);
  static final Period STILLS_APPROVAL = Period.ofMonths(3);
  static final Period GOUT_APPROVAL = Period.ofWeeks(12);
  static final Period RENEWAL = Period.ofMonths(12);
  /** The reauthorization template's "established on therapy" period, capped by the initial approval. */
  static final int ESTABLISHED_MONTHS = 6;
  /** Labelled dosing intervals: CAPS every 8 weeks; FMF, TRAPS, HIDS/MKD and Still's disease every 4 weeks. */
  static final Period CAPS_DOSING_INTERVAL = Period.ofWeeks(8);
  static final Period DOSING_INTERVAL = Period.ofWeeks(4);

  private static final Icd10Code PERIODIC_FEVER_SYNDROMES = Icd10Code.of("M04.1");
  private static final Icd10Code CAPS = Icd10Code.of("M04.2");
  private static final Icd10Code UNSPECIFIED_AUTOINFLAMMATORY = Icd10Code.of("M04.9");
  private static final Icd10Code ADULT_ONSET_STILLS = Icd10Code.of("M06.1");
  private static final Icd10Code SYSTEMIC_JIA = Icd10Code.of("M08.2");
  private static final Icd10Code GOUT = Icd10Code.of("M10");
  private static final Icd10Code CHRONIC_GOUT = Icd10Code.of("M1A");
  private static final Icd10Code FMF_AMYLOIDOSIS = Icd10Code.of("E85.0");
  private static final List<Icd10Code> HEREDOFAMILIAL_AMYLOIDOSIS =
      List.of(Icd10Code.of("E85.0"), Icd10Code.of("E85.1"), Icd10Code.of("E85.2"));
  private static final Icd10Code RA_WITH_RHEUMATOID_FACTOR = Icd10Code.of("M05");
  private static final Icd10Code OTHER_RA = Icd10Code.of("M06");
  private static final Icd10Code INFLAMMATORY_POLYARTHROPATHY = Icd10Code.of("M06.4");

  private static final Set<Specialty> CAPS_PRESCRIBERS = Collections.unmodifiableSet(EnumSet.of(
      Specialty.RHEUMATOLOGY, Specialty.MEDICAL_GENETICS, Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY));
  private static final Set<Specialty> FMF_PRESCRIBERS = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY,
      Specialty.NEPHROLOGY, Specialty.MEDICAL_GENETICS, Specialty.GASTROENTEROLOGY, Specialty.ONCOLOGY, Specialty.HEMATOLOGY));
  private static final Set<Specialty> TRAPS_PRESCRIBERS = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY,
      Specialty.MEDICAL_GENETICS, Specialty.NEPHROLOGY, Specialty.ONCOLOGY, Specialty.HEMATOLOGY));
  private static final Set<Specialty> HIDS_PRESCRIBERS = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY,
      Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.MEDICAL_GENETICS, Specialty.NEPHROLOGY, Specialty.GASTROENTEROLOGY,
      Specialty.ONCOLOGY, Specialty.HEMATOLOGY));
  private static final Set<Specialty> RHEUMATOLOGIST = Collections.unmodifiableSet(EnumSet.of(Specialty.RHEUMATOLOGY));

  /**
   * Improvements that count as "an objective measure or at least one symptom" for an IL-1
   * inhibitor: SYMPTOMS is the template's "improvement in at least one symptom", URTICARIA the
   * urticarial rash of CAPS.
   */
  private static final Set<ResponseMarker> RESPONSE_MARKERS = Collections.unmodifiableSet(EnumSet.of(
      ResponseMarker.INFLAMMATORY_MARKERS, ResponseMarker.FLARE_FREQUENCY, ResponseMarker.SYMPTOMS,
      ResponseMarker.URTICARIA, ResponseMarker.ERYTHEMA, ResponseMarker.PRURITUS, ResponseMarker.OTHER));

  private static final Set<String> ILARIS = DrugNames.lowerCase("ilaris", "canakinumab");
  private static final Set<String> COLCHICINE = DrugNames.lowerCase("colchicine", "colcrys", "mitigare", "gloperba", "lodoco");
  private static final Set<String> NSAIDS = DrugNames.lowerCase("nsaid", "ibuprofen", "advil", "motrin", "naproxen", "aleve",
      "naprosyn", "anaprox", "indomethacin", "indocin", "tivorbex", "diclofenac", "voltaren", "cataflam", "meloxicam", "mobic",
      "celecoxib", "celebrex", "ketorolac", "etodolac", "nabumetone", "piroxicam", "feldene", "sulindac", "ketoprofen",
      "flurbiprofen", "oxaprozin", "daypro", "tolmetin");
  private static final Set<String> SYSTEMIC_CORTICOSTEROIDS = DrugNames.lowerCase("prednisone", "deltasone", "rayos",
      "prednisolone", "orapred", "millipred", "methylprednisolone", "medrol", "dexamethasone", "decadron", "corticotropin",
      "acthar");
  /** Corticosteroids that also come as creams: systemic only in a systemic form. */
  private static final Set<String> CORTICOSTEROIDS_ALSO_TOPICAL = DrugNames.lowerCase("triamcinolone", "kenalog",
      "hydrocortisone", "betamethasone", "celestone");
  private static final Set<String> CONVENTIONAL_DMARDS = DrugNames.lowerCase("methotrexate", "trexall", "otrexup", "rasuvo",
      "xatmep", "jylamvo", "leflunomide", "arava", "sulfasalazine", "azulfidine", "hydroxychloroquine", "plaquenil",
      "cyclosporine", "neoral", "sandimmune", "gengraf", "azathioprine", "imuran", "mycophenolate", "cellcept");
  private static final Set<DosageForm> TOPICAL_FORMS = Collections.unmodifiableSet(EnumSet.of(DosageForm.CREAM,
      DosageForm.OINTMENT, DosageForm.LOTION, DosageForm.GEL, DosageForm.FOAM, DosageForm.SOLUTION, DosageForm.OPHTHALMIC));
  private static final Set<String> URATE_LOWERING = DrugNames.lowerCase("allopurinol", "zyloprim", "aloprim", "febuxostat",
      "uloric", "probenecid", "pegloticase", "krystexxa", "lesinurad", "zurampic", "duzallo");
  /** Pegloticase is a biologic by make but the urate-lowering therapy 6.C asks for, not a concurrent biologic. */
  private static final Set<String> BIOLOGIC_URATE_LOWERING = DrugNames.lowerCase("pegloticase", "krystexxa");
  /** Biologics and targeted synthetic DMARDs by brand and generic name (Not Covered 1), besides drug class. */
  private static final Set<String> BIOLOGICS_AND_TARGETED_SYNTHETICS = DrugNames.lowerCase(
      "kineret", "anakinra", "arcalyst", "rilonacept",
      "actemra", "tocilizumab", "tofidence", "tyenne", "kevzara", "sarilumab",
      "humira", "adalimumab", "amjevita", "cyltezo", "hyrimoz", "hadlima", "yusimry", "hulio", "idacio", "yuflyma", "simlandi",
      "enbrel", "etanercept", "erelzi", "eticovo", "remicade", "infliximab", "inflectra", "renflexis", "avsola",
      "cimzia", "certolizumab", "simponi", "golimumab", "orencia", "abatacept", "rituxan", "rituximab", "truxima", "ruxience",
      "stelara", "ustekinumab", "cosentyx", "secukinumab", "taltz", "ixekizumab", "bimzelx", "bimekizumab",
      "skyrizi", "risankizumab", "tremfya", "guselkumab", "ilumya", "tildrakizumab", "siliq", "brodalumab",
      "entyvio", "vedolizumab", "dupixent", "dupilumab", "xolair", "omalizumab", "benlysta", "belimumab", "saphnelo",
      "anifrolumab", "gamifant", "emapalumab",
      "xeljanz", "tofacitinib", "olumiant", "baricitinib", "rinvoq", "upadacitinib", "jakafi", "ruxolitinib",
      "otezla", "apremilast", "sotyktu", "deucravacitinib");

  private IlarisIp0235() {}

  // ---------------------------------------------------------------- Sources

  private static SourceRef source(String title, String url, Reliability reliability) {
    return SourceRef.builder().title(title).url(url).reliability(reliability).checkedOn(FACTS_GATHERED_ON).build();
  }

  private static final SourceRef POLICY_HEADER = source(
      "Cigna National Formulary Coverage Policy, Inflammatory Conditions – Ilaris (canakinumab for subcutaneous injection),"
          + " product identifier 12878: header and table of contents only (docslib copy)",
      "https://docslib.org/doc/3521711/inflammatory-conditions-ilaris%C2%AE-canakinumab-for-subcutaneous-injection",
      Reliability.POLICY_TEXT);
  private static final SourceRef NC_GUIDE = source(
      "How to Get Ilaris (Canakinumab) Covered by Cigna in North Carolina (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/how-to-get-ilaris-canakinumab-covered-by-cigna-in-north-carolina-complete-prior-authorization-and-appeal-guide",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef VA_GUIDE = source(
      "Get Ilaris (canakinumab) covered by Cigna in Virginia (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/get-ilaris-canakinumab-covered-by-cigna-in-virginia-complete-prior-authorization-appeals-guide",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef CA_GUIDE = source(
      "Work with your doctor to get Ilaris (canakinumab) covered by Cigna in California (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/work-with-your-doctor-to-get-ilaris-canakinumab-covered-by-cigna-in-california",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef ARCALYST_CAPS = source(
      "Cigna Arcalyst (rilonacept) policy: cryopyrin-associated periodic syndromes, and its reauthorization (sibling IL-1 policy)",
      "https://coverage.pharmacistwrite.com/coverage/cigna/arcalyst-rilonacept-subcutaneous-injection/cryopyrin-associated-periodic-syndromes-caps-including-famil",
      Reliability.ANALOG_POLICY);
  private static final SourceRef EVICORE = source(
      "eviCore (Evernorth/Cigna) canakinumab medical drug policy summaries (five versions)",
      "https://verity.backworkai.com/policy/EVICORE-MEDICAL_DRUG-70858A47",
      Reliability.ANALOG_POLICY);
  private static final SourceRef MEDICAL_MUTUAL = source(
      "Medical Mutual Ilaris policy (Express Scripts-style template): CAPS, FMF, TRAPS, gout flares",
      "https://coverage.pharmacistwrite.com/coverage/medical-mutual/ilaris/",
      Reliability.ANALOG_POLICY);

  static final String READING_STILLS = "Still's disease, prior therapy (5.B): the patient guides require failure of"
      + " conventional therapy (NSAIDs, corticosteroids, methotrexate or other DMARDs); eviCore's canakinumab policy requires"
      + " trials of two other biologics unless an exception applies. ENCODED: the guides' reading (one NSAID, systemic"
      + " corticosteroid, conventional DMARD or other biologic failed, not tolerated or contraindicated; a failed biologic"
      + " counts, so patients who tried eviCore's two biologics qualify too), because it is what the guides say of IP0235"
      + " itself and the two-biologic step is a medical-benefit preferred-product rule. NOT ENCODED: the two-biologic step"
      + " (nor its exceptions); if Cigna applies it, a request meeting 5.B may still be denied.";
  static final String READING_AGES = "Ages: the NC guide gives 4 years for all periodic fever syndromes, Medical Mutual 2"
      + " years for FMF and TRAPS; encoded CAPS 4, FMF, TRAPS and HIDS/MKD 2, Still's disease 2, gout 18.";
  static final String READING_FLARES = "Flares: the NC guide gives at least 6 flares a year or a hospitalization for all"
      + " periodic fevers, Medical Mutual at least 1 flare a month despite colchicine for FMF; encoded FMF 1 a month (read as"
      + " 3 in the 3 months before the first Ilaris dose, while on colchicine), TRAPS and HIDS/MKD 6 in the 12 months before,"
      + " or any hospitalized flare.";
  static final String READING_CRP = "CRP of 10 mg/L or more, or at least 2 times the lab's upper limit of normal, before"
      + " starting (Medical Mutual, eviCore) and within 3 months (guides): encoded for FMF, TRAPS and HIDS/MKD within the 3"
      + " months before the first Ilaris dose; not encoded for Still's disease, where only the guides ask for it.";
  static final String READING_GENETIC_TEST = "CAPS genetic test (NLRP3): only in Medical Mutual's policy, in no Cigna"
      + " source; not encoded as a criterion (the report is asked for as a supporting document).";
  static final String READING_DURATIONS = "Approval durations: CAPS 6 months (Cigna Arcalyst; eviCore 3 or 6), FMF, TRAPS"
      + " and HIDS/MKD 4 months (eviCore; some FMF versions 6), Still's disease 3 months (eviCore, some versions), gout 12"
      + " weeks (Medical Mutual), renewals 12 months (gout 12 weeks).";
  static final String READING_REAUTHORIZATION = "Reauthorization: the Cigna Arcalyst template only (diagnosis, established"
      + " on Ilaris, beneficial response); the initial criteria, such as the pre-treatment CRP, are not checked again (gout:"
      + " retreatment criteria and a response to the previous dose). 'Established on therapy for 6 months' is read as the"
      + " initial approval period where that is shorter (FMF, TRAPS, HIDS/MKD 4 months, Still's disease 3), counted on the"
      + " current course: Ilaris trials within one labelled dosing interval of each other (CAPS 8 weeks, others 4) are one"
      + " course, and a restart after a longer pause counts from the restart.";
  static final String READING_CODES = "ICD-10-CM: the NC guide lists M04.10 for systemic JIA (no such code: M04.1 is the"
      + " periodic fever syndromes; systemic JIA is M08.2-, adult-onset Still's disease M06.1) and E85.0-E85.2 for CAPS"
      + " (heredofamilial amyloidoses; CAPS is M04.2). Encoded: the official code set; E85.0 counts for FMF only with FMF"
      + " documented.";
  static final String READING_NOT_COVERED = "Conditions Not Covered: the section exists but was not retrieved; encoded from"
      + " the analog template: concurrent biologic or targeted synthetic DMARD, rheumatoid arthritis, and any other use.";
  static final String READING_GOUT = "Gout flares: every criterion comes from Medical Mutual's Ilaris gout policy (age"
      + " 18, matching the guides' 'adults'). 'Not a candidate for repeated corticosteroid courses' is read as a systemic"
      + " corticosteroid documented as contraindicated, not tolerated or ineffective; a previous dose is an Ilaris trial whose"
      + " end date is the injection day, and 12 weeks are 84 days from it to the as-of date.";
  static final String READING_CAPS = "CAPS: age 4 (FDA label, eviCore, Medical Mutual) and the prescriber list (rheumatology,"
      + " genetics, allergy/immunology, dermatology) are Cigna Arcalyst's and Medical Mutual's; no Cigna source asks for"
      + " CRP or flare counts for CAPS.";
  static final String READING_HIDS = "HIDS/MKD: no source gives criteria of its own; eviCore groups it with FMF and TRAPS."
      + " Encoded: CRP and 6 flares a year or a hospitalization, age 2, and any specialty a source names for periodic fevers.";

  private static Provenance provenance(Reliability reliability, List<String> readings, SourceRef... sources) {
    return Provenance.builder()
        .reliability(reliability)
        .gatheredOn(FACTS_GATHERED_ON)
        .addSources(sources)
        .readings(readings)
        .build();
  }

  // ---------------------------------------------------------------- The policy

  /** The one version known: its revision history was not retrieved. */
  public static List<CoveragePolicy> versions() {
    return List.of(build());
  }

  private static CoveragePolicy build() {
    PolicyDescriptor descriptor = PolicyDescriptor.builder()
        .id(POLICY_ID)
        .payer("Cigna Healthcare")
        .title("Ilaris (canakinumab) subcutaneous injection, inflammatory conditions (Cigna National Formulary Coverage"
            + " Policy IP0235; criteria reconstructed from guides and analog policies)")
        .addDrugs("Ilaris", "canakinumab")
        .version("reconstructed 2026-11-24 (policy revision unknown)")
        .provenance(provenance(Reliability.ANALOG_POLICY,
            List.of(READING_STILLS, READING_AGES, READING_FLARES, READING_CRP, READING_GENETIC_TEST, READING_DURATIONS,
                READING_REAUTHORIZATION, READING_CODES, READING_NOT_COVERED, READING_HIDS, READING_CAPS, READING_GOUT),
            POLICY_HEADER, NC_GUIDE, VA_GUIDE, CA_GUIDE, ARCALYST_CAPS, EVICORE, MEDICAL_MUTUAL))
        .putPathwayProvenance("IP0235 1", provenance(Reliability.ANALOG_POLICY,
            List.of(READING_CAPS, READING_AGES, READING_GENETIC_TEST, READING_DURATIONS, READING_REAUTHORIZATION, READING_CODES),
            ARCALYST_CAPS, MEDICAL_MUTUAL, EVICORE, NC_GUIDE))
        .putPathwayProvenance("IP0235 2", provenance(Reliability.ANALOG_POLICY,
            List.of(READING_AGES, READING_FLARES, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION, READING_CODES),
            MEDICAL_MUTUAL, EVICORE, NC_GUIDE))
        .putPathwayProvenance("IP0235 3", provenance(Reliability.UNCERTAIN,
            List.of(READING_HIDS, READING_FLARES, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION),
            EVICORE, NC_GUIDE))
        .putPathwayProvenance("IP0235 4", provenance(Reliability.ANALOG_POLICY,
            List.of(READING_AGES, READING_FLARES, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION),
            MEDICAL_MUTUAL, EVICORE, NC_GUIDE))
        .putPathwayProvenance("IP0235 5", provenance(Reliability.ANALOG_POLICY,
            List.of(READING_STILLS, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION, READING_CODES),
            NC_GUIDE, VA_GUIDE, CA_GUIDE, EVICORE))
        .putPathwayProvenance("IP0235 6", provenance(Reliability.ANALOG_POLICY,
            List.of(READING_GOUT, READING_DURATIONS, READING_CODES),
            MEDICAL_MUTUAL, NC_GUIDE))
        .build();
    return CriteriaPolicy.builder(descriptor)
        .exclusionsSection("IP0235 Not Covered",
            "Conditions Not Covered (section not retrieved; items from the analog template): any other use is not covered")
        .exclusion(notConcurrentWithBiologicOrTargetedSynthetic())
        .exclusion(notForRheumatoidArthritis())
        .exclusion(notForAnyOtherUse())
        .medicalNecessitySection("IP0235 Medical Necessity",
            "National Formulary Medical Necessity: Ilaris is approved when ONE of the following is met")
        .reauthorizationSection("IP0235 Reauthorization",
            "Patient currently receiving Ilaris: the diagnosis of the indication AND the reauthorization criteria (gout:"
                + " the indication's criteria AND a response to the previous dose)")
        .pathway(caps())
        .pathway(familialMediterraneanFever())
        .pathway(hidsMkd())
        .pathway(traps())
        .pathway(stillsDisease())
        .pathway(goutFlares())
        .nextSteps(IlarisIp0235::nextSteps)
        .note("NOT THE POLICY TEXT: the body of Cigna IP0235 was not available. These criteria are reconstructed from patient"
            + " guides and analog policies (Cigna Arcalyst, eviCore canakinumab, Medical Mutual Ilaris); confirm them against"
            + " the current policy before relying on a determination.")
        .note("Baseline evidence (CRP, flare history) is judged before the first documented Ilaris dose, or before the as-of"
            + " date if Ilaris has not been started. Windows include both ends; CRP is compared in mg/L (1 mg/dL = 10 mg/L).")
        .note("A previous Ilaris dose is a therapy trial of Ilaris whose end date is the day of the last injection; gout"
            + " retreatment needs at least 84 days (12 weeks) from that day to the as-of date.")
        .note("Still's disease: the guides' conventional-therapy step is encoded; eviCore's two-prior-biologic step is not"
            + " (see the provenance readings).")
        .build();
  }

  // ---------------------------------------------------------------- 1. CAPS

  private static Pathway caps() {
    return Pathway.builder("IP0235 1", "Cryopyrin-Associated Periodic Syndromes (CAPS: FCAS, MWS, NOMID/CINCA)")
        .diagnosis(Criterion.check("IP0235 1.dx", "Diagnosis of a cryopyrin-associated periodic syndrome (ICD-10-CM M04.2)")
            .documents(DIAGNOSIS_NOTES, PERIODIC_FEVER_CONFIRMATION)
            .whenNotMet("The request is not for a cryopyrin-associated periodic syndrome.",
                "Submit under the pathway that matches the diagnosis, or document CAPS (M04.2).")
            .whenMissing("The diagnosis is not documented.",
                "Attach the specialist note with the CAPS diagnosis and its ICD-10-CM code (M04.2).")
            .by(IlarisIp0235::capsDiagnosis))
        .criteria(
            ageAtLeast("IP0235 1.A", CAPS_MINIMUM_AGE),
            prescribedBy("IP0235 1.B", CAPS_PRESCRIBERS,
                "a rheumatologist, geneticist, allergist/immunologist, or dermatologist"))
        .reauthorization(reauthorization("IP0235 Reauthorization 1", CAPS_APPROVAL, CAPS_DOSING_INTERVAL))
        .approvals(CAPS_APPROVAL, RENEWAL)
        .build();
  }

  private static Finding capsDiagnosis(EvaluationContext ctx) {
    Optional<Finding> coding = diagnosisCoding(ctx, d -> d.code().isWithin(CAPS), "CAPS (M04.2)");
    if (coding.isEmpty()) {
      return Finding.met(() -> codeDescription(ctx, firstMatching(ctx, d -> d.code().isWithin(CAPS))));
    }
    if (coding.get().status() == Status.NOT_MET) {
      return unnamedSyndrome(ctx).map(d -> unnamedSyndromeFinding(d.code())).orElse(coding.get());
    }
    return coding.get();
  }

  // ---------------------------------------------------------------- 2. FMF

  private static Pathway familialMediterraneanFever() {
    return Pathway.builder("IP0235 2", "Familial Mediterranean Fever (FMF)")
        .diagnosis(periodicFeverDiagnosis("IP0235 2.dx", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER, "familial Mediterranean fever"))
        .criteria(
            ageAtLeast("IP0235 2.A", PERIODIC_FEVER_MINIMUM_AGE),
            colchicineTried("IP0235 2.B"),
            colchicineContinued("IP0235 2.C"),
            Criterion.allOf("IP0235 2.D", "Before starting Ilaris: elevated CRP AND frequent flares despite colchicine or a"
                + " hospitalization", List.of(
                    crp("IP0235 2.D.i"),
                    flares("IP0235 2.D.ii", FMF_FLARES, FMF_FLARE_WINDOW, true,
                        "at least one flare per month despite colchicine (at least 3 flares in the 3 months before starting),"
                            + " OR hospitalization for a severe flare"))),
            prescribedBy("IP0235 2.E", FMF_PRESCRIBERS,
                "a rheumatologist, nephrologist, geneticist, gastroenterologist, oncologist, or hematologist"))
        .reauthorization(reauthorization("IP0235 Reauthorization 2", PERIODIC_FEVER_APPROVAL, DOSING_INTERVAL))
        .approvals(PERIODIC_FEVER_APPROVAL, RENEWAL)
        .build();
  }

  // ---------------------------------------------------------------- 3. HIDS/MKD

  private static Pathway hidsMkd() {
    return Pathway.builder("IP0235 3", "Hyperimmunoglobulin D Syndrome / Mevalonate Kinase Deficiency (HIDS/MKD)")
        .diagnosis(periodicFeverDiagnosis("IP0235 3.dx", DiagnosisSubtype.MEVALONATE_KINASE_DEFICIENCY, "HIDS/MKD"))
        .criteria(
            Criterion.allOf("IP0235 3.A", "Before starting Ilaris: elevated CRP AND a flare history", List.of(
                crp("IP0235 3.A.i"),
                flares("IP0235 3.A.ii", PERIODIC_FEVER_FLARES_PER_YEAR, YEAR, false,
                    "at least 6 flares in the 12 months before starting, OR hospitalization for a severe flare"))),
            ageAtLeast("IP0235 3.B", PERIODIC_FEVER_MINIMUM_AGE),
            prescribedBy("IP0235 3.C", HIDS_PRESCRIBERS, "a rheumatologist, allergist/immunologist, geneticist, nephrologist,"
                + " gastroenterologist, oncologist, or hematologist"))
        .reauthorization(reauthorization("IP0235 Reauthorization 3", PERIODIC_FEVER_APPROVAL, DOSING_INTERVAL))
        .approvals(PERIODIC_FEVER_APPROVAL, RENEWAL)
        .build();
  }

  // ---------------------------------------------------------------- 4. TRAPS

  private static Pathway traps() {
    return Pathway.builder("IP0235 4", "Tumor Necrosis Factor Receptor-Associated Periodic Syndrome (TRAPS)")
        .diagnosis(periodicFeverDiagnosis("IP0235 4.dx", DiagnosisSubtype.TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME, "TRAPS"))
        .criteria(
            ageAtLeast("IP0235 4.A", PERIODIC_FEVER_MINIMUM_AGE),
            Criterion.allOf("IP0235 4.B", "Before starting Ilaris: elevated CRP AND at least 6 flares a year or a"
                + " hospitalization", List.of(
                    crp("IP0235 4.B.i"),
                    flares("IP0235 4.B.ii", PERIODIC_FEVER_FLARES_PER_YEAR, YEAR, false,
                        "a history of at least 6 flares a year (in the 12 months before starting), OR hospitalization for a"
                            + " severe flare"))),
            prescribedBy("IP0235 4.C", TRAPS_PRESCRIBERS,
                "a rheumatologist, geneticist, nephrologist, oncologist, or hematologist"))
        .reauthorization(reauthorization("IP0235 Reauthorization 4", PERIODIC_FEVER_APPROVAL, DOSING_INTERVAL))
        .approvals(PERIODIC_FEVER_APPROVAL, RENEWAL)
        .build();
  }

  /** M04.1 (or E85.0 for FMF) with the syndrome documented as a subtype, which the code cannot say. */
  private static Criterion periodicFeverDiagnosis(String id, DiagnosisSubtype wanted, String name) {
    boolean fmf = wanted == DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER;
    return Criterion.check(id, "Diagnosis of " + name + " (ICD-10-CM M04.1" + (fmf ? ", or E85.0 for FMF-related amyloidosis" : "")
            + ", with the syndrome documented)")
        .documents(DIAGNOSIS_NOTES, PERIODIC_FEVER_CONFIRMATION)
        .whenNotMet("The request is not for " + name + ".",
            "Submit under the pathway that matches the diagnosis, or document " + name + ".")
        .whenMissing("The diagnosis is not documented.",
            "Attach the specialist note with the " + name + " diagnosis and its ICD-10-CM code (M04.1).")
        .by(ctx -> {
          Predicate<Diagnosis> candidate = d -> d.code().isWithin(PERIODIC_FEVER_SYNDROMES) || fmf && d.code().isWithin(FMF_AMYLOIDOSIS);
          Optional<Finding> coding = diagnosisCoding(ctx, candidate, name + " (M04.1)");
          if (coding.isPresent() && coding.get().status() == Status.NOT_MET) {
            Optional<Diagnosis> unnamed = unnamedSyndrome(ctx);
            if (unnamed.isPresent() && unnamed.get().code().isWithin(UNSPECIFIED_AUTOINFLAMMATORY)) {
              return unnamedSyndromeFinding(unnamed.get().code());
            }
          }
          if (coding.isPresent()) {
            return coding.get();
          }
          List<String> others = new ArrayList<>();
          Diagnosis undocumented = null;
          for (Diagnosis d : ctx.request().diagnoses()) {
            if (!candidate.test(d) || !usable(ctx.codes().status(d.code()))) {
              continue;
            }
            if (d.subtype().isPresent() && d.subtype().get() == wanted) {
              return Finding.met(() -> codeDescription(ctx, d) + ", documented as " + name
                  + (d.code().isWithin(FMF_AMYLOIDOSIS) ? " (FMF-related amyloidosis; FMF itself is M04.1)" : ""));
            }
            if (d.subtype().isPresent()) {
              others.add(d.code() + " documented as " + d.subtype().get().name().toLowerCase().replace('_', ' '));
            } else if (undocumented == null) {
              undocumented = d;
            }
          }
          if (undocumented != null) {
            Icd10Code code = undocumented.code();
            return Finding.missing(() -> code + ": which periodic fever syndrome is not documented")
                .because("ICD-10-CM " + code + " does not tell FMF, TRAPS and HIDS/MKD apart, and the"
                        + " syndrome is not documented.",
                    "Document the syndrome (FMF, TRAPS or HIDS/MKD) with the specialist note or the genetic test report.");
          }
          return Finding.notMet(() -> String.join("; ", others));
        });
  }

  // ---------------------------------------------------------------- 5. Still's disease

  private static Pathway stillsDisease() {
    return Pathway.builder("IP0235 5", "Still's Disease (Adult-Onset Still's Disease and Systemic Juvenile Idiopathic Arthritis)")
        .diagnosis(Criterion.check("IP0235 5.dx",
                "Diagnosis of Still's disease: adult-onset Still's disease (M06.1) or systemic JIA (M08.2-)")
            .documents(DIAGNOSIS_NOTES)
            .whenNotMet("The request is not for Still's disease.",
                "Submit under the pathway that matches the diagnosis, or document Still's disease (M06.1 or M08.2-).")
            .whenMissing("The diagnosis is not documented.",
                "Attach clinical notes with the Still's disease diagnosis and its billable ICD-10-CM code.")
            .by(IlarisIp0235::stillsDiagnosis))
        .criteria(
            ageAtLeast("IP0235 5.A", STILLS_MINIMUM_AGE),
            stillsPriorTherapy("IP0235 5.B"),
            prescribedBy("IP0235 5.C", RHEUMATOLOGIST, "a rheumatologist"))
        .reauthorization(reauthorization("IP0235 Reauthorization 5", STILLS_APPROVAL, DOSING_INTERVAL))
        .approvals(STILLS_APPROVAL, RENEWAL)
        .build();
  }

  private static boolean isStills(Diagnosis d) {
    return d.code().isWithin(ADULT_ONSET_STILLS) || d.code().isWithin(SYSTEMIC_JIA);
  }

  private static Finding stillsDiagnosis(EvaluationContext ctx) {
    Optional<Finding> coding = diagnosisCoding(ctx, IlarisIp0235::isStills, "Still's disease (M06.1, M08.2-)");
    if (coding.isEmpty()) {
      return Finding.met(() -> codeDescription(ctx, firstMatching(ctx, IlarisIp0235::isStills)));
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      // The NC guide's "M04.10 Systemic juvenile idiopathic arthritis".
      if (d.code().isWithin(PERIODIC_FEVER_SYNDROMES) && !d.code().equals(PERIODIC_FEVER_SYNDROMES)
          && ctx.codes().status(d.code()) == Icd10CodeSet.CodeStatus.DOES_NOT_EXIST) {
        return Finding.missing(() -> d.code() + " is not an ICD-10-CM code")
            .because("The diagnosis code " + d.code() + " does not exist; a patient guide lists M04.10 for systemic JIA in"
                    + " error (M04.1 is the periodic fever syndromes).",
                "Code systemic JIA as M08.2- (e.g. M08.20, or the joint site) or adult-onset Still's disease as M06.1.");
      }
    }
    return coding.get();
  }

  private static Criterion stillsPriorTherapy(String id) {
    return Criterion.check(id, "Tried ONE systemic therapy for Still's disease (an NSAID, a systemic corticosteroid, a"
            + " conventional DMARD such as methotrexate, or another biologic) without adequate response, or it is not"
            + " tolerated or contraindicated")
        .documents(STILLS_PRIOR_THERAPY)
        .whenNotMet("No failure, intolerance or contraindication of standard therapy for Still's disease is documented.",
            "Document a trial of an NSAID, a systemic corticosteroid or methotrexate (or another DMARD or biologic) with its"
                + " outcome, or the contraindication.")
        .whenMissing("Prior therapy for Still's disease is not documented.",
            "Attach the treatment history: each NSAID, corticosteroid, DMARD or biologic with dates, dose and the reason for"
                + " stopping.")
        .by(ctx -> triedWithoutSuccess(ctx, IlarisIp0235::isStillsStandardTherapy,
            "NSAID, systemic corticosteroid, conventional DMARD or biologic"));
  }

  private static boolean isStillsStandardTherapy(Drug drug) {
    return isNsaid(drug) || isSystemicCorticosteroid(drug) || isConventionalDmard(drug)
        || isBiologicOrTargetedSynthetic(drug);
  }

  // ---------------------------------------------------------------- 6. Gout flares

  private static Pathway goutFlares() {
    return Pathway.builder("IP0235 6", "Gout Flares")
        .diagnosis(Criterion.check("IP0235 6.dx", "Diagnosis of gout (ICD-10-CM M10.- or chronic gout M1A.-)")
            .documents(DIAGNOSIS_NOTES)
            .whenNotMet("The request is not for gout.",
                "Submit under the pathway that matches the diagnosis, or document gout (M10.- or M1A.-).")
            .whenMissing("The diagnosis is not documented.",
                "Attach clinical notes with the gout diagnosis and its billable ICD-10-CM code.")
            .by(ctx -> {
              Predicate<Diagnosis> gout = d -> d.code().isWithin(GOUT) || d.code().isWithin(CHRONIC_GOUT);
              Optional<Finding> coding = diagnosisCoding(ctx, gout, "gout (M10.-, M1A.-)");
              return coding.orElseGet(() -> Finding.met(() -> codeDescription(ctx, firstMatching(ctx, gout))));
            }))
        .criteria(
            ageAtLeast("IP0235 6.A", GOUT_MINIMUM_AGE),
            Criterion.anyOf("IP0235 6.B", "ONE of the following (6.B.i first treatment, or 6.B.ii retreatment)",
                Remedy.of("Neither first treatment (6.B.i) nor retreatment (6.B.ii) criteria are met.",
                    "For a first treatment document 3 flares in 12 months and why NSAIDs, colchicine and repeated"
                        + " corticosteroids do not fit; for a retreatment document the response to the last dose, the new"
                        + " flare, and 12 weeks since the last dose."),
                List.of(
                    Criterion.allOf("IP0235 6.B.i", "First treatment: ALL of a to e", List.of(
                        noPreviousIlaris("IP0235 6.B.i.a"),
                        goutFlaresInYear("IP0235 6.B.i.b"),
                        goutTherapy("IP0235 6.B.i.c", "NSAIDs are contraindicated, not tolerated or ineffective",
                            "NSAIDs", IlarisIp0235::isNsaid, false),
                        goutTherapy("IP0235 6.B.i.d", "Colchicine is contraindicated, not tolerated or ineffective",
                            "colchicine", IlarisIp0235::isColchicine, false),
                        goutTherapy("IP0235 6.B.i.e", "Not a candidate for repeated courses of corticosteroids"
                                + " (contraindicated, not tolerated or ineffective)",
                            "corticosteroids", IlarisIp0235::isSystemicCorticosteroid, true))),
                    Criterion.allOf("IP0235 6.B.ii", "Retreatment: ALL of a to c", List.of(
                        previousIlarisResponse("IP0235 6.B.ii.a"),
                        newFlareSinceLastDose("IP0235 6.B.ii.b"),
                        twelveWeeksSinceLastDose("IP0235 6.B.ii.c"))))),
            urateLoweringTherapy("IP0235 6.C"),
            prescribedBy("IP0235 6.D", RHEUMATOLOGIST, "a rheumatologist"))
        .response(previousIlarisResponse("IP0235 Reauthorization 6"))
        .approvals(GOUT_APPROVAL, GOUT_APPROVAL)
        .build();
  }

  private static Criterion noPreviousIlaris(String id) {
    return Criterion.check(id, "Has not been treated with Ilaris for gout before")
        .documents(CURRENT_MEDICATIONS)
        .whenNotMet("Ilaris has been given before; a first treatment is not available.",
            "Request retreatment instead (6.B.ii): document the response to the last dose, the new flare and the date of the"
                + " last dose.")
        .whenMissing("Previous Ilaris treatment is not documented.", "Attach the medication history.")
        .by(ctx -> {
          List<TherapyTrial> given = ilarisTrials(ctx);
          if (given.isEmpty()) {
            return Finding.met("No previous Ilaris documented");
          }
          return Finding.notMet(
              () -> "Ilaris given before" + given.get(0).start().map(s -> " (from " + s + ")").orElse(""));
        });
  }

  private static Criterion goutFlaresInYear(String id) {
    return Criterion.check(id, "At least " + GOUT_FLARES + " gout flares in the past 12 months")
        .documents(FLARE_HISTORY)
        .whenNotMet("Fewer than 3 gout flares in the past 12 months are documented.",
            "Document every gout flare of the past 12 months with its date (clinic, urgent care or emergency visits).")
        .whenMissing("The gout flare history is not documented.",
            "Attach the dates of the gout flares of the past 12 months.")
        .by(ctx -> {
          if (ctx.request().flares().isEmpty()) {
            return Finding.missing("No flare history documented");
          }
          LocalDate from = ctx.asOf().minus(YEAR);
          int count = countFlares(ctx.request().flares(), from, ctx.asOf(), d -> true);
          Supplier<String> detail = () -> count + " flares from " + from + " to " + ctx.asOf() + " (" + GOUT_FLARES
              + " required)";
          return count >= GOUT_FLARES ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion goutTherapy(String id, String text, String what, Predicate<Drug> drugs, boolean corticosteroids) {
    return Criterion.check(id, text)
        .documents(GOUT_FLARE_THERAPY_HISTORY)
        .whenNotMet(corticosteroids
                ? "Corticosteroids controlled the flares, and no reason is documented why repeated courses are not appropriate."
                : "The " + what + " controlled the gout flares: documented as effective.",
            corticosteroids
                ? "Document why repeated corticosteroid courses are not appropriate (e.g. diabetes, intolerance, an"
                    + " inadequate response)."
                : "Document the contraindication, intolerance or inadequate response to " + what + ".")
        .whenMissing("The use of " + what + " for gout flares is not documented.",
            "Attach the record of " + what + " for gout flares: dates and response, or the contraindication.")
        .by(ctx -> triedWithoutSuccess(ctx, drugs, what));
  }

  private static Criterion previousIlarisResponse(String id) {
    return Criterion.check(id, "Previously treated with Ilaris, with a beneficial response")
        .documents(ILARIS_ADMINISTRATION, ILARIS_RESPONSE)
        .whenNotMet("Ilaris has not been given before, or did not help.",
            "A first treatment is reviewed under 6.B.i; if the previous dose helped, document the response.")
        .whenMissing("The response to the previous Ilaris dose is not documented.",
            "Attach notes on the response to the previous Ilaris dose (flare resolved, pain and swelling improved).")
        .by(ctx -> {
          Optional<TherapyTrial> latest = latestIlaris(ctx);
          if (latest.isEmpty()) {
            return Finding.notMet("No previous Ilaris treatment documented");
          }
          TherapyTrial t = latest.get();
          switch (t.outcome()) {
            case EFFECTIVE:
              return Finding.met(() -> t.drug().name() + ": beneficial response");
            case FAILED:
            case INTOLERANT:
              return Finding.notMet(() -> t.drug().name() + ": " + t.outcome().name().toLowerCase());
            default:
              Finding documented = responseFinding(ctx);
              if (documented.status() == Status.MET) {
                return documented;
              }
              return Finding.missing(() -> t.drug().name() + ": response not documented");
          }
        });
  }

  private static Criterion newFlareSinceLastDose(String id) {
    return Criterion.check(id, "Needs retreatment for a new flare (a flare after the last Ilaris dose)")
        .documents(FLARE_HISTORY, ILARIS_ADMINISTRATION)
        .whenNotMet("No new gout flare after the last Ilaris dose is documented.",
            "Document the new flare with its date.")
        .whenMissing("The new flare or the date of the last Ilaris dose is not documented.",
            "Attach the date of the new flare and the Ilaris administration record.")
        .by(ctx -> {
          LastDose last = lastIlarisDose(ctx);
          if (last.finding != null) {
            return last.finding;
          }
          if (ctx.request().flares().isEmpty()) {
            return Finding.missing("No flare documented");
          }
          for (Flare f : ctx.request().flares()) {
            if (f.date().isAfter(last.date) && !f.date().isAfter(ctx.asOf())) {
              return Finding.met(() -> "Flare on " + f.date() + ", after the last dose on " + last.date);
            }
          }
          return Finding.notMet(() -> "No flare after the last dose on " + last.date);
        });
  }

  private static Criterion twelveWeeksSinceLastDose(String id) {
    return Criterion.check(id, "At least 12 weeks (84 days) since the last Ilaris dose")
        .documents(ILARIS_ADMINISTRATION)
        .whenNotMet("Less than 12 weeks have passed since the last Ilaris dose.",
            "Retreatment is covered once 12 weeks have passed since the last dose; re-request then.")
        .whenMissing("The date of the last Ilaris dose is not documented.",
            "Attach the Ilaris administration record with the date of the last injection.")
        .by(ctx -> {
          LastDose last = lastIlarisDose(ctx);
          if (last.finding != null) {
            return last.finding;
          }
          long days = ChronoUnit.DAYS.between(last.date, ctx.asOf());
          LocalDate eligible = last.date.plusDays(GOUT_RETREATMENT_DAYS);
          Supplier<String> detail = () -> "Last dose " + last.date + ", " + days + " days before " + ctx.asOf() + " ("
              + GOUT_RETREATMENT_DAYS + " required)";
          if (days >= GOUT_RETREATMENT_DAYS) {
            return Finding.met(detail);
          }
          return Finding.notMet(detail)
              .because("Only " + days + " days have passed since the last Ilaris dose (12 weeks = 84 days required).",
                  "Retreatment is covered from " + eligible + "; re-request on or after that date.");
        });
  }

  private static Criterion urateLoweringTherapy(String id) {
    return Criterion.check(id, "Taking, or will take, urate-lowering therapy, unless contraindicated")
        .documents(URATE_LOWERING_THERAPY, CURRENT_MEDICATIONS)
        .whenNotMet("Urate-lowering therapy has been stopped and no contraindication is documented.",
            "Restart urate-lowering therapy (allopurinol, febuxostat, probenecid or pegloticase) and list it as a current"
                + " medication, or document the contraindication.")
        .whenMissing("Urate-lowering therapy is not documented.",
            "List the current urate-lowering therapy with its start date, or document the contraindication.")
        .by(ctx -> continuing(ctx, IlarisIp0235::isUrateLowering, "urate-lowering therapy", false));
  }

  // ---------------------------------------------------------------- Periodic fevers: shared clauses

  private static Criterion colchicineTried(String id) {
    return Criterion.check(id, "Has tried colchicine, unless contraindicated")
        .documents(COLCHICINE_HISTORY)
        .whenNotMet("Colchicine has not been tried.",
            "Document the colchicine trial (dose, dates, response) or its contraindication.")
        .whenMissing("Colchicine use is not documented.",
            "Attach the colchicine prescription records (dose, start date, response) or the contraindication.")
        .by(ctx -> {
          List<TherapyTrial> colchicine = trialsOf(ctx, IlarisIp0235::isColchicine);
          if (colchicine.isEmpty()) {
            return Finding.missing("No colchicine trial documented");
          }
          for (TherapyTrial t : colchicine) {
            if (t.outcome() == TrialOutcome.CONTRAINDICATED) {
              return Finding.met(() -> t.drug().name() + ": contraindicated");
            }
            if (t.start().isPresent()) {
              return Finding.met(() -> t.drug().name() + " from " + t.start().get() + " ("
                  + t.outcome().name().toLowerCase() + ")");
            }
          }
          return Finding.missing("Start date of colchicine not documented");
        });
  }

  private static Criterion colchicineContinued(String id) {
    return Criterion.check(id, "Will use Ilaris together with colchicine, unless colchicine is contraindicated or not tolerated")
        .documents(COLCHICINE_HISTORY, CURRENT_MEDICATIONS)
        .whenNotMet("Colchicine has been stopped, and no contraindication or intolerance is documented.",
            "Continue colchicine with Ilaris and list it as a current medication, or document the contraindication or"
                + " intolerance.")
        .whenMissing("Whether colchicine continues with Ilaris is not documented.",
            "List colchicine among the current medications, or document the contraindication or intolerance.")
        .by(ctx -> continuing(ctx, IlarisIp0235::isColchicine, "colchicine", true));
  }

  /**
   * Whether a drug continues on the as-of date: listed as a concurrent medication, or a trial in use
   * (no end date, or one after the as-of date); a contraindication (and, where {@code intolerance},
   * an intolerance) excuses it.
   */
  private static Finding continuing(EvaluationContext ctx, Predicate<Drug> drugs, String words, boolean intoleranceExcuses) {
    for (Drug d : ctx.request().concurrentMedications()) {
      if (drugs.test(d)) {
        return Finding.met(() -> d.name() + " is a current medication");
      }
    }
    List<TherapyTrial> trials = trialsOf(ctx, drugs);
    List<String> stopped = new ArrayList<>();
    for (TherapyTrial t : trials) {
      if (t.outcome() == TrialOutcome.CONTRAINDICATED) {
        return Finding.met(() -> t.drug().name() + ": contraindicated");
      }
      if (intoleranceExcuses && t.outcome() == TrialOutcome.INTOLERANT) {
        return Finding.met(() -> t.drug().name() + ": not tolerated");
      }
      if (t.isOngoingOn(ctx.asOf())) {
        return Finding.met(() -> t.drug().name() + " in use" + t.start().map(s -> " since " + s).orElse(""));
      }
      stopped.add(t.drug().name() + " stopped" + t.end().map(e -> " on " + e).orElse(""));
    }
    if (stopped.isEmpty()) {
      return Finding.missing(() -> "No " + words + " documented");
    }
    return Finding.notMet(() -> String.join("; ", stopped));
  }

  private static Criterion crp(String id) {
    return Criterion.check(id, "Before starting Ilaris: C-reactive protein of 10 mg/L or more, or at least 2 times the lab's"
            + " upper limit of normal, measured within 3 months")
        .documents(CRP_RESULT)
        .whenNotMet("The C-reactive protein before Ilaris is below 10 mg/L and below twice the lab's upper limit of normal.",
            "If the disease is active, repeat the CRP during a flare (before the first dose) and attach the result with the"
                + " lab's reference range.")
        .whenMissing("No C-reactive protein from the 3 months before starting Ilaris is documented.",
            "Attach a CRP result with its date, unit and the lab's reference range, drawn within the 3 months before the"
                + " first Ilaris dose.")
        .by(IlarisIp0235::crpFinding);
  }

  private static Finding crpFinding(EvaluationContext ctx) {
    Baseline baseline = baseline(ctx);
    if (baseline.finding != null) {
      return baseline.finding;
    }
    LocalDate from = baseline.date.minus(LAB_WINDOW);
    List<LabResult> crp = new ArrayList<>();
    for (LabResult lab : ctx.request().labResults()) {
      if (lab.analyte() == Analyte.C_REACTIVE_PROTEIN) {
        crp.add(lab);
      }
    }
    if (crp.isEmpty()) {
      return Finding.missing("No CRP result documented");
    }
    List<String> belowThreshold = new ArrayList<>();
    List<String> withoutUpperLimit = new ArrayList<>();
    List<String> outsideWindow = new ArrayList<>();
    for (LabResult lab : crp) {
      Supplier<String> shown = () -> describe(lab.value()) + " on " + lab.date();
      if (lab.date().isBefore(from) || lab.date().isAfter(baseline.date)) {
        outsideWindow.add(shown.get());
        continue;
      }
      BigDecimal mgPerL = lab.value().to(Unit.MILLIGRAMS_PER_LITER);
      if (mgPerL.compareTo(CRP_MINIMUM_MG_PER_L) >= 0) {
        return Finding.met(() -> shown.get() + " (10 mg/L or more)");
      }
      Optional<Quantity> upperLimit = lab.referenceRange().flatMap(ReferenceRange::high);
      if (upperLimit.isEmpty()) {
        withoutUpperLimit.add(shown.get());
        continue;
      }
      BigDecimal limit = upperLimit.get().to(Unit.MILLIGRAMS_PER_LITER);
      BigDecimal twice = limit.multiply(CRP_ULN_MULTIPLE);
      Supplier<String> versus = () -> "upper limit of normal " + describe(upperLimit.get());
      if (limit.signum() > 0 && mgPerL.compareTo(twice) >= 0) {
        return Finding.met(() -> shown.get() + ", at least 2 times the " + versus.get());
      }
      belowThreshold.add(shown.get() + ": below 10 mg/L and below 2 times the " + versus.get());
    }
    if (!withoutUpperLimit.isEmpty()) {
      return Finding.missing(() -> String.join("; ", withoutUpperLimit)
              + ": below 10 mg/L, the lab's upper limit of normal not documented")
          .because("The CRP is below 10 mg/L and the lab's upper limit of normal is not documented, so 'at least 2 times"
                  + " the upper limit of normal' cannot be checked.",
              "Attach the lab report with its reference range (upper limit of normal).");
    }
    if (!belowThreshold.isEmpty()) {
      return Finding.notMet(() -> String.join("; ", belowThreshold));
    }
    return Finding.missing(() -> "No CRP from " + from + " to " + baseline.date + " (3 months before "
            + baseline.words.get() + "); documented: " + String.join(", ", outsideWindow))
        .because("The CRP results on file are not from the 3 months before " + baseline.words.get() + ".",
            "Attach a CRP drawn from " + from + " to " + baseline.date + ", with the lab's reference range.");
  }

  private static Criterion flares(String id, int required, Period window, boolean despiteColchicine, String words) {
    return Criterion.check(id, "Before starting Ilaris: " + words)
        .documents(FLARE_HISTORY)
        .whenNotMet("The documented flares before Ilaris are too few, and no hospitalization for a flare is documented.",
            "Document every flare with its date (and hospital records for any admission); the count is " + required
                + " in the " + window.toTotalMonths() + " months before starting"
                + (despiteColchicine ? ", while on colchicine." : "."))
        .whenMissing("The flare history before Ilaris is not documented.",
            "Attach the flare diary or notes with the date of each flare, and hospital records for any admission.")
        .by(ctx -> flareFinding(ctx, required, window, despiteColchicine));
  }

  private static Finding flareFinding(EvaluationContext ctx, int required, Period window, boolean despiteColchicine) {
    Baseline baseline = baseline(ctx);
    if (baseline.finding != null) {
      return baseline.finding;
    }
    List<Flare> flares = ctx.request().flares();
    if (flares.isEmpty()) {
      return Finding.missing("No flare history documented");
    }
    for (Flare f : flares) {
      if (f.hospitalized() && !f.date().isAfter(baseline.date)) {
        return Finding.met(() -> "Hospitalized for a flare on " + f.date());
      }
    }
    LocalDate from = baseline.date.minus(window);
    Supplier<String> span = () -> " from " + from + " to " + baseline.date + " (" + required + " required)";
    int all = countFlares(flares, from, baseline.date, d -> true);
    if (!despiteColchicine) {
      Supplier<String> detail = () -> all + " flares" + span.get() + ", none hospitalized";
      return all >= required ? Finding.met(detail) : Finding.notMet(detail);
    }
    ColchicineCover cover = colchicineCover(ctx);
    if (cover.all) {
      Supplier<String> detail = () -> all + " flares" + span.get() + "; colchicine " + cover.why;
      return all >= required ? Finding.met(detail) : Finding.notMet(() -> detail.get() + ", none hospitalized");
    }
    if (cover.unknown) {
      if (all < required) {
        return Finding.notMet(() -> all + " flares" + span.get() + ", none hospitalized");
      }
      return Finding.missing(() -> all + " flares" + span.get()
          + "; whether they occurred on colchicine is not documented")
          .because("The flares must have occurred despite colchicine, and the colchicine dates are not documented.",
              "Document the colchicine start date (and stop date, if stopped).");
    }
    int onColchicine = countFlares(flares, from, baseline.date, cover::covers);
    Supplier<String> detail = () -> onColchicine + " flares on colchicine" + span.get() + ", none hospitalized";
    return onColchicine >= required ? Finding.met(detail) : Finding.notMet(detail);
  }

  private static int countFlares(List<Flare> flares, LocalDate from, LocalDate to, Predicate<LocalDate> counts) {
    int n = 0;
    for (Flare f : flares) {
      if (!f.date().isBefore(from) && !f.date().isAfter(to) && counts.test(f.date())) {
        n++;
      }
    }
    return n;
  }

  /** When colchicine was in use, for "despite colchicine". */
  private static final class ColchicineCover {
    final boolean all;
    final boolean unknown;
    final String why;
    final List<TherapyTrial> trials;

    ColchicineCover(boolean all, boolean unknown, String why, List<TherapyTrial> trials) {
      this.all = all;
      this.unknown = unknown;
      this.why = why;
      this.trials = trials;
    }

    boolean covers(LocalDate date) {
      for (TherapyTrial t : trials) {
        boolean started = !date.isBefore(t.start().get());
        boolean notEnded = t.end().isEmpty() || !date.isAfter(t.end().get());
        if (started && notEnded) {
          return true;
        }
      }
      return false;
    }
  }

  private static ColchicineCover colchicineCover(EvaluationContext ctx) {
    List<TherapyTrial> used = new ArrayList<>();
    for (TherapyTrial t : trialsOf(ctx, IlarisIp0235::isColchicine)) {
      if (t.outcome() == TrialOutcome.CONTRAINDICATED || t.outcome() == TrialOutcome.INTOLERANT) {
        String why = t.outcome() == TrialOutcome.CONTRAINDICATED ? "contraindicated" : "not tolerated";
        return new ColchicineCover(true, false, why, List.of());
      }
      if (t.start().isEmpty()) {
        return new ColchicineCover(false, true, "start not documented", List.of());
      }
      used.add(t);
    }
    if (used.isEmpty()) {
      return new ColchicineCover(false, true, "not documented", List.of());
    }
    return new ColchicineCover(false, false, "in use", used);
  }

  // ---------------------------------------------------------------- Baseline and Ilaris history

  /** The date "before starting" evidence is judged against, or the finding that it is unknown. */
  private static final class Baseline {
    final LocalDate date;
    /** What the date is, in words; formatted on read. */
    final Supplier<String> words;
    final Finding finding;

    Baseline(LocalDate date, Supplier<String> words, Finding finding) {
      this.date = date;
      this.words = words;
      this.finding = finding;
    }
  }

  private static Baseline baseline(EvaluationContext ctx) {
    LocalDate first = null;
    for (TherapyTrial t : ilarisTrials(ctx)) {
      if (t.start().isEmpty()) {
        return new Baseline(null, null, Finding.missing("Date of the first Ilaris dose not documented")
            .because("The evidence before starting Ilaris is judged against the first dose, whose date is not documented.",
                "Document the date of the first Ilaris injection."));
      }
      LocalDate start = t.start().get();
      if (!start.isAfter(ctx.asOf()) && (first == null || start.isBefore(first))) {
        first = start;
      }
    }
    if (first != null) {
      LocalDate firstDose = first;
      return new Baseline(firstDose, () -> "the first Ilaris dose on " + firstDose, null);
    }
    if (ctx.request().requestType() == RequestType.REAUTHORIZATION) {
      return new Baseline(null, null, Finding.missing("Reauthorization, but no Ilaris dose documented")
          .because("The evidence before starting Ilaris is judged against the first dose, and no Ilaris treatment is"
                  + " documented.",
              "Add the Ilaris treatment (first injection date) to the therapy history."));
    }
    return new Baseline(ctx.asOf(), () -> "the request (" + ctx.asOf() + ")", null);
  }

  /** Ilaris given (not merely contraindicated), samples included: a first dose is a first dose. */
  private static List<TherapyTrial> ilarisTrials(EvaluationContext ctx) {
    List<TherapyTrial> given = new ArrayList<>();
    for (TherapyTrial t : ctx.request().therapyTrials()) {
      if (isIlaris(t.drug()) && t.outcome() != TrialOutcome.CONTRAINDICATED) {
        given.add(t);
      }
    }
    return given;
  }

  /** The Ilaris trial with the latest last dose (end, else start). */
  private static Optional<TherapyTrial> latestIlaris(EvaluationContext ctx) {
    TherapyTrial latest = null;
    for (TherapyTrial t : ilarisTrials(ctx)) {
      if (latest == null || lastKnownDay(t).compareTo(lastKnownDay(latest)) > 0) {
        latest = t;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static LocalDate lastKnownDay(TherapyTrial t) {
    return t.end().orElse(t.start().orElse(LocalDate.MIN));
  }

  /** The day of the last Ilaris injection, or the finding that it is unknown. */
  private static final class LastDose {
    final LocalDate date;
    final Finding finding;

    LastDose(LocalDate date, Finding finding) {
      this.date = date;
      this.finding = finding;
    }
  }

  private static LastDose lastIlarisDose(EvaluationContext ctx) {
    List<TherapyTrial> given = ilarisTrials(ctx);
    if (given.isEmpty()) {
      return new LastDose(null, Finding.notMet("No previous Ilaris treatment documented"));
    }
    LocalDate last = null;
    for (TherapyTrial t : given) {
      if (t.end().isEmpty()) {
        return new LastDose(null, Finding.missing(() -> "Date of the last Ilaris dose not documented ("
            + t.drug().name() + " has no end date)"));
      }
      if (last == null || t.end().get().isAfter(last)) {
        last = t.end().get();
      }
    }
    if (last.isAfter(ctx.asOf())) {
      LocalDate lastDose = last;
      return new LastDose(null, Finding.notMet(() -> "Last Ilaris dose dated " + lastDose + ", after " + ctx.asOf()));
    }
    return new LastDose(last, null);
  }

  // ---------------------------------------------------------------- Reauthorization

  /**
   * Reauthorization N: established on Ilaris (N.A) AND a beneficial response (N.B). With the
   * diagnosis, this is all a reauthorization is judged on (the Arcalyst template): the baseline
   * CRP and flare history of the initial criteria are not asked for again.
   */
  private static Criterion reauthorization(String id, Period initialApproval, Period dosingInterval) {
    int months = (int) Math.min(ESTABLISHED_MONTHS, initialApproval.toTotalMonths());
    return Criterion.allOf(id, "Patient currently receiving Ilaris: established on therapy AND a beneficial response",
        List.of(established(id + ".A", months, dosingInterval), beneficialResponse(id + ".B")));
  }

  /**
   * On the current course of Ilaris for {@code months}: trials that overlap or follow each other
   * within one labelled dosing interval (a trial's end is its last injection) form one course; a
   * restart after a longer pause counts from the restart.
   */
  private static Criterion established(String id, int months, Period dosingInterval) {
    return Criterion.check(id, "Has been established on Ilaris for at least " + months + " months")
        .documents(ILARIS_ADMINISTRATION)
        .whenNotMet("The patient has not been on Ilaris for " + months + " months.",
            "A patient on Ilaris for less than " + months + " months, or restarting it, is reviewed under the initial"
                + " criteria: submit an initial request.")
        .whenMissing("The Ilaris treatment (first dose date) is not documented.",
            "Attach the Ilaris administration record with the date of the first injection.")
        .by(ctx -> {
          List<TherapyTrial> given = ilarisTrials(ctx);
          if (given.isEmpty()) {
            return Finding.missing("No Ilaris treatment documented");
          }
          boolean current = false;
          for (TherapyTrial t : given) {
            if (t.start().isEmpty()) {
              return Finding.missing(() -> "Start of " + t.drug().name() + " not documented");
            }
            current |= t.isOngoingOn(ctx.asOf());
          }
          for (Drug d : ctx.request().concurrentMedications()) {
            current |= isIlaris(d);
          }
          if (!current) {
            return Finding.notMet("Ilaris was stopped; not currently receiving it");
          }
          Optional<Course> course = Course.current(given, ctx.asOf(), dosingInterval);
          if (course.isEmpty()) {
            return Finding.notMet(() -> "Ilaris documented only from a date after " + ctx.asOf());
          }
          LocalDate first = course.get().first;
          if (course.get().last.plus(dosingInterval).isBefore(ctx.asOf())) {
            // Listed as a current medication, but the documented course ended more than a dosing interval ago.
            return Finding.missing(() -> "Ilaris is a current medication, but the documented course ended on "
                + course.get().last + "; the restart date is not documented");
          }
          Supplier<String> detail = () -> "On the current course of Ilaris since " + first + (course.get().restarted
              ? " (restarted after a pause longer than the dosing interval; earlier courses do not count)" : "")
              + " (" + months + " months required, reached on " + first.plusMonths(months) + ")";
          return first.plusMonths(months).isAfter(ctx.asOf()) ? Finding.notMet(detail) : Finding.met(detail);
        });
  }

  /** The latest run of Ilaris trials joined across pauses no longer than one dosing interval. */
  private static final class Course {
    final LocalDate first;
    final LocalDate last;
    final boolean restarted;

    private Course(LocalDate first, LocalDate last, boolean restarted) {
      this.first = first;
      this.last = last;
      this.restarted = restarted;
    }

    /** Empty when no dated trial starts on or before {@code asOf}. */
    static Optional<Course> current(List<TherapyTrial> trials, LocalDate asOf, Period dosingInterval) {
      List<TherapyTrial> sorted = new ArrayList<>();
      for (TherapyTrial t : trials) {
        if (t.start().isPresent() && !t.start().get().isAfter(asOf)) {
          sorted.add(t);
        }
      }
      sorted.sort(Comparator.comparing((TherapyTrial t) -> t.start().get()));
      Course course = null;
      for (TherapyTrial t : sorted) {
        LocalDate end = t.end().orElse(asOf);
        LocalDate last = end.isAfter(asOf) ? asOf : end;
        if (course == null) {
          course = new Course(t.start().get(), last, false);
        } else if (t.start().get().isAfter(course.last.plus(dosingInterval))) {
          course = new Course(t.start().get(), last, true);
        } else if (last.isAfter(course.last)) {
          course = new Course(course.first, last, course.restarted);
        }
      }
      return Optional.ofNullable(course);
    }
  }

  private static Criterion beneficialResponse(String id) {
    return Criterion.check(id, "Beneficial response from baseline on at least one objective measure (e.g. CRP, serum amyloid"
            + " A, flare frequency) OR improvement in at least one symptom (e.g. fever, rash, joint pain)")
        .documents(ILARIS_RESPONSE)
        .whenNotMet("No improvement on Ilaris is documented.",
            "Document the improvement since starting Ilaris (fewer flares, lower CRP or serum amyloid A, less fever, rash or"
                + " joint pain), with dates.")
        .whenMissing("The response to Ilaris is not documented.",
            "Attach dated notes comparing disease activity now with baseline.")
        .by(IlarisIp0235::responseFinding);
  }

  private static Finding responseFinding(EvaluationContext ctx) {
    return Responses.documentedResponse(ctx, RESPONSE_MARKERS, "are not measures of these conditions");
  }

  // ---------------------------------------------------------------- Shared clauses

  /**
   * Recognises the pathway's diagnosis among the request's diagnoses and checks its code against
   * the code set; empty when a usable code was found and the pathway may check the rest.
   */
  private static Optional<Finding> diagnosisCoding(EvaluationContext ctx, Predicate<Diagnosis> matches, String wanted) {
    return Diagnoses.codingProblem(ctx, matches, wanted, dx -> dx.code().isWithin(PERIODIC_FEVER_SYNDROMES)
        ? "M04.1 (periodic fever syndromes: FMF, TRAPS, HIDS/MKD) has no subcodes: submit M04.1 with the"
            + " syndrome documented; for Still's disease submit M08.2- (systemic JIA) or M06.1 (adult-onset)."
        : Diagnoses.CORRECT_INVALID_CODE);
  }

  private static boolean isHeredofamilialAmyloidosis(Diagnosis d) {
    for (Icd10Code code : HEREDOFAMILIAL_AMYLOIDOSIS) {
      if (d.code().isWithin(code)) {
        return true;
      }
    }
    return false;
  }

  private static Criterion ageAtLeast(String id, int minimum) {
    return Ages.atLeastYears(id, minimum)
        .whenNotMet("The patient is younger than " + minimum + " years.",
            "Coverage for this indication starts at age " + minimum + "; re-request once the patient turns " + minimum + ".")
        .build();
  }

  private static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Criterion.check(id, "Prescribed by, or in consultation with, " + whom)
        .documents(PRESCRIBER_SPECIALTY)
        .whenNotMet("The prescriber is not, and did not consult, " + whom + ".",
            "Have " + whom + " prescribe, or document the consultation with one.")
        .whenMissing("The prescriber's specialty is not documented.",
            "Document the prescriber's specialty or attach the specialist consultation note.")
        .by(ctx -> Prescribers.prescriberFinding(ctx, accepted));
  }

  /**
   * "Tried X" in the sense of the sources: a trial that failed, was not tolerated or is
   * contraindicated meets it; an effective one does not; an ongoing one has no outcome yet.
   */
  private static Finding triedWithoutSuccess(EvaluationContext ctx, Predicate<Drug> drugs, String words) {
    List<String> effective = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (TherapyTrial t : trialsOf(ctx, drugs)) {
      String name = t.drug().name();
      switch (t.outcome()) {
        case CONTRAINDICATED:
          return Finding.met(() -> name + ": contraindicated");
        case INTOLERANT:
          return Finding.met(() -> name + ": not tolerated");
        case FAILED:
          return Finding.met(() -> name + ": inadequate response" + t.start().map(s -> " (from " + s + ")").orElse(""));
        case EFFECTIVE:
          effective.add(name + " was effective");
          break;
        default:
          undecided.add(name + " in use; outcome not documented");
      }
    }
    if (!undecided.isEmpty()) {
      return Finding.missing(() -> String.join("; ", undecided));
    }
    if (!effective.isEmpty()) {
      return Finding.notMet(() -> String.join("; ", effective));
    }
    return Finding.missing(() -> "No " + words + " documented");
  }

  private static List<TherapyTrial> trialsOf(EvaluationContext ctx, Predicate<Drug> drugs) {
    List<TherapyTrial> found = new ArrayList<>();
    for (TherapyTrial t : ctx.request().therapyTrials()) {
      if (drugs.test(t.drug())) {
        found.add(t);
      }
    }
    return found;
  }

  private static String describe(Quantity q) {
    String value = q.value().stripTrailingZeros().toPlainString() + " " + q.unit().ucum();
    if (q.unit() == Unit.MILLIGRAMS_PER_LITER) {
      return value;
    }
    return value + " (" + q.to(Unit.MILLIGRAMS_PER_LITER).stripTrailingZeros().toPlainString() + " mg/L)";
  }

  // ---------------------------------------------------------------- Drugs

  static boolean isIlaris(Drug drug) {
    return DrugNames.mentionsAny(drug, ILARIS);
  }

  private static boolean isColchicine(Drug drug) {
    return drug.isOfClass(DrugClass.COLCHICINE) || DrugNames.mentionsAny(drug, COLCHICINE);
  }

  private static boolean isNsaid(Drug drug) {
    return drug.isOfClass(DrugClass.NSAID) || DrugNames.mentionsAny(drug, NSAIDS);
  }

  private static boolean isSystemicCorticosteroid(Drug drug) {
    if (drug.isOfClass(DrugClass.SYSTEMIC_CORTICOSTEROID) || DrugNames.mentionsAny(drug, SYSTEMIC_CORTICOSTEROIDS)) {
      return true;
    }
    // Triamcinolone, hydrocortisone and betamethasone are also creams: systemic only by form.
    boolean systemicForm = drug.form().map(f -> f == DosageForm.TABLET || f == DosageForm.CAPSULE || f == DosageForm.ORAL_SOLUTION
        || f == DosageForm.INTRAMUSCULAR_INJECTION || f == DosageForm.INTRAVENOUS_INFUSION
        || f == DosageForm.SUBCUTANEOUS_INJECTION).orElse(false);
    return systemicForm && !drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID) && DrugNames.mentionsAny(drug, CORTICOSTEROIDS_ALSO_TOPICAL);
  }

  private static boolean isConventionalDmard(Drug drug) {
    if (drug.isOfClass(DrugClass.DMARD) || drug.isOfClass(DrugClass.SYSTEMIC_IMMUNOSUPPRESSANT)) {
      return true;
    }
    boolean topical = drug.form().map(f -> f != DosageForm.TABLET && f != DosageForm.CAPSULE && f != DosageForm.ORAL_SOLUTION
        && f != DosageForm.SUBCUTANEOUS_INJECTION && f != DosageForm.INTRAVENOUS_INFUSION
        && f != DosageForm.INTRAMUSCULAR_INJECTION).orElse(false);
    return !topical && !drug.isOfClass(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR) && DrugNames.mentionsAny(drug, CONVENTIONAL_DMARDS);
  }

  private static boolean isUrateLowering(Drug drug) {
    return drug.isOfClass(DrugClass.URATE_LOWERING) || DrugNames.mentionsAny(drug, URATE_LOWERING);
  }

  private static boolean isBiologicOrTargetedSynthetic(Drug drug) {
    if (isIlaris(drug) || DrugNames.mentionsAny(drug, BIOLOGIC_URATE_LOWERING) || drug.isOfClass(DrugClass.URATE_LOWERING)) {
      return false;
    }
    // Topical ruxolitinib (Opzelura) and topical JAK inhibitors are not systemic targeted therapy.
    if (drug.isOfClass(DrugClass.TOPICAL_JAK_INHIBITOR) || drug.form().map(TOPICAL_FORMS::contains).orElse(false)
        || DrugNames.words(drug).contains("opzelura")) {
      return false;
    }
    if (drug.isOfClass(DrugClass.BIOLOGIC) || drug.isOfClass(DrugClass.JAK_INHIBITOR) || drug.isOfClass(DrugClass.TYK2_INHIBITOR)
        || drug.isOfClass(DrugClass.ORAL_PDE4_INHIBITOR)) {
      return true;
    }
    return DrugNames.mentionsAny(drug, BIOLOGICS_AND_TARGETED_SYNTHETICS);
  }

  // ---------------------------------------------------------------- Conditions Not Covered

  private static Criterion notConcurrentWithBiologicOrTargetedSynthetic() {
    return Criterion.check("IP0235 Not Covered 1",
            "No concurrent use with another biologic or a targeted synthetic DMARD (e.g. Kineret, Actemra, a JAK inhibitor)")
        .documents(CURRENT_MEDICATIONS)
        .whenNotMet("Use of Ilaris together with another biologic or a targeted synthetic DMARD is not covered.",
            "If the other biologic or targeted synthetic DMARD has been stopped, document its stop date and resubmit.")
        .whenMissing("It is not documented whether a biologic or targeted synthetic DMARD from a prior trial has been stopped.",
            "Document the stop date of every biologic or targeted synthetic DMARD in the medication history.")
        .by(ctx -> ConcurrentUse.finding(ctx, IlarisIp0235::isBiologicOrTargetedSynthetic));
  }

  private static boolean isRheumatoidArthritis(Diagnosis d) {
    // M06 is "other rheumatoid arthritis" but holds adult-onset Still's disease (M06.1) and
    // inflammatory polyarthropathy (M06.4), which are not rheumatoid arthritis.
    if (d.code().isWithin(RA_WITH_RHEUMATOID_FACTOR)) {
      return true;
    }
    return d.code().isWithin(OTHER_RA) && !d.code().isWithin(ADULT_ONSET_STILLS) && !d.code().isWithin(INFLAMMATORY_POLYARTHROPATHY);
  }

  private static Criterion notForRheumatoidArthritis() {
    return Criterion.check("IP0235 Not Covered 2", "Not for rheumatoid arthritis (ICD-10-CM M05.-, M06.- other than M06.1 and M06.4)")
        .documents(DIAGNOSIS_NOTES)
        .whenNotMet("Ilaris is not covered for rheumatoid arthritis.",
            "Coverage under IP0235 is not available for rheumatoid arthritis; if Ilaris is for another diagnosis, list only"
                + " the diagnoses it treats.")
        .whenMissing("The diagnosis is not documented.", "Attach the diagnosis with its ICD-10-CM code.")
        .by(ctx -> {
          for (Diagnosis d : ctx.request().diagnoses()) {
            if (isRheumatoidArthritis(d)) {
              return Finding.notMet(() -> "Requested for " + d.code() + " (rheumatoid arthritis)");
            }
          }
          return Finding.met("No rheumatoid arthritis diagnosis among the indications");
        });
  }

  /** A code that names one of the six indications (E85.0 only with the periodic fever documented). */
  private static boolean isCoveredIndication(Diagnosis d) {
    return d.code().isWithin(PERIODIC_FEVER_SYNDROMES) || d.code().isWithin(CAPS) || isStills(d)
        || d.code().isWithin(GOUT) || d.code().isWithin(CHRONIC_GOUT)
        || (d.code().isWithin(FMF_AMYLOIDOSIS) && d.subtype().isPresent());
  }

  /**
   * A code that may stand for a covered periodic fever without naming it, when no code names one:
   * heredofamilial amyloidosis (E85.0-E85.2, which a patient guide gives for CAPS) or an
   * unspecified autoinflammatory syndrome (M04.9).
   */
  private static Optional<Diagnosis> unnamedSyndrome(EvaluationContext ctx) {
    Diagnosis unnamed = null;
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (isCoveredIndication(d)) {
        return Optional.empty();
      }
      if (unnamed == null && (isHeredofamilialAmyloidosis(d) || d.code().isWithin(UNSPECIFIED_AUTOINFLAMMATORY))) {
        unnamed = d;
      }
    }
    return Optional.ofNullable(unnamed);
  }

  private static Finding unnamedSyndromeFinding(Icd10Code code) {
    if (code.isWithin(UNSPECIFIED_AUTOINFLAMMATORY)) {
      return Finding.missing(() -> code + " does not name the autoinflammatory syndrome")
          .because("The diagnosis code " + code + " (autoinflammatory syndrome, unspecified) does not say which syndrome"
                  + " Ilaris is to treat.",
              "Code the syndrome: CAPS M04.2; FMF, TRAPS or HIDS/MKD M04.1 with the syndrome documented.");
    }
    return Finding.missing(() -> code + " is heredofamilial amyloidosis; the syndrome is not coded")
        .because("The diagnosis code " + code + " names amyloidosis, not the syndrome Ilaris is to treat (a patient guide"
                + " lists E85.0-E85.2 for CAPS in error).",
            "Code the syndrome: CAPS M04.2; FMF, TRAPS or HIDS/MKD M04.1 with the syndrome documented; keep E85.- for"
                + " documented amyloidosis.");
  }

  private static Criterion notForAnyOtherUse() {
    return Criterion.check("IP0235 Not Covered (other use)",
            "Use is for CAPS, FMF, HIDS/MKD, TRAPS, Still's disease or gout flares (any other use is not covered)")
        .documents(DIAGNOSIS_NOTES)
        .whenNotMet("The requested use is not one of the covered indications (CAPS, FMF, HIDS/MKD, TRAPS, Still's disease,"
                + " gout flares).",
            "Coverage under IP0235 is limited to these indications; for another use ask Cigna about a medical necessity"
                + " exception.")
        .whenMissing("The diagnosis is not documented.", "Attach the diagnosis with its billable ICD-10-CM code.")
        .by(ctx -> {
          List<Diagnosis> diagnoses = ctx.request().diagnoses();
          if (diagnoses.isEmpty()) {
            return Finding.missing("No diagnosis documented");
          }
          for (Diagnosis d : diagnoses) {
            if (isCoveredIndication(d)) {
              return Finding.met(() -> "Requested for " + d.code());
            }
          }
          Optional<Diagnosis> unnamed = unnamedSyndrome(ctx);
          if (unnamed.isPresent()) {
            return unnamedSyndromeFinding(unnamed.get().code());
          }
          return Finding.notMet(() -> "None of " + codes(diagnoses) + " is a covered indication");
        });
  }

  // ---------------------------------------------------------------- Next steps

  private static List<NextStep> nextSteps(Outcome outcome, Optional<MatchedPathway> pathway, EvaluationContext ctx) {
    CignaDirectory directory = CignaDirectory.standard();
    boolean expedited = ctx.request().urgency() == Urgency.EXPEDITED;
    boolean gout = pathway.isPresent() && pathway.get().id().equals("IP0235 6");
    List<NextStep> steps = new ArrayList<>();
    steps.add(NextStep.builder()
        .action("Confirm the current IP0235 criteria with Cigna before relying on this determination: the policy text was"
            + " not available and the criteria come from patient guides and analog policies")
        .actor("prescriber or clinic staff")
        .addContacts(directory.contact("provider-line"))
        .build());
    NextStep.Builder submit = NextStep.builder()
        .actor("prescriber or clinic staff")
        .addContacts(directory.contact("provider-portal"), directory.contact("covermymeds"), directory.contact("pa-fax"),
            directory.contact("provider-line"))
        .addTiming(directory.timing(expedited ? "pa-expedited" : "pa-standard-pre-service"))
        .addTiming(directory.timing("pa-status-checks"));
    switch (outcome) {
      case MEETS_CRITERIA:
        steps.add(submit.action(CignaNextSteps.submitAction(expedited,
                "with a letter of medical necessity citing IP0235 and the documents in the checklist attached"))
            .build());
        steps.add(NextStep.builder()
            .action("Send the prescription to Accredo (or the plan's Express Scripts specialty pharmacy) and schedule the"
                + " refrigerated delivery and the injection")
            .actor("prescriber and patient")
            .addContacts(directory.contact("accredo-phone"), directory.contact("accredo-web"))
            .addTiming(directory.timing("specialty-pharmacy-refrigerated"))
            .build());
        steps.add(NextStep.builder()
            .action(gout
                ? "For a later flare, request retreatment once 12 weeks have passed since this dose, with the response to it"
                : "Before the approval ends, request reauthorization with documentation of the response to Ilaris")
            .actor("prescriber")
            .build());
        break;
      case NEEDS_DOCUMENTATION:
        steps.add(NextStep.builder()
            .action("Gather the documents in the checklist: the clauses marked MISSING cannot be decided without them")
            .actor("prescriber or clinic staff")
            .addContacts(directory.contact("member-services"))
            .build());
        steps.add(submit.action("Then submit the prior authorization request with the documents attached").build());
        break;
      case DOES_NOT_MEET_CRITERIA:
        steps.add(CignaNextSteps.resolveNotMet("prescriber"));
        steps.add(appeal(directory));
        break;
      default:
        steps.add(NextStep.builder()
            .action("The requested use falls under the conditions not covered; read the exclusion's fix, or discuss"
                + " alternatives with the prescriber")
            .actor("prescriber and patient")
            .build());
        steps.add(appeal(directory));
    }
    return steps;
  }

  private static NextStep appeal(CignaDirectory directory) {
    return CignaNextSteps.appeal(directory,
        "If Cigna denies the request: file an internal appeal with the denial letter, a letter of medical necessity,"
            + " specialist notes and the labs; external review follows a final internal denial",
        "patient or prescriber", "member-services", "provider-line");
  }
}
