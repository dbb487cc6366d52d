package io.covercrit.cigna.ilaris;

import io.covercrit.core.clauses.DrugNames;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IP0235: the drug sets the clauses recognise (Ilaris, colchicine, NSAIDs, systemic corticosteroids,
 * conventional DMARDs, urate-lowering therapy, biologics and targeted synthetic DMARDs, Still's
 * disease standard therapy), by drug class and by brand and generic name.
 */
final class IlarisDrugs {
  static final Predicate<Drug> ILARIS = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("ilaris", "canakinumab"));
  static final Predicate<Drug> COLCHICINE = DrugNames.classOrNamed(EnumSet.of(DrugClass.COLCHICINE),
      DrugNames.lowerCase("colchicine", "colcrys", "mitigare", "gloperba", "lodoco"));
  static final Predicate<Drug> NSAID = DrugNames.classOrNamed(EnumSet.of(DrugClass.NSAID), DrugNames.lowerCase("nsaid",
      "ibuprofen", "advil", "motrin", "naproxen", "aleve", "naprosyn", "anaprox", "indomethacin", "indocin", "tivorbex",
      "diclofenac", "voltaren", "cataflam", "meloxicam", "mobic", "celecoxib", "celebrex", "ketorolac", "etodolac",
      "nabumetone", "piroxicam", "feldene", "sulindac", "ketoprofen", "flurbiprofen", "oxaprozin", "daypro", "tolmetin"));
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
  static final Predicate<Drug> URATE_LOWERING = DrugNames.classOrNamed(EnumSet.of(DrugClass.URATE_LOWERING), DrugNames.lowerCase(
      "allopurinol", "zyloprim", "aloprim", "febuxostat", "uloric", "probenecid", "pegloticase", "krystexxa", "lesinurad",
      "zurampic", "duzallo"));
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

  private IlarisDrugs() {}

  static boolean isSystemicCorticosteroid(Drug drug) {
    if (drug.isOfClass(DrugClass.SYSTEMIC_CORTICOSTEROID) || DrugNames.mentionsAny(drug, SYSTEMIC_CORTICOSTEROIDS)) {
      return true;
    }
    // Triamcinolone, hydrocortisone and betamethasone are also creams: systemic only by form.
    boolean systemicForm = drug.form().map(DosageForm::isSystemic).orElse(false);
    return systemicForm && !drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID)
        && DrugNames.mentionsAny(drug, CORTICOSTEROIDS_ALSO_TOPICAL);
  }

  private static boolean isConventionalDmard(Drug drug) {
    if (drug.isOfClass(DrugClass.DMARD) || drug.isOfClass(DrugClass.SYSTEMIC_IMMUNOSUPPRESSANT)) {
      return true;
    }
    // A DMARD in a form that does not reach the whole body is topical.
    boolean topical = drug.form().map(f -> !f.isSystemic()).orElse(false);
    return !topical && !drug.isOfClass(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR)
        && DrugNames.mentionsAny(drug, CONVENTIONAL_DMARDS);
  }

  static boolean isBiologicOrTargetedSynthetic(Drug drug) {
    if (ILARIS.test(drug) || DrugNames.mentionsAny(drug, BIOLOGIC_URATE_LOWERING)
        || drug.isOfClass(DrugClass.URATE_LOWERING)) {
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

  /** Still's disease standard therapy (5.B): an NSAID, a systemic corticosteroid, a conventional DMARD or a biologic. */
  static boolean isStillsStandardTherapy(Drug drug) {
    return NSAID.test(drug) || isSystemicCorticosteroid(drug) || isConventionalDmard(drug)
        || isBiologicOrTargetedSynthetic(drug);
  }
}
