package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.PERIODIC_FEVER_CONFIRMATION;

import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.DiagnosisSubtypes;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * IP0235: the ICD-10-CM codes of the six indications and the diagnosis checks the pathways and the
 * Conditions Not Covered share: a code checked against the code set, a covered indication, a code
 * (E85.0-E85.2, M04.9) that may stand for a periodic fever without naming it, and the periodic fever
 * diagnosis (M04.1 with the syndrome documented).
 */
final class IlarisDiagnosisClauses {
  static final Icd10Code PERIODIC_FEVER_SYNDROMES = Icd10Code.of("M04.1");
  static final Icd10Code CAPS = Icd10Code.of("M04.2");
  static final Icd10Code UNSPECIFIED_AUTOINFLAMMATORY = Icd10Code.of("M04.9");
  static final Icd10Code ADULT_ONSET_STILLS = Icd10Code.of("M06.1");
  private static final Icd10Code SYSTEMIC_JIA = Icd10Code.of("M08.2");
  static final Icd10Code GOUT = Icd10Code.of("M10");
  static final Icd10Code CHRONIC_GOUT = Icd10Code.of("M1A");
  static final Icd10Code FMF_AMYLOIDOSIS = Icd10Code.of("E85.0");
  private static final List<Icd10Code> HEREDOFAMILIAL_AMYLOIDOSIS =
      List.of(Icd10Code.of("E85.0"), Icd10Code.of("E85.1"), Icd10Code.of("E85.2"));

  private IlarisDiagnosisClauses() {}

  private static boolean isHeredofamilialAmyloidosis(Diagnosis d) {
    return HEREDOFAMILIAL_AMYLOIDOSIS.stream().anyMatch(d.code()::isWithin);
  }

  static boolean isStills(Icd10Code code) {
    return code.isWithin(ADULT_ONSET_STILLS) || code.isWithin(SYSTEMIC_JIA);
  }

  /** A code that names one of the six indications (E85.0 only with the periodic fever documented). */
  static boolean isCoveredIndication(Diagnosis d) {
    return d.code().isWithin(PERIODIC_FEVER_SYNDROMES) || d.code().isWithin(CAPS) || isStills(d.code())
        || d.code().isWithin(GOUT) || d.code().isWithin(CHRONIC_GOUT)
        || (d.code().isWithin(FMF_AMYLOIDOSIS) && d.subtype().isPresent());
  }

  /**
   * A code that may stand for a covered periodic fever without naming it, when no code names one:
   * heredofamilial amyloidosis (E85.0-E85.2, which a patient guide gives for CAPS) or an
   * unspecified autoinflammatory syndrome (M04.9).
   */
  static Optional<Diagnosis> unnamedSyndrome(EvaluationContext ctx) {
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

  static Finding unnamedSyndromeFinding(Icd10Code code) {
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

  /** M04.1 (or E85.0 for FMF) with the syndrome documented as a subtype, which the code cannot say. */
  static Criterion periodicFeverDiagnosis(String id, DiagnosisSubtype wanted, String name) {
    boolean fmf = wanted == DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER;
    return Criterion.check(id, "Diagnosis of " + name + " (ICD-10-CM M04.1" + (fmf ? ", or E85.0 for FMF-related amyloidosis" : "")
            + ", with the syndrome documented)")
        .documents(DIAGNOSIS_NOTES, PERIODIC_FEVER_CONFIRMATION)
        .whenNotMet("The request is not for " + name + ".",
            "Submit under the pathway that matches the diagnosis, or document " + name + ".")
        .whenMissing("The diagnosis is not documented.",
            "Attach the specialist note with the " + name + " diagnosis and its ICD-10-CM code (M04.1).")
        .by(ctx -> {
          Predicate<Diagnosis> candidate = d -> d.code().isWithin(PERIODIC_FEVER_SYNDROMES)
              || fmf && d.code().isWithin(FMF_AMYLOIDOSIS);
          Optional<Finding> coding = Diagnoses.codingProblem(ctx, candidate, name + " (M04.1)", dx -> dx.code()
              .isWithin(PERIODIC_FEVER_SYNDROMES) ? "M04.1 (periodic fever syndromes: FMF, TRAPS, HIDS/MKD) has no subcodes:"
                  + " submit M04.1 with the syndrome documented; for Still's disease submit M08.2- (systemic JIA) or M06.1"
                  + " (adult-onset)." : Diagnoses.CORRECT_INVALID_CODE);
          if (coding.isPresent() && coding.get().status() == Status.NOT_MET) {
            return unnamedSyndrome(ctx).filter(d -> d.code().isWithin(UNSPECIFIED_AUTOINFLAMMATORY))
                .map(d -> unnamedSyndromeFinding(d.code())).orElse(coding.get());
          }
          if (coding.isPresent()) {
            return coding.get();
          }
          return DiagnosisSubtypes.finding(ctx, candidate, wanted, d -> name
              + (d.code().isWithin(FMF_AMYLOIDOSIS) ? " (FMF-related amyloidosis; FMF itself is M04.1)" : ""),
              d -> Finding.missing(() -> d.code() + ": which periodic fever syndrome is not documented")
                  .because("ICD-10-CM " + d.code() + " does not tell FMF, TRAPS and HIDS/MKD apart, and the"
                          + " syndrome is not documented.",
                      "Document the syndrome (FMF, TRAPS or HIDS/MKD) with the specialist note or the genetic test report."));
        });
  }
}
