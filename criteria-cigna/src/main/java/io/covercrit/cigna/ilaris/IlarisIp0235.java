package io.covercrit.cigna.ilaris;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.ConcurrentUse;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.Sources;
import io.covercrit.core.clauses.Step;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.NextStepPlanner;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.TherapyTrial;
import java.time.LocalDate;
import java.util.List;

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
 *
 * <h2>Code layout</h2>
 * This class assembles the policy (descriptor, sources, provenance, notes, Conditions Not Covered,
 * next steps). Each indication is a package-private class ({@code IlarisCaps}, {@code
 * IlarisFamilialMediterraneanFever}, {@code IlarisHidsMkd}, {@code IlarisTraps}, {@code
 * IlarisStillsDisease}, {@code IlarisGoutFlares}); what several share is in {@code IlarisClauses}
 * (ages, prescribers, diagnoses, periodic fever clauses, the Ilaris course, reauthorization) and
 * {@code IlarisDrugs}.
 */
public final class IlarisIp0235 {
  /** Registry id of this policy. */
  public static final String POLICY_ID = "cigna/IP0235";

  /** When the sources were read and encoded. */
  static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);

  private static final Icd10Code RA_WITH_RHEUMATOID_FACTOR = Icd10Code.of("M05");
  private static final Icd10Code OTHER_RA = Icd10Code.of("M06");
  private static final Icd10Code INFLAMMATORY_POLYARTHROPATHY = Icd10Code.of("M06.4");
  private static final Sources SOURCES = Sources.gatheredOn(FACTS_GATHERED_ON);

  private IlarisIp0235() {}

  // ---------------------------------------------------------------- Sources

  private static final SourceRef POLICY_HEADER = SOURCES.source(
      "Cigna National Formulary Coverage Policy, Inflammatory Conditions – Ilaris (canakinumab for subcutaneous injection),"
          + " product identifier 12878: header and table of contents only (docslib copy)",
      "https://docslib.org/doc/3521711/inflammatory-conditions-ilaris%C2%AE-canakinumab-for-subcutaneous-injection",
      Reliability.POLICY_TEXT);
  private static final SourceRef NC_GUIDE = SOURCES.source(
      "How to Get Ilaris (Canakinumab) Covered by Cigna in North Carolina (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/how-to-get-ilaris-canakinumab-covered-by-cigna-in-north-carolina-complete-prior-authorization-and-appeal-guide",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef VA_GUIDE = SOURCES.source(
      "Get Ilaris (canakinumab) covered by Cigna in Virginia (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/get-ilaris-canakinumab-covered-by-cigna-in-virginia-complete-prior-authorization-appeals-guide",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef CA_GUIDE = SOURCES.source(
      "Work with your doctor to get Ilaris (canakinumab) covered by Cigna in California (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/work-with-your-doctor-to-get-ilaris-canakinumab-covered-by-cigna-in-california",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef ARCALYST_CAPS = SOURCES.source(
      "Cigna Arcalyst (rilonacept) policy: cryopyrin-associated periodic syndromes, and its reauthorization (sibling IL-1"
          + " policy)",
      "https://coverage.pharmacistwrite.com/coverage/cigna/arcalyst-rilonacept-subcutaneous-injection/cryopyrin-associated-periodic-syndromes-caps-including-famil",
      Reliability.ANALOG_POLICY);
  private static final SourceRef EVICORE = SOURCES.source(
      "eviCore (Evernorth/Cigna) canakinumab medical drug policy summaries (five versions)",
      "https://verity.backworkai.com/policy/EVICORE-MEDICAL_DRUG-70858A47",
      Reliability.ANALOG_POLICY);
  private static final SourceRef MEDICAL_MUTUAL = SOURCES.source(
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
        .provenance(SOURCES.provenance(Reliability.ANALOG_POLICY,
            List.of(POLICY_HEADER, NC_GUIDE, VA_GUIDE, CA_GUIDE, ARCALYST_CAPS, EVICORE, MEDICAL_MUTUAL),
            READING_STILLS, READING_AGES, READING_FLARES, READING_CRP, READING_GENETIC_TEST, READING_DURATIONS,
            READING_REAUTHORIZATION, READING_CODES, READING_NOT_COVERED, READING_HIDS, READING_CAPS, READING_GOUT))
        .putPathwayProvenance("IP0235 1", SOURCES.provenance(Reliability.ANALOG_POLICY,
            List.of(ARCALYST_CAPS, MEDICAL_MUTUAL, EVICORE, NC_GUIDE),
            READING_CAPS, READING_AGES, READING_GENETIC_TEST, READING_DURATIONS, READING_REAUTHORIZATION, READING_CODES))
        .putPathwayProvenance("IP0235 2", SOURCES.provenance(Reliability.ANALOG_POLICY,
            List.of(MEDICAL_MUTUAL, EVICORE, NC_GUIDE),
            READING_AGES, READING_FLARES, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION, READING_CODES))
        .putPathwayProvenance("IP0235 3", SOURCES.provenance(Reliability.UNCERTAIN, List.of(EVICORE, NC_GUIDE),
            READING_HIDS, READING_FLARES, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION))
        .putPathwayProvenance("IP0235 4", SOURCES.provenance(Reliability.ANALOG_POLICY,
            List.of(MEDICAL_MUTUAL, EVICORE, NC_GUIDE),
            READING_AGES, READING_FLARES, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION))
        .putPathwayProvenance("IP0235 5", SOURCES.provenance(Reliability.ANALOG_POLICY,
            List.of(NC_GUIDE, VA_GUIDE, CA_GUIDE, EVICORE),
            READING_STILLS, READING_CRP, READING_DURATIONS, READING_REAUTHORIZATION, READING_CODES))
        .putPathwayProvenance("IP0235 6", SOURCES.provenance(Reliability.ANALOG_POLICY, List.of(MEDICAL_MUTUAL, NC_GUIDE),
            READING_GOUT, READING_DURATIONS, READING_CODES))
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
        .pathway(IlarisCaps.pathway())
        .pathway(IlarisFamilialMediterraneanFever.pathway())
        .pathway(IlarisHidsMkd.pathway())
        .pathway(IlarisTraps.pathway())
        .pathway(IlarisStillsDisease.pathway())
        .pathway(IlarisGoutFlares.pathway())
        .nextSteps(nextSteps())
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

  // ---------------------------------------------------------------- Conditions Not Covered

  private static Criterion notConcurrentWithBiologicOrTargetedSynthetic() {
    return ConcurrentUse.notUsedWith("IP0235 Not Covered 1",
            "No concurrent use with another biologic or a targeted synthetic DMARD (e.g. Kineret, Actemra, a JAK inhibitor)",
            "a biologic or targeted synthetic DMARD", IlarisDrugs::isBiologicOrTargetedSynthetic)
        .whenNotMet("Use of Ilaris together with another biologic or a targeted synthetic DMARD is not covered.",
            "If the other biologic or targeted synthetic DMARD has been stopped, document its stop date and resubmit.")
        .whenMissing("It is not documented whether a biologic or targeted synthetic DMARD from a prior trial has been stopped.",
            "Document the stop date of every biologic or targeted synthetic DMARD in the medication history.")
        .build();
  }

  private static boolean isRheumatoidArthritis(Icd10Code code) {
    // M06 is "other rheumatoid arthritis" but holds adult-onset Still's disease (M06.1) and
    // inflammatory polyarthropathy (M06.4), which are not rheumatoid arthritis.
    if (code.isWithin(RA_WITH_RHEUMATOID_FACTOR)) {
      return true;
    }
    return code.isWithin(OTHER_RA) && !code.isWithin(IlarisClauses.ADULT_ONSET_STILLS)
        && !code.isWithin(INFLAMMATORY_POLYARTHROPATHY);
  }

  /** With no diagnosis documented, MISSING: whether the request is for rheumatoid arthritis cannot be told. */
  private static Criterion notForRheumatoidArthritis() {
    return Diagnoses.notFor("IP0235 Not Covered 2",
            "Not for rheumatoid arthritis (ICD-10-CM M05.-, M06.- other than M06.1 and M06.4)", "rheumatoid arthritis",
            IlarisIp0235::isRheumatoidArthritis)
        .whenNotMet("Ilaris is not covered for rheumatoid arthritis.",
            "Coverage under IP0235 is not available for rheumatoid arthritis; if Ilaris is for another diagnosis, list only"
                + " the diagnoses it treats.")
        .build();
  }

  private static Criterion notForAnyOtherUse() {
    return Diagnoses.onlyFor("IP0235 Not Covered (other use)",
            "Use is for CAPS, FMF, HIDS/MKD, TRAPS, Still's disease or gout flares (any other use is not covered)",
            "a covered indication", IlarisClauses::isCoveredIndication, ctx -> IlarisClauses.unnamedSyndrome(ctx, true))
        .whenNotMet("The requested use is not one of the covered indications (CAPS, FMF, HIDS/MKD, TRAPS, Still's disease,"
                + " gout flares).",
            "Coverage under IP0235 is limited to these indications; for another use ask Cigna about a medical necessity"
                + " exception.")
        .build();
  }

  // ---------------------------------------------------------------- Next steps

  private static NextStepPlanner nextSteps() {
    CignaDirectory directory = CignaDirectory.standard();
    List<NextStep> goutReminder = List.of(Step.of(
        "For a later flare, request retreatment once 12 weeks have passed since this dose, with the response to it",
        "prescriber"));
    List<NextStep> reauthorizationReminder = List.of(Step.of(
        "Before the approval ends, request reauthorization with documentation of the response to Ilaris", "prescriber"));
    return CignaNextSteps.template(directory, "prescriber or clinic staff",
            List.of("provider-portal", "covermymeds", "pa-fax", "provider-line"),
            List.of("pa-standard-pre-service", "pa-status-checks"), List.of("pa-expedited", "pa-status-checks"))
        .first(Step.of("Confirm the current IP0235 criteria with Cigna before relying on this determination: the policy"
                + " text was not available and the criteria come from patient guides and analog policies",
            "prescriber or clinic staff", directory.contact("provider-line")))
        .submitWith("with a letter of medical necessity citing IP0235 and the documents in the checklist attached")
        .afterApproval(Step.timed("Send the prescription to Accredo (or the plan's Express Scripts specialty pharmacy) and"
                + " schedule the refrigerated delivery and the injection", "prescriber and patient",
            directory.timing("specialty-pharmacy-refrigerated"), directory.contact("accredo-phone"),
            directory.contact("accredo-web")))
        .afterApproval((pathway, ctx) -> pathway.isPresent() && pathway.get().id().equals(IlarisGoutFlares.ID)
            ? goutReminder : reauthorizationReminder)
        .gather(Step.of("Gather the documents in the checklist: the clauses marked MISSING cannot be decided without them",
            "prescriber or clinic staff", directory.contact("member-services")))
        .resolvedBy("prescriber")
        .appeal(CignaNextSteps.appeal(directory, "If Cigna denies the request: file an internal appeal with the denial"
            + " letter, a letter of medical necessity, specialist notes and the labs; external review follows a final internal"
            + " denial", "patient or prescriber", "member-services", "provider-line"))
        .whenNotCovered(Step.of("The requested use falls under the conditions not covered; read the exclusion's fix, or"
            + " discuss alternatives with the prescriber", "prescriber and patient"))
        .build();
  }
}
