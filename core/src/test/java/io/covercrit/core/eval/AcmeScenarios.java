package io.covercrit.core.eval;

import static io.covercrit.core.eval.AcmeTestPolicy.failedTrial;

import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Requests under the acme/T1 test policy that reach every outcome, both request types, and both
 * kinds of NEEDS_DOCUMENTATION (a pathway clause, the exclusion). For tests that compare
 * determinations made in different ways.
 */
public enum AcmeScenarios {
  MEETS(Outcome.MEETS_CRITERIA, () -> eczema()),
  NOT_MET_TOO_YOUNG(Outcome.DOES_NOT_MEET_CRITERIA, () -> eczema().patient(bornOn("2015-01-01"))),
  MISSING_BIRTH_DATE(Outcome.NEEDS_DOCUMENTATION, () -> eczema().patient(Patient.builder().build())),
  NOT_COVERED_BIOLOGIC(Outcome.NOT_COVERED, () -> eczema().addConcurrentMedications(
      Drug.builder().name("Otherumab").drugClass(DrugClass.BIOLOGIC).build())),
  MISSING_EXCLUSION(Outcome.NEEDS_DOCUMENTATION, () -> eczema().addConcurrentMedications(Drug.named("something unnamed"))),
  NO_COVERED_DIAGNOSIS(Outcome.DOES_NOT_MEET_CRITERIA, () -> eczema().diagnoses(List.of(Diagnosis.of("J45.50")))),
  REAUTHORIZATION_MEETS(Outcome.MEETS_CRITERIA, () -> eczema().requestType(RequestType.REAUTHORIZATION)
      .response(improved())),
  REAUTHORIZATION_MISSING_RESPONSE(Outcome.NEEDS_DOCUMENTATION, () -> eczema().requestType(RequestType.REAUTHORIZATION)),
  VITILIGO_REAUTHORIZATION(Outcome.MEETS_CRITERIA, () -> AcmeTestPolicy.request().requestType(RequestType.REAUTHORIZATION)
      .addDiagnoses(Diagnosis.of("L80")).response(improved())
      .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("5")).build()));

  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private final Outcome outcome;
  private final Supplier<CoverageRequest.Builder> request;

  AcmeScenarios(Outcome outcome, Supplier<CoverageRequest.Builder> request) {
    this.outcome = outcome;
    this.request = request;
  }

  /** The outcome the scenario is meant to reach; tests check it so a scenario cannot drift. */
  public Outcome outcome() {
    return outcome;
  }

  public CoverageRequest request() {
    return request.get().build();
  }

  /** A fresh evaluation: nothing of it has been read yet. */
  public Determination evaluate() {
    return AcmeTestPolicy.policy().evaluate(request(), AS_OF, AcmeTestPolicy.codes());
  }

  /** Atopic dermatitis, adult, both topical trials done: every clause of pathway T1 1 is met. */
  private static CoverageRequest.Builder eczema() {
    return AcmeTestPolicy.request().requestId("REQ-1").addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(
            failedTrial(DrugClass.TOPICAL_CORTICOSTEROID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28)),
            failedTrial(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR, LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 25)));
  }

  private static Patient bornOn(String date) {
    return Patient.builder().birthDate(LocalDate.parse(date)).build();
  }

  private static ResponseAssessment improved() {
    return ResponseAssessment.builder().assessedOn(AS_OF).addImprovements(ResponseMarker.EASI).build();
  }
}
