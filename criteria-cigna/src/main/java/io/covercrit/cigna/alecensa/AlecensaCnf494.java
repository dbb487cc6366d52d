package io.covercrit.cigna.alecensa;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Sources;
import io.covercrit.core.clauses.Step;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.NextStepPlanner;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.BiomarkerTestMethod;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cigna prior authorization policy for Alecensa (alectinib) capsules, oncology, as far as public
 * secondary sources describe it. <b>No Cigna policy text was found.</b> The adjuvant pathway rests
 * on a close third-party digest (Policy Vault); the advanced/metastatic pathway, the policy
 * number and the step therapy reading rest on Counterforce Health patient guides. Each pathway
 * carries its own {@link Provenance} ({@code pathwayProvenance}), and every determination says
 * which one it rests on, so a host can badge it.
 *
 * <h2>Policy number and clause ids</h2>
 * The number "CNF-494" comes from one patient guide (Counterforce, Virginia) and is unverified;
 * its format matches Cigna's National Formulary oncology policies (e.g. Iclusig CNF514). No
 * IP-numbered policy was found. Clause ids follow the numbering of the digest as the source file
 * gives it: {@code CNF-494 1.A} to {@code 1.D} for the adjuvant pathway and {@code 2.A} to
 * {@code 2.C} for the metastatic one. As in the Opzelura policy, {@code 1.dx}/{@code 2.dx} is the
 * pathway heading's diagnosis and setting. Parts of a numbered item that the sources do not
 * number carry a parenthesised suffix ({@code CNF-494 1.C (resection)}; {@code 2.B (ALK-positive)}
 * and {@code 2.B (first line or after crizotinib)}), and so does the digest's "total duration 2
 * years" ({@code CNF-494 1 (2-year total)}). Item 2.D of the source
 * file ("no step therapy") is a non-requirement and has no clause (see below).
 *
 * <h2>Readings of the sources</h2>
 * <ul>
 *   <li><b>Diagnosis</b>: non-small cell lung cancer is a C34 code (ICD-10-CM FY2026, curated in
 *       full) with the histology documented as {@link DiagnosisSubtype#NON_SMALL_CELL}: C34 covers
 *       small cell lung cancer too, so the code alone cannot show NSCLC (the guide asks for the
 *       pathology report). Z85.118 (history of lung cancer) is not accepted: adjuvant therapy is
 *       treatment directed at the cancer, which coding guidelines code as current (C34).
 *   <li><b>Setting</b>: the adjuvant pathway is for resected disease without recurrence or
 *       distant metastasis; the advanced/metastatic pathway needs distant metastasis (M1 or stage
 *       IV), recurrence, or a secondary-neoplasm code of a distant site (C78-C79 except C78.0-,
 *       which also codes a separate nodule in the same lung, a T3/T4 finding, and C78.1, the
 *       mediastinum, which for a lung primary is T4 invasion or N2 nodes, not M1). Unresectable
 *       stage III disease without metastasis or recurrence meets neither pathway.
 *   <li><b>ALK-positive by an approved test</b> (1.B/1.D, 2.B/2.C): a POSITIVE result of a
 *       biomarker named ALK (e.g. "ALK", "EML4-ALK"). Negative is NOT_MET; indeterminate or absent
 *       is MISSING. One positive result by an approved method suffices. "Approved test" is read as
 *       a method for which FDA-approved ALK tests exist (IHC: VENTANA ALK (D5F3) CDx; FISH: Vysis
 *       ALK Break Apart; NGS: FoundationOne CDx), recognised by {@link BiomarkerTestMethod};
 *       whether the lab used the approved assay or a laboratory-developed test cannot be told
 *       from the method, so the checklist asks for the report naming the assay. Other methods
 *       (RT-PCR) or no method leave 1.D/2.C MISSING, not NOT_MET.
 *   <li><b>1.C</b>: the digest, the strongest source, says only "used after tumor resection".
 *       "Complete (R0)" comes from weaker sources: the California guide ("surgical pathology
 *       proving complete tumor resection (R0)"), the CareFirst analog and the pivotal trial
 *       (ALINA, completely resected disease). Encoded: complete resection (R0) meets it; no
 *       resection is NOT_MET; residual tumour (R1, R2) is MISSING, with a remedy asking for the
 *       operative and pathology reports and warning that Cigna may require complete resection; an
 *       unassessed margin (RX) is MISSING too. "≥ 4 cm" is the greatest dimension of the primary tumour: 4.0 cm
 *       meets it, 3.9 does not. Node-positive is N1-N3.
 *   <li><b>2-year total</b> (adjuvant): counted in calendar time from the first documented start
 *       of alectinib (a {@link TherapyTrial} of alectinib or Alecensa; contraindications do not
 *       count). While less than 2 years have passed the clause is met and the approval is capped
 *       at that start plus 2 years ({@link Pathway.Builder#approvalCap}); from then on it is
 *       NOT_MET. With no alectinib documented, an initial request starts the course; a
 *       reauthorization must document the start (MISSING otherwise). Cumulative days of use, not
 *       counting interruptions, would be the other reading; the digest gives no detail.
 *   <li><b>Reauthorization</b>: the digest lists none for adjuvant use (the 2-year approval covers
 *       the course); a continuation inside the 2 years is encoded as in the analogs (no
 *       recurrence). For metastatic disease: no progression, for another year (analogs;
 *       unverified for Cigna). Both read {@link ResponseMarker#NO_DISEASE_PROGRESSION}. "No
 *       unacceptable toxicity" (analogs) is not encoded: the request itself shows the drug is
 *       continued.
 *   <li><b>Step therapy</b> (conflict): the Virginia guide says step therapy is not required; the
 *       Georgia guide says Cigna "may require trying another ALK inhibitor first", and the
 *       California guide describes a crizotinib step therapy override. The encoded reading is
 *       the Virginia one, which the FDA label (first-line metastatic ALK-positive NSCLC) and NCCN
 *       (alectinib a preferred first-line option) support: no other ALK inhibitor is required.
 *   <li><b>2.B "first line or after crizotinib"</b> (guides): met with no prior ALK inhibitor or
 *       crizotinib only; NOT_MET after any other ALK inhibitor (ceritinib, brigatinib, lorlatinib,
 *       ensartinib), whether it was stopped for progression or for intolerance, since the text
 *       covers neither (the remedy points to a medical necessity review). Alectinib itself is
 *       not an earlier line: it is the drug being started, continued or renewed, and adjuvant
 *       alectinib is not a line of metastatic therapy; only progression on it (FAILED) counts,
 *       on an initial request. The model cannot tell an undocumented treatment history from an
 *       empty one, so, as for the 2-year course, no trial documented means no prior ALK
 *       inhibitor (MET), never MISSING. A contraindication is no use.
 *   <li><b>Not encoded</b>: prescriber specialty (none found), dose limits (analog only), other
 *       uses (other payers cover ALK-positive lymphoma, inflammatory myofibroblastic tumour and
 *       others; Cigna's position is unknown, so such requests are "no covered diagnosis", not
 *       "not covered"), and conditions not covered (not retrieved).
 * </ul>
 *
 * <p>No revision or effective date was found: there is one version with no start date. Process
 * data (fax, portal, phone lines, Accredo) comes from {@code cigna-directory.json}, each entry
 * with its source; state review rules (California IMR) belong to the jurisdictions module.
 */
public final class AlecensaCnf494 {
  /** Registry id of this policy; the number is unverified (see the class comment). */
  public static final String POLICY_ID = "cigna/CNF-494";

  /** When the sources were read and encoded. */
  static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);
  private static final Sources SOURCES = Sources.gatheredOn(FACTS_GATHERED_ON);

  static final String ADJUVANT = "CNF-494 1";
  static final String METASTATIC = "CNF-494 2";

  static final int MINIMUM_AGE = 18;
  static final BigDecimal MINIMUM_TUMOR_CM = new BigDecimal("4.0");
  /** "Approve (total duration 2 years)": the whole adjuvant course. */
  static final Period ADJUVANT_COURSE = Period.ofYears(2);
  /** Not found for Cigna; Cigna oncology approvals are usually 1 year, as are the analogs'. */
  static final Period METASTATIC_APPROVAL = Period.ofYears(1);

  static final Icd10Code LUNG_CANCER = Icd10Code.of("C34");
  static final List<Icd10Code> SECONDARY_NEOPLASMS = List.of(Icd10Code.of("C78"), Icd10Code.of("C79"));
  static final Icd10Code SECONDARY_LUNG = Icd10Code.of("C78.0");
  /** Mediastinal spread of a lung primary is T4 (invasion) or N2 (nodes), not M1. */
  static final Icd10Code SECONDARY_MEDIASTINUM = Icd10Code.of("C78.1");

  static final Set<BiomarkerTestMethod> APPROVED_METHODS =
      Set.of(BiomarkerTestMethod.IHC, BiomarkerTestMethod.FISH, BiomarkerTestMethod.NGS);
  static final Predicate<Drug> ALECTINIB = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("alectinib", "alecensa"));
  static final Predicate<Drug> CRIZOTINIB = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("crizotinib", "xalkori"));
  /** ALK inhibitors approved for NSCLC besides alectinib and crizotinib. */
  static final Predicate<Drug> OTHER_ALK_INHIBITORS = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("ceritinib",
      "zykadia", "brigatinib", "alunbrig", "lorlatinib", "lorbrena", "ensartinib", "ensacove"));

  private AlecensaCnf494() {}

  /** The one version known; the sources give no revision date. */
  public static List<CoveragePolicy> versions() {
    return List.of(build());
  }

  private static final SourceRef DIGEST = SOURCES.source(
      "Policy Vault digest: Cigna, Alecensa (alectinib capsules - Genentech), Non-Small Cell Lung Cancer - Adjuvant Therapy",
      "https://coverage.pharmacistwrite.com/coverage/cigna/alecensa-alectinib-capsules-genentech/non-small-cell-lung-cancer-adjuvant-therapy",
      Reliability.SECONDARY_DIGEST);
  private static final SourceRef VIRGINIA_GUIDE = SOURCES.source(
      "How to Get Alecensa (alectinib) Covered by Cigna in Virginia (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/how-to-get-alecensa-alectinib-covered-by-cigna-in-virginia-complete-prior-authorization-guide-with-appeals-and-forms",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef PENNSYLVANIA_GUIDE = SOURCES.source(
      "A Realistic Alecensa (alectinib) Approval Scenario with Cigna in Pennsylvania (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/a-realistic-alecensa-alectinib-approval-scenario-with-cigna-in-pennsylvania-from-request-to-yes",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef GEORGIA_GUIDE = SOURCES.source(
      "Getting Alecensa (alectinib) Covered by Cigna in Georgia (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/getting-alecensa-alectinib-covered-by-cigna-in-georgia-prior-authorization-appeals-and-formulary-alternatives",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef CALIFORNIA_GUIDE = SOURCES.source(
      "How to Get Alecensa (alectinib) Covered by Cigna in California: Forms, Appeals, and Contact Numbers (Counterforce Health guide)",
      null, Reliability.PATIENT_GUIDE);

  private static final String STEP_THERAPY_READING = "Step therapy (sources conflict): encoded as NOT required - no other"
      + " ALK inhibitor (e.g. crizotinib) must be tried first, and prior crizotinib does not prevent approval. This follows the"
      + " Virginia guide (\"Step Therapy - Not required\"), the FDA label (first-line metastatic ALK-positive NSCLC) and NCCN"
      + " (alectinib a preferred first-line option). The other reading - the Georgia guide's \"may require trying another ALK"
      + " inhibitor first\" and the California guide's crizotinib step therapy override - is not encoded.";

  private static final Provenance POLICY_PROVENANCE = SOURCES.provenance(Reliability.PATIENT_GUIDE,
      List.of(DIGEST, VIRGINIA_GUIDE, PENNSYLVANIA_GUIDE, GEORGIA_GUIDE, CALIFORNIA_GUIDE),
      "No Cigna policy text was found: the adjuvant criteria come from a third-party digest, the advanced/metastatic"
          + " criteria from patient guides.",
      "Policy number CNF-494 is from one patient guide (Virginia) and unverified; no effective or revision date was found.");

  private static final Provenance ADJUVANT_PROVENANCE = SOURCES.provenance(Reliability.SECONDARY_DIGEST,
      List.of(DIGEST, PENNSYLVANIA_GUIDE, CALIFORNIA_GUIDE),
      "1.C \"used after tumor resection\" (digest) does not say \"complete\"; the California guide (R0"
          + " surgical pathology), the CareFirst analog and the pivotal trial require complete resection. Encoded: R0"
          + " meets it, no resection does not, and R1/R2 (residual tumor) or RX is MISSING with a request for the"
          + " operative and pathology reports, as Cigna may require complete resection.",
      "Total duration 2 years, counted from the first documented start of alectinib; approvals end no later than"
          + " that start plus 2 years. The digest lists no reauthorization; a continuation within the 2 years needs"
          + " no recurrence (analog policies).");

  private static final Provenance METASTATIC_PROVENANCE = SOURCES.provenance(Reliability.PATIENT_GUIDE,
      List.of(VIRGINIA_GUIDE, GEORGIA_GUIDE, CALIFORNIA_GUIDE),
      STEP_THERAPY_READING,
      "2.C (approved ALK test) is applied by analogy with the adjuvant digest's 1.D; the guides only ask for ALK test"
          + " results with their method.",
      "Approval for 1 year and continuation on no progression: not found for Cigna (usual for Cigna oncology"
          + " policies and the UHC and CareFirst analogs).",
      "\"Advanced/metastatic\" is read as distant metastasis (M1, stage IV) or recurrent disease.",
      "2.B \"first line or after crizotinib\": met with no prior ALK inhibitor or crizotinib only; NOT_MET after any"
          + " other ALK inhibitor (ceritinib, brigatinib, lorlatinib, ensartinib), for progression or intolerance."
          + " Alectinib itself (the course being continued, or adjuvant use) is not an earlier line, except progression"
          + " on it before an initial request. No trial documented is read as no prior ALK inhibitor.");

  private static CoveragePolicy build() {
    PolicyDescriptor descriptor = PolicyDescriptor.builder()
        .id(POLICY_ID)
        .payer("Cigna Healthcare")
        .title("Alecensa (alectinib) capsules (Cigna oncology prior authorization, CNF-494 unverified)")
        .addDrugs("Alecensa", "alectinib")
        .version("revision not found (sources read 2026-11-24)")
        .provenance(POLICY_PROVENANCE)
        .putPathwayProvenance(ADJUVANT, ADJUVANT_PROVENANCE)
        .putPathwayProvenance(METASTATIC, METASTATIC_PROVENANCE)
        .build();
    return CriteriaPolicy.builder(descriptor)
        .medicalNecessitySection("CNF-494 Medical Necessity", "Alectinib is approved when ONE of the following is met")
        .reauthorizationSection("CNF-494 Reauthorization",
            "Continuation: the criteria are met AND there is no disease recurrence or progression on alectinib")
        .pathway(AlecensaAdjuvant.pathway())
        .pathway(AlecensaMetastatic.pathway())
        .nextSteps(nextSteps())
        .note("No Cigna policy text was found: the adjuvant criteria come from a third-party digest, the advanced/metastatic"
            + " criteria from patient guides; confirm with Cigna before relying on them.")
        .note("Step therapy is encoded as not required (the better-supported reading); one guide says Cigna may require"
            + " another ALK inhibitor first.")
        .build();
  }

  private static NextStepPlanner nextSteps() {
    CignaDirectory directory = CignaDirectory.standard();
    NextStep californiaException = Step.of("If Cigna asks for another ALK inhibitor (e.g. crizotinib) first, which the"
        + " criteria encoded here do not require, request a step therapy exception", "oncologist",
        directory.contact("ca-exception-fax"));
    NextStep costHelp = Step.of("Ask about cost help: Cigna's Cancer Support Program, and Genentech's copay assistance or"
        + " patient foundation", "patient", directory.contact("cancer-support-program"));
    List<NextStep> inCalifornia = List.of(californiaException, costHelp);
    List<NextStep> elsewhere = List.of(costHelp);
    List<NextStep> adjuvantReminder = List.of(Step.of("The adjuvant approval covers the whole course (2 years in total"
        + " from the first dose); a continuation within the 2 years needs imaging showing no recurrence", "oncologist"));
    List<NextStep> metastaticReminder = List.of(Step.of("Before the approval ends (up to 1 year), request continuation"
        + " with imaging showing no progression", "oncologist"));
    return CignaNextSteps.template(directory, "oncologist or clinic staff",
            List.of("provider-portal", "pa-fax", "pa-status-line"), List.of("pa-standard"), List.of("pa-expedited"))
        .submitWith("with the ALK test report, the pathology and staging reports and the other documents in the checklist")
        .afterApproval(Step.timed("Send the prescription to Accredo, Cigna's specialty pharmacy; Accredo verifies benefits and"
                + " calls the patient to set up delivery", "oncologist and patient", directory.timing("accredo-after-approval"),
            directory.contact("accredo-provider-line"), directory.contact("accredo-phone"), directory.contact("accredo-web")))
        .afterApproval((pathway, ctx) -> pathway.map(p -> p.id().equals(ADJUVANT)).orElse(false)
            ? adjuvantReminder : metastaticReminder)
        .resolvedBy("oncologist")
        .appeal(CignaNextSteps.appeal(directory,
            "If Cigna denies the request: file a first-level internal appeal with the denial letter, a letter of"
                + " medical necessity citing the FDA label and NCCN, and the ALK, pathology and staging reports; external"
                + " review follows a final internal denial",
            "patient or oncologist", "member-services", "pa-status-line"))
        .last((pathway, ctx) -> ctx.request().jurisdiction().map(j -> j == Jurisdiction.CA).orElse(false)
            ? inCalifornia : elsewhere)
        .build();
  }
}
