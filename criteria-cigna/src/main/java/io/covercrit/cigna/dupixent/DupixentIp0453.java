package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.Sources;
import io.covercrit.core.clauses.Step;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.NextStepPlanner;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.ClinicalFinding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  static final String P = "IP0453 ";

  /** When the digest and guides were read and encoded. */
  private static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);
  private static final Sources SOURCES = Sources.gatheredOn(FACTS_GATHERED_ON);

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

  private DupixentIp0453() {}

  /** The one version known: the digest is undated, so it has no effective date. */
  public static List<CoveragePolicy> versions() {
    return List.of(build());
  }

  // ---------------------------------------------------------------- descriptor and provenance

  private static SourceRef vault(String indication, String page) {
    return SOURCES.source("The Policy Vault: Cigna Dupixent coverage criteria, " + indication,
        "https://coverage.pharmacistwrite.com/coverage/cigna/dupixent/" + page, Reliability.SECONDARY_DIGEST);
  }

  private static SourceRef guide(String title, String url) {
    return SOURCES.source(title, url, Reliability.PATIENT_GUIDE);
  }

  private static Provenance policyProvenance() {
    return SOURCES.provenance(Reliability.SECONDARY_DIGEST,
        List.of(
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
            guide("Cigna Dupixent Coverage: How to Get Prior Authorization? (Staffingly, Inc. guide, asthma; process only)",
                null)),
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
        "Standard review time: the Dupixent guide says 5-10 business days, the Opzelura guide 3-5; both are shown.");
  }

  private static Provenance bullousPemphigoidProvenance() {
    return SOURCES.provenance(Reliability.ANALOG_POLICY,
        List.of(vault("bullous pemphigoid (reauthorization only)", "bullous-pemphigoid"),
            SOURCES.source("The Policy Vault: Medica Dupixent coverage criteria, bullous pemphigoid (analog: same template)",
                "https://coverage.pharmacistwrite.com/coverage/medica/dupixent-dupilumab/bullous-pemphigoid",
                Reliability.ANALOG_POLICY)),
        "The digest gives only the reauthorization criteria for bullous pemphigoid (8.R1, 8.R2, 1 year). The initial"
            + " criteria (8.A age 18 or older, 8.B dermatologist) and the 6-month initial approval come from Medica's"
            + " Dupixent policy, which shares the Express Scripts/Evernorth template and matches the digest elsewhere.");
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
        .pathway(DupixentAsthma.pathway())
        .pathway(DupixentAtopicDermatitis.pathway())
        .pathway(DupixentNasalPolyps.pathway())
        .pathway(DupixentEosinophilicEsophagitis.pathway())
        .pathway(DupixentPrurigoNodularis.pathway())
        .pathway(DupixentCopd.pathway())
        .pathway(DupixentChronicSpontaneousUrticaria.pathway())
        .pathway(DupixentBullousPemphigoid.pathway())
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
    REAUTHORIZATION_REMINDERS.forEach((pathway, reminder) -> reminders.put(pathway,
        List.of(Step.of("Before the approval ends, request reauthorization documenting " + reminder, "prescriber"))));
    return CignaNextSteps.template(directory, "prescriber or clinic staff",
            List.of("provider-portal", "pa-fax", "provider-line"), List.of("pa-standard-dupixent", "pa-standard"),
            List.of("pa-expedited"))
        .afterApproval(Step.timed("Send the prescription to Accredo, Cigna's specialty pharmacy, and have the patient set up"
                + " delivery; starting Dupixent before approval risks paying for it", "prescriber and patient",
            directory.timing("accredo-after-approval"), directory.contact("accredo-phone"), directory.contact("accredo-web")))
        .afterApproval((pathway, ctx) -> pathway.map(m -> reminders.getOrDefault(m.id(), List.of())).orElse(List.of()))
        .resolvedBy("prescriber")
        .appeal(CignaNextSteps.appeal(directory, CignaNextSteps.FIRST_LEVEL_APPEAL, "patient or prescriber",
            "member-services", "provider-line"))
        .whenNotCovered(Step.of("The requested use is not covered; discuss alternatives with the prescriber",
            "prescriber and patient"))
        .build();
  }
}
