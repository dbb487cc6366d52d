package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.internal.CignaDocuments.ALK_TEST_REPORT;
import static io.covercrit.cigna.internal.CignaDocuments.DISEASE_STATUS_ON_THERAPY;
import static io.covercrit.cigna.internal.CignaDocuments.NSCLC_PATHOLOGY;
import static io.covercrit.cigna.internal.CignaDocuments.ONCOLOGY_TREATMENT_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.STAGING_REPORTS;
import static io.covercrit.cigna.internal.CignaDocuments.SURGICAL_PATHOLOGY;
import static io.covercrit.core.clauses.Diagnoses.codes;
import static io.covercrit.core.clauses.Diagnoses.firstMatching;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Criterion;
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
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.BiomarkerTestMethod;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

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
  private static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);

  static final String ADJUVANT = "CNF-494 1";
  static final String METASTATIC = "CNF-494 2";

  static final int MINIMUM_AGE = 18;
  static final BigDecimal MINIMUM_TUMOR_CM = new BigDecimal("4.0");
  /** "Approve (total duration 2 years)": the whole adjuvant course. */
  static final Period ADJUVANT_COURSE = Period.ofYears(2);
  /** Not found for Cigna; Cigna oncology approvals are usually 1 year, as are the analogs'. */
  static final Period METASTATIC_APPROVAL = Period.ofYears(1);

  private static final Icd10Code LUNG_CANCER = Icd10Code.of("C34");
  private static final List<Icd10Code> SECONDARY_NEOPLASMS = List.of(Icd10Code.of("C78"), Icd10Code.of("C79"));
  private static final Icd10Code SECONDARY_LUNG = Icd10Code.of("C78.0");
  /** Mediastinal spread of a lung primary is T4 (invasion) or N2 (nodes), not M1. */
  private static final Icd10Code SECONDARY_MEDIASTINUM = Icd10Code.of("C78.1");

  private static final Set<BiomarkerTestMethod> APPROVED_METHODS = Collections.unmodifiableSet(
      EnumSet.of(BiomarkerTestMethod.IHC, BiomarkerTestMethod.FISH, BiomarkerTestMethod.NGS));
  private static final Set<String> ALECTINIB = DrugNames.lowerCase("alectinib", "alecensa");
  private static final Set<String> CRIZOTINIB = DrugNames.lowerCase("crizotinib", "xalkori");
  /** ALK inhibitors approved for NSCLC besides alectinib and crizotinib. */
  private static final Set<String> OTHER_ALK_INHIBITORS = DrugNames.lowerCase("ceritinib", "zykadia", "brigatinib",
      "alunbrig", "lorlatinib", "lorbrena", "ensartinib", "ensacove");

  private AlecensaCnf494() {}

  /** The one version known; the sources give no revision date. */
  public static List<CoveragePolicy> versions() {
    return List.of(build());
  }

  // ---------------------------------------------------------------- Provenance

  private static SourceRef source(String title, String url, Reliability reliability) {
    SourceRef.Builder source = SourceRef.builder().title(title).reliability(reliability).checkedOn(FACTS_GATHERED_ON);
    if (url != null) {
      source.url(url);
    }
    return source.build();
  }

  private static final SourceRef DIGEST = source(
      "Policy Vault digest: Cigna, Alecensa (alectinib capsules - Genentech), Non-Small Cell Lung Cancer - Adjuvant Therapy",
      "https://coverage.pharmacistwrite.com/coverage/cigna/alecensa-alectinib-capsules-genentech/non-small-cell-lung-cancer-adjuvant-therapy",
      Reliability.SECONDARY_DIGEST);
  private static final SourceRef VIRGINIA_GUIDE = source(
      "How to Get Alecensa (alectinib) Covered by Cigna in Virginia (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/how-to-get-alecensa-alectinib-covered-by-cigna-in-virginia-complete-prior-authorization-guide-with-appeals-and-forms",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef PENNSYLVANIA_GUIDE = source(
      "A Realistic Alecensa (alectinib) Approval Scenario with Cigna in Pennsylvania (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/a-realistic-alecensa-alectinib-approval-scenario-with-cigna-in-pennsylvania-from-request-to-yes",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef GEORGIA_GUIDE = source(
      "Getting Alecensa (alectinib) Covered by Cigna in Georgia (Counterforce Health guide)",
      "https://www.counterforcehealth.org/post/getting-alecensa-alectinib-covered-by-cigna-in-georgia-prior-authorization-appeals-and-formulary-alternatives",
      Reliability.PATIENT_GUIDE);
  private static final SourceRef CALIFORNIA_GUIDE = source(
      "How to Get Alecensa (alectinib) Covered by Cigna in California: Forms, Appeals, and Contact Numbers (Counterforce Health guide)",
      null, Reliability.PATIENT_GUIDE);

  private static final String STEP_THERAPY_READING = "Step therapy (sources conflict): encoded as NOT required - no other"
      + " ALK inhibitor (e.g. crizotinib) must be tried first, and prior crizotinib does not prevent approval. This follows the"
      + " Virginia guide (\"Step Therapy - Not required\"), the FDA label (first-line metastatic ALK-positive NSCLC) and NCCN"
      + " (alectinib a preferred first-line option). The other reading - the Georgia guide's \"may require trying another ALK"
      + " inhibitor first\" and the California guide's crizotinib step therapy override - is not encoded.";

  private static Provenance policyProvenance() {
    return Provenance.builder()
        .reliability(Reliability.PATIENT_GUIDE)
        .gatheredOn(FACTS_GATHERED_ON)
        .addSources(DIGEST, VIRGINIA_GUIDE, PENNSYLVANIA_GUIDE, GEORGIA_GUIDE, CALIFORNIA_GUIDE)
        .addReadings("No Cigna policy text was found: the adjuvant criteria come from a third-party digest, the"
                + " advanced/metastatic criteria from patient guides.",
            "Policy number CNF-494 is from one patient guide (Virginia) and unverified; no effective or revision date was found.")
        .build();
  }

  private static Provenance adjuvantProvenance() {
    return Provenance.builder()
        .reliability(Reliability.SECONDARY_DIGEST)
        .gatheredOn(FACTS_GATHERED_ON)
        .addSources(DIGEST, PENNSYLVANIA_GUIDE, CALIFORNIA_GUIDE)
        .addReadings("1.C \"used after tumor resection\" (digest) does not say \"complete\"; the California guide (R0"
                + " surgical pathology), the CareFirst analog and the pivotal trial require complete resection. Encoded: R0"
                + " meets it, no resection does not, and R1/R2 (residual tumor) or RX is MISSING with a request for the"
                + " operative and pathology reports, as Cigna may require complete resection.",
            "Total duration 2 years, counted from the first documented start of alectinib; approvals end no later than"
                + " that start plus 2 years. The digest lists no reauthorization; a continuation within the 2 years needs"
                + " no recurrence (analog policies).")
        .build();
  }

  private static Provenance metastaticProvenance() {
    return Provenance.builder()
        .reliability(Reliability.PATIENT_GUIDE)
        .gatheredOn(FACTS_GATHERED_ON)
        .addSources(VIRGINIA_GUIDE, GEORGIA_GUIDE, CALIFORNIA_GUIDE)
        .addReadings(STEP_THERAPY_READING,
            "2.C (approved ALK test) is applied by analogy with the adjuvant digest's 1.D; the guides only ask for ALK test"
                + " results with their method.",
            "Approval for 1 year and continuation on no progression: not found for Cigna (usual for Cigna oncology"
                + " policies and the UHC and CareFirst analogs).",
            "\"Advanced/metastatic\" is read as distant metastasis (M1, stage IV) or recurrent disease.",
            "2.B \"first line or after crizotinib\": met with no prior ALK inhibitor or crizotinib only; NOT_MET after any"
                + " other ALK inhibitor (ceritinib, brigatinib, lorlatinib, ensartinib), for progression or intolerance."
                + " Alectinib itself (the course being continued, or adjuvant use) is not an earlier line, except progression"
                + " on it before an initial request. No trial documented is read as no prior ALK inhibitor.")
        .build();
  }

  // ---------------------------------------------------------------- Policy

  private static CoveragePolicy build() {
    PolicyDescriptor descriptor = PolicyDescriptor.builder()
        .id(POLICY_ID)
        .payer("Cigna Healthcare")
        .title("Alecensa (alectinib) capsules (Cigna oncology prior authorization, CNF-494 unverified)")
        .addDrugs("Alecensa", "alectinib")
        .version("revision not found (sources read 2026-11-24)")
        .provenance(policyProvenance())
        .putPathwayProvenance(ADJUVANT, adjuvantProvenance())
        .putPathwayProvenance(METASTATIC, metastaticProvenance())
        .build();
    return CriteriaPolicy.builder(descriptor)
        .medicalNecessitySection("CNF-494 Medical Necessity", "Alectinib is approved when ONE of the following is met")
        .reauthorizationSection("CNF-494 Reauthorization",
            "Continuation: the criteria are met AND there is no disease recurrence or progression on alectinib")
        .pathway(adjuvant())
        .pathway(metastatic())
        .nextSteps(nextSteps())
        .note("No Cigna policy text was found: the adjuvant criteria come from a third-party digest, the advanced/metastatic"
            + " criteria from patient guides; confirm with Cigna before relying on them.")
        .note("Step therapy is encoded as not required (the better-supported reading); one guide says Cigna may require"
            + " another ALK inhibitor first.")
        .build();
  }

  // ---------------------------------------------------------------- 1. Adjuvant

  private static Pathway adjuvant() {
    return Pathway.builder(ADJUVANT, "Non-Small Cell Lung Cancer - Adjuvant Therapy")
        .diagnosis(Criterion.check("CNF-494 1.dx",
                "Non-small cell lung cancer (ICD-10-CM C34.-), resected, without recurrence or distant metastasis")
            .documents(NSCLC_PATHOLOGY, STAGING_REPORTS)
            .whenNotMet("The request is not for non-small cell lung cancer in the adjuvant setting.",
                "Submit under the pathway that matches the disease (recurrent or metastatic disease: pathway 2).")
            .whenMissing("The diagnosis is not documented.",
                "Attach the pathology report confirming NSCLC and the billable ICD-10-CM code (C34.-).")
            .by(ctx -> diagnosis(ctx, true)))
        .criteria(
            ageAtLeast18("CNF-494 1.A"),
            alkPositive("CNF-494 1.B"),
            Criterion.allOf("CNF-494 1.C", "Used after tumor resection, where the tumor was 4 cm or larger OR node-positive",
                List.of(resection("CNF-494 1.C (resection)"),
                    Criterion.anyOf("CNF-494 1.C (size or nodes)", "Tumor 4 cm or larger OR node-positive",
                        Remedy.of("The resected tumor was smaller than 4 cm and node-negative.",
                            "Adjuvant alectinib is for tumors of 4 cm or more or node-positive disease; if the pathology"
                                + " shows either, document the greatest tumor dimension and the nodal status (pTNM)."),
                        List.of(tumorAtLeast4Cm("CNF-494 1.C (4 cm or larger)"), nodePositive("CNF-494 1.C (node-positive)"))))),
            approvedAlkTest("CNF-494 1.D"),
            withinTwoYearCourse("CNF-494 1 (2-year total)"))
        .response(noProgression("CNF-494 Reauthorization 1", "No disease recurrence on adjuvant alectinib", true))
        .approvals(ADJUVANT_COURSE, ADJUVANT_COURSE)
        .approvalCap(AlecensaCnf494::adjuvantCourseEnd)
        .build();
  }

  /**
   * "Used after tumor resection": the digest does not say "complete". R0 meets it; residual
   * tumour (R1, R2) or an unassessed margin (RX) is MISSING, not NOT_MET, because only the guide
   * and the analogs ask for R0, and Cigna's reviewer may or may not.
   */
  private static Criterion resection(String id) {
    return Criterion.check(id, "The tumor was resected")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The tumor was not resected.",
            "Adjuvant alectinib follows tumor resection; for unresected disease, request under the advanced/metastatic"
                + " pathway if it applies.")
        .whenMissing("The resection is not documented.",
            "Attach the operative note and the surgical pathology report with the margin status.")
        .by(ctx -> {
          Optional<TumorStaging.Resection> resection = ctx.request().tumorStaging().flatMap(TumorStaging::resection);
          if (resection.isEmpty()) {
            return Finding.missing("Resection not documented");
          }
          switch (resection.get()) {
            case R0:
              return Finding.met("Complete resection (R0)");
            case RX:
              return Finding.missing("Resected; margin status not assessed (RX)")
                  .because("Whether the resection was complete is not documented; Cigna may require complete (R0)"
                          + " resection.",
                      "Attach the surgical pathology report stating the margin status (R0).");
            case NOT_RESECTED:
              return Finding.notMet("Tumor not resected");
            default:
              return Finding.missing(() -> "Resected with residual tumor (" + resection.get() + ")")
                  .because("The resection left residual tumor (" + resection.get() + "). Cigna's criteria say \"after"
                          + " tumor resection\"; a patient guide and other payers' policies require complete (R0)"
                          + " resection, and Cigna may too.",
                      "Attach the operative note and the surgical pathology report (margin status, any re-resection)"
                          + " so the reviewer can judge the resection; Cigna may require complete (R0) resection.");
          }
        });
  }

  private static Criterion tumorAtLeast4Cm(String id) {
    return Criterion.check(id, "Resected tumor 4 cm or larger (greatest dimension)")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The resected tumor was smaller than 4 cm.",
            "Meet the node-positive alternative, or correct the documented tumor size.")
        .whenMissing("The tumor size is not documented.",
            "Attach the surgical pathology report with the greatest tumor dimension in cm.")
        .by(ctx -> {
          Optional<BigDecimal> size = ctx.request().tumorStaging().flatMap(TumorStaging::primaryTumorSizeCm);
          if (size.isEmpty()) {
            return Finding.missing("Tumor size not documented");
          }
          Supplier<String> detail = () -> "Tumor " + size.get().toPlainString() + " cm (4 cm or larger required)";
          return size.get().compareTo(MINIMUM_TUMOR_CM) >= 0 ? Finding.met(detail) : Finding.notMet(detail);
        });
  }

  private static Criterion nodePositive(String id) {
    return Criterion.check(id, "Node-positive disease (N1-N3)")
        .documents(SURGICAL_PATHOLOGY)
        .whenNotMet("The lymph nodes were negative (N0).", "Meet the 4 cm alternative, or correct the documented nodal status.")
        .whenMissing("The lymph node status is not documented.",
            "Attach the surgical pathology report with the lymph node status (pN).")
        .by(ctx -> {
          Optional<TumorStaging.NodalStatus> nodes = ctx.request().tumorStaging().flatMap(TumorStaging::nodalStatus);
          if (nodes.isEmpty()) {
            return Finding.missing("Nodal status not documented");
          }
          if (nodes.get() == TumorStaging.NodalStatus.NX) {
            return Finding.missing("Regional lymph nodes not assessed (NX)");
          }
          return nodes.get().isPositive() ? Finding.met(() -> "Node-positive (" + nodes.get() + ")")
              : Finding.notMet("Node-negative (N0)");
        });
  }

  /** The earliest documented start of alectinib, if any use of it is documented with a start date. */
  private static List<TherapyTrial> alectinibUse(EvaluationContext ctx) {
    List<TherapyTrial> use = new ArrayList<>();
    for (TherapyTrial trial : ctx.request().therapyTrials()) {
      if (trial.outcome() != TrialOutcome.CONTRAINDICATED && DrugNames.mentionsAny(trial.drug(), ALECTINIB)) {
        use.add(trial);
      }
    }
    return use;
  }

  private static Optional<LocalDate> firstStart(List<TherapyTrial> use) {
    LocalDate first = null;
    for (TherapyTrial trial : use) {
      if (trial.start().isEmpty()) {
        return Optional.empty();
      }
      if (first == null || trial.start().get().isBefore(first)) {
        first = trial.start().get();
      }
    }
    return Optional.ofNullable(first);
  }

  private static Optional<LocalDate> adjuvantCourseEnd(EvaluationContext ctx) {
    return firstStart(alectinibUse(ctx)).map(start -> start.plus(ADJUVANT_COURSE));
  }

  private static Criterion withinTwoYearCourse(String id) {
    return Criterion.check(id, "Within the total duration of 2 years of adjuvant alectinib")
        .documents(ONCOLOGY_TREATMENT_HISTORY)
        .whenNotMet("The 2-year adjuvant course of alectinib is complete.",
            "Adjuvant alectinib is approved for 2 years in total; for recurrence, request under the advanced/metastatic"
                + " pathway with the staging reports.")
        .whenMissing("The date alectinib was started is not documented.",
            "Document the date of the first dose of alectinib (prescription or dispensing records).")
        .by(ctx -> {
          List<TherapyTrial> use = alectinibUse(ctx);
          if (use.isEmpty()) {
            if (ctx.request().requestType() == RequestType.REAUTHORIZATION) {
              return Finding.missing("Continuation requested; start of alectinib not documented");
            }
            return Finding.met("No earlier alectinib documented: the 2-year course starts with this approval");
          }
          Optional<LocalDate> start = firstStart(use);
          if (start.isEmpty()) {
            return Finding.missing("Alectinib use documented without its start date");
          }
          LocalDate courseEnd = start.get().plus(ADJUVANT_COURSE);
          if (!ctx.asOf().isBefore(courseEnd)) {
            return Finding.notMet(() -> "Alectinib started " + start.get() + "; the 2-year course ended " + courseEnd);
          }
          return Finding.met(() -> "Alectinib started " + start.get() + "; the 2-year course ends " + courseEnd + " ("
              + ChronoUnit.DAYS.between(ctx.asOf(), courseEnd) + " days left)");
        });
  }

  // ---------------------------------------------------------------- 2. Advanced or metastatic

  private static Pathway metastatic() {
    return Pathway.builder(METASTATIC, "Non-Small Cell Lung Cancer - Recurrent, Advanced or Metastatic")
        .diagnosis(Criterion.check("CNF-494 2.dx",
                "Non-small cell lung cancer (ICD-10-CM C34.-) that is metastatic (M1, stage IV) or recurrent")
            .documents(NSCLC_PATHOLOGY, STAGING_REPORTS)
            .whenNotMet("The request is not for metastatic or recurrent non-small cell lung cancer.",
                "Submit under the pathway that matches the disease (resected early-stage disease: pathway 1).")
            .whenMissing("The diagnosis or the extent of the disease is not documented.",
                "Attach the pathology report (NSCLC, ICD-10-CM C34.-) and the staging reports showing metastatic or"
                    + " recurrent disease.")
            .by(ctx -> diagnosis(ctx, false)))
        .criteria(
            ageAtLeast18("CNF-494 2.A"),
            Criterion.allOf("CNF-494 2.B", "ALK-positive disease, first line or after crizotinib",
                List.of(alkPositive("CNF-494 2.B (ALK-positive)"),
                    firstLineOrAfterCrizotinib("CNF-494 2.B (first line or after crizotinib)"))),
            approvedAlkTest("CNF-494 2.C"))
        .response(noProgression("CNF-494 Reauthorization 2", "No disease progression on alectinib", false))
        .approvals(METASTATIC_APPROVAL, METASTATIC_APPROVAL)
        .build();
  }

  /**
   * "First line or after crizotinib": no ALK inhibitor before, or crizotinib only. The therapy
   * history is taken as complete (as for the 2-year course): no trial documented means none.
   * Alectinib itself is the line being requested, continued or renewed, and adjuvant alectinib is
   * no line of metastatic therapy; only progression on it counts, and only on an initial request
   * (on a reauthorization the no-progression clause judges it).
   */
  private static Criterion firstLineOrAfterCrizotinib(String id) {
    return Criterion.check(id, "First line, or after crizotinib (no other ALK inhibitor before)")
        .documents(ONCOLOGY_TREATMENT_HISTORY)
        .whenNotMet("An ALK inhibitor other than crizotinib was used before; the criteria found cover alectinib first line"
                + " or after crizotinib.",
            "If the earlier ALK inhibitor was stopped for intolerance rather than progression, or the history is wrong,"
                + " document it; otherwise request a medical necessity review citing NCCN, or consider the next-line"
                + " options.")
        .whenMissing("The treatment history is not documented.",
            "Attach the treatment history with every prior ALK inhibitor, its dates and outcome.")
        .by(ctx -> {
          boolean initial = ctx.request().requestType() != RequestType.REAUTHORIZATION;
          List<TherapyTrial> crizotinib = new ArrayList<>();
          List<TherapyTrial> others = new ArrayList<>();
          for (TherapyTrial trial : ctx.request().therapyTrials()) {
            if (trial.outcome() == TrialOutcome.CONTRAINDICATED) {
              continue;
            }
            if (DrugNames.mentionsAny(trial.drug(), ALECTINIB)) {
              if (initial && trial.outcome() == TrialOutcome.FAILED) {
                others.add(trial);
              }
            } else if (DrugNames.mentionsAny(trial.drug(), OTHER_ALK_INHIBITORS)) {
              others.add(trial);
            } else if (DrugNames.mentionsAny(trial.drug(), CRIZOTINIB)) {
              crizotinib.add(trial);
            }
          }
          if (!others.isEmpty()) {
            return Finding.notMet(() -> "Prior ALK inhibitor other than crizotinib: " + describeTrials(others));
          }
          if (!crizotinib.isEmpty()) {
            return Finding.met(() -> "After crizotinib: " + describeTrials(crizotinib));
          }
          return Finding.met("First line: no prior ALK inhibitor documented");
        });
  }

  private static String describeTrials(List<TherapyTrial> trials) {
    List<String> described = new ArrayList<>(trials.size());
    for (TherapyTrial trial : trials) {
      described.add(describeTrial(trial));
    }
    return String.join("; ", described);
  }

  private static String describeTrial(TherapyTrial trial) {
    String outcome;
    switch (trial.outcome()) {
      case FAILED:
        outcome = "progressed on it";
        break;
      case INTOLERANT:
        outcome = "stopped for intolerance";
        break;
      case EFFECTIVE:
        outcome = "effective";
        break;
      default:
        outcome = "ongoing";
    }
    return trial.drug().name() + " (" + outcome + trial.start().map(d -> ", from " + d).orElse("") + ")";
  }

  // ---------------------------------------------------------------- Diagnosis and setting

  /** How far the disease has spread, as documented. */
  private enum Extent { METASTATIC_OR_RECURRENT, NOT_METASTATIC, UNKNOWN }

  /** The extent, decided eagerly, and its description, formatted on read. */
  private static final class ExtentFinding {
    final Extent extent;
    final Supplier<String> detail;

    ExtentFinding(Extent extent, Supplier<String> detail) {
      this.extent = extent;
      this.detail = detail;
    }
  }

  private static ExtentFinding extent(EvaluationContext ctx) {
    Optional<TumorStaging> staging = ctx.request().tumorStaging();
    if (staging.flatMap(TumorStaging::metastatic).orElse(false)) {
      return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "distant metastasis (M1) documented");
    }
    OptionalInt stage = staging.map(TumorStaging::stageNumber).orElse(OptionalInt.empty());
    if (stage.isPresent() && stage.getAsInt() == 4) {
      return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "stage " + staging.get().stage().get());
    }
    if (staging.flatMap(TumorStaging::recurrent).orElse(false)) {
      return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "recurrent disease documented");
    }
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (isDistantSecondary(d.code())) {
        return new ExtentFinding(Extent.METASTATIC_OR_RECURRENT, () -> "secondary neoplasm " + Diagnoses.codeDescription(ctx, d));
      }
    }
    if (staging.flatMap(TumorStaging::metastatic).isPresent()) {
      // metastatic is false here: a documented M0.
      return new ExtentFinding(Extent.NOT_METASTATIC, () -> "no distant metastasis (M0)"
          + (stage.isPresent() ? ", stage " + staging.get().stage().get() : "") + secondaryLungNotes(ctx));
    }
    if (stage.isPresent()) {
      return new ExtentFinding(Extent.NOT_METASTATIC, () -> "stage " + staging.get().stage().get()
          + secondaryLungNotes(ctx));
    }
    return new ExtentFinding(Extent.UNKNOWN,
        () -> "extent of disease (metastasis, stage, recurrence) not documented" + secondaryLungNotes(ctx));
  }

  /** Why secondary neoplasms of the lung or mediastinum among the diagnoses do not count as distant metastasis. */
  private static String secondaryLungNotes(EvaluationContext ctx) {
    String notes = "";
    for (Diagnosis d : ctx.request().diagnoses()) {
      if (d.code().isWithin(SECONDARY_LUNG)) {
        notes += "; " + d.code() + " (secondary neoplasm of lung) does not by itself show distant metastasis";
      } else if (d.code().isWithin(SECONDARY_MEDIASTINUM)) {
        notes += "; " + d.code() + " (secondary neoplasm of mediastinum) is regional spread of a lung primary (T4"
            + " or N2), not distant metastasis";
      }
    }
    return notes;
  }

  private static boolean isDistantSecondary(Icd10Code code) {
    if (code.isWithin(SECONDARY_LUNG) || code.isWithin(SECONDARY_MEDIASTINUM)) {
      return false;
    }
    for (Icd10Code secondary : SECONDARY_NEOPLASMS) {
      if (code.isWithin(secondary)) {
        return true;
      }
    }
    return false;
  }

  /** The pathway heading: NSCLC (C34 and histology) in the adjuvant or the advanced/metastatic setting. */
  private static Finding diagnosis(EvaluationContext ctx, boolean adjuvantSetting) {
    List<Diagnosis> diagnoses = ctx.request().diagnoses();
    if (diagnoses.isEmpty()) {
      return Finding.missing("No diagnosis documented");
    }
    Diagnosis dx = firstMatching(ctx, d -> d.code().isWithin(LUNG_CANCER));
    if (dx == null) {
      return Finding.notMet(() -> "No lung cancer (C34.-) among the diagnoses " + codes(diagnoses));
    }
    Optional<Finding> coding = Diagnoses.codeStatusProblem(ctx, dx, " (site and laterality)",
        d -> "Correct the diagnosis code to a valid, billable C34 code.");
    if (coding.isPresent()) {
      return coding.get();
    }
    Supplier<String> described = () -> Diagnoses.codeDescription(ctx, dx);
    ExtentFinding extent = extent(ctx);
    if (adjuvantSetting && extent.extent == Extent.METASTATIC_OR_RECURRENT) {
      return Finding.notMet(() -> described.get() + "; " + extent.detail.get())
          .because("The disease is metastatic or recurrent, which is not the adjuvant setting.",
              "Request under pathway 2 (recurrent, advanced or metastatic NSCLC).");
    }
    if (!adjuvantSetting && extent.extent == Extent.NOT_METASTATIC) {
      return Finding.notMet(() -> described.get() + "; " + extent.detail.get())
          .because("The documented disease is neither metastatic nor recurrent.",
              "For resected early-stage disease, request under pathway 1 (adjuvant); if the disease has spread or"
                  + " recurred, attach the staging reports that show it.");
    }
    Optional<DiagnosisSubtype> histology = dx.subtype();
    if (histology.isPresent() && histology.get() == DiagnosisSubtype.SMALL_CELL) {
      return Finding.notMet(() -> described.get() + ", small cell histology")
          .because("Alectinib is covered for non-small cell lung cancer; the documented histology is small cell.",
              "If the pathology shows non-small cell histology, correct the documented histology.");
    }
    boolean histologyMissing = histology.isEmpty() || histology.get() != DiagnosisSubtype.NON_SMALL_CELL;
    boolean extentMissing = !adjuvantSetting && extent.extent == Extent.UNKNOWN;
    if (histologyMissing || extentMissing) {
      return Finding.missing(() -> described.get()
          + (histologyMissing ? "; histology (non-small cell) not documented" : "")
          + (extentMissing ? "; " + extent.detail.get() : ""));
    }
    return Finding.met(() -> described.get() + ", non-small cell"
        + (extent.extent == Extent.UNKNOWN ? "" : "; " + extent.detail.get()));
  }

  // ---------------------------------------------------------------- Shared clauses

  private static Criterion ageAtLeast18(String id) {
    return Ages.atLeastYears(id, MINIMUM_AGE)
        .whenNotMet("The patient is younger than " + MINIMUM_AGE + " years.",
            "The criteria found cover adults only; a request for a younger patient needs a medical necessity exception.")
        .build();
  }

  /** Results of a biomarker named ALK as a word: "ALK", "ALK rearrangement", "EML4-ALK", not "ALKBH". */
  private static List<BiomarkerResult> alkResults(EvaluationContext ctx) {
    List<BiomarkerResult> alk = new ArrayList<>();
    for (BiomarkerResult result : ctx.request().biomarkers()) {
      for (String word : result.biomarker().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
        if (word.equals("ALK")) {
          alk.add(result);
          break;
        }
      }
    }
    return alk;
  }

  private static String describe(BiomarkerResult result) {
    return result.biomarker() + " " + result.status() + result.method().map(m -> " by " + m).orElse("")
        + result.date().map(d -> " (" + d + ")").orElse("");
  }

  private static Criterion alkPositive(String id) {
    return Criterion.check(id, "ALK-positive disease")
        .documents(ALK_TEST_REPORT)
        .whenNotMet("The documented ALK test is negative.",
            "Alectinib is covered for ALK-positive disease; if another test detected an ALK rearrangement, attach that report.")
        .whenMissing("No ALK test result is documented.", "Attach the ALK test report.")
        .by(ctx -> {
          List<BiomarkerResult> alk = alkResults(ctx);
          if (alk.isEmpty()) {
            return Finding.missing("No ALK result documented");
          }
          for (BiomarkerResult result : alk) {
            if (result.status() == BiomarkerStatus.POSITIVE) {
              return Finding.met(() -> describe(result));
            }
          }
          for (BiomarkerResult result : alk) {
            if (result.status() == BiomarkerStatus.NEGATIVE) {
              return Finding.notMet(() -> describe(result));
            }
          }
          return Finding.missing(() -> describe(alk.get(0)))
              .because("The ALK test result is indeterminate.",
                  "Retest ALK (another method or a new specimen) and attach the report.");
        });
  }

  private static Criterion approvedAlkTest(String id) {
    return Criterion.check(id, "The ALK alteration was detected by an approved test (IHC, FISH or NGS)")
        .documents(ALK_TEST_REPORT)
        .whenNotMet("No ALK alteration was detected.",
            "Alectinib is covered when an approved test detects an ALK alteration; attach such a report if one exists.")
        .whenMissing("The ALK test method is not documented.",
            "Attach the ALK test report naming the method and assay (e.g. VENTANA ALK (D5F3) CDx IHC, Vysis ALK Break"
                + " Apart FISH, FoundationOne CDx NGS).")
        .by(ctx -> {
          List<BiomarkerResult> positive = new ArrayList<>();
          boolean negative = false;
          for (BiomarkerResult result : alkResults(ctx)) {
            if (result.status() == BiomarkerStatus.POSITIVE) {
              positive.add(result);
            }
            negative |= result.status() == BiomarkerStatus.NEGATIVE;
          }
          if (positive.isEmpty()) {
            return negative ? Finding.notMet("No ALK alteration detected") : Finding.missing("No positive ALK result documented");
          }
          for (BiomarkerResult result : positive) {
            if (result.testMethod().isPresent() && APPROVED_METHODS.contains(result.testMethod().get())) {
              return Finding.met(() -> describe(result) + ": " + result.testMethod().get()
                  + " has FDA-approved ALK tests; the report must name the assay");
            }
          }
          for (BiomarkerResult result : positive) {
            if (result.testMethod().isEmpty()) {
              return Finding.missing(() -> describe(result) + "; method not documented");
            }
          }
          BiomarkerResult other = positive.get(0);
          return Finding.missing(() -> describe(other) + "; not a method of the FDA-approved ALK tests")
              .because("The ALK result comes from a method (" + other.method().get() + ") for which no FDA-approved ALK"
                      + " test is known.",
                  "Confirm the ALK rearrangement with an FDA-approved test (IHC with VENTANA ALK (D5F3) CDx, FISH or NGS),"
                      + " or attach evidence that the assay used is approved.");
        });
  }

  private static Criterion noProgression(String id, String text, boolean adjuvantSetting) {
    return Criterion.check(id, text)
        .documents(DISEASE_STATUS_ON_THERAPY)
        .whenNotMet("The disease has recurred or progressed on alectinib, or no benefit is documented.",
            "Continuation requires no recurrence or progression; discuss next-line therapy, or attach imaging that shows"
                + " stable disease or response.")
        .whenMissing("The disease status on alectinib is not documented.",
            "Attach the latest dated imaging and oncology notes showing no recurrence or progression.")
        .by(ctx -> {
          if (adjuvantSetting && ctx.request().tumorStaging().flatMap(TumorStaging::recurrent).orElse(false)) {
            return Finding.notMet("Recurrence documented during adjuvant therapy");
          }
          Optional<ResponseAssessment> response = ctx.request().response();
          if (response.isEmpty()) {
            return Finding.missing("No assessment of disease status on alectinib");
          }
          Supplier<String> when = () -> response.get().assessedOn().map(d -> " (assessed " + d + ")").orElse("");
          if (response.get().improvements().contains(ResponseMarker.NO_DISEASE_PROGRESSION)) {
            return Finding.met(() -> "No recurrence or progression documented" + when.get());
          }
          return Finding.notMet(() -> "Assessment does not document absence of progression" + when.get());
        });
  }

  // ---------------------------------------------------------------- Next steps

  private static NextStepPlanner nextSteps() {
    CignaDirectory directory = CignaDirectory.standard();
    NextStep californiaException = NextStep.builder()
        .action("If Cigna asks for another ALK inhibitor (e.g. crizotinib) first, which the criteria encoded here do not"
            + " require, request a step therapy exception")
        .actor("oncologist")
        .addContacts(directory.contact("ca-exception-fax"))
        .build();
    NextStep costHelp = NextStep.builder()
        .action("Ask about cost help: Cigna's Cancer Support Program, and Genentech's copay assistance or patient foundation")
        .actor("patient")
        .addContacts(directory.contact("cancer-support-program"))
        .build();
    List<NextStep> inCalifornia = List.of(californiaException, costHelp);
    List<NextStep> elsewhere = List.of(costHelp);
    List<NextStep> adjuvantReminder = List.of(NextStep.builder()
        .action("The adjuvant approval covers the whole course (2 years in total from the first dose); a continuation"
            + " within the 2 years needs imaging showing no recurrence")
        .actor("oncologist")
        .build());
    List<NextStep> metastaticReminder = List.of(NextStep.builder()
        .action("Before the approval ends (up to 1 year), request continuation with imaging showing no progression")
        .actor("oncologist")
        .build());
    return CignaNextSteps.template(directory, "oncologist or clinic staff",
            List.of("provider-portal", "pa-fax", "pa-status-line"), List.of("pa-standard"), List.of("pa-expedited"))
        .submitWith("with the ALK test report, the pathology and staging reports and the other documents in the checklist")
        .afterApproval(NextStep.builder()
            .action("Send the prescription to Accredo, Cigna's specialty pharmacy; Accredo verifies benefits and calls the"
                + " patient to set up delivery")
            .actor("oncologist and patient")
            .addContacts(directory.contact("accredo-provider-line"), directory.contact("accredo-phone"),
                directory.contact("accredo-web"))
            .addTiming(directory.timing("accredo-after-approval"))
            .build())
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
