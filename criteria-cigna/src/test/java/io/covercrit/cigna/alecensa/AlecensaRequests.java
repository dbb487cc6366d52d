package io.covercrit.cigna.alecensa;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Test requests: an approvable case per pathway, and the parts to vary. */
final class AlecensaRequests {
  private AlecensaRequests() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  static final Drug ALECENSA = Drug.builder().name("Alecensa 150 mg capsule").activeIngredient("alectinib")
      .form(DosageForm.CAPSULE).drugClass(DrugClass.KINASE_INHIBITOR_ONCOLOGY).build();
  static final Drug CRIZOTINIB = Drug.builder().name("Xalkori").activeIngredient("crizotinib")
      .form(DosageForm.CAPSULE).drugClass(DrugClass.KINASE_INHIBITOR_ONCOLOGY).build();

  static Diagnosis nsclc(String code) {
    return Diagnosis.builder().code(Icd10Code.of(code)).subtype(DiagnosisSubtype.NON_SMALL_CELL).build();
  }

  static BiomarkerResult alk(BiomarkerStatus status, String method) {
    BiomarkerResult.Builder alk = BiomarkerResult.builder().biomarker("ALK").status(status).date(LocalDate.of(2026, 9, 15));
    if (method != null) {
      alk.method(method);
    }
    return alk.build();
  }

  static TumorStaging.Builder resected(String sizeCm, TumorStaging.NodalStatus nodes) {
    TumorStaging.Builder staging = TumorStaging.builder().resection(TumorStaging.Resection.R0).metastatic(false)
        .assessedOn(LocalDate.of(2026, 9, 10));
    if (sizeCm != null) {
      staging.primaryTumorSizeCm(new BigDecimal(sizeCm));
    }
    if (nodes != null) {
      staging.nodalStatus(nodes);
    }
    return staging;
  }

  static TherapyTrial alectinibSince(LocalDate start) {
    return TherapyTrial.builder().drug(ALECENSA).start(start).outcome(TrialOutcome.ONGOING).build();
  }

  static Patient bornOn(String date) {
    return Patient.builder().birthDate(LocalDate.parse(date)).build();
  }

  /**
   * Adjuvant: age 58, NSCLC of the right upper lobe (C34.11), completely resected (R0), 4.5 cm,
   * node-negative, stage IIA, ALK positive by IHC (D5F3), no alectinib yet, an oncologist.
   */
  static CoverageRequest.Builder adjuvant() {
    return CoverageRequest.builder()
        .requestId("alecensa-adjuvant")
        .policyId(AlecensaCnf494.POLICY_ID)
        .requestedDrug(ALECENSA)
        .patient(Patient.builder().birthDate(LocalDate.of(1968, 5, 10)).memberId("MBR-445566").build())
        .addDiagnoses(nsclc("C34.11"))
        .addBiomarkers(alk(BiomarkerStatus.POSITIVE, "IHC (VENTANA ALK (D5F3) CDx Assay)"))
        .tumorStaging(resected("4.5", TumorStaging.NodalStatus.N0).stage("IIA").build())
        .prescriber(Prescriber.builder().addSpecialties(Specialty.ONCOLOGY).build());
  }

  /**
   * Metastatic: age 52, NSCLC of the left upper lobe (C34.12) with brain metastases (C79.31),
   * stage IVB, ALK positive by FISH, no prior ALK inhibitor.
   */
  static CoverageRequest.Builder metastatic() {
    return CoverageRequest.builder()
        .requestId("alecensa-metastatic")
        .policyId(AlecensaCnf494.POLICY_ID)
        .requestedDrug(ALECENSA)
        .patient(bornOn("1974-02-02"))
        .addDiagnoses(nsclc("C34.12"), Diagnosis.of("C79.31"))
        .addBiomarkers(alk(BiomarkerStatus.POSITIVE, "FISH"))
        .tumorStaging(TumorStaging.builder().stage("IVB").metastatic(true).build())
        .prescriber(Prescriber.builder().addSpecialties(Specialty.ONCOLOGY).build());
  }
}
