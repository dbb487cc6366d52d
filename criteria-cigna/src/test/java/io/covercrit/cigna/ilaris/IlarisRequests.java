package io.covercrit.cigna.ilaris;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.time.LocalDate;
import java.util.List;

/** Test requests: an approvable case per pathway, and the parts to vary. All dates relative to {@link #AS_OF}. */
final class IlarisRequests {
  private IlarisRequests() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  static final Drug ILARIS = Drug.builder().name("Ilaris 150 mg/mL").activeIngredient("canakinumab")
      .form(DosageForm.SUBCUTANEOUS_INJECTION).drugClass(DrugClass.BIOLOGIC).build();
  static final Drug COLCHICINE = Drug.builder().name("colchicine 0.6 mg").form(DosageForm.TABLET)
      .drugClass(DrugClass.COLCHICINE).build();
  static final Drug NAPROXEN = Drug.builder().name("naproxen 500 mg").form(DosageForm.TABLET).drugClass(DrugClass.NSAID).build();
  static final Drug PREDNISONE = Drug.builder().name("prednisone 40 mg").form(DosageForm.TABLET)
      .drugClass(DrugClass.SYSTEMIC_CORTICOSTEROID).build();
  static final Drug METHOTREXATE = Drug.builder().name("methotrexate").form(DosageForm.TABLET).drugClass(DrugClass.DMARD).build();
  static final Drug ALLOPURINOL = Drug.builder().name("allopurinol 300 mg").form(DosageForm.TABLET)
      .drugClass(DrugClass.URATE_LOWERING).build();
  static final Drug KINERET = Drug.named("Kineret (anakinra)");

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

  /** A CRP result; {@code upperLimit} in the same unit, or null for no reference range. */
  static LabResult crp(String value, Unit unit, String date, String upperLimit) {
    return crp(value, unit, date, upperLimit, unit);
  }

  static LabResult crp(String value, Unit unit, String date, String upperLimit, Unit limitUnit) {
    LabResult.Builder lab = LabResult.builder()
        .analyte(Analyte.C_REACTIVE_PROTEIN)
        .value(Quantity.of(value, unit))
        .date(LocalDate.parse(date));
    if (upperLimit != null) {
      lab.referenceRange(ReferenceRange.builder().high(Quantity.of(upperLimit, limitUnit)).build());
    }
    return lab.build();
  }

  static Flare flare(String date) {
    return Flare.builder().date(LocalDate.parse(date)).build();
  }

  static Flare hospitalizedFlare(String date) {
    return Flare.builder().date(LocalDate.parse(date)).hospitalized(true).build();
  }

  static Patient bornOn(String date) {
    return Patient.builder().birthDate(LocalDate.parse(date)).build();
  }

  static Prescriber prescriber(Specialty... specialties) {
    return Prescriber.builder().addSpecialties(specialties).build();
  }

  static Diagnosis diagnosis(String code, DiagnosisSubtype subtype) {
    return Diagnosis.builder().code(Icd10Code.of(code)).subtype(subtype).build();
  }

  static ResponseAssessment improved(ResponseMarker... markers) {
    return ResponseAssessment.builder().assessedOn(AS_OF).addImprovements(markers).build();
  }

  private static CoverageRequest.Builder base(String id) {
    return CoverageRequest.builder()
        .requestId(id)
        .policyId(IlarisIp0235.POLICY_ID)
        .requestedDrug(ILARIS)
        .prescriber(prescriber(Specialty.RHEUMATOLOGY));
  }

  /** CAPS (M04.2), age 11, rheumatologist. */
  static CoverageRequest.Builder caps() {
    return base("caps-approvable")
        .patient(Patient.builder().birthDate(LocalDate.of(2015, 5, 1)).memberId("MBR-424242").build())
        .addDiagnoses(Diagnosis.of("M04.2"));
  }

  /**
   * FMF (M04.1, documented as FMF), age 14, colchicine since 2024 and continuing, CRP 24 mg/L
   * three weeks ago, 3 flares on colchicine in the 3 months before the request, rheumatologist.
   */
  static CoverageRequest.Builder fmf() {
    return base("fmf-approvable")
        .patient(bornOn("2012-06-01"))
        .addDiagnoses(diagnosis("M04.1", DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER))
        .addTherapyTrials(trial(COLCHICINE, "2024-01-10", null, TrialOutcome.ONGOING))
        .addConcurrentMedications(COLCHICINE)
        .addLabResults(crp("24", Unit.MILLIGRAMS_PER_LITER, "2026-11-02", "5"))
        .addFlares(flare("2026-09-10"), flare("2026-10-08"), flare("2026-11-05"));
  }

  /**
   * FMF on Ilaris since 2026-07-01 (4 months and more), reauthorization: baseline CRP and 3 flares
   * in the 3 months before the first dose, an on-treatment CRP of 3 mg/L, fewer flares now.
   */
  static CoverageRequest.Builder fmfReauthorization() {
    return fmf()
        .requestId("fmf-reauthorization")
        .requestType(RequestType.REAUTHORIZATION)
        .addTherapyTrials(trial(ILARIS, "2026-07-01", null, TrialOutcome.ONGOING))
        .labResults(List.of(
            crp("24", Unit.MILLIGRAMS_PER_LITER, "2026-06-20", "5"),
            crp("3", Unit.MILLIGRAMS_PER_LITER, "2026-11-02", "5")))
        .flares(List.of(flare("2026-05-01"), flare("2026-05-20"), flare("2026-06-25")))
        .response(improved(ResponseMarker.FLARE_FREQUENCY, ResponseMarker.INFLAMMATORY_MARKERS));
  }

  /** Six flares over the 12 months before the request, every other month. */
  private static Flare[] sixFlaresInAYear() {
    return new Flare[] {flare("2026-01-05"), flare("2026-03-02"), flare("2026-05-04"), flare("2026-07-06"),
        flare("2026-09-07"), flare("2026-11-02")};
  }

  /** HIDS/MKD (M04.1, documented as MKD), age 7, CRP 30 mg/L, 6 flares in 12 months. */
  static CoverageRequest.Builder hids() {
    return base("hids-approvable")
        .patient(bornOn("2019-03-01"))
        .addDiagnoses(diagnosis("M04.1", DiagnosisSubtype.MEVALONATE_KINASE_DEFICIENCY))
        .addLabResults(crp("30", Unit.MILLIGRAMS_PER_LITER, "2026-11-02", "5"))
        .addFlares(sixFlaresInAYear());
  }

  /** TRAPS (M04.1, documented as TRAPS), adult, CRP 30 mg/L, 6 flares in 12 months. */
  static CoverageRequest.Builder traps() {
    return base("traps-approvable")
        .patient(bornOn("1990-01-01"))
        .addDiagnoses(diagnosis("M04.1", DiagnosisSubtype.TNF_RECEPTOR_ASSOCIATED_PERIODIC_SYNDROME))
        .addLabResults(crp("30", Unit.MILLIGRAMS_PER_LITER, "2026-11-02", "5"))
        .addFlares(sixFlaresInAYear());
  }

  /** Systemic JIA (M08.20), age 8, methotrexate failed, rheumatologist. */
  static CoverageRequest.Builder stills() {
    return base("stills-approvable")
        .patient(bornOn("2018-04-01"))
        .addDiagnoses(Diagnosis.of("M08.20"))
        .addTherapyTrials(trial(METHOTREXATE, "2026-03-01", "2026-08-31", TrialOutcome.FAILED));
  }

  /**
   * Gout (M10.071), age 60, 3 flares in the past 12 months, naproxen not tolerated, colchicine
   * ineffective, corticosteroids contraindicated (diabetes), on allopurinol, rheumatologist.
   */
  static CoverageRequest.Builder gout() {
    return base("gout-approvable")
        .patient(bornOn("1966-02-01"))
        .addDiagnoses(Diagnosis.of("M10.071"))
        .addFlares(flare("2026-02-10"), flare("2026-06-15"), flare("2026-11-20"))
        .addTherapyTrials(
            trial(NAPROXEN, "2025-03-01", "2025-03-05", TrialOutcome.INTOLERANT),
            trial(COLCHICINE, "2026-02-10", "2026-02-13", TrialOutcome.FAILED),
            trial(PREDNISONE, null, null, TrialOutcome.CONTRAINDICATED))
        .addConcurrentMedications(ALLOPURINOL);
  }

  /** Gout retreatment: one Ilaris dose on 2026-07-01 that helped, a new flare on 2026-11-20. */
  static CoverageRequest.Builder goutRetreatment() {
    return gout()
        .requestId("gout-retreatment")
        .addTherapyTrials(trial(ILARIS, "2026-07-01", "2026-07-01", TrialOutcome.EFFECTIVE));
  }
}
