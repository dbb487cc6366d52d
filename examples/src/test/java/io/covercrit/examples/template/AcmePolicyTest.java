package io.covercrit.examples.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.PolicyRevision;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.testing.PolicyArchitecture;
import io.covercrit.testing.RowTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The template's test, as docs/AUTHORING.md shows it: boundaries from the policy's constants. */
class AcmePolicyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final PolicyRegistry REGISTRY = PolicyRegistry.of(AcmePolicy.versions());
  private static final CoveragePolicy CURRENT = REGISTRY.require(AcmePolicy.POLICY_ID, AS_OF);
  private static final PolicyRevision CURRENT_REVISION = AcmePolicy.REVISIONS.get(AcmePolicy.REVISIONS.size() - 1);

  private static CoverageRequest.Builder request(LocalDate born, int steroidDays) {
    return request(born, steroidDays, AS_OF);
  }

  /** Born on {@code born}, with a failed corticosteroid trial of {@code steroidDays} ending before {@code asOf}. */
  private static CoverageRequest.Builder request(LocalDate born, int steroidDays, LocalDate asOf) {
    LocalDate start = asOf.minusDays(steroidDays + 30);
    return CoverageRequest.builder().policyId(AcmePolicy.POLICY_ID).requestedDrug(Drug.named("Testamab"))
        .patient(Patient.builder().birthDate(born).build())
        .addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(TherapyTrial.builder()
            .drug(Drug.builder().name("triamcinolone 0.1% cream").drugClass(DrugClass.TOPICAL_CORTICOSTEROID).build())
            .start(start).end(start.plusDays(steroidDays - 1)).outcome(TrialOutcome.FAILED).build());
  }

  @Test
  void a_request_meeting_every_clause_meets_criteria() {
    assertThat(REGISTRY.evaluate(request(LocalDate.of(1990, 1, 1), 60).build(), AS_OF).outcome())
        .isEqualTo(Outcome.MEETS_CRITERIA);
  }

  @Test
  void the_age_clause_turns_on_the_birthday() {
    RowTable.ageAtLeast("T100 1.A", AcmePolicy.MINIMUM_AGE, AS_OF)
        .check(CURRENT, AS_OF, born -> request(born, 60).build());
  }

  @Test
  void the_trial_clause_needs_the_days_of_each_revision() {
    for (PolicyRevision revision : AcmePolicy.REVISIONS) {
      LocalDate asOf = revision.effectiveFrom().orElse(LocalDate.of(2025, 6, 1));
      RowTable.atLeastDays("T100 1.B", revision.get(AcmePolicy.STEROID_DAYS))
          .check(REGISTRY.require(AcmePolicy.POLICY_ID, asOf), asOf,
              days -> request(LocalDate.of(1990, 1, 1), days, asOf).build());
    }
  }

  @Test
  void no_trial_is_missing_until_the_clinic_says_the_history_was_reviewed() {
    CoverageRequest.Builder none = CoverageRequest.builder().policyId(AcmePolicy.POLICY_ID)
        .requestedDrug(Drug.named("Testamab"))
        .patient(Patient.builder().birthDate(LocalDate.of(1990, 1, 1)).build()).addDiagnoses(Diagnosis.of("L20.9"));
    assertThat(REGISTRY.evaluate(none.build(), AS_OF).clause("T100 1.B").get().status()).isEqualTo(Status.MISSING);
    none.addHistoryReviews(HistoryReview.of(RecordedHistory.THERAPY_TRIALS, LocalDate.of(2020, 1, 1)));
    assertThat(REGISTRY.evaluate(none.build(), AS_OF).clause("T100 1.B").get().status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void the_template_is_pure() {
    PolicyArchitecture.check("io.covercrit.examples.template");
  }

  /** The promise of docs/AUTHORING.md: a three-clause policy is under 80 lines, imports included. */
  @Test
  void the_three_clause_template_is_under_80_lines() throws IOException {
    Path source = Path.of("src/main/java/io/covercrit/examples/template/AcmePolicy.java");
    assertThat(Files.readAllLines(source)).as("lines of %s, every line counted", source).hasSizeLessThan(80);
    assertThat(CURRENT_REVISION.get(AcmePolicy.STEROID_DAYS)).isEqualTo(28);
  }
}
