package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.EOSINOPHIL_COUNT;
import static io.covercrit.cigna.internal.CignaDocuments.EXACERBATION_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.INHALED_THERAPY_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.RESPONSE_TO_THERAPY;
import static io.covercrit.cigna.internal.CignaDocuments.SECONDARY_CAUSE_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.SYMPTOM_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.TOPICAL_STEROID_HISTORY;
import static io.covercrit.core.clauses.Diagnoses.codes;

import io.covercrit.core.clauses.ClinicalFindings;
import io.covercrit.core.clauses.DaySpan;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Events;
import io.covercrit.core.clauses.Labs;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.clauses.RequestedDrug;
import io.covercrit.core.clauses.Responses;
import io.covercrit.core.clauses.Trials;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Check;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * IP0453: the codes, drug catalogues, response markers and clauses several indications share.
 */
final class DupixentClauses {
  private DupixentClauses() {}

  private static final Trials.None NO_TOPICAL_STEROID_TRIAL = Trials.none("topical corticosteroid trial");

  static final Icd10Code ASTHMA = Icd10Code.of("J45");
  static final Icd10Code EOSINOPHILIC_ASTHMA = Icd10Code.of("J82.83");
  static final Icd10Code ATOPIC_DERMATITIS = Icd10Code.of("L20");
  static final Icd10Code NASAL_POLYP = Icd10Code.of("J33");
  static final Icd10Code CHRONIC_SINUSITIS = Icd10Code.of("J32");
  static final Icd10Code EOSINOPHILIC_ESOPHAGITIS = Icd10Code.of("K20.0");
  static final Icd10Code PRURIGO_NODULARIS = Icd10Code.of("L28.1");
  static final Icd10Code OTHER_COPD = Icd10Code.of("J44");
  static final Icd10Code EMPHYSEMA = Icd10Code.of("J43");
  static final Icd10Code BRONCHIOLITIS_OBLITERANS = Icd10Code.of("J44.81");
  static final Icd10Code MACLEODS_SYNDROME = Icd10Code.of("J43.0");
  static final Icd10Code URTICARIA = Icd10Code.of("L50");
  static final Icd10Code IDIOPATHIC_URTICARIA = Icd10Code.of("L50.1");
  static final Icd10Code OTHER_URTICARIA = Icd10Code.of("L50.8");
  static final Icd10Code UNSPECIFIED_URTICARIA = Icd10Code.of("L50.9");
  static final Icd10Code BULLOUS_PEMPHIGOID = Icd10Code.of("L12.0");

  // ---------------------------------------------------------------- drug catalogues

  static final Set<String> DUPIXENT = DrugNames.lowerCase("dupixent", "dupilumab");

  /** Dupixent and the other monoclonal antibodies that lower blood eosinophils. */
  static final Set<String> EOSINOPHIL_LOWERING_ANTIBODIES = DrugNames.lowerCase(
      "dupixent", "dupilumab", "nucala", "mepolizumab", "fasenra", "benralizumab", "cinqair", "reslizumab",
      "tezspire", "tezepelumab", "depemokimab");

  /** Milligrams of each oral corticosteroid equal to 5 mg of prednisone. */
  static final Map<String, BigDecimal> MG_EQUAL_TO_5_MG_PREDNISONE = Map.ofEntries(
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
  static final Set<String> OTHER_SYSTEMIC_CORTICOSTEROIDS = DrugNames.lowerCase(
      "betamethasone", "celestone", "triamcinolone", "kenalog");

  /** Words that mark an injectable corticosteroid product (Solu-Medrol, Depo-Medrol, Solu-Cortef). */
  static final Set<String> INJECTABLE_MARKERS = DrugNames.lowerCase("solu", "depo", "injection", "injectable");

  static final Set<String> ICS = DrugNames.lowerCase(
      "beclomethasone", "budesonide", "ciclesonide", "flunisolide", "fluticasone", "mometasone",
      "qvar", "pulmicort", "alvesco", "flovent", "arnuity", "armonair", "asmanex", "aerospan");
  static final Set<String> LABA = DrugNames.lowerCase(
      "salmeterol", "formoterol", "arformoterol", "vilanterol", "olodaterol", "indacaterol",
      "serevent", "perforomist", "foradil", "brovana", "striverdi", "arcapta");
  static final Set<String> LAMA = DrugNames.lowerCase(
      "tiotropium", "umeclidinium", "aclidinium", "revefenacin", "spiriva", "incruse", "tudorza", "yupelri",
      "lonhala", "seebri");
  /** Glycopyrrolate is a LAMA only when inhaled (it is also an oral anticholinergic). */
  static final Set<String> INHALED_ONLY_LAMA = DrugNames.lowerCase("glycopyrrolate", "glycopyrronium");
  static final Set<String> OTHER_ASTHMA_CONTROLLERS = DrugNames.lowerCase(
      "montelukast", "singulair", "zafirlukast", "accolate", "zileuton", "zyflo", "theophylline", "uniphyl",
      "elixophyllin", "theo");
  static final Set<String> ICS_LABA_INHALERS = DrugNames.lowerCase(
      "advair", "wixela", "airduo", "symbicort", "breyna", "dulera", "breo");
  static final Set<String> ICS_LABA_LAMA_INHALERS = DrugNames.lowerCase("trelegy", "breztri");
  static final Set<String> LABA_LAMA_INHALERS = DrugNames.lowerCase("anoro", "stiolto", "bevespi", "duaklir");
  static final Set<String> NASAL_CORTICOSTEROID_BRANDS = DrugNames.lowerCase(
      "flonase", "nasonex", "rhinocort", "nasacort", "qnasl", "beconase", "omnaris", "zetonna", "xhance", "veramyst",
      "sinuva");
  static final Set<String> NASAL_WORDS = DrugNames.lowerCase("nasal", "intranasal");
  static final Set<String> PROTON_PUMP_INHIBITORS = DrugNames.lowerCase(
      "omeprazole", "esomeprazole", "lansoprazole", "dexlansoprazole", "pantoprazole", "rabeprazole",
      "prilosec", "nexium", "prevacid", "dexilant", "protonix", "aciphex", "zegerid");
  static final Set<String> NON_SEDATING_H1_ANTIHISTAMINES = DrugNames.lowerCase(
      "cetirizine", "levocetirizine", "loratadine", "desloratadine", "fexofenadine",
      "zyrtec", "xyzal", "claritin", "clarinex", "allegra");

  static final Set<DosageForm> ORAL_FORMS = unmodifiable(EnumSet.of(DosageForm.TABLET, DosageForm.CAPSULE,
      DosageForm.ORAL_SOLUTION));
  static final Set<DosageForm> INJECTED_FORMS = unmodifiable(EnumSet.of(DosageForm.SUBCUTANEOUS_INJECTION,
      DosageForm.INTRAVENOUS_INFUSION, DosageForm.INTRAMUSCULAR_INJECTION));
  /** Forms an inhaled drug may be recorded with (nebuliser solutions included). */
  static final Set<DosageForm> INHALED_FORMS = unmodifiable(EnumSet.of(DosageForm.INHALER, DosageForm.SOLUTION,
      DosageForm.OTHER));

  // ---------------------------------------------------------------- response markers

  static final Set<ResponseMarker> ASTHMA_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.EXACERBATIONS,
      ResponseMarker.SYMPTOMS, ResponseMarker.HOSPITALIZATIONS, ResponseMarker.EMERGENCY_OR_URGENT_CARE_VISITS,
      ResponseMarker.CORTICOSTEROID_USE, ResponseMarker.LUNG_FUNCTION, ResponseMarker.OTHER_THERAPY_USE,
      ResponseMarker.OTHER));
  static final Set<ResponseMarker> AD_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.ERYTHEMA,
      ResponseMarker.INDURATION_PAPULATION_EDEMA, ResponseMarker.PRURITUS, ResponseMarker.BODY_SURFACE_AREA,
      ResponseMarker.EXCORIATIONS, ResponseMarker.LICHENIFICATION, ResponseMarker.EASI, ResponseMarker.IGA,
      ResponseMarker.OTHER_THERAPY_USE, ResponseMarker.SYMPTOMS, ResponseMarker.OTHER));
  static final Set<ResponseMarker> CRSWNP_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.NASAL_POLYP_SIZE,
      ResponseMarker.NASAL_CONGESTION, ResponseMarker.SINUS_OPACIFICATION, ResponseMarker.SENSE_OF_SMELL,
      ResponseMarker.SYMPTOMS, ResponseMarker.CORTICOSTEROID_USE, ResponseMarker.OTHER));
  static final Set<ResponseMarker> EOE_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.TISSUE_EOSINOPHILS,
      ResponseMarker.DYSPHAGIA, ResponseMarker.FOOD_IMPACTIONS));
  static final Set<ResponseMarker> PN_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.LESION_COUNT,
      ResponseMarker.PRURITUS, ResponseMarker.LESION_SIZE));
  static final Set<ResponseMarker> COPD_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.SYMPTOMS,
      ResponseMarker.EXACERBATIONS, ResponseMarker.HOSPITALIZATIONS, ResponseMarker.EMERGENCY_OR_URGENT_CARE_VISITS,
      ResponseMarker.LUNG_FUNCTION));
  // "Less urticaria" is fewer or smaller hives said in one word.
  static final Set<ResponseMarker> CSU_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.PRURITUS,
      ResponseMarker.LESION_COUNT, ResponseMarker.LESION_SIZE, ResponseMarker.URTICARIA));
  static final Set<ResponseMarker> BP_RESPONSE = unmodifiable(EnumSet.of(ResponseMarker.BODY_SURFACE_AREA,
      ResponseMarker.LESION_COUNT, ResponseMarker.URTICARIA, ResponseMarker.ERYTHEMA,
      ResponseMarker.CORTICOSTEROID_USE));

  static final Set<ClinicalFindingKind> NASAL_SYMPTOMS = unmodifiable(EnumSet.of(
      ClinicalFindingKind.NASAL_CONGESTION, ClinicalFindingKind.NASAL_OBSTRUCTION, ClinicalFindingKind.NASAL_DISCHARGE,
      ClinicalFindingKind.REDUCED_OR_LOST_SMELL));
  static final Set<ClinicalFindingKind> NASAL_POLYP_CONFIRMATIONS = unmodifiable(EnumSet.of(
      ClinicalFindingKind.NASAL_POLYPS_ON_EXAMINATION, ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY,
      ClinicalFindingKind.NASAL_POLYPS_ON_SINUS_CT));
  static final Set<BodySite> PN_SITES = unmodifiable(EnumSet.of(BodySite.ARMS, BodySite.LEGS, BodySite.TRUNK));

  static <T> Set<T> unmodifiable(Set<T> set) {
    return Collections.unmodifiableSet(set);
  }

  // ---------------------------------------------------------------- shared clauses: diagnosis, age, prescriber

  /**
   * Finds the pathway's diagnosis among the request's and checks its code against the code set:
   * MET with the code's title, NOT_MET if none matches, MISSING for no diagnosis or a header or
   * unknown code. A header above the {@code wantedCodes} (L50 for L50.1, K20 for K20.0) is MISSING
   * too: it may stand for the wanted disease, and only the billable code can tell.
   */

  // ---------------------------------------------------------------- shared clauses: eosinophils

  enum EosinophilRoute {
    /** Within the previous 6 weeks. */
    RECENT,
    /** Before the first eosinophil-lowering antibody was started. */
    BEFORE_ANTIBODY,
    /** Either of the two. */
    EITHER
  }

  static Criterion eosinophils(String id, BigDecimal threshold, EosinophilRoute route, String text) {
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

  static List<LabResult> eosinophilCounts(EvaluationContext ctx) {
    List<LabResult> counts = new ArrayList<>();
    for (LabResult lab : ctx.request().labResults()) {
      if (lab.analyte() == Analyte.BLOOD_EOSINOPHILS && !lab.date().isAfter(ctx.asOf())) {
        counts.add(lab);
      }
    }
    return counts;
  }

  static BigDecimal perMicroliter(LabResult lab) {
    return lab.value().to(Unit.CELLS_PER_MICROLITER);
  }

  static String describe(LabResult lab) {
    String cells = Labs.plain(perMicroliter(lab)) + " cells/µL";
    return (lab.value().unit() == Unit.CELLS_PER_MICROLITER ? cells : lab.value() + " = " + cells) + " on " + lab.date();
  }

  /** The highest of {@code counts}, or null. */
  static LabResult highest(List<LabResult> counts) {
    return counts.stream().max(Comparator.comparing(DupixentClauses::perMicroliter)).orElse(null);
  }

  static Finding recentEosinophils(EvaluationContext ctx, BigDecimal threshold) {
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

  static LabResult latestOf(List<LabResult> labs) {
    return labs.stream().max(Comparator.comparing(LabResult::date)).orElseThrow();
  }

  static Finding eosinophilsBeforeAntibody(EvaluationContext ctx, BigDecimal threshold) {
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
  enum Component {
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

  static Set<Component> components(Drug drug) {
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
  static Criterion controllerTherapy(String id, String text, Set<Component> required, boolean icsContraindicated) {
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

  static Finding combinationFinding(EvaluationContext ctx, Set<Component> required) {
    List<String> undated = new ArrayList<>();
    List<DaySpan> together = null;
    List<String> absent = new ArrayList<>();
    for (Component component : required) {
      List<DaySpan> spans = new ArrayList<>();
      boolean any = false;
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (trial.outcome() == TrialOutcome.CONTRAINDICATED || !components(trial.drug()).contains(component)) {
          continue;
        }
        any = true;
        if (trial.start().isEmpty()) {
          undated.add("start date of " + trial.drug().name() + " not documented");
        }
        DaySpan.of(trial, ctx.asOf()).ifPresent(spans::add);
      }
      if (!any) {
        absent.add("no " + component.words + " documented");
      }
      List<DaySpan> merged = DaySpan.merge(spans);
      together = together == null ? merged : DaySpan.intersect(together, merged);
    }
    DaySpan longest = together == null ? null : DaySpan.longest(together);
    Supplier<String> names = () -> componentWords(required);
    if (longest != null && longest.spansMonths(CONTROLLER_MONTHS)) {
      return Finding.met(() -> names.get() + " together from " + longest.first() + " to " + longest.last() + " ("
          + longest.days() + " days; 3 months reached on " + longest.monthsReachedOn(CONTROLLER_MONTHS) + ")");
    }
    List<String> unknown = new ArrayList<>(absent);
    unknown.addAll(undated);
    if (!unknown.isEmpty()) {
      return Finding.missing(() -> String.join("; ", unknown));
    }
    return Finding.notMet(() -> longest == null ? names.get() + " never used together"
        : names.get() + " together from " + longest.first() + " to " + longest.last() + " (" + longest.days()
            + " days; 3 consecutive months would end on " + longest.monthsReachedOn(CONTROLLER_MONTHS) + ")");
  }

  static String componentWords(Set<Component> components) {
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
  static Criterion stillOn(String id, String text, Set<Component> required, String words,
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
  static Finding daysOfUse(EvaluationContext ctx, Predicate<Drug> kind, int days, String words) {
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
      Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf());
      if (trial.start().isEmpty()) {
        missing.add("start date of " + name + " not documented");
      } else if (span.isPresent() && span.get().days() >= days) {
        return Finding.met(() -> name + " for " + span.get().days() + " days from " + span.get().first());
      } else {
        notMet.add(name + " for " + span.map(DaySpan::days).orElse(0L) + " days (" + days + " required)");
      }
    }
    if (!missing.isEmpty()) {
      return Finding.missing(() -> String.join("; ", missing));
    }
    return notMet.isEmpty() ? Trials.noneOf(ctx, words)
        : Finding.notMet(() -> String.join("; ", notMet));
  }

  /**
   * "Tried at least one prescription topical corticosteroid of {@code potencies}, applied daily for
   * at least {@code days} consecutive days, with inadequate efficacy."
   */
  static Criterion topicalSteroidTrial(String id, Set<TopicalSteroidPotency> potencies, int days, String potencyWords) {
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
            Optional<DaySpan> span = DaySpan.of(trial, ctx.asOf());
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
              notMet.add(name + " applied " + span.map(DaySpan::days).orElse(0L) + " days (" + days + " required)");
            } else if (trial.outcome() == TrialOutcome.ONGOING) {
              missing.add(name + " in use for " + span.get().days() + " days; its efficacy not documented");
            } else {
              return Finding.met(() -> name + ": inadequate efficacy after " + span.get().days() + " consecutive days");
            }
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          return notMet.isEmpty() ? NO_TOPICAL_STEROID_TRIAL.of(ctx)
              : Finding.notMet(() -> String.join("; ", notMet));
        });
  }

  // ---------------------------------------------------------------- shared clauses: exacerbations, findings

  static Criterion noSecondaryCause(String id, String text, String disease) {
    return Criterion.check(id, text)
        .documents(SECONDARY_CAUSE_ASSESSMENT)
        .whenNotMet("A secondary cause of the " + disease + " is documented.",
            "Treat or manage the secondary cause; coverage is for " + disease + " without a secondary cause.")
        .whenMissing("The work-up for secondary causes is not documented.",
            "Document that secondary causes (other diseases, medications) were considered and none was found.")
        .by(ctx -> {
          Optional<Boolean> cause = ClinicalFindings.documented(ctx, ClinicalFindingKind.SECONDARY_CAUSE);
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
  static Criterion symptomFor(String id, String text, ClinicalFindingKind kind, int days, boolean strictly,
      String durationWords) {
    String symptom = words(kind);
    return Criterion.check(id, text)
        .documents(SYMPTOM_HISTORY)
        .whenNotMet("The documented " + symptom + " has lasted less than " + durationWords + ".",
            "Re-request once the " + symptom + " has lasted " + durationWords + ", documenting when it began.")
        .whenMissing("When the " + symptom + " began is not documented.",
            "Document the " + symptom + " and the date it began.")
        .by(ctx -> {
          Optional<ClinicalFinding> finding = ClinicalFindings.earliestPresent(ctx, kind);
          if (finding.isEmpty()) {
            return ClinicalFindings.documented(ctx, kind).isPresent() ? Finding.notMet(() -> capitalised(symptom) + " documented absent")
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

  static Criterion responded(String id, Set<ResponseMarker> accepted, boolean perPrescriber, String examples) {
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

  // ---------------------------------------------------------------- small helpers

  static String words(ClinicalFindingKind kind) {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Milligrams of the drug equal to 5 mg of prednisone, if the drug is in the table. */
  static Optional<BigDecimal> mgEqualTo5MgPrednisone(Drug drug) {
    for (String word : DrugNames.words(drug)) {
      BigDecimal equalTo5 = MG_EQUAL_TO_5_MG_PREDNISONE.get(word);
      if (equalTo5 != null) {
        return Optional.of(equalTo5);
      }
    }
    return Optional.empty();
  }

  static boolean isOralCorticosteroid(Drug drug) {
    if (!isSystemicCorticosteroid(drug)) {
      return false;
    }
    if (drug.form().isPresent()) {
      return ORAL_FORMS.contains(drug.form().get());
    }
    return !DrugNames.mentionsAny(drug, INJECTABLE_MARKERS) && !DrugNames.mentionsAny(drug, OTHER_SYSTEMIC_CORTICOSTEROIDS);
  }

  static boolean isSystemicCorticosteroid(Drug drug) {
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

  static Criterion diagnosis(String id, String text, String wanted, Check check) {
    return Diagnoses.of(id, text, wanted, check).build();
  }

  static Finding coded(EvaluationContext ctx, Predicate<Icd10Code> matches, String wanted, Icd10Code... wantedCodes) {
    return Diagnoses.codedFinding(ctx, matches, wanted, wantedCodes);
  }

  static Criterion prescribedBy(String id, Set<Specialty> accepted, String whom) {
    return Prescribers.prescribedBy(id, accepted, whom).build();
  }

  static Criterion exacerbations(String id, String text, int needed, Predicate<Flare> counts, String words) {
    return Events.atLeast(id, text, needed, Period.ofYears(1), counts, words)
        .documents(EXACERBATION_HISTORY)
        .whenNotMet("Fewer than " + needed + " " + words + " in the previous year are documented.",
            "Document each exacerbation in the past 12 months with its date and treatment (systemic corticosteroid,"
                + " hospitalization, emergency or urgent care).")
        .whenMissing("The exacerbation history is not documented.",
            "Attach notes or claims for the exacerbations of the past 12 months, with dates and treatment.")
        .build();
  }

  static Criterion attestation(String id, String text, ClinicalFindingKind kind, DocumentRequirement document,
      String words) {
    return ClinicalFindings.documented(id, text, kind, words).documents(document).build();
  }

  static Criterion dupixentReceived(String id, int months) {
    return RequestedDrug.monthsOn(id, "Dupixent", drug -> DrugNames.mentionsAny(drug, DUPIXENT), months).build();
  }
}
