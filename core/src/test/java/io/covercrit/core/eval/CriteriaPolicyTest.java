package io.covercrit.core.eval;

import static io.covercrit.core.eval.AcmeTestPolicy.EXCLUSIONS;
import static io.covercrit.core.eval.AcmeTestPolicy.NECESSITY;
import static io.covercrit.core.eval.AcmeTestPolicy.REAUTHORIZATION;
import static io.covercrit.core.eval.AcmeTestPolicy.failedTrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.TherapyTrial;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CriteriaPolicyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final CriteriaPolicy POLICY = AcmeTestPolicy.policy();
  private static final Icd10CodeSet CODES = AcmeTestPolicy.codes();

  /** 1 to 28 January: exactly 28 days. */
  private static final TherapyTrial STEROID_28_DAYS =
      failedTrial(DrugClass.TOPICAL_CORTICOSTEROID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28));
  private static final TherapyTrial TCI_28_DAYS =
      failedTrial(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR, LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 25));

  private static Determination evaluate(CoverageRequest.Builder request) {
    return POLICY.evaluate(request.build(), AS_OF, CODES);
  }

  /** Atopic dermatitis, adult, both topical trials done: every clause of pathway T1 1 is met. */
  private static CoverageRequest.Builder eczema() {
    return AcmeTestPolicy.request().requestId("REQ-1").addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(STEROID_28_DAYS, TCI_28_DAYS);
  }

  private static CoverageRequest.Builder vitiligo() {
    return AcmeTestPolicy.request().addDiagnoses(Diagnosis.of("L80"))
        .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("5")).build());
  }

  private static Patient bornOn(String date) {
    return Patient.builder().birthDate(LocalDate.parse(date)).build();
  }

  private static ResponseAssessment improved() {
    return ResponseAssessment.builder().assessedOn(AS_OF).addImprovements(ResponseMarker.EASI).build();
  }

  // --- outcomes

  @Test
  void a_request_that_meets_every_clause_of_a_pathway_meets_criteria() {
    Determination d = evaluate(eczema());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway()).contains(MatchedPathway.of("T1 1", "Atopic dermatitis"));
    assertThat(d.summary()).isEqualTo("Meets criteria under T1 1 (Atopic dermatitis).");
    assertThat(d.policy()).isEqualTo(POLICY.descriptor());
    assertThat(d.asOf()).isEqualTo(AS_OF);
    assertThat(d.requestId()).contains("REQ-1");
    assertThat(d.requestType()).isEqualTo(RequestType.INITIAL);
    assertThat(d.codeSet()).isEqualTo("acme test codes");
    assertThat(d.notes()).containsExactly("Test policy; not a real payer's criteria.");
    assertThat(d.trace()).extracting(ClauseResult::id).containsExactly(EXCLUSIONS, NECESSITY);
    // The vitiligo pathway fails, but under a met any-of it decides nothing.
    assertThat(d.clause("T1 2").orElseThrow().status()).isEqualTo(Status.NOT_MET);
    assertThat(d.unmetClauses()).isEmpty();
    assertThat(d.nextSteps()).extracting(NextStep::action).containsExactly("Submit the prior authorization request");
    assertThat(d.nextSteps().get(0).contacts()).containsExactly(AcmeTestPolicy.PA_FAX);
  }

  @Test
  void a_determination_carries_the_provenance_of_the_pathway_that_decided_it() {
    Provenance digest = Provenance.builder().reliability(Reliability.SECONDARY_DIGEST)
        .gatheredOn(LocalDate.of(2026, 2, 1)).addReadings("vitiligo from a digest").build();
    PolicyDescriptor base = AcmeTestPolicy.descriptor("2026-01", LocalDate.of(2026, 1, 1));
    CriteriaPolicy mixed = AcmeTestPolicy.policy(
        PolicyDescriptor.builder().from(base).putPathwayProvenance("T1 2", digest).build());

    Determination vitiligo = mixed.evaluate(vitiligo().build(), AS_OF, AcmeTestPolicy.codes());
    assertThat(vitiligo.pathway()).map(MatchedPathway::id).contains("T1 2");
    assertThat(vitiligo.provenance()).isEqualTo(digest);
    assertThat(vitiligo.provenance().isSecondHand()).isTrue();

    Determination eczema = mixed.evaluate(eczema().build(), AS_OF, AcmeTestPolicy.codes());
    assertThat(eczema.provenance()).isEqualTo(base.provenance());
    assertThat(eczema.provenance().isSecondHand()).isFalse();

    // Undocumented diagnosis: the first pathway still open speaks, with its own provenance.
    Determination noDiagnosis = mixed.evaluate(AcmeTestPolicy.request().build(), AS_OF, AcmeTestPolicy.codes());
    assertThat(noDiagnosis.pathway()).map(MatchedPathway::id).contains("T1 1");
    assertThat(noDiagnosis.provenance()).isEqualTo(base.provenance());
  }

  @Test
  void provenance_for_a_pathway_the_policy_lacks_is_a_build_error() {
    PolicyDescriptor wrong = PolicyDescriptor.builder().from(AcmeTestPolicy.descriptor("2026-01", null))
        .putPathwayProvenance("T1 9", AcmeTestPolicy.descriptor("2026-01", null).provenance()).build();
    assertThatThrownBy(() -> AcmeTestPolicy.policy(wrong)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("T1 9");
  }

  @Test
  void an_approval_ends_no_later_than_the_as_of_date_plus_the_pathway_period() {
    ApprovalDuration eczema = evaluate(eczema()).approval().orElseThrow();
    assertThat(eczema.maximum()).isEqualTo(Period.ofMonths(6));
    assertThat(eczema.endsNoLaterThan()).isEqualTo(LocalDate.of(2026, 9, 1));

    ApprovalDuration vitiligo = evaluate(vitiligo()).approval().orElseThrow();
    assertThat(vitiligo.maximum()).isEqualTo(Period.ofMonths(3));
    assertThat(vitiligo.endsNoLaterThan()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  /** A one-pathway policy whose total course ends 1 year after the date a request gives (here: requestDate). */
  private static CriteriaPolicy cappedPolicy() {
    return CriteriaPolicy.builder(POLICY.descriptor())
        .pathway(Pathway.builder("C 1", "Capped course")
            .diagnosis(Criterion.check("C 1.dx", "Any diagnosis")
                .documents(AcmeTestPolicy.CHART_NOTES)
                .whenNotMet("none", "document one")
                .whenMissing("none", "document one")
                .by(ctx -> ctx.request().diagnoses().isEmpty() ? Finding.missing("none") : Finding.met("some")))
            .response(Criterion.check("C 1.R", "Response")
                .documents(AcmeTestPolicy.RESPONSE_NOTES)
                .whenNotMet("none", "document one")
                .whenMissing("none", "document one")
                .by(ctx -> Finding.met("responded")))
            .approvals(Period.ofMonths(6), Period.ofMonths(12))
            .approvalCap(ctx -> ctx.request().requestDate().map(started -> started.plusYears(1)))
            .build())
        .build();
  }

  @ParameterizedTest(name = "course started {0}, {1}: ends {2}")
  @CsvSource({
    // no start documented: the approval period alone
    ",           INITIAL,         2026-09-01",
    // the cap falls inside the period: the cap wins
    "2025-05-01, INITIAL,         2026-05-01",
    "2025-05-01, REAUTHORIZATION, 2026-05-01",
    // the cap falls after the period: the period wins
    "2026-02-01, INITIAL,         2026-09-01",
    "2026-02-01, REAUTHORIZATION, 2027-02-01",
    "2026-04-01, REAUTHORIZATION, 2027-03-01",
  })
  void a_pathway_cap_shortens_an_approval_that_would_outlast_the_course(LocalDate started, RequestType type, LocalDate ends) {
    CoverageRequest.Builder request = AcmeTestPolicy.request().addDiagnoses(Diagnosis.of("L20.9")).requestType(type);
    if (started != null) {
      request.requestDate(started);
    }
    Determination d = cappedPolicy().evaluate(request.build(), AS_OF, CODES);
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.approval().orElseThrow().endsNoLaterThan()).isEqualTo(ends);
    assertThat(d.approval().orElseThrow().maximum()).isEqualTo(type == RequestType.INITIAL ? Period.ofMonths(6) : Period.ofMonths(12));
  }

  @ParameterizedTest(name = "born {0}, topical trials ending {1}: {2}")
  @CsvSource({
    // 12 on the as-of date
    "2014-03-01, 2026-01-28, MEETS_CRITERIA",
    "2014-03-02, 2026-01-28, DOES_NOT_MEET_CRITERIA",
    // 28 days is enough, 27 is not
    "1990-05-01, 2026-01-28, MEETS_CRITERIA",
    "1990-05-01, 2026-01-27, DOES_NOT_MEET_CRITERIA",
  })
  void age_and_trial_length_thresholds_are_inclusive(LocalDate birthDate, LocalDate trialEnd, Outcome outcome) {
    Determination d = evaluate(AcmeTestPolicy.request().addDiagnoses(Diagnosis.of("L20.9"))
        .patient(Patient.builder().birthDate(birthDate).build())
        .addTherapyTrials(failedTrial(DrugClass.TOPICAL_CORTICOSTEROID, LocalDate.of(2026, 1, 1), trialEnd),
            failedTrial(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR, LocalDate.of(2026, 1, 1), trialEnd)));
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.approval().isPresent()).isEqualTo(outcome == Outcome.MEETS_CRITERIA);
  }

  @Test
  void a_clause_documented_as_not_met_does_not_meet_criteria() {
    Determination d = evaluate(eczema().patient(bornOn("2015-01-01")));

    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.pathway()).contains(MatchedPathway.of("T1 1", "Atopic dermatitis"));
    assertThat(d.summary()).isEqualTo("Does not meet criteria: T1 1.B not met.");
    assertThat(d.approval()).isEmpty();
    assertThat(d.clause("T1 1.B").orElseThrow().remedy())
        .contains(Remedy.of("Patient is younger than 12", "Coverage starts at age 12"));
    assertThat(d.nextSteps()).extracting(NextStep::action).containsExactly("Gather the checklist");
  }

  @Test
  void a_missing_document_needs_documentation() {
    Determination d = evaluate(eczema().patient(Patient.builder().build()));

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.pathway()).contains(MatchedPathway.of("T1 1", "Atopic dermatitis"));
    assertThat(d.summary()).isEqualTo("Needs documentation: T1 1.B not documented.");
    assertThat(d.clause("T1 1.B").orElseThrow().status()).isEqualTo(Status.MISSING);
    assertThat(d.approval()).isEmpty();
  }

  @Test
  void a_clause_not_met_beside_a_missing_one_decides_the_outcome() {
    // no birth date (MISSING) and a 10-day trial only (NOT_MET): all-of gives NOT_MET
    Determination d = evaluate(AcmeTestPolicy.request().patient(Patient.builder().build())
        .addDiagnoses(Diagnosis.of("L20.9"))
        .addTherapyTrials(failedTrial(DrugClass.TOPICAL_CORTICOSTEROID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)),
            failedTrial(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10))));
    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.clause("T1 1").orElseThrow().status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void an_exclusion_that_applies_makes_the_use_not_covered() {
    Determination d = evaluate(eczema().addConcurrentMedications(
        Drug.builder().name("Otherumab").drugClass(DrugClass.BIOLOGIC).build()));

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(d.summary()).isEqualTo("Not covered: T1 NC.1 applies.");
    assertThat(d.approval()).isEmpty();
    assertThat(d.clause(EXCLUSIONS).orElseThrow().status()).isEqualTo(Status.NOT_MET);
    assertThat(d.checklist()).extracting(i -> i.document().id(), ChecklistItem::clauseIds)
        .containsExactly(tuple("medication-list", List.of("T1 NC.1")));
  }

  @Test
  void an_undocumented_exclusion_beside_a_met_pathway_needs_documentation() {
    Determination d = evaluate(eczema().addConcurrentMedications(Drug.named("something unnamed")));

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.clause("T1 NC.1").orElseThrow().status()).isEqualTo(Status.MISSING);
    assertThat(d.approval()).isEmpty();
    assertThat(d.checklist()).extracting(i -> i.document().id(), ChecklistItem::clauseIds)
        .containsExactly(tuple("medication-list", List.of("T1 NC.1")));
  }

  @Test
  void the_summary_names_the_undocumented_exclusion() {
    Determination d = evaluate(eczema().addConcurrentMedications(Drug.named("something unnamed")));
    assertThat(d.summary()).isEqualTo("Needs documentation: T1 NC.1 not documented.");
  }

  @Test
  void without_a_covered_diagnosis_no_pathway_is_matched() {
    Determination d = evaluate(eczema().diagnoses(List.of(Diagnosis.of("J45.50"))));

    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.pathway()).isEmpty();
    assertThat(d.summary()).isEqualTo("Does not meet criteria: no covered diagnosis.");
    // only the diagnosis clauses are asked about, once per document
    assertThat(d.checklist()).extracting(i -> i.document().id(), ChecklistItem::clauseIds)
        .containsExactly(tuple("chart-notes", List.of("T1 1.A", "T1 2.A")));
  }

  @Test
  void a_header_code_fails_the_diagnosis_with_the_checks_own_remedy() {
    Determination d = evaluate(eczema().diagnoses(List.of(Diagnosis.of("L20"))));
    ClauseResult diagnosis = d.clause("T1 1.A").orElseThrow();
    assertThat(diagnosis.status()).isEqualTo(Status.NOT_MET);
    assertThat(diagnosis.finding()).contains("L20 is a header code");
    assertThat(diagnosis.remedy()).contains(Remedy.of("Header code L20 is not billable", "Use a billable code below L20"));
  }

  // --- remedies

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("meets", eczema()),
        Arguments.of("too young", eczema().patient(bornOn("2015-01-01"))),
        Arguments.of("no birth date", eczema().patient(Patient.builder().build())),
        Arguments.of("no trials", eczema().therapyTrials(List.of())),
        Arguments.of("concurrent biologic", eczema().addConcurrentMedications(
            Drug.builder().name("Otherumab").drugClass(DrugClass.BIOLOGIC).build())),
        Arguments.of("eczema and vitiligo, nothing else", AcmeTestPolicy.request().patient(Patient.builder().build())
            .addDiagnoses(Diagnosis.of("L20.9"), Diagnosis.of("L80"))),
        Arguments.of("no diagnosis", AcmeTestPolicy.request()),
        Arguments.of("reauthorization without response", eczema().requestType(RequestType.REAUTHORIZATION)),
        Arguments.of("vitiligo over 10%", vitiligo().skinInvolvement(
            SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("12.5")).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void every_clause_not_met_or_missing_has_a_remedy_and_no_met_clause_has_one(
      String scenario, CoverageRequest.Builder request) {
    List<ClauseResult> clauses = new ArrayList<>();
    evaluate(request).trace().forEach(root -> root.forEachClause(clauses::add));
    assertThat(clauses).isNotEmpty().allSatisfy(c -> {
      assertThat(c.remedy().isPresent()).as("remedy of %s (%s)", c.id(), c.status()).isEqualTo(c.status() != Status.MET);
      c.remedy().ifPresent(r -> assertThat(r.denialReason()).isNotBlank());
      c.remedy().ifPresent(r -> assertThat(r.howToFix()).isNotBlank());
    });
  }

  @Test
  void a_composite_without_its_own_remedy_names_the_children_that_decide_it() {
    Determination d = evaluate(eczema().patient(bornOn("2015-01-01")));

    assertThat(d.clause("T1 1").orElseThrow().remedy())
        .contains(Remedy.of("T1 1 not met: T1 1.B", "Resolve each of T1 1.B."));
    // vitiligo: 2.A and 2.C are NOT_MET and decide it; 2.B is only MISSING
    assertThat(d.clause("T1 2").orElseThrow().remedy())
        .contains(Remedy.of("T1 2 not met: T1 2.A, T1 2.C", "Resolve each of T1 2.A, T1 2.C."));
    assertThat(d.clause(NECESSITY).orElseThrow().remedy())
        .contains(Remedy.of("T1 Medical Necessity not met: T1 1, T1 2", "Meet any one of T1 1, T1 2."));

    Determination missing = evaluate(eczema().patient(Patient.builder().build()));
    assertThat(missing.clause("T1 1").orElseThrow().remedy())
        .contains(Remedy.of("T1 1 not documented: T1 1.B", "Resolve each of T1 1.B."));
  }

  // --- checklist

  @Test
  void when_criteria_are_met_the_checklist_lists_the_documents_of_the_met_clauses() {
    assertThat(evaluate(eczema()).checklist())
        .extracting(i -> i.document().id(), ChecklistItem::clauseIds)
        .containsExactly(
            tuple("medication-list", List.of("T1 NC.1")),
            tuple("chart-notes", List.of("T1 1.A")),
            tuple("birth-date", List.of("T1 1.B")),
            tuple("prescription-history", List.of("T1 1.C.i", "T1 1.C.ii")));
    assertThat(evaluate(eczema()).checklist().get(0).document()).isEqualTo(AcmeTestPolicy.MEDICATION_LIST);
  }

  @Test
  void the_checklist_names_each_document_once_with_every_clause_that_needs_it() {
    Determination d = evaluate(AcmeTestPolicy.request().patient(Patient.builder().build())
        .addDiagnoses(Diagnosis.of("L20.9"), Diagnosis.of("L80")));

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.checklist()).extracting(i -> i.document().id(), ChecklistItem::clauseIds)
        .containsExactly(
            tuple("birth-date", List.of("T1 1.B", "T1 2.C")),
            tuple("prescription-history", List.of("T1 1.C.i", "T1 1.C.ii")),
            tuple("bsa-assessment", List.of("T1 2.B")));
  }

  @Test
  void a_pathway_whose_diagnosis_is_not_met_adds_nothing_to_the_checklist() {
    Determination d = evaluate(eczema().patient(Patient.builder().build()));

    assertThat(d.checklist()).extracting(i -> i.document().id()).containsExactly("birth-date");
    assertThat(d.checklist()).flatExtracting(ChecklistItem::clauseIds).noneMatch(id -> id.startsWith("T1 2"));
    // the vitiligo pathway is still in the trace
    assertThat(d.clause("T1 2.B").orElseThrow().status()).isEqualTo(Status.MISSING);
  }

  @Test
  void an_unused_alternative_of_a_met_any_of_is_not_asked_for() {
    Determination d = evaluate(AcmeTestPolicy.request().patient(Patient.builder().build())
        .addDiagnoses(Diagnosis.of("L20.9")).addTherapyTrials(STEROID_28_DAYS));

    assertThat(d.clause("T1 1.C").orElseThrow().status()).isEqualTo(Status.MET);
    assertThat(d.checklist()).extracting(i -> i.document().id(), ChecklistItem::clauseIds)
        .containsExactly(tuple("birth-date", List.of("T1 1.B")));
    assertThat(d.summary()).isEqualTo("Needs documentation: T1 1.B not documented.");
  }

  // --- reauthorization

  @Test
  void a_reauthorization_also_needs_the_response_clause_and_gets_the_longer_approval() {
    Determination d = evaluate(eczema().requestType(RequestType.REAUTHORIZATION).response(improved()));

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.requestType()).isEqualTo(RequestType.REAUTHORIZATION);
    assertThat(d.trace()).extracting(ClauseResult::id).containsExactly(EXCLUSIONS, REAUTHORIZATION);
    assertThat(d.clause("T1 1.R").orElseThrow().status()).isEqualTo(Status.MET);
    assertThat(d.approval().orElseThrow().maximum()).isEqualTo(Period.ofMonths(12));
    assertThat(d.approval().orElseThrow().endsNoLaterThan()).isEqualTo(LocalDate.of(2027, 3, 1));

    Determination vitiligo = evaluate(vitiligo().requestType(RequestType.REAUTHORIZATION).response(improved()));
    assertThat(vitiligo.pathway()).contains(MatchedPathway.of("T1 2", "Vitiligo"));
    assertThat(vitiligo.approval().orElseThrow().endsNoLaterThan()).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void an_initial_request_ignores_the_response_clause() {
    Determination d = evaluate(eczema().response(ResponseAssessment.builder().build()));
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.clause("T1 1.R")).isEmpty();
  }

  @ParameterizedTest(name = "response {0}: {1}")
  @CsvSource({"none, NEEDS_DOCUMENTATION", "no improvement, DOES_NOT_MEET_CRITERIA", "improved, MEETS_CRITERIA"})
  void a_reauthorization_turns_on_the_documented_response(String response, Outcome outcome) {
    CoverageRequest.Builder request = eczema().requestType(RequestType.REAUTHORIZATION);
    if (response.equals("no improvement")) {
      request.response(ResponseAssessment.builder().assessedOn(AS_OF).build());
    } else if (response.equals("improved")) {
      request.response(improved());
    }
    Determination d = evaluate(request);
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.clause("T1 1.R").orElseThrow().status())
        .isEqualTo(outcome == Outcome.MEETS_CRITERIA ? Status.MET
            : outcome == Outcome.NEEDS_DOCUMENTATION ? Status.MISSING : Status.NOT_MET);
  }

  @Test
  void a_pathway_with_its_own_reauthorization_clauses_is_reauthorized_on_them_and_its_diagnosis_only() {
    Criterion onTherapy = Criterion.check("T9 1.R1", "Response to therapy documented")
        .documents(AcmeTestPolicy.RESPONSE_NOTES)
        .whenNotMet("No response", "Document the response")
        .whenMissing("Response not documented", "Attach notes on the response")
        .by(ctx -> ctx.request().response().isPresent() ? Finding.met("documented") : Finding.missing("none"));
    Criterion eczemaDiagnosis = POLICY.pathways().get(0).initialCriteria().children().get(0);
    Criterion age = POLICY.pathways().get(0).initialCriteria().children().get(1);
    CriteriaPolicy policy = CriteriaPolicy.builder(POLICY.descriptor())
        .pathway(Pathway.builder("T9 1", "Eczema").diagnosis(eczemaDiagnosis).criteria(age)
            .reauthorization(onTherapy).approvals(Period.ofMonths(4), Period.ofYears(1)).build())
        .build();
    CoverageRequest.Builder ageUnknown = eczema().patient(Patient.builder().build());

    assertThat(policy.evaluate(ageUnknown.build(), AS_OF, CODES).outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    Determination reauthorized = policy.evaluate(
        ageUnknown.requestType(RequestType.REAUTHORIZATION).response(improved()).build(), AS_OF, CODES);
    assertThat(reauthorized.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(reauthorized.clause("T1 1.B")).isEmpty();
    assertThat(reauthorized.clause("T1 1.A").orElseThrow().status()).isEqualTo(Status.MET);
    assertThat(reauthorized.approval().orElseThrow().maximum()).isEqualTo(Period.ofYears(1));
    Determination undocumented = policy.evaluate(
        eczema().requestType(RequestType.REAUTHORIZATION).build(), AS_OF, CODES);
    assertThat(undocumented.clause("T9 1.R1").orElseThrow().status()).isEqualTo(Status.MISSING);
    assertThat(undocumented.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
  }

  // --- policy structure

  @Test
  void the_same_request_gives_an_equal_determination() {
    assertThat(evaluate(eczema().patient(Patient.builder().build())))
        .isEqualTo(evaluate(eczema().patient(Patient.builder().build())));
  }

  @Test
  void the_criteria_trees_are_exclusions_initial_and_reauthorization() {
    assertThat(POLICY.criteriaTrees()).extracting(Criterion::id).containsExactly(EXCLUSIONS, NECESSITY, REAUTHORIZATION);
    assertThat(POLICY.pathways()).extracting(Pathway::id).containsExactly("T1 1", "T1 2");
    assertThat(POLICY.criteriaTrees().get(1).find("T1 1.C.ii")).isPresent();
    assertThat(POLICY.criteriaTrees().get(1).find("T1 1.R")).isEmpty();
    assertThat(POLICY.criteriaTrees().get(2).find("T1 1.R")).isPresent();
  }

  @Test
  void a_policy_needs_a_pathway_and_a_pathway_its_parts() {
    assertThatThrownBy(() -> CriteriaPolicy.builder(POLICY.descriptor()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one pathway");
    assertThatThrownBy(() -> Pathway.builder("X 1", "x").approvals(Period.ofMonths(1), Period.ofMonths(1)).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("diagnosis");
    assertThatThrownBy(() -> PolicyDescriptor.builder().from(POLICY.descriptor()).id("Acme T1").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void without_a_code_set_the_curated_one_is_used() {
    Determination d = POLICY.evaluate(eczema().build(), AS_OF);
    assertThat(d.codeSet()).isEqualTo("covercrit curated ICD-10-CM FY2026 subset");
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
  }
}
