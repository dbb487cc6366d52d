package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.EOSINOPHIL_COUNT;
import static io.covercrit.cigna.internal.CignaDocuments.EXACERBATION_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.INHALED_THERAPY_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.SECONDARY_CAUSE_ASSESSMENT;
import static io.covercrit.cigna.internal.CignaDocuments.TOPICAL_STEROID_HISTORY;

import io.covercrit.core.clauses.ClauseBuilder;
import io.covercrit.core.clauses.CombinedUse;
import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.clauses.Events;
import io.covercrit.core.clauses.FindingHistory;
import io.covercrit.core.clauses.LabRoutes;
import io.covercrit.core.clauses.RequestedDrug;
import io.covercrit.core.clauses.Responses;
import io.covercrit.core.clauses.StrictTrials;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.DocumentRequirement;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IP0453: the codes, drug catalogues, response markers and clauses several indications share.
 */
final class DupixentClauses {
  private DupixentClauses() {}

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

  /** Forms an inhaled drug may be recorded with (nebuliser solutions included). */
  static final Set<DosageForm> INHALED_FORMS = Set.of(DosageForm.INHALER, DosageForm.SOLUTION, DosageForm.OTHER);

  // ---------------------------------------------------------------- response markers

  static final Set<ResponseMarker> ASTHMA_RESPONSE = Set.of(ResponseMarker.EXACERBATIONS, ResponseMarker.SYMPTOMS,
      ResponseMarker.HOSPITALIZATIONS, ResponseMarker.EMERGENCY_OR_URGENT_CARE_VISITS,
      ResponseMarker.CORTICOSTEROID_USE, ResponseMarker.LUNG_FUNCTION, ResponseMarker.OTHER_THERAPY_USE,
      ResponseMarker.OTHER);
  static final Set<ResponseMarker> AD_RESPONSE = Set.of(ResponseMarker.ERYTHEMA,
      ResponseMarker.INDURATION_PAPULATION_EDEMA, ResponseMarker.PRURITUS, ResponseMarker.BODY_SURFACE_AREA,
      ResponseMarker.EXCORIATIONS, ResponseMarker.LICHENIFICATION, ResponseMarker.EASI, ResponseMarker.IGA,
      ResponseMarker.OTHER_THERAPY_USE, ResponseMarker.SYMPTOMS, ResponseMarker.OTHER);
  static final Set<ResponseMarker> CRSWNP_RESPONSE = Set.of(ResponseMarker.NASAL_POLYP_SIZE,
      ResponseMarker.NASAL_CONGESTION, ResponseMarker.SINUS_OPACIFICATION, ResponseMarker.SENSE_OF_SMELL,
      ResponseMarker.SYMPTOMS, ResponseMarker.CORTICOSTEROID_USE, ResponseMarker.OTHER);
  static final Set<ResponseMarker> EOE_RESPONSE = Set.of(ResponseMarker.TISSUE_EOSINOPHILS, ResponseMarker.DYSPHAGIA,
      ResponseMarker.FOOD_IMPACTIONS);
  static final Set<ResponseMarker> PN_RESPONSE = Set.of(ResponseMarker.LESION_COUNT, ResponseMarker.PRURITUS,
      ResponseMarker.LESION_SIZE);
  static final Set<ResponseMarker> COPD_RESPONSE = Set.of(ResponseMarker.SYMPTOMS, ResponseMarker.EXACERBATIONS,
      ResponseMarker.HOSPITALIZATIONS, ResponseMarker.EMERGENCY_OR_URGENT_CARE_VISITS, ResponseMarker.LUNG_FUNCTION);
  // "Less urticaria" is fewer or smaller hives said in one word.
  static final Set<ResponseMarker> CSU_RESPONSE = Set.of(ResponseMarker.PRURITUS, ResponseMarker.LESION_COUNT,
      ResponseMarker.LESION_SIZE, ResponseMarker.URTICARIA);
  static final Set<ResponseMarker> BP_RESPONSE = Set.of(ResponseMarker.BODY_SURFACE_AREA, ResponseMarker.LESION_COUNT,
      ResponseMarker.URTICARIA, ResponseMarker.ERYTHEMA, ResponseMarker.CORTICOSTEROID_USE);

  static final Set<ClinicalFindingKind> NASAL_SYMPTOMS = Set.of(ClinicalFindingKind.NASAL_CONGESTION,
      ClinicalFindingKind.NASAL_OBSTRUCTION, ClinicalFindingKind.NASAL_DISCHARGE, ClinicalFindingKind.REDUCED_OR_LOST_SMELL);
  static final Set<ClinicalFindingKind> NASAL_POLYP_CONFIRMATIONS = Set.of(
      ClinicalFindingKind.NASAL_POLYPS_ON_EXAMINATION, ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY,
      ClinicalFindingKind.NASAL_POLYPS_ON_SINUS_CT);
  static final Set<BodySite> PN_SITES = Set.of(BodySite.ARMS, BodySite.LEGS, BodySite.TRUNK);

  // ---------------------------------------------------------------- shared clauses: eosinophils

  /** Blood eosinophils in cells/µL: within the previous 6 weeks, or before an eosinophil-lowering antibody. */
  static final LabRoutes.Lab EOSINOPHILS = LabRoutes.Lab.of(Analyte.BLOOD_EOSINOPHILS, Unit.CELLS_PER_MICROLITER,
      " cells/µL", "blood eosinophil count", "eosinophil count", "(cells/µL or ×10⁹/L)", EOSINOPHIL_WINDOW_DAYS,
      "6 weeks", drug -> DrugNames.mentionsAny(drug, EOSINOPHIL_LOWERING_ANTIBODIES), "eosinophil-lowering antibody");

  static Criterion eosinophils(String id, BigDecimal threshold, LabRoutes.Route route, String text) {
    String count = threshold.toPlainString() + " cells/µL";
    return LabRoutes.atLeast(id, text, EOSINOPHILS, threshold, route)
        .documents(EOSINOPHIL_COUNT)
        .whenNotMet("The documented blood eosinophil count is below " + count + ".",
            route == LabRoutes.Route.BEFORE_DRUG
                ? "Attach the count from before the antibody was started if it was " + count + " or more."
                : "Repeat the blood eosinophil count, or attach the count from before an eosinophil-lowering antibody was"
                    + " started, if it was " + count + " or more.")
        .whenMissing("No qualifying blood eosinophil count is documented.",
            "Attach a dated blood eosinophil count (cells/µL or ×10⁹/L) from the previous 6 weeks, or from before Dupixent"
                + " or another eosinophil-lowering antibody was started.")
        .build();
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

  static final CombinedUse.Parts<Component> PARTS = CombinedUse.Parts.of(DupixentClauses::components, c -> c.words);

  /**
   * "At least 3 consecutive months of" the {@code required} drugs used together; with
   * {@code icsContraindicated}, an inhaled corticosteroid must also be documented as contraindicated.
   */
  static Criterion controllerTherapy(String id, String text, Set<Component> required, boolean icsContraindicated) {
    String names = PARTS.words(required);
    ClauseBuilder clause = icsContraindicated ? CombinedUse.togetherWithContraindicated(id, text, PARTS, required,
        CONTROLLER_MONTHS, Component.ICS, "inhaled corticosteroids")
        : CombinedUse.together(id, text, PARTS, required, CONTROLLER_MONTHS);
    return clause
        .documents(INHALED_THERAPY_HISTORY)
        .whenNotMet(names + " used together for 3 consecutive months" + (icsContraindicated
                ? ", with an inhaled corticosteroid contraindicated," : "") + " is not documented.",
            "Document the " + names + " (products, start and stop dates) used together for at least 3 consecutive months"
                + (icsContraindicated ? ", and the contraindication to inhaled corticosteroids." : "."))
        .whenMissing("The maintenance inhaler history is not documented.",
            "Attach pharmacy claims or prescription records for each " + names + " with start and stop dates.")
        .build();
  }

  /** Still using drugs that together provide every one of {@code required} (medication list or trials in use). */
  static Criterion stillOn(String id, String text, Set<Component> required, String words,
      DocumentRequirement history) {
    return CombinedUse.stillUsing(id, text, PARTS, required, words, "Dupixent").documents(CURRENT_MEDICATIONS, history)
        .build();
  }

  /**
   * "Tried at least one prescription topical corticosteroid of {@code potencies}, applied daily for
   * at least {@code days} consecutive days, with inadequate efficacy."
   */
  static Criterion topicalSteroidTrial(String id, Set<TopicalSteroidPotency> potencies, int days, String potencyWords) {
    return StrictTrials.inadequateEfficacy(id, drug -> drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID),
        "topical corticosteroid", potencies, potencyWords, days, "digest").documents(TOPICAL_STEROID_HISTORY).build();
  }

  // ---------------------------------------------------------------- shared clauses: exacerbations, findings

  static Criterion noSecondaryCause(String id, String text, String disease) {
    return FindingHistory.absent(id, text, ClinicalFindingKind.SECONDARY_CAUSE, "Secondary causes not documented",
            "Secondary cause documented", "No secondary cause found")
        .documents(SECONDARY_CAUSE_ASSESSMENT)
        .whenNotMet("A secondary cause of the " + disease + " is documented.",
            "Treat or manage the secondary cause; coverage is for " + disease + " without a secondary cause.")
        .whenMissing("The work-up for secondary causes is not documented.",
            "Document that secondary causes (other diseases, medications) were considered and none was found.")
        .build();
  }

  // ---------------------------------------------------------------- reauthorization clauses

  static Criterion responded(String id, Set<ResponseMarker> accepted, boolean perPrescriber, String examples) {
    String text = perPrescriber
        ? "Patient has responded to Dupixent, as determined by the prescriber (for example: " + examples + ")"
        : "Patient has experienced a beneficial clinical response, shown by ONE of: " + examples;
    return Responses.documented(id, "Dupixent", accepted, examples).text(text)
        .whenNotMet("No beneficial response to Dupixent of the kind the policy lists is documented.",
            "Document the improvement since starting Dupixent (" + examples + "), compared with baseline, with dates.")
        .build();
  }

  // ---------------------------------------------------------------- small helpers

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
      return drug.form().get().isOral();
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
    if (drug.form().isPresent() && !drug.form().get().isSystemic()) {
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

  static Criterion dupixentReceived(String id, int months) {
    return RequestedDrug.monthsOn(id, "Dupixent", drug -> DrugNames.mentionsAny(drug, DUPIXENT), months).build();
  }
}
