package io.covercrit.cigna.opzelura;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Test requests: an approvable case per pathway, and the parts to vary. */
final class OpzeluraRequests {
  private OpzeluraRequests() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  static Drug steroid(TopicalSteroidPotency potency) {
    Drug.Builder drug = Drug.builder()
        .name("triamcinolone acetonide 0.1% cream")
        .activeIngredient("triamcinolone")
        .form(DosageForm.CREAM)
        .drugClass(DrugClass.TOPICAL_CORTICOSTEROID);
    if (potency != null) {
      drug.potency(potency);
    }
    return drug.build();
  }

  static final Drug MEDIUM_STEROID = steroid(TopicalSteroidPotency.MEDIUM);

  static final Drug TACROLIMUS_OINTMENT = Drug.builder()
      .name("Protopic (tacrolimus 0.1% ointment)")
      .activeIngredient("tacrolimus")
      .form(DosageForm.OINTMENT)
      .drugClass(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR)
      .build();

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

  static TherapyTrial sampleTrial(Drug drug, String start, String end) {
    return TherapyTrial.builder().from(trial(drug, start, end, TrialOutcome.FAILED)).sample(true).build();
  }

  static SkinInvolvement skin(String bsaPercent, BodySite... sites) {
    SkinInvolvement.Builder skin = SkinInvolvement.builder().addSites(sites);
    if (bsaPercent != null) {
      skin.bodySurfaceAreaPercent(new BigDecimal(bsaPercent));
    }
    return skin.build();
  }

  static Prescriber prescriber(Specialty... specialties) {
    return Prescriber.builder().addSpecialties(specialties).build();
  }

  /**
   * Mild to moderate atopic dermatitis, age 16, BSA 12% on arms and legs, a medium-potency
   * corticosteroid failed after exactly 28 days (1-28 June), tacrolimus ointment failed after
   * exactly 42 days (1 July - 11 August), prescribed by a dermatologist.
   */
  static CoverageRequest.Builder atopicDermatitis() {
    return CoverageRequest.builder()
        .requestId("ad-approvable")
        .policyId(OpzeluraIp0369.POLICY_ID)
        .requestedDrug(Drug.builder().name("Opzelura").activeIngredient("ruxolitinib").form(DosageForm.CREAM).build())
        .patient(Patient.builder().birthDate(LocalDate.of(2010, 3, 15)).memberId("MBR-998877").build())
        .addDiagnoses(Diagnosis.builder().code(Icd10Code.of("L20.9")).severity(DiseaseSeverity.MODERATE).build())
        .skinInvolvement(skin("12", BodySite.ARMS, BodySite.LEGS))
        .addTherapyTrials(
            trial(MEDIUM_STEROID, "2026-06-01", "2026-06-28", TrialOutcome.FAILED),
            trial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-08-11", TrialOutcome.FAILED))
        .prescriber(prescriber(Specialty.DERMATOLOGY));
  }

  /**
   * Nonsegmental vitiligo, age 16, BSA 8% on hands, clobetasol failed after exactly 84 days,
   * tacrolimus ointment failed after exactly 84 days, prescribed by a dermatologist.
   */
  static CoverageRequest.Builder vitiligo() {
    return CoverageRequest.builder()
        .requestId("vitiligo-approvable")
        .policyId(OpzeluraIp0369.POLICY_ID)
        .requestedDrug(Drug.named("Opzelura"))
        .patient(Patient.builder().birthDate(LocalDate.of(2010, 3, 15)).build())
        .addDiagnoses(Diagnosis.builder().code(Icd10Code.of("L80")).subtype(DiagnosisSubtype.NONSEGMENTAL).build())
        .skinInvolvement(skin("8", BodySite.HANDS))
        .addTherapyTrials(
            trial(steroid(TopicalSteroidPotency.SUPER_HIGH), "2026-03-01", "2026-05-23", TrialOutcome.FAILED),
            trial(TACROLIMUS_OINTMENT, "2026-06-01", "2026-08-23", TrialOutcome.FAILED))
        .prescriber(prescriber(Specialty.DERMATOLOGY));
  }
}
