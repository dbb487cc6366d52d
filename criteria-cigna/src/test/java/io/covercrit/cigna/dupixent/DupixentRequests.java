package io.covercrit.cigna.dupixent;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test requests: one approvable initial request per indication, evaluated as of 2026-11-24, and
 * the parts the tests vary. Each approvable case sits on the edge of as few thresholds as
 * possible; the table tests move one fact at a time across each edge.
 */
final class DupixentRequests {
  private DupixentRequests() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  static final Drug DUPIXENT = Drug.builder().name("Dupixent 300 mg/2 mL pen").activeIngredient("dupilumab")
      .form(DosageForm.SUBCUTANEOUS_INJECTION).drugClass(DrugClass.BIOLOGIC).build();
  static final Drug FLUTICASONE_HFA = Drug.builder().name("fluticasone propionate HFA 220 mcg").form(DosageForm.INHALER)
      .drugClass(DrugClass.INHALED_CORTICOSTEROID).build();
  static final Drug MONTELUKAST = Drug.builder().name("montelukast 10 mg").form(DosageForm.TABLET)
      .drugClass(DrugClass.ASTHMA_CONTROLLER).build();
  static final Drug SYMBICORT = Drug.named("Symbicort 160/4.5 (budesonide/formoterol)");
  static final Drug TRELEGY = Drug.named("Trelegy Ellipta");
  static final Drug ANORO = Drug.named("Anoro Ellipta (umeclidinium/vilanterol)");
  static final Drug FLONASE = Drug.named("Flonase (fluticasone propionate nasal spray)");
  static final Drug PREDNISONE = Drug.builder().name("prednisone").form(DosageForm.TABLET)
      .drugClass(DrugClass.SYSTEMIC_CORTICOSTEROID).build();
  static final Drug OMEPRAZOLE = Drug.named("omeprazole 20 mg");
  static final Drug CETIRIZINE = Drug.named("cetirizine 10 mg");

  static TherapyTrial trial(Drug drug, String start, String end, TrialOutcome outcome) {
    TherapyTrial.Builder trial = TherapyTrial.builder().drug(drug).outcome(outcome);
    if (start != null) {
      trial.start(LocalDate.parse(start));
    }
    if (end != null) {
      trial.end(LocalDate.parse(end));
    }
    return trial.build();
  }

  static TherapyTrial ongoing(Drug drug, String start) {
    return trial(drug, start, null, TrialOutcome.ONGOING);
  }

  /** An oral corticosteroid course at {@code mgPerDay}, still in use. */
  static TherapyTrial corticosteroid(Drug drug, String mgPerDay, String start, String end) {
    return TherapyTrial.builder().from(trial(drug, start, end, end == null ? TrialOutcome.ONGOING : TrialOutcome.FAILED))
        .dailyDose(Quantity.of(mgPerDay, Unit.MILLIGRAMS_PER_DAY)).build();
  }

  static TherapyTrial dupixentSince(String start) {
    return ongoing(DUPIXENT, start);
  }

  static Drug topicalSteroid(TopicalSteroidPotency potency) {
    Drug.Builder drug = Drug.builder().name("topical corticosteroid").form(DosageForm.OINTMENT)
        .drugClass(DrugClass.TOPICAL_CORTICOSTEROID);
    if (potency != null) {
      drug.potency(potency);
    }
    return drug.build();
  }

  static LabResult lab(Analyte analyte, String value, Unit unit, String date) {
    return LabResult.builder().analyte(analyte).value(Quantity.of(value, unit)).date(LocalDate.parse(date)).build();
  }

  static LabResult eosinophils(String cellsPerMicroliter, String date) {
    return lab(Analyte.BLOOD_EOSINOPHILS, cellsPerMicroliter, Unit.CELLS_PER_MICROLITER, date);
  }

  static Flare flare(String date, boolean systemicCorticosteroids, boolean hospitalized, boolean emergency) {
    return Flare.builder().date(LocalDate.parse(date)).systemicCorticosteroids(systemicCorticosteroids)
        .hospitalized(hospitalized).emergencyOrUrgentCare(emergency).build();
  }

  static ClinicalFinding finding(ClinicalFindingKind kind) {
    return ClinicalFinding.of(kind);
  }

  static ClinicalFinding absent(ClinicalFindingKind kind) {
    return ClinicalFinding.builder().kind(kind).present(false).build();
  }

  static ClinicalFinding since(ClinicalFindingKind kind, String since) {
    return ClinicalFinding.builder().kind(kind).since(LocalDate.parse(since)).build();
  }

  static ClinicalFinding counted(ClinicalFindingKind kind, int count, BodySite... sites) {
    return ClinicalFinding.builder().kind(kind).count(count).addSites(sites).build();
  }

  static ClinicalFinding hives(String since, Integer daysPerWeek) {
    ClinicalFinding.Builder hives = ClinicalFinding.builder().kind(ClinicalFindingKind.HIVES).since(LocalDate.parse(since));
    if (daysPerWeek != null) {
      hives.daysPerWeek(daysPerWeek);
    }
    return hives.build();
  }

  static Patient bornOn(String date) {
    return Patient.builder().birthDate(LocalDate.parse(date)).build();
  }

  static Prescriber prescriber(Specialty... specialties) {
    return Prescriber.builder().addSpecialties(specialties).build();
  }

  private static CoverageRequest.Builder base(String id, String code, Specialty specialty, String birthDate) {
    return CoverageRequest.builder()
        .requestId(id)
        .policyId(DupixentIp0453.POLICY_ID)
        .requestedDrug(DUPIXENT)
        .patient(Patient.builder().birthDate(LocalDate.parse(birthDate)).memberId("MBR-556677").build())
        .addDiagnoses(Diagnosis.of(code))
        .prescriber(prescriber(specialty));
  }

  /**
   * Severe persistent asthma, age 36, 320 cells/µL eosinophils 22 days ago, fluticasone since
   * January with montelukast since 1 May, two exacerbations treated with prednisone (one in the
   * emergency department), FEV1 68% predicted, FEV1/FVC 0.66, a pulmonologist prescribing.
   */
  static CoverageRequest.Builder asthma() {
    return base("asthma-approvable", "J45.50", Specialty.PULMONOLOGY, "1990-05-10")
        .addLabResults(
            eosinophils("320", "2026-11-02"),
            lab(Analyte.FEV1_PERCENT_PREDICTED, "68", Unit.PERCENT, "2026-10-20"),
            lab(Analyte.FEV1_FVC_RATIO, "0.66", Unit.RATIO, "2026-10-20"))
        .addTherapyTrials(ongoing(FLUTICASONE_HFA, "2026-01-05"), ongoing(MONTELUKAST, "2026-05-01"))
        .addConcurrentMedications(FLUTICASONE_HFA, MONTELUKAST)
        .addFlares(flare("2026-02-10", true, false, false), flare("2026-07-15", true, false, true));
  }

  /** Moderate atopic dermatitis, age 11, BSA 15%, a medium-potency corticosteroid failed after exactly 28 days. */
  static CoverageRequest.Builder atopicDermatitis() {
    return base("ad-approvable", "L20.9", Specialty.DERMATOLOGY, "2015-06-01")
        .diagnoses(java.util.List.of(Diagnosis.builder().code(Icd10Code.of("L20.9")).severity(DiseaseSeverity.MODERATE).build()))
        .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("15"))
            .addSites(BodySite.ARMS, BodySite.LEGS).build())
        .addTherapyTrials(trial(topicalSteroid(TopicalSteroidPotency.MEDIUM), "2026-06-01", "2026-06-28", TrialOutcome.FAILED));
  }

  /**
   * CRSwNP (J33.9 with J32.4), age 26, polyps on endoscopy, congestion and loss of smell for over
   * a year, Flonase since August and continued, a 5-day prednisone burst last December, an
   * otolaryngologist prescribing.
   */
  static CoverageRequest.Builder nasalPolyps() {
    return base("crswnp-approvable", "J33.9", Specialty.OTOLARYNGOLOGY, "2000-01-01")
        .addDiagnoses(Diagnosis.of("J32.4"))
        .addClinicalFindings(
            ClinicalFinding.builder().kind(ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY).observedOn(LocalDate.of(2026, 9, 1)).build(),
            since(ClinicalFindingKind.NASAL_CONGESTION, "2025-01-01"),
            since(ClinicalFindingKind.REDUCED_OR_LOST_SMELL, "2025-03-01"))
        .addTherapyTrials(ongoing(FLONASE, "2026-08-01"), corticosteroid(PREDNISONE, "40", "2025-12-01", "2025-12-05"))
        .addConcurrentMedications(FLONASE);
  }

  /**
   * Eosinophilic esophagitis, age 8, 24 kg, 40 eosinophils per high-power field, no secondary
   * cause, 92 days of omeprazole, an elimination diet tried, a gastroenterologist prescribing.
   */
  static CoverageRequest.Builder eosinophilicEsophagitis() {
    return base("eoe-approvable", "K20.0", Specialty.GASTROENTEROLOGY, "2018-01-01")
        .addLabResults(lab(Analyte.BODY_WEIGHT, "24", Unit.KILOGRAM, "2026-11-01"))
        .addClinicalFindings(
            counted(ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF, 40),
            absent(ClinicalFindingKind.SECONDARY_CAUSE),
            finding(ClinicalFindingKind.DIETARY_THERAPY_TRIED))
        .addTherapyTrials(trial(OMEPRAZOLE, "2026-06-01", "2026-08-31", TrialOutcome.FAILED));
  }

  /**
   * Prurigo nodularis, age 56, 24 nodules on arms and legs, itch since January, no secondary
   * cause, clobetasol (super-high potency) failed after exactly 14 days, a dermatologist.
   */
  static CoverageRequest.Builder prurigoNodularis() {
    return base("pn-approvable", "L28.1", Specialty.DERMATOLOGY, "1970-03-03")
        .addClinicalFindings(
            counted(ClinicalFindingKind.NODULAR_LESIONS, 24, BodySite.ARMS, BodySite.LEGS),
            since(ClinicalFindingKind.PRURITUS, "2026-01-01"),
            absent(ClinicalFindingKind.SECONDARY_CAUSE))
        .addTherapyTrials(trial(topicalSteroid(TopicalSteroidPotency.SUPER_HIGH), "2026-08-01", "2026-08-14",
            TrialOutcome.FAILED));
  }

  /**
   * COPD (J44.9), age 66, 350 cells/µL eosinophils, Trelegy (ICS + LABA + LAMA) since March, two
   * exacerbations treated with prednisone this year, a pulmonologist prescribing.
   */
  static CoverageRequest.Builder copd() {
    return base("copd-approvable", "J44.9", Specialty.PULMONOLOGY, "1960-02-14")
        .addLabResults(eosinophils("350", "2026-11-01"))
        .addTherapyTrials(ongoing(TRELEGY, "2026-03-01"))
        .addConcurrentMedications(TRELEGY)
        .addFlares(flare("2026-01-15", true, false, false), flare("2026-06-20", true, false, false));
  }

  /** Chronic spontaneous urticaria (L50.1), age 31, hives 5 days a week since June despite cetirizine, an allergist. */
  static CoverageRequest.Builder chronicSpontaneousUrticaria() {
    return base("csu-approvable", "L50.1", Specialty.ALLERGY, "1995-04-04")
        .addClinicalFindings(hives("2026-06-01", 5))
        .addTherapyTrials(ongoing(CETIRIZINE, "2026-06-15"));
  }

  /** Bullous pemphigoid (L12.0), age 76, a dermatologist prescribing. */
  static CoverageRequest.Builder bullousPemphigoid() {
    return base("bp-approvable", "L12.0", Specialty.DERMATOLOGY, "1950-07-07");
  }
}
