package io.covercrit.cigna.opzelura;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.SkinInvolvement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shrunk samples of failures the property tests found, kept as examples. */
class OpzeluraPropertyFindingsTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  private static CoverageRequest.Builder request() {
    return CoverageRequest.builder()
        .policyId(OpzeluraIp0369.POLICY_ID)
        .requestedDrug(Drug.named("Opzelura (ruxolitinib 1.5% cream)"))
        .patient(Patient.builder().build());
  }

  private static Status status(Determination d, String clause) {
    return d.clause(clause).map(ClauseResult::status).orElseThrow();
  }

  /**
   * Removing the only diagnosis (L63) turned "Not Covered 3" from NOT_MET into MET: with no
   * diagnosis the alopecia and psoriasis exclusions claimed "no alopecia" instead of MISSING.
   */
  @Test
  void without_a_diagnosis_the_diagnosis_exclusions_are_missing_not_met() {
    Determination alopecia = REGISTRY.evaluate(request().addDiagnoses(Diagnosis.of("L63")).build(), LocalDate.of(2019, 1, 1));
    Determination none = REGISTRY.evaluate(request().diagnoses(List.of()).build(), LocalDate.of(2019, 1, 1));

    assertThat(status(alopecia, "IP0369 Not Covered 3")).isEqualTo(Status.NOT_MET);
    assertThat(alopecia.outcome()).isEqualTo(Outcome.NOT_COVERED);
    for (String clause : new String[] {"IP0369 Not Covered 3", "IP0369 Not Covered 4", "IP0369 Not Covered (other use)"}) {
      assertThat(status(none, clause)).as(clause).isEqualTo(Status.MISSING);
    }
    assertThat(none.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
  }

  /**
   * Removing the only diagnosis (H02.731, vitiligo of the eyelid) turned 2.C.ii from MET (eyelid
   * coded) into NOT_MET (documented sites: scalp), so an approvable request could become
   * DOES_NOT_MEET_CRITERIA by losing a document. Without a diagnosis the eyelid evidence is unknown.
   */
  @Test
  void without_a_diagnosis_vitiligo_sensitive_areas_are_undecided_unless_a_documented_site_is_sensitive() {
    SkinInvolvement scalp = SkinInvolvement.builder().addSites(BodySite.SCALP).build();
    LocalDate asOf = LocalDate.of(2024, 11, 14);
    Determination eyelid = REGISTRY.evaluate(request().addDiagnoses(Diagnosis.of("H02.731")).skinInvolvement(scalp).build(), asOf);
    Determination none = REGISTRY.evaluate(request().skinInvolvement(scalp).build(), asOf);
    Determination face = REGISTRY.evaluate(request().skinInvolvement(SkinInvolvement.builder().addSites(BodySite.FACE).build()).build(), asOf);
    Determination otherDiagnosis = REGISTRY.evaluate(request().addDiagnoses(Diagnosis.of("L80")).skinInvolvement(scalp).build(), asOf);

    assertThat(status(eyelid, "IP0369 2.C.ii")).isEqualTo(Status.MET);
    assertThat(status(none, "IP0369 2.C.ii")).isEqualTo(Status.MISSING);
    assertThat(status(face, "IP0369 2.C.ii")).isEqualTo(Status.MET);
    assertThat(status(otherDiagnosis, "IP0369 2.C.ii")).isEqualTo(Status.NOT_MET);
  }

  /** "Jakafi (ruxolitinib) tablets" without a dosage form was read as Opzelura itself, so not excluded. */
  @Test
  void jakafi_in_concurrent_use_is_not_covered_whatever_its_recorded_form() {
    CoverageRequest withJakafi = request().addDiagnoses(Diagnosis.of("L20.9"))
        .addConcurrentMedications(Drug.named("Jakafi (ruxolitinib) tablets")).build();

    Determination d = REGISTRY.evaluate(withJakafi, LocalDate.of(2024, 11, 14));

    assertThat(status(d, "IP0369 Not Covered 1")).isEqualTo(Status.NOT_MET);
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_COVERED);
  }

  /** Topical ruxolitinib by its generic name stays the requested drug, not an excluded JAK inhibitor. */
  @Test
  void ruxolitinib_cream_is_still_opzelura_itself() {
    CoverageRequest withCream = request().addDiagnoses(Diagnosis.of("L20.9"))
        .addConcurrentMedications(Drug.named("ruxolitinib 1.5% cream")).build();

    assertThat(status(REGISTRY.evaluate(withCream, LocalDate.of(2026, 11, 24)), "IP0369 Not Covered 1")).isEqualTo(Status.MET);
  }
}
