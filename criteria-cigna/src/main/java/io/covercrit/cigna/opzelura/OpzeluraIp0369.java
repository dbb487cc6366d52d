package io.covercrit.cigna.opzelura;

import static io.covercrit.cigna.internal.CignaDocuments.AFFECTED_SITES;
import static io.covercrit.cigna.internal.CignaDocuments.CALCINEURIN_INHIBITOR_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.RESPONSE_DOCUMENTATION;
import static io.covercrit.cigna.internal.CignaDocuments.SEVERITY_AND_TYPE_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.TOPICAL_STEROID_HISTORY;
import static io.covercrit.core.clauses.Diagnoses.codeDescription;
import static io.covercrit.core.clauses.Diagnoses.codingProblem;
import static io.covercrit.core.clauses.Diagnoses.firstMatching;

import io.covercrit.cigna.internal.CignaDirectory;
import io.covercrit.cigna.internal.CignaNextSteps;
import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.BodySurfaceArea;
import io.covercrit.core.clauses.ConcurrentUse;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.Responses;
import io.covercrit.core.clauses.Sources;
import io.covercrit.core.clauses.Step;
import io.covercrit.core.clauses.Trials;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.NextStepPlanner;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRevision;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Cigna Coverage Policy IP0369, Opzelura (ruxolitinib) 1.5% cream, every clause. Clause ids are
 * the policy's own numbering ({@code IP0369 1.C.i}); the policy text is the source of every
 * criterion. Two kinds of id have no number in the PDF: {@code IP0369 1.dx} / {@code 2.dx} is the
 * pathway heading's diagnosis ("1. Mild to Moderate Atopic Dermatitis"), and the section
 * "Conditions Not Covered" is {@code IP0369 Not Covered} with its items {@code 1} to {@code 4}
 * and its lead sentence ("any other use") as {@code IP0369 Not Covered (other use)}.
 *
 * <h2>Versions</h2>
 * The revision of 2024-11-15 raised the atopic dermatitis corticosteroid trial (1.C.i) from 14 to
 * 28 days and added Individual and Family Plans. Evaluations as of a date before 2024-11-15 use
 * 14 days; on or after it, 28. The revision history names no other change, so the earlier version
 * is otherwise encoded as identical; its start date is not in the source, so it has none.
 *
 * <h2>Readings of the text</h2>
 * <ul>
 *   <li><b>Consecutive days</b> are counted inclusive of the first and the last day of use (see
 *       {@link TherapyTrial}): 1 to 28 March is 28 days. "6 consecutive weeks" is 42 days and
 *       "12 weeks" 84 days. A trial without an end date counts through the as-of date.
 *   <li><b>"Unless contraindicated or intolerant"</b> (1.C.i, 1.D, 2.C.i, 2.D): a documented
 *       contraindication to, or intolerance of, a drug of the class meets the clause whatever its
 *       duration, and for corticosteroids whatever its potency (intolerance is to the class).
 *   <li><b>Concomitant TCS + TCI</b> "would meet requirements [C] and [D]": the two trials are
 *       evaluated independently and may overlap in time; no sequence is required. When the
 *       qualifying trials overlap, the findings say so.
 *   <li><b>Samples</b>: trials marked as sample product are ignored by every clause.
 *   <li><b>Diagnosis</b>: atopic dermatitis is any code within ICD-10-CM L20; vitiligo is L80 or
 *       vitiligo of the eyelid (H02.73-), which also shows eyelid involvement for 2.C.ii. The
 *       "mild to moderate" heading fails only on documented SEVERE disease. "Nonsegmental"
 *       cannot be coded (L80 covers both kinds), so it must be documented as a subtype; mixed
 *       vitiligo counts, being classed under the nonsegmental umbrella (Vitiligo Global Issues
 *       Consensus Conference, 2012).
 *   <li><b>Conditions not covered</b>: a listed product in the concurrent medication list, or in
 *       a trial still ongoing on the as-of date, is concurrent use. A finished trial of such a
 *       product without an end date leaves the exclusion MISSING. The appendix lists examples;
 *       products outside it are caught by drug class (biologic, JAK inhibitor) and a few
 *       newer products are named. A request whose indications include alopecia (L63-L66),
 *       plaque psoriasis (L40.0) or no atopic dermatitis/vitiligo at all is not covered; a request
 *       with no diagnosis leaves each of these MISSING. Jakafi is oral ruxolitinib whatever its
 *       recorded form; other ruxolitinib without an oral form or class is read as Opzelura itself.
 * </ul>
 *
 * <h2>Where the Opzelura/NC guide differs from the policy (the policy is encoded)</h2>
 * <ul>
 *   <li>The guide requires "topical steroids OR calcineurin inhibitors"; the policy requires both
 *       1.C (or a sensitive area) AND 1.D.
 *   <li>The guide gives "≥ 2 years" for atopic dermatitis; the policy requires age 12 or older
 *       (the pivotal trials' "disease present for ≥ 2 years" is not a criterion).
 *   <li>The guide gives "12+ weeks" for calcineurin inhibitors; for atopic dermatitis the policy
 *       requires 6 consecutive weeks (12 weeks is the vitiligo requirement).
 *   <li>The guide names single codes (L20.9, L80); the policy names diagnoses, so every code of
 *       the family is recognised.
 * </ul>
 *
 * <p>Process data (fax, portal, Accredo, review clocks) comes from the guide through
 * {@code cigna-directory.json}, each item with its source.
 */
public final class OpzeluraIp0369 {
  /** Registry id of this policy. */
  public static final String POLICY_ID = "cigna/IP0369";

  /** When the policy text was read and encoded. */
  private static final LocalDate FACTS_GATHERED_ON = LocalDate.of(2026, 11, 24);
  private static final Sources SOURCES = Sources.gatheredOn(FACTS_GATHERED_ON);

  /** Effective date of the revision that raised the AD corticosteroid trial to 28 days. */
  public static final LocalDate REVISION_2024_11_15 = LocalDate.of(2024, 11, 15);

  static final int MINIMUM_AGE = 12;
  static final BigDecimal AD_MAX_BSA_PERCENT = BigDecimal.valueOf(20);
  static final BigDecimal VITILIGO_MAX_BSA_PERCENT = BigDecimal.valueOf(10);
  static final int AD_STEROID_DAYS_BEFORE_REVISION = 14;
  static final int AD_STEROID_DAYS = 28;
  /** 1.C.i: days of the atopic dermatitis corticosteroid trial, the one criterion the 2024-11-15 revision changed. */
  static final PolicyRevision.Value<Integer> AD_STEROID_TRIAL_DAYS =
      PolicyRevision.value("IP0369 1.C.i days", AD_STEROID_DAYS_BEFORE_REVISION);

  /** The revisions encoded, oldest first. */
  static final List<PolicyRevision> REVISIONS = PolicyRevision.history()
      .revision("before 2024-11-15", null)
      .note("Version in force before 2024-11-15: the atopic dermatitis corticosteroid trial (1.C.i) is 14 days."
          + " The revision history names no other criterion change; Individual and Family Plans were added to the"
          + " policy only on 2024-11-15.")
      .revision("2024-11-15", REVISION_2024_11_15)
      .set(AD_STEROID_TRIAL_DAYS, AD_STEROID_DAYS)
      .build();
  static final int AD_CALCINEURIN_DAYS = 6 * 7;
  static final int VITILIGO_STEROID_DAYS = 12 * 7;
  static final int VITILIGO_CALCINEURIN_DAYS = 12 * 7;
  static final Period APPROVAL = Period.ofMonths(6);

  private static final Icd10Code ATOPIC_DERMATITIS = Icd10Code.of("L20");
  private static final Icd10Code VITILIGO = Icd10Code.of("L80");
  private static final Icd10Code VITILIGO_OF_EYELID = Icd10Code.of("H02.73");
  private static final Icd10Code PLAQUE_PSORIASIS = Icd10Code.of("L40.0");

  /** In declaration order, the order a request's site set iterates in. */
  private static final List<BodySite> SENSITIVE_SITES =
      List.copyOf(EnumSet.of(BodySite.FACE, BodySite.EYES_EYELIDS, BodySite.SKIN_FOLDS, BodySite.GENITALIA));

  private static final Set<ResponseMarker> AD_RESPONSE = EnumSet.of(ResponseMarker.BODY_SURFACE_AREA,
      ResponseMarker.ERYTHEMA, ResponseMarker.INDURATION_PAPULATION_EDEMA, ResponseMarker.EXCORIATIONS,
      ResponseMarker.LICHENIFICATION, ResponseMarker.PRURITUS, ResponseMarker.EASI, ResponseMarker.IGA,
      ResponseMarker.OTHER);
  private static final Set<ResponseMarker> VITILIGO_RESPONSE = EnumSet.of(ResponseMarker.REPIGMENTATION,
      ResponseMarker.VASI, ResponseMarker.BODY_SURFACE_AREA, ResponseMarker.OTHER);

  /**
   * Appendix Table 1, "Examples of Other Therapeutic Biologics and Other JAK Inhibitors", by
   * brand and generic name, with common biosimilar brands. The last entries are not in the
   * appendix (approved after it or topical) but are therapeutic biologics or JAK inhibitors.
   */
  private static final Set<String> BIOLOGICS_AND_JAK_INHIBITORS = DrugNames.lowerCase(
      "adalimumab", "humira", "amjevita", "cyltezo", "hyrimoz", "hadlima", "yusimry", "hulio", "idacio",
      "yuflyma", "simlandi", "abrilada",
      "cimzia", "certolizumab",
      "etanercept", "enbrel", "erelzi", "eticovo",
      "infliximab", "remicade", "inflectra", "renflexis", "avsola", "ixifi", "zymfentra",
      "simponi", "golimumab",
      "tocilizumab", "actemra", "tofidence", "tyenne",
      "kevzara", "sarilumab",
      "orencia", "abatacept",
      "rituximab", "rituxan", "truxima", "ruxience", "riabni",
      "kineret", "anakinra",
      "stelara", "ustekinumab", "wezlana", "selarsdi", "pyzchiva", "otulfi", "imuldosa", "yesintek", "steqeyma",
      "siliq", "brodalumab",
      "cosentyx", "secukinumab",
      "taltz", "ixekizumab",
      "ilumya", "tildrakizumab",
      "omvoh", "mirikizumab",
      "skyrizi", "risankizumab",
      "tremfya", "guselkumab",
      "entyvio", "vedolizumab",
      "otezla", "apremilast",
      "sotyktu", "deucravacitinib",
      "inrebic", "fedratinib",
      "jakafi",
      "leqselvi", "deuruxolitinib",
      "olumiant", "baricitinib",
      "cibinqo", "abrocitinib",
      "rinvoq", "upadacitinib",
      "xeljanz", "tofacitinib",
      "litfulo", "ritlecitinib",
      "xolair", "omalizumab",
      "dupixent", "dupilumab",
      "cinqair", "reslizumab",
      "nucala", "mepolizumab",
      "fasenra", "benralizumab",
      "adbry", "tralokinumab",
      "nemluvio", "nemlizumab",
      "zeposia", "ozanimod",
      "velsipity", "etrasimod",
      "tezspire", "tezepelumab",
      // Not in the appendix: lebrikizumab (IL-13, 2024), bimekizumab (IL-17A/F, 2023),
      // delgocitinib (topical JAK inhibitor, 2025).
      "ebglyss", "lebrikizumab", "bimzelx", "bimekizumab", "anzupgo", "delgocitinib");

  /** Conditions Not Covered 2: "potent immunosuppressants (e.g., azathioprine, cyclosporine)". */
  private static final Set<String> POTENT_IMMUNOSUPPRESSANTS = DrugNames.lowerCase(
      "azathioprine", "imuran", "azasan",
      "neoral", "sandimmune", "gengraf",
      "methotrexate", "trexall", "otrexup", "rasuvo", "xatmep", "jylamvo",
      "mycophenolate", "mycophenolic", "cellcept", "myfortic",
      "sirolimus", "rapamune",
      "cyclophosphamide",
      "prograf", "envarsus", "astagraf");

  // Cyclosporine and tacrolimus also come as eye drops and ointment; only systemic use counts.
  private static final Set<String> SYSTEMIC_ONLY_IMMUNOSUPPRESSANTS = DrugNames.lowerCase("cyclosporine", "ciclosporin", "tacrolimus");
  private static final Set<DosageForm> TOPICAL_FORMS = EnumSet.of(DosageForm.CREAM, DosageForm.OINTMENT,
      DosageForm.LOTION, DosageForm.GEL, DosageForm.FOAM, DosageForm.SOLUTION);

  private static final Set<String> CALCINEURIN_INHIBITOR_NAMES = DrugNames.lowerCase("pimecrolimus", "elidel", "protopic");
  private static final Set<String> OPZELURA_NAMES = DrugNames.lowerCase("opzelura");
  private static final Set<String> RUXOLITINIB = DrugNames.lowerCase("ruxolitinib");
  private static final Set<String> JAKAFI = DrugNames.lowerCase("jakafi");

  private OpzeluraIp0369() {}

  /** Both versions: before the 2024-11-15 revision, and from it on. */
  public static List<CoveragePolicy> versions() {
    List<CoveragePolicy> versions = new ArrayList<>();
    for (PolicyRevision revision : REVISIONS) {
      versions.add(build(revision));
    }
    return List.copyOf(versions);
  }

  private static CoveragePolicy build(PolicyRevision revision) {
    PolicyDescriptor.Builder descriptor = revision.describe(PolicyDescriptor.builder())
        .id(POLICY_ID)
        .payer("Cigna Healthcare")
        .title("Opzelura (ruxolitinib) 1.5% cream (Cigna Coverage Policy IP0369)")
        .addDrugs("Opzelura", "ruxolitinib 1.5% cream")
        .provenance(SOURCES.provenance(Reliability.POLICY_TEXT, List.of(SOURCES.source(
                "Cigna Coverage Policy IP0369, Opzelura (ruxolitinib) 1.5% cream; revision of 11/15/2024", null,
                Reliability.POLICY_TEXT)),
            "The patient guide for Opzelura/NC differs from the policy text (topical corticosteroid OR calcineurin"
                + " inhibitor, age 2 years, single ICD-10 codes); the policy text is encoded."));
    CriteriaPolicy.Builder policy = CriteriaPolicy.builder(descriptor.build())
        .exclusionsSection("IP0369 Not Covered",
            "Conditions Not Covered: any other use is experimental, investigational or unproven")
        .exclusion(notConcurrentWithBiologicOrJakInhibitor())
        .exclusion(notConcurrentWithPotentImmunosuppressant())
        .exclusion(notForAlopecia())
        .exclusion(notForPlaquePsoriasis())
        .exclusion(notForAnyOtherUse())
        .medicalNecessitySection("IP0369 Medical Necessity",
            "Topical ruxolitinib is medically necessary when ONE of the following is met")
        .reauthorizationSection("IP0369 Reauthorization",
            "Continuation: the medical necessity criteria are met AND there is documentation of beneficial response")
        .pathway(atopicDermatitis(revision.get(AD_STEROID_TRIAL_DAYS)))
        .pathway(vitiligo())
        .nextSteps(nextStepPlanner())
        .note("Consecutive days are counted inclusive of the first and last day of use; a trial without an end date"
            + " counts through the as-of date. Receipt of sample product satisfies no criterion.");
    revision.notes().forEach(policy::note);
    return policy.build();
  }

  // ---------------------------------------------------------------- 1. Atopic dermatitis

  private static Pathway atopicDermatitis(int steroidDays) {
    return Pathway.builder("IP0369 1", "Mild to Moderate Atopic Dermatitis")
        .diagnosis(Criterion.check("IP0369 1.dx", "Diagnosis of mild to moderate atopic dermatitis (ICD-10-CM L20.-)")
            .documents(DIAGNOSIS_NOTES, SEVERITY_AND_TYPE_NOTES)
            .whenNotMet("The request is not for atopic dermatitis.",
                "Submit under the pathway that matches the diagnosis, or document the atopic dermatitis diagnosis.")
            .whenMissing("The diagnosis is not documented.",
                "Attach clinical notes with the atopic dermatitis diagnosis and its billable ICD-10-CM code (L20.-).")
            .by(ctx -> atopicDermatitisDiagnosis(ctx)))
        .criteria(
            ageAtLeast12("IP0369 1.A"),
            bodySurfaceAreaAtMost("IP0369 1.B", AD_MAX_BSA_PERCENT, "atopic dermatitis"),
            steroidTrialOrSensitiveArea("IP0369 1.C", steroidDays, steroidDays + " consecutive days", "atopic dermatitis", false),
            calcineurinTrial("IP0369 1.D", AD_CALCINEURIN_DAYS, "6 consecutive weeks"),
            prescribedBy("IP0369 1.E", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist"))
        .response(beneficialResponse("IP0369 Reauthorization 1", AD_RESPONSE,
            "improvement in estimated body surface area affected, erythema, induration/papulation/edema, excoriations,"
                + " lichenification"))
        .approvals(APPROVAL, APPROVAL)
        .build();
  }

  private static Finding atopicDermatitisDiagnosis(EvaluationContext ctx) {
    Optional<Finding> coding = codingProblem(ctx, d -> d.code().isWithin(ATOPIC_DERMATITIS), "atopic dermatitis (L20.-)");
    if (coding.isPresent()) {
      return coding.get();
    }
    Diagnosis dx = firstMatching(ctx, d -> d.code().isWithin(ATOPIC_DERMATITIS));
    if (dx.severity().isPresent() && dx.severity().get() == DiseaseSeverity.SEVERE) {
      return Finding.notMet(() -> dx.code() + " documented as severe")
          .because("The policy covers mild to moderate atopic dermatitis; the documented severity is severe.",
              "If the disease is mild to moderate now, document the current severity (e.g. IGA 2-3) with the date.");
    }
    return Finding.met(() -> codeDescription(ctx, dx) + dx.severity().map(s -> ", " + s.name().toLowerCase()).orElse(""));
  }

  // ---------------------------------------------------------------- 2. Vitiligo

  private static Pathway vitiligo() {
    return Pathway.builder("IP0369 2", "Nonsegmental Vitiligo")
        .diagnosis(Criterion.check("IP0369 2.dx", "Diagnosis of nonsegmental vitiligo (ICD-10-CM L80 or H02.73-)")
            .documents(DIAGNOSIS_NOTES, SEVERITY_AND_TYPE_NOTES)
            .whenNotMet("The request is not for nonsegmental vitiligo.",
                "Submit under the pathway that matches the diagnosis, or document the nonsegmental vitiligo diagnosis.")
            .whenMissing("The diagnosis is not documented.",
                "Attach clinical notes with the vitiligo diagnosis, its type (nonsegmental) and the billable ICD-10-CM code.")
            .by(ctx -> vitiligoDiagnosis(ctx)))
        .criteria(
            ageAtLeast12("IP0369 2.A"),
            bodySurfaceAreaAtMost("IP0369 2.B", VITILIGO_MAX_BSA_PERCENT, "vitiligo"),
            steroidTrialOrSensitiveArea("IP0369 2.C", VITILIGO_STEROID_DAYS, "12 weeks (84 days)", "vitiligo", true),
            calcineurinTrial("IP0369 2.D", VITILIGO_CALCINEURIN_DAYS, "12 weeks"),
            prescribedBy("IP0369 2.E", EnumSet.of(Specialty.DERMATOLOGY), "a dermatologist"))
        .response(beneficialResponse("IP0369 Reauthorization 2", VITILIGO_RESPONSE,
            "repigmentation, improvement in Vitiligo Activity Scoring Index (VASI)"))
        .approvals(APPROVAL, APPROVAL)
        .build();
  }

  private static boolean isVitiligo(Diagnosis d) {
    return d.code().isWithin(VITILIGO) || d.code().isWithin(VITILIGO_OF_EYELID);
  }

  private static Finding vitiligoDiagnosis(EvaluationContext ctx) {
    Optional<Finding> coding = codingProblem(ctx, OpzeluraIp0369::isVitiligo, "vitiligo (L80, H02.73-)");
    if (coding.isPresent()) {
      return coding.get();
    }
    Diagnosis dx = firstMatching(ctx, OpzeluraIp0369::isVitiligo);
    Supplier<String> described = () -> codeDescription(ctx, dx);
    if (dx.subtype().isEmpty()) {
      return Finding.missing(() -> described.get() + "; vitiligo type not documented")
          .because("ICD-10-CM does not tell nonsegmental from segmental vitiligo, and the type is not documented.",
              "Document in the clinical notes that the vitiligo is nonsegmental.");
    }
    if (dx.subtype().get() == DiagnosisSubtype.SEGMENTAL) {
      return Finding.notMet(() -> described.get() + ", segmental")
          .because("The policy covers nonsegmental vitiligo; the documented type is segmental.",
              "Coverage under IP0369 is for nonsegmental vitiligo only.");
    }
    return Finding.met(() -> described.get() + ", " + dx.subtype().get().name().toLowerCase());
  }

  // ---------------------------------------------------------------- Shared clauses

  private static Criterion ageAtLeast12(String id) {
    return Ages.atLeastYears(id, MINIMUM_AGE)
        .whenNotMet("The patient is younger than " + MINIMUM_AGE + " years.",
            "Coverage under IP0369 starts at age 12; re-request once the patient turns 12.")
        .build();
  }

  private static Criterion bodySurfaceAreaAtMost(String id, BigDecimal limit, String disease) {
    return BodySurfaceArea.atMost(id, limit, disease)
        .whenNotMet("The " + disease + " affects more than " + limit + "% of the body surface area.",
            "Opzelura is limited to " + limit + "% BSA; if the affected area has decreased, document a new dated BSA estimate.")
        .build();
  }

  /** Clause C of both pathways: a failed corticosteroid trial, or a sensitive area affected. */
  private static Criterion steroidTrialOrSensitiveArea(String id, int days, String durationWords, String disease,
      boolean eyelidCodeCounts) {
    String section = id.substring("IP0369 ".length());
    return Criterion.anyOf(id, "Documentation of ONE of the following (" + section + ".i or " + section + ".ii)",
        Remedy.of("No documented failure of a medium-or-higher potency topical corticosteroid for at least " + durationWords
                + ", and no " + disease + " of the face, eyes/eyelids, skin folds or genitalia.",
            "Document a failed trial of a medium-or-higher potency prescription topical corticosteroid for at least "
                + durationWords + " (or a contraindication or intolerance), or document involvement of the face,"
                + " eyes/eyelids, skin folds or genitalia."),
        List.of(steroidTrial(id + ".i", days, durationWords), sensitiveArea(id + ".ii", disease, eyelidCodeCounts)));
  }

  private static Criterion sensitiveArea(String id, String disease, boolean eyelidCodeCounts) {
    return Criterion.check(id, "Treating " + disease + " affecting the face, eyes/eyelids, skin folds, and/or genitalia")
        .documents(AFFECTED_SITES)
        .whenNotMet("The documented " + disease + " does not affect the face, eyes/eyelids, skin folds or genitalia.",
            "Meet the corticosteroid trial clause instead, or document involvement of one of these areas.")
        .whenMissing("The affected body sites are not documented.",
            "Attach notes naming the affected body sites.")
        .by(ctx -> {
          if (eyelidCodeCounts) {
            for (Diagnosis d : ctx.request().diagnoses()) {
              if (d.code().isWithin(VITILIGO_OF_EYELID)) {
                return Finding.met(() -> "Eyelid involvement coded as " + d.code());
              }
            }
          }
          Set<BodySite> sites = ctx.request().skinInvolvement().map(SkinInvolvement::sites).orElse(Set.of());
          if (sites.isEmpty()) {
            return Finding.missing("Affected sites not documented");
          }
          // The first sensitive site in the set's (declaration) order; no iterator over the set.
          for (int i = 0; i < SENSITIVE_SITES.size(); i++) {
            BodySite site = SENSITIVE_SITES.get(i);
            if (sites.contains(site)) {
              return Finding.met(() -> "Affected sites include " + site);
            }
          }
          if (eyelidCodeCounts && ctx.request().diagnoses().isEmpty()) {
            // The diagnosis code may itself show eyelid involvement (H02.73-): without it, undecided.
            return Finding.missing(() -> "Affected sites " + sites + " include none of the face, eyes/eyelids, skin folds,"
                + " genitalia; no diagnosis documented, whose code may show eyelid involvement");
          }
          return Finding.notMet(() -> "Affected sites " + sites + " include none of the face, eyes/eyelids, skin folds, genitalia");
        });
  }

  private static Criterion steroidTrial(String id, int days, String durationWords) {
    return Trials.failed(id, "Failure to ONE prescription topical corticosteroid (medium potency or higher) applied for at"
            + " least " + durationWords + ", unless contraindicated or intolerant", steroidRule(days))
        .documents(TOPICAL_STEROID_HISTORY)
        .whenNotMet("No documented failure of a medium-or-higher potency topical corticosteroid applied for at least " + days + " days.",
            "Document a trial of a medium-or-higher potency prescription topical corticosteroid for at least " + days
                + " consecutive days with its outcome, or the contraindication or intolerance.")
        .whenMissing("The topical corticosteroid trial is not documented.",
            "Attach prescription records for the topical corticosteroid: product, potency, start and stop dates, and outcome.")
        .build();
  }

  private static Criterion calcineurinTrial(String id, int days, String durationWords) {
    return Trials.failed(id, "Documentation of failure to ONE topical calcineurin inhibitor (e.g. tacrolimus ointment,"
            + " pimecrolimus cream) applied for " + (days == AD_CALCINEURIN_DAYS ? "" : "at least ") + durationWords
            + " (" + days + " days), unless contraindicated or intolerant", calcineurinRule(days))
        .documents(CALCINEURIN_INHIBITOR_HISTORY)
        .whenNotMet("No documented failure of a topical calcineurin inhibitor applied for " + durationWords + ".",
            "Document a trial of tacrolimus ointment or pimecrolimus cream for at least " + days
                + " consecutive days with its outcome, or the contraindication or intolerance.")
        .whenMissing("The topical calcineurin inhibitor trial is not documented.",
            "Attach prescription records for the topical calcineurin inhibitor: product, start and stop dates, and outcome.")
        .build();
  }

  // Concomitant use of the two kinds counts for both clauses (the policy's note to C and D).
  private static final Set<TopicalSteroidPotency> MEDIUM_OR_HIGHER = EnumSet.of(TopicalSteroidPotency.MEDIUM,
      TopicalSteroidPotency.HIGH, TopicalSteroidPotency.SUPER_HIGH);

  private static Trials.Rule steroidRule(int days) {
    return Trials.Rule.of(OpzeluraIp0369::isTopicalCorticosteroid, "topical corticosteroid", days)
        .withPotencies(MEDIUM_OR_HIGHER, "medium or higher")
        .notingConcomitantUse(OpzeluraIp0369::isTopicalCalcineurinInhibitor, "concomitant use meets C and D");
  }

  private static Trials.Rule calcineurinRule(int days) {
    return Trials.Rule.of(OpzeluraIp0369::isTopicalCalcineurinInhibitor, "topical calcineurin inhibitor", days)
        .notingConcomitantUse(OpzeluraIp0369::isTopicalCorticosteroid, "concomitant use meets C and D");
  }

  private static boolean isTopicalCorticosteroid(Drug drug) {
    return drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID);
  }

  private static boolean isTopicalCalcineurinInhibitor(Drug drug) {
    if (drug.isOfClass(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR) || DrugNames.mentionsAny(drug, CALCINEURIN_INHIBITOR_NAMES)) {
      return true;
    }
    // Tacrolimus is also an oral immunosuppressant: count it only in a topical form.
    if (!DrugNames.mentions(drug, "tacrolimus")) {
      return false;
    }
    return drug.form().map(TOPICAL_FORMS::contains).orElse(false) || DrugNames.mentions(drug, "ointment");
  }

  private static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Prescribers.prescribedBy(id, accepted, whom)
        .text("Medication is prescribed by, or in consultation with, " + whom)
        .build();
  }

  private static Criterion beneficialResponse(String id, Set<ResponseMarker> accepted, String examples) {
    return Responses.documented(id, "Opzelura", accepted, examples, "are not measures of this condition")
        .documents(RESPONSE_DOCUMENTATION)
        .build();
  }

  // ---------------------------------------------------------------- Conditions Not Covered

  private static Criterion notConcurrentWithBiologicOrJakInhibitor() {
    return ConcurrentUse.notUsedWith("IP0369 Not Covered 1",
            "No concurrent use with a therapeutic biologic or another JAK inhibitor (see Appendix)",
            "a therapeutic biologic or another JAK inhibitor", OpzeluraIp0369::isBiologicOrOtherJakInhibitor)
        .whenNotMet("Use of Opzelura in combination with a therapeutic biologic or another JAK inhibitor is not covered.",
            "If the biologic or JAK inhibitor has been stopped, document its stop date and resubmit; used together,"
                + " coverage under IP0369 is not available.")
        .whenMissing("It is not documented whether a biologic or JAK inhibitor from a prior trial has been stopped.",
            "Document the stop date of every biologic or JAK inhibitor in the medication history.")
        .build();
  }

  private static Criterion notConcurrentWithPotentImmunosuppressant() {
    return ConcurrentUse.notUsedWith("IP0369 Not Covered 2",
            "No concurrent use with other potent immunosuppressants (e.g. azathioprine, cyclosporine)",
            "a potent immunosuppressant", OpzeluraIp0369::isPotentImmunosuppressant)
        .whenNotMet("Use of Opzelura in combination with a potent immunosuppressant is not covered.",
            "If the immunosuppressant has been stopped, document its stop date and resubmit; used together,"
                + " coverage under IP0369 is not available.")
        .whenMissing("It is not documented whether a systemic immunosuppressant from a prior trial has been stopped.",
            "Document the stop date of every systemic immunosuppressant in the medication history.")
        .build();
  }

  private static boolean isOpzeluraItself(Drug drug) {
    if (DrugNames.mentionsAny(drug, OPZELURA_NAMES)) {
      return true;
    }
    // Jakafi is oral ruxolitinib (appendix), even when no dosage form is recorded.
    if (DrugNames.mentionsAny(drug, JAKAFI)) {
      return false;
    }
    if (!DrugNames.mentionsAny(drug, RUXOLITINIB)) {
      return false;
    }
    boolean oral = drug.form().map(DosageForm::isSystemic).orElse(false) || drug.isOfClass(DrugClass.JAK_INHIBITOR);
    return !oral;
  }

  private static boolean isBiologicOrOtherJakInhibitor(Drug drug) {
    if (isOpzeluraItself(drug)) {
      return false;
    }
    DrugClass drugClass = drug.drugClass().orElse(null);
    if (drugClass == DrugClass.BIOLOGIC || drugClass == DrugClass.JAK_INHIBITOR || drugClass == DrugClass.TOPICAL_JAK_INHIBITOR) {
      return true;
    }
    // Oral ruxolitinib is Jakafi, listed in the appendix.
    return DrugNames.mentionsAny(drug, BIOLOGICS_AND_JAK_INHIBITORS) || DrugNames.mentionsAny(drug, RUXOLITINIB);
  }

  private static boolean isPotentImmunosuppressant(Drug drug) {
    if (drug.isOfClass(DrugClass.SYSTEMIC_IMMUNOSUPPRESSANT) || DrugNames.mentionsAny(drug, POTENT_IMMUNOSUPPRESSANTS)) {
      return true;
    }
    if (!DrugNames.mentionsAny(drug, SYSTEMIC_ONLY_IMMUNOSUPPRESSANTS)) {
      return false;
    }
    if (drug.form().isPresent()) {
      return drug.form().get().isSystemic();
    }
    // Without a form: "tacrolimus" in a dermatology request is the ointment (a TCI the policy
    // requires); "cyclosporine" is the oral drug.
    return !DrugNames.mentions(drug, "tacrolimus") && !DrugNames.mentions(drug, "ointment");
  }

  private static Criterion notForAlopecia() {
    return Diagnoses.notFor("IP0369 Not Covered 3", "Not for alopecia (ICD-10-CM L63-L66)", "alopecia",
            Icd10Code.of("L63"), Icd10Code.of("L64"), Icd10Code.of("L65"), Icd10Code.of("L66"))
        .whenNotMet("Opzelura is not indicated for the treatment of alopecia; this use is considered experimental,"
                + " investigational or unproven.",
            "Coverage under IP0369 is not available for alopecia; if the request is for another diagnosis, correct the"
                + " diagnoses to those being treated.")
        .build();
  }

  private static Criterion notForPlaquePsoriasis() {
    return Diagnoses.notFor("IP0369 Not Covered 4", "Not for plaque psoriasis (ICD-10-CM L40.0)", "plaque psoriasis",
            PLAQUE_PSORIASIS)
        .whenNotMet("Opzelura is not indicated for the treatment of plaque psoriasis; this use is considered experimental,"
                + " investigational or unproven.",
            "Coverage under IP0369 is not available for plaque psoriasis; if the request is for another diagnosis, correct"
                + " the diagnoses to those being treated.")
        .build();
  }

  private static Criterion notForAnyOtherUse() {
    return Diagnoses.onlyFor("IP0369 Not Covered (other use)",
            "Use is for atopic dermatitis or vitiligo (any other use is experimental, investigational or unproven)",
            "atopic dermatitis or vitiligo", ATOPIC_DERMATITIS, VITILIGO, VITILIGO_OF_EYELID)
        .whenNotMet("The requested use is not atopic dermatitis or nonsegmental vitiligo and is considered experimental,"
                + " investigational or unproven.",
            "Coverage under IP0369 is limited to mild to moderate atopic dermatitis and nonsegmental vitiligo.")
        .build();
  }

  // ---------------------------------------------------------------- Next steps

  /**
   * The next steps depend on the outcome and the urgency only: they are built once per version
   * and every determination shares the same immutable lists.
   */
  private static NextStepPlanner nextStepPlanner() {
    CignaDirectory directory = CignaDirectory.standard();
    return CignaNextSteps.template(directory, "prescriber or clinic staff",
            List.of("provider-portal", "pa-fax", "provider-line"), List.of("pa-standard"), List.of("pa-expedited"))
        .afterApproval(
            Step.timed("Send the prescription to Accredo, Cigna's specialty pharmacy, and have the patient set up delivery",
                "prescriber and patient", directory.timing("accredo-after-approval"), directory.contact("accredo-phone"),
                directory.contact("accredo-web")),
            Step.of("Before the approval ends (up to 6 months), request reauthorization with documentation of beneficial"
                + " response", "prescriber"))
        .resolvedBy("prescriber")
        .appeal(CignaNextSteps.appeal(directory, CignaNextSteps.FIRST_LEVEL_APPEAL, "patient or prescriber",
            "member-services", "pa-status-line", "provider-line"))
        .whenNotCovered(Step.of("The requested use falls under the policy's conditions not covered; read the exclusion's"
            + " fix, or discuss alternatives with the prescriber", "prescriber and patient"))
        .build();
  }
}
