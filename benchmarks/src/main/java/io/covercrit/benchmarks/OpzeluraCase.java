package io.covercrit.benchmarks;

import io.covercrit.cigna.opzelura.OpzeluraIp0369;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.DosageForm;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Prescriber;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The three Opzelura requests the benchmarks evaluate, one per kind of outcome, after the samples
 * in {@code examples/requests/}. Each knows the outcome it must produce, so a benchmark that
 * measured the wrong path fails its setup (also in the CI smoke run).
 */
public enum OpzeluraCase {
  /** Atopic dermatitis, every clause met: the longest path (checklist of met evidence, approval). */
  APPROVABLE(Outcome.MEETS_CRITERIA),
  /** Nonsegmental vitiligo on 14% of the body surface (limit 10%): one clause NOT_MET. */
  NOT_MET(Outcome.DOES_NOT_MEET_CRITERIA),
  /** Atopic dermatitis with dupilumab still in use: the biologic exclusion applies. */
  EXCLUDED(Outcome.NOT_COVERED);

  /** The as-of date of every benchmark evaluation. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  private final Outcome expected;

  OpzeluraCase(Outcome expected) {
    this.expected = expected;
  }

  public Outcome expected() {
    return expected;
  }

  /** The request, with {@code requestId} as its reference. */
  public CoverageRequest request(String requestId) {
    switch (this) {
      case APPROVABLE:
        return atopicDermatitis(requestId, new BigDecimal("12"))
            .addTherapyTrials(
                trial(steroid("triamcinolone acetonide 0.1% cream", "triamcinolone", TopicalSteroidPotency.MEDIUM),
                    "2026-06-01", "2026-06-28", TrialOutcome.FAILED),
                trial(tacrolimusOintment(), "2026-07-01", "2026-08-11", TrialOutcome.FAILED))
            .build();
      case NOT_MET:
        return CoverageRequest.builder()
            .requestId(requestId)
            .policyId(OpzeluraIp0369.POLICY_ID)
            .requestDate(AS_OF)
            .requestedDrug(opzelura())
            .patient(Patient.builder().birthDate(LocalDate.of(1994, 7, 2)).build())
            .addDiagnoses(Diagnosis.builder().code(Icd10Code.of("L80")).subtype(DiagnosisSubtype.NONSEGMENTAL).build())
            .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("14"))
                .addSites(BodySite.HANDS, BodySite.FACE).assessedOn(LocalDate.of(2026, 11, 12)).build())
            .addTherapyTrials(
                trial(steroid("clobetasol propionate 0.05% cream", null, TopicalSteroidPotency.SUPER_HIGH),
                    "2026-03-01", "2026-05-23", TrialOutcome.FAILED),
                trial(tacrolimusOintment(), "2026-06-01", "2026-08-23", TrialOutcome.FAILED))
            .prescriber(Prescriber.builder().addSpecialties(Specialty.DERMATOLOGY).build())
            .jurisdiction(Jurisdiction.CA)
            .planType(PlanType.FULLY_INSURED_COMMERCIAL)
            .build();
      default:
        return atopicDermatitis(requestId, new BigDecimal("6"))
            .addTherapyTrials(
                trial(Drug.builder().name("Elidel 1% cream").activeIngredient("pimecrolimus").form(DosageForm.CREAM).build(),
                    "2026-04-01", "2026-05-31", TrialOutcome.FAILED),
                trial(Drug.builder().name("Dupixent 300 mg").activeIngredient("dupilumab")
                        .form(DosageForm.SUBCUTANEOUS_INJECTION).drugClass(DrugClass.BIOLOGIC).build(),
                    "2025-09-01", null, TrialOutcome.ONGOING))
            .build();
    }
  }

  private static CoverageRequest.Builder atopicDermatitis(String requestId, BigDecimal bsaPercent) {
    return CoverageRequest.builder()
        .requestId(requestId)
        .policyId(OpzeluraIp0369.POLICY_ID)
        .requestDate(AS_OF)
        .requestedDrug(opzelura())
        .patient(Patient.builder().birthDate(LocalDate.of(2010, 3, 15)).memberId("U1234567801").build())
        .addDiagnoses(Diagnosis.builder().code(Icd10Code.of("L20.9")).severity(DiseaseSeverity.MODERATE).build())
        .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(bsaPercent)
            .addSites(BodySite.ARMS, BodySite.LEGS).assessedOn(LocalDate.of(2026, 11, 10)).build())
        .prescriber(Prescriber.builder().addSpecialties(Specialty.DERMATOLOGY).build())
        .jurisdiction(Jurisdiction.NC)
        .planType(PlanType.FULLY_INSURED_COMMERCIAL);
  }

  private static Drug opzelura() {
    return Drug.builder().name("Opzelura").activeIngredient("ruxolitinib").strength("1.5%").form(DosageForm.CREAM).build();
  }

  private static Drug steroid(String name, String ingredient, TopicalSteroidPotency potency) {
    Drug.Builder drug = Drug.builder().name(name).form(DosageForm.CREAM)
        .drugClass(DrugClass.TOPICAL_CORTICOSTEROID).potency(potency);
    if (ingredient != null) {
      drug.activeIngredient(ingredient);
    }
    return drug.build();
  }

  private static Drug tacrolimusOintment() {
    return Drug.builder().name("Protopic 0.1% ointment").activeIngredient("tacrolimus").form(DosageForm.OINTMENT)
        .drugClass(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR).build();
  }

  private static TherapyTrial trial(Drug drug, String start, String end, TrialOutcome outcome) {
    TherapyTrial.Builder trial = TherapyTrial.builder().drug(drug).outcome(outcome).start(LocalDate.parse(start));
    if (end != null) {
      trial.end(LocalDate.parse(end));
    }
    return trial.build();
  }
}
