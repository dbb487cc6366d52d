package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaRequests.AS_OF;
import static io.covercrit.cigna.alecensa.AlecensaRequests.CRIZOTINIB;
import static io.covercrit.cigna.alecensa.AlecensaRequests.adjuvant;
import static io.covercrit.cigna.alecensa.AlecensaRequests.alectinibSince;
import static io.covercrit.cigna.alecensa.AlecensaRequests.alk;
import static io.covercrit.cigna.alecensa.AlecensaRequests.bornOn;
import static io.covercrit.cigna.alecensa.AlecensaRequests.metastatic;
import static io.covercrit.cigna.alecensa.AlecensaRequests.nsclc;
import static io.covercrit.cigna.alecensa.AlecensaRequests.resected;
import static io.covercrit.core.eval.Outcome.DOES_NOT_MEET_CRITERIA;
import static io.covercrit.core.eval.Outcome.MEETS_CRITERIA;
import static io.covercrit.core.eval.Outcome.NEEDS_DOCUMENTATION;
import static io.covercrit.core.eval.Status.MET;
import static io.covercrit.core.eval.Status.MISSING;
import static io.covercrit.core.eval.Status.NOT_MET;
import static io.covercrit.core.model.TumorStaging.NodalStatus.N0;
import static io.covercrit.core.model.TumorStaging.NodalStatus.N1;
import static io.covercrit.core.model.TumorStaging.NodalStatus.N2;
import static io.covercrit.core.model.TumorStaging.NodalStatus.NX;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every clause of the Alecensa policy on both sides of its threshold, both pathways'
 * approvals, reauthorization, and MISSING against NOT_MET. Each row changes one fact of an
 * approvable request and names the clause it decides.
 */
class AlecensaCnf494Test {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  /** The 2-year adjuvant course of a patient who started alectinib on this date ends on the as-of date. */
  private static final LocalDate STARTED_TWO_YEARS_AGO = AS_OF.minusYears(2);

  private static Arguments adj(String description, UnaryOperator<CoverageRequest.Builder> change, String clauseId, Status clause,
      Outcome outcome) {
    return Arguments.of(description, change.apply(adjuvant()).build(), clauseId, clause, outcome);
  }

  private static Arguments met(String description, UnaryOperator<CoverageRequest.Builder> change, String clauseId, Status clause,
      Outcome outcome) {
    return Arguments.of(description, change.apply(metastatic()).build(), clauseId, clause, outcome);
  }

  private static UnaryOperator<CoverageRequest.Builder> staging(TumorStaging.Builder staging) {
    return b -> b.tumorStaging(staging.build());
  }

  private static final String LINE = "CNF-494 2.B (first line or after crizotinib)";
  private static final Drug LORLATINIB = Drug.builder().name("Lorbrena").activeIngredient("lorlatinib").build();
  private static final Drug BRIGATINIB = Drug.builder().name("Alunbrig (brigatinib)").build();

  private static TherapyTrial prior(Drug drug, TrialOutcome outcome) {
    return TherapyTrial.builder().drug(drug).start(LocalDate.of(2025, 1, 10)).end(LocalDate.of(2026, 8, 30)).outcome(outcome).build();
  }

  private static UnaryOperator<CoverageRequest.Builder> alkOnly(BiomarkerResult... results) {
    return b -> b.biomarkers(List.of(results));
  }

  static Stream<Arguments> clauses() {
    return Stream.of(
        adj("the approvable adjuvant case meets every clause", b -> b, "CNF-494 1", MET, MEETS_CRITERIA),
        adj("the adjuvant case is not a metastatic one", b -> b, "CNF-494 2.dx", NOT_MET, MEETS_CRITERIA),
        // 1.dx: NSCLC (C34 + histology) in the adjuvant setting
        adj("the middle lobe C34.2 is billable at four characters",
            b -> b.diagnoses(List.of(nsclc("C34.2"))), "CNF-494 1.dx", MET, MEETS_CRITERIA),
        adj("the category C34.1 is not billable", b -> b.diagnoses(List.of(nsclc("C34.1"))), "CNF-494 1.dx", MISSING, NEEDS_DOCUMENTATION),
        adj("C34.13 does not exist", b -> b.diagnoses(List.of(nsclc("C34.13"))), "CNF-494 1.dx", MISSING, NEEDS_DOCUMENTATION),
        adj("no diagnosis", b -> b.diagnoses(List.of()), "CNF-494 1.dx", MISSING, NEEDS_DOCUMENTATION),
        adj("histology not documented", b -> b.diagnoses(List.of(Diagnosis.of("C34.11"))), "CNF-494 1.dx", MISSING, NEEDS_DOCUMENTATION),
        adj("small cell lung cancer",
            b -> b.diagnoses(List.of(Diagnosis.builder().code(Icd10Code.of("C34.11")).subtype(DiagnosisSubtype.SMALL_CELL).build())),
            "CNF-494 1.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("breast cancer is no covered diagnosis", b -> b.diagnoses(List.of(Diagnosis.of("C50.911"))), "CNF-494 1.dx", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        adj("a history-of code is not current lung cancer", b -> b.diagnoses(List.of(Diagnosis.of("Z85.118"))), "CNF-494 1.dx", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        adj("metastatic disease leaves the adjuvant pathway for the metastatic one",
            staging(TumorStaging.builder().stage("IVA").metastatic(true)), "CNF-494 1.dx", NOT_MET, MEETS_CRITERIA),
        // 1.A (18 or older)
        adj("18th birthday on the as-of date", b -> b.patient(bornOn("2008-11-24")), "CNF-494 1.A", MET, MEETS_CRITERIA),
        adj("aged 17: 18th birthday the day after", b -> b.patient(bornOn("2008-11-25")), "CNF-494 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("birth date not documented", b -> b.patient(Patient.builder().build()), "CNF-494 1.A", MISSING, NEEDS_DOCUMENTATION),
        // 1.B ALK-positive
        adj("ALK negative", alkOnly(alk(BiomarkerStatus.NEGATIVE, "IHC")), "CNF-494 1.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("ALK indeterminate", alkOnly(alk(BiomarkerStatus.INDETERMINATE, "FISH")), "CNF-494 1.B", MISSING, NEEDS_DOCUMENTATION),
        adj("no ALK result", b -> b.biomarkers(List.of()), "CNF-494 1.B", MISSING, NEEDS_DOCUMENTATION),
        adj("only another biomarker",
            alkOnly(BiomarkerResult.builder().biomarker("ROS1").status(BiomarkerStatus.POSITIVE).method("NGS").build()),
            "CNF-494 1.B", MISSING, NEEDS_DOCUMENTATION),
        adj("an EML4-ALK fusion is ALK",
            alkOnly(BiomarkerResult.builder().biomarker("EML4-ALK fusion").status(BiomarkerStatus.POSITIVE).method("NGS").build()),
            "CNF-494 1.B", MET, MEETS_CRITERIA),
        adj("a positive retest after an indeterminate one",
            alkOnly(alk(BiomarkerStatus.INDETERMINATE, "IHC"), alk(BiomarkerStatus.POSITIVE, "FISH")), "CNF-494 1.B", MET, MEETS_CRITERIA),
        // 1.C resection
        // The digest says only "after tumor resection": residual tumor asks for the reports, it does not fail.
        adj("an incomplete resection (R1)", staging(resected("4.5", N0).resection(TumorStaging.Resection.R1)),
            "CNF-494 1.C (resection)", MISSING, NEEDS_DOCUMENTATION),
        adj("macroscopic residual tumor (R2)", staging(resected("4.5", N0).resection(TumorStaging.Resection.R2)),
            "CNF-494 1.C (resection)", MISSING, NEEDS_DOCUMENTATION),
        adj("a complete resection (R0)", staging(resected("4.5", N0)), "CNF-494 1.C (resection)", MET, MEETS_CRITERIA),
        adj("a margin not assessed (RX)", staging(resected("4.5", N0).resection(TumorStaging.Resection.RX)),
            "CNF-494 1.C (resection)", MISSING, NEEDS_DOCUMENTATION),
        adj("not resected", staging(resected("4.5", N0).resection(TumorStaging.Resection.NOT_RESECTED)),
            "CNF-494 1.C (resection)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("resection not documented", staging(TumorStaging.builder().primaryTumorSizeCm(new java.math.BigDecimal("4.5")).metastatic(false)),
            "CNF-494 1.C (resection)", MISSING, NEEDS_DOCUMENTATION),
        // 1.C tumor 4 cm or larger, or node-positive
        adj("a node-negative tumor of exactly 4.0 cm", staging(resected("4.0", N0)), "CNF-494 1.C", MET, MEETS_CRITERIA),
        adj("a node-negative tumor of 3.9 cm", staging(resected("3.9", N0)), "CNF-494 1.C", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("3.9 cm fails the size alternative", staging(resected("3.9", N0)), "CNF-494 1.C (4 cm or larger)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("a node-positive tumor of 3.9 cm", staging(resected("3.9", N1)), "CNF-494 1.C", MET, MEETS_CRITERIA),
        adj("N2 disease without a documented size", staging(resected(null, N2)), "CNF-494 1.C", MET, MEETS_CRITERIA),
        adj("3.9 cm with nodes not documented", staging(resected("3.9", null)), "CNF-494 1.C", MISSING, NEEDS_DOCUMENTATION),
        adj("node-negative without a size", staging(resected(null, N0)), "CNF-494 1.C", MISSING, NEEDS_DOCUMENTATION),
        adj("nodes not assessed (NX), 3 cm", staging(resected("3.0", NX)), "CNF-494 1.C (node-positive)", MISSING, NEEDS_DOCUMENTATION),
        adj("no staging at all", b -> b.tumorStaging(java.util.Optional.empty()), "CNF-494 1.C", MISSING, NEEDS_DOCUMENTATION),
        // 1.D approved test
        adj("IHC (D5F3) is an approved method", b -> b, "CNF-494 1.D", MET, MEETS_CRITERIA),
        adj("FISH is an approved method", alkOnly(alk(BiomarkerStatus.POSITIVE, "FISH")), "CNF-494 1.D", MET, MEETS_CRITERIA),
        adj("NGS is an approved method", alkOnly(alk(BiomarkerStatus.POSITIVE, "FoundationOne CDx (NGS)")), "CNF-494 1.D", MET,
            MEETS_CRITERIA),
        adj("method not documented", alkOnly(alk(BiomarkerStatus.POSITIVE, null)), "CNF-494 1.D", MISSING, NEEDS_DOCUMENTATION),
        adj("RT-PCR alone is not an approved test's method", alkOnly(alk(BiomarkerStatus.POSITIVE, "RT-PCR")), "CNF-494 1.D", MISSING,
            NEEDS_DOCUMENTATION),
        adj("RT-PCR confirmed by NGS", alkOnly(alk(BiomarkerStatus.POSITIVE, "RT-PCR"), alk(BiomarkerStatus.POSITIVE, "NGS")),
            "CNF-494 1.D", MET, MEETS_CRITERIA),
        adj("nothing detected", alkOnly(alk(BiomarkerStatus.NEGATIVE, "FISH")), "CNF-494 1.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("no ALK test", b -> b.biomarkers(List.of()), "CNF-494 1.D", MISSING, NEEDS_DOCUMENTATION),
        // 1 (2-year total), counted from the first dose
        adj("no alectinib yet: the course starts now", b -> b, "CNF-494 1 (2-year total)", MET, MEETS_CRITERIA),
        adj("started 2 years less a day ago: one day left",
            b -> b.addTherapyTrials(alectinibSince(STARTED_TWO_YEARS_AGO.plusDays(1))), "CNF-494 1 (2-year total)", MET, MEETS_CRITERIA),
        adj("started exactly 2 years ago: the course is over",
            b -> b.addTherapyTrials(alectinibSince(STARTED_TWO_YEARS_AGO)), "CNF-494 1 (2-year total)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("an interruption does not restart the course",
            b -> b.addTherapyTrials(
                TherapyTrial.builder().drug(AlecensaRequests.ALECENSA).start(STARTED_TWO_YEARS_AGO.minusDays(10))
                    .end(LocalDate.of(2025, 3, 1)).outcome(TrialOutcome.INTOLERANT).build(),
                alectinibSince(LocalDate.of(2025, 6, 1))),
            "CNF-494 1 (2-year total)", NOT_MET, DOES_NOT_MEET_CRITERIA),
        adj("alectinib documented without a start date",
            b -> b.addTherapyTrials(TherapyTrial.builder().drug(AlecensaRequests.ALECENSA).outcome(TrialOutcome.ONGOING).build()),
            "CNF-494 1 (2-year total)", MISSING, NEEDS_DOCUMENTATION),
        adj("a contraindication to alectinib is no use of it",
            b -> b.addTherapyTrials(TherapyTrial.builder().drug(AlecensaRequests.ALECENSA).outcome(TrialOutcome.CONTRAINDICATED).build()),
            "CNF-494 1 (2-year total)", MET, MEETS_CRITERIA),

        met("the approvable metastatic case meets every clause", b -> b, "CNF-494 2", MET, MEETS_CRITERIA),
        met("the metastatic case is not an adjuvant one", b -> b, "CNF-494 1.dx", NOT_MET, MEETS_CRITERIA),
        // 2.dx: metastatic or recurrent
        met("a brain metastasis code alone shows metastatic disease",
            b -> b.tumorStaging(java.util.Optional.empty()), "CNF-494 2.dx", MET, MEETS_CRITERIA),
        met("M1 without a stage", b -> b.diagnoses(List.of(nsclc("C34.12"))).tumorStaging(TumorStaging.builder().metastatic(true).build()),
            "CNF-494 2.dx", MET, MEETS_CRITERIA),
        met("recurrent disease", b -> b.diagnoses(List.of(nsclc("C34.12"))).tumorStaging(TumorStaging.builder().recurrent(true).build()),
            "CNF-494 2.dx", MET, MEETS_CRITERIA),
        met("a secondary lung code does not by itself show metastasis",
            b -> b.diagnoses(List.of(nsclc("C34.12"), Diagnosis.of("C78.01"))).tumorStaging(java.util.Optional.empty()),
            "CNF-494 2.dx", MISSING, NEEDS_DOCUMENTATION),
        met("a mediastinal secondary is regional spread of a lung primary, not metastasis",
            b -> b.diagnoses(List.of(nsclc("C34.12"), Diagnosis.of("C78.1"))).tumorStaging(java.util.Optional.empty()),
            "CNF-494 2.dx", MISSING, NEEDS_DOCUMENTATION),
        met("a mediastinal secondary with stage IIIA meets neither pathway",
            b -> b.diagnoses(List.of(nsclc("C34.12"), Diagnosis.of("C78.1"))).tumorStaging(TumorStaging.builder().stage("IIIA")
                .metastatic(false).resection(TumorStaging.Resection.NOT_RESECTED).build()),
            "CNF-494 2.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        met("a pleural secondary (M1a) is distant metastasis",
            b -> b.diagnoses(List.of(nsclc("C34.12"), Diagnosis.of("C78.2"))).tumorStaging(java.util.Optional.empty()),
            "CNF-494 2.dx", MET, MEETS_CRITERIA),
        met("extent of disease not documented",
            b -> b.diagnoses(List.of(nsclc("C34.12"))).tumorStaging(java.util.Optional.empty()), "CNF-494 2.dx", MISSING, NEEDS_DOCUMENTATION),
        met("unresectable stage IIIB without metastasis meets neither pathway",
            b -> b.diagnoses(List.of(nsclc("C34.12"))).tumorStaging(TumorStaging.builder().stage("IIIB").metastatic(false)
                .resection(TumorStaging.Resection.NOT_RESECTED).build()),
            "CNF-494 2.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        met("small cell histology", b -> b.diagnoses(List.of(
                Diagnosis.builder().code(Icd10Code.of("C34.12")).subtype(DiagnosisSubtype.SMALL_CELL).build(), Diagnosis.of("C79.31"))),
            "CNF-494 2.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 2.A to 2.C
        met("aged 17", b -> b.patient(bornOn("2009-01-01")), "CNF-494 2.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        met("aged 18", b -> b.patient(bornOn("2008-01-01")), "CNF-494 2.A", MET, MEETS_CRITERIA),
        met("ALK negative", alkOnly(alk(BiomarkerStatus.NEGATIVE, "NGS")), "CNF-494 2.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        met("ALK indeterminate", alkOnly(alk(BiomarkerStatus.INDETERMINATE, "NGS")), "CNF-494 2.B", MISSING, NEEDS_DOCUMENTATION),
        met("ALK not tested", b -> b.biomarkers(List.of()), "CNF-494 2.B", MISSING, NEEDS_DOCUMENTATION),
        met("method not documented", alkOnly(alk(BiomarkerStatus.POSITIVE, null)), "CNF-494 2.C", MISSING, NEEDS_DOCUMENTATION),
        met("plasma NGS", alkOnly(alk(BiomarkerStatus.POSITIVE, "FoundationOne Liquid CDx")), "CNF-494 2.C", MET, MEETS_CRITERIA),
        // no step therapy: first line, or after crizotinib
        met("first line: no ALK inhibitor tried before", b -> b.therapyTrials(List.of()), "CNF-494 2", MET, MEETS_CRITERIA),
        met("after crizotinib failed",
            b -> b.addTherapyTrials(TherapyTrial.builder().drug(CRIZOTINIB).start(LocalDate.of(2025, 1, 10))
                .end(LocalDate.of(2026, 8, 30)).outcome(TrialOutcome.FAILED).build()),
            "CNF-494 2", MET, MEETS_CRITERIA),
        // 2.B first line or after crizotinib
        met("first line", b -> b.therapyTrials(List.of()), LINE, MET, MEETS_CRITERIA),
        met("after crizotinib only", b -> b.addTherapyTrials(prior(CRIZOTINIB, TrialOutcome.FAILED)), LINE, MET, MEETS_CRITERIA),
        met("after progression on lorlatinib", b -> b.addTherapyTrials(prior(LORLATINIB, TrialOutcome.FAILED)), LINE, NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        met("after crizotinib and then brigatinib",
            b -> b.addTherapyTrials(prior(CRIZOTINIB, TrialOutcome.FAILED), prior(BRIGATINIB, TrialOutcome.FAILED)), LINE, NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        met("brigatinib stopped for intolerance is still an earlier ALK inhibitor",
            b -> b.addTherapyTrials(prior(BRIGATINIB, TrialOutcome.INTOLERANT)), LINE, NOT_MET, DOES_NOT_MEET_CRITERIA),
        met("a contraindication to lorlatinib is no use of it",
            b -> b.addTherapyTrials(TherapyTrial.builder().drug(LORLATINIB).outcome(TrialOutcome.CONTRAINDICATED).build()), LINE, MET,
            MEETS_CRITERIA),
        met("adjuvant alectinib completed is no earlier line",
            b -> b.addTherapyTrials(prior(AlecensaRequests.ALECENSA, TrialOutcome.EFFECTIVE)), LINE, MET, MEETS_CRITERIA),
        met("progression on alectinib before an initial request for it",
            b -> b.addTherapyTrials(prior(AlecensaRequests.ALECENSA, TrialOutcome.FAILED)), LINE, NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clauses")
  void each_clause_decides_on_its_side_of_the_threshold(String description, CoverageRequest request, String clauseId,
      Status expectedClause, Outcome expectedOutcome) {
    Determination d = REGISTRY.evaluate(request, AS_OF);
    assertThat(d.clause(clauseId)).as("clause %s present", clauseId).isPresent();
    assertThat(d.clause(clauseId).get().status()).as("status of %s: %s", clauseId, d.clause(clauseId).get().finding())
        .isEqualTo(expectedClause);
    assertThat(d.outcome()).as("outcome: %s", d.summary()).isEqualTo(expectedOutcome);
    assertEveryUnmetClauseExplainsItself(d);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("residualTumor")
  void residual_tumor_asks_for_the_reports_and_warns_that_cigna_may_require_complete_resection(TumorStaging.Resection margin) {
    Determination d = REGISTRY.evaluate(adjuvant().tumorStaging(resected("4.5", N0).resection(margin).build()).build(), AS_OF);
    ClauseResult resection = d.clause("CNF-494 1.C (resection)").get();
    assertThat(resection.status()).isEqualTo(MISSING);
    assertThat(resection.remedy().get().howToFix()).contains("operative note").contains("pathology").contains("complete (R0)");
  }

  static Stream<TumorStaging.Resection> residualTumor() {
    return Stream.of(TumorStaging.Resection.R1, TumorStaging.Resection.R2);
  }

  static Stream<Arguments> approvals() {
    return Stream.of(
        Arguments.of("adjuvant, no alectinib yet: the whole 2-year course", adjuvant(), "CNF-494 1", Period.ofYears(2),
            LocalDate.of(2028, 11, 24)),
        Arguments.of("adjuvant, alectinib started 2026-06-01: capped at 2 years from the first dose",
            adjuvant().addTherapyTrials(alectinibSince(LocalDate.of(2026, 6, 1))), "CNF-494 1", Period.ofYears(2),
            LocalDate.of(2028, 6, 1)),
        Arguments.of("adjuvant, one day left", adjuvant().addTherapyTrials(alectinibSince(STARTED_TWO_YEARS_AGO.plusDays(1))),
            "CNF-494 1", Period.ofYears(2), AS_OF.plusDays(1)),
        Arguments.of("metastatic: 1 year", metastatic(), "CNF-494 2", Period.ofYears(1), LocalDate.of(2027, 11, 24)),
        Arguments.of("metastatic after adjuvant alectinib: no course cap",
            metastatic().addTherapyTrials(alectinibSince(LocalDate.of(2024, 1, 1))), "CNF-494 2", Period.ofYears(1),
            LocalDate.of(2027, 11, 24)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("approvals")
  void each_pathway_approves_for_its_own_duration(String description, CoverageRequest.Builder request, String pathway,
      Period maximum, LocalDate ends) {
    Determination d = REGISTRY.evaluate(request.build(), AS_OF);
    assertThat(d.outcome()).as(d.summary()).isEqualTo(MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo(pathway);
    assertThat(d.approval().get().maximum()).isEqualTo(maximum);
    assertThat(d.approval().get().endsNoLaterThan()).isEqualTo(ends);
  }

  private static final ResponseAssessment NO_PROGRESSION =
      ResponseAssessment.builder().assessedOn(LocalDate.of(2026, 11, 2)).addImprovements(ResponseMarker.NO_DISEASE_PROGRESSION).build();

  static Stream<Arguments> reauthorizations() {
    ResponseAssessment none = ResponseAssessment.builder().assessedOn(LocalDate.of(2026, 11, 2)).build();
    ResponseAssessment dermatology = ResponseAssessment.builder().addImprovements(ResponseMarker.ERYTHEMA).build();
    LocalDate started = LocalDate.of(2025, 12, 1);
    return Stream.of(
        Arguments.of("adjuvant, no recurrence, in the course's second year",
            adjuvant().addTherapyTrials(alectinibSince(started)).response(NO_PROGRESSION), "CNF-494 Reauthorization 1", MET,
            MEETS_CRITERIA),
        Arguments.of("adjuvant without the start of alectinib",
            adjuvant().response(NO_PROGRESSION), "CNF-494 1 (2-year total)", MISSING, NEEDS_DOCUMENTATION),
        Arguments.of("adjuvant after the 2 years",
            adjuvant().addTherapyTrials(alectinibSince(STARTED_TWO_YEARS_AGO)).response(NO_PROGRESSION), "CNF-494 1 (2-year total)",
            NOT_MET, DOES_NOT_MEET_CRITERIA),
        Arguments.of("adjuvant without an assessment",
            adjuvant().addTherapyTrials(alectinibSince(started)), "CNF-494 Reauthorization 1", MISSING, NEEDS_DOCUMENTATION),
        Arguments.of("adjuvant, assessed without documenting no recurrence",
            adjuvant().addTherapyTrials(alectinibSince(started)).response(none), "CNF-494 Reauthorization 1", NOT_MET,
            DOES_NOT_MEET_CRITERIA),
        Arguments.of("adjuvant, recurrence documented",
            adjuvant().addTherapyTrials(alectinibSince(started)).response(none)
                .tumorStaging(resected("4.5", N0).recurrent(true).build()),
            "CNF-494 Reauthorization 1", NOT_MET, DOES_NOT_MEET_CRITERIA),
        Arguments.of("metastatic, no progression", metastatic().response(NO_PROGRESSION), "CNF-494 Reauthorization 2", MET,
            MEETS_CRITERIA),
        Arguments.of("metastatic continuation: the alectinib being continued is not an earlier line",
            metastatic().addTherapyTrials(alectinibSince(LocalDate.of(2025, 12, 1))).response(NO_PROGRESSION), LINE, MET,
            MEETS_CRITERIA),
        Arguments.of("metastatic continuation after lorlatinib",
            metastatic().addTherapyTrials(prior(LORLATINIB, TrialOutcome.FAILED), alectinibSince(LocalDate.of(2026, 9, 1)))
                .response(NO_PROGRESSION), LINE, NOT_MET, DOES_NOT_MEET_CRITERIA),
        Arguments.of("metastatic without an assessment", metastatic(), "CNF-494 Reauthorization 2", MISSING, NEEDS_DOCUMENTATION),
        Arguments.of("metastatic, a dermatology improvement is no oncology response", metastatic().response(dermatology),
            "CNF-494 Reauthorization 2", NOT_MET, DOES_NOT_MEET_CRITERIA),
        Arguments.of("metastatic responder who is no longer ALK-positive on record",
            metastatic().response(NO_PROGRESSION).biomarkers(List.of(alk(BiomarkerStatus.NEGATIVE, "NGS"))), "CNF-494 2.B", NOT_MET,
            DOES_NOT_MEET_CRITERIA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reauthorizations")
  void reauthorization_needs_the_criteria_and_no_recurrence_or_progression(String description, CoverageRequest.Builder request,
      String clauseId, Status expectedClause, Outcome expectedOutcome) {
    Determination d = REGISTRY.evaluate(request.requestType(RequestType.REAUTHORIZATION).build(), AS_OF);
    assertThat(d.clause(clauseId).get().status()).as("%s: %s", clauseId, d.clause(clauseId).get().finding()).isEqualTo(expectedClause);
    assertThat(d.outcome()).as(d.summary()).isEqualTo(expectedOutcome);
    assertEveryUnmetClauseExplainsItself(d);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reauthorizationApprovals")
  void a_reauthorization_approval_never_outlasts_the_adjuvant_course(String description, CoverageRequest.Builder request,
      Period maximum, LocalDate ends) {
    Determination d = REGISTRY.evaluate(request.requestType(RequestType.REAUTHORIZATION).build(), AS_OF);
    assertThat(d.outcome()).as(d.summary()).isEqualTo(MEETS_CRITERIA);
    assertThat(d.approval().get().maximum()).isEqualTo(maximum);
    assertThat(d.approval().get().endsNoLaterThan()).isEqualTo(ends);
  }

  static Stream<Arguments> reauthorizationApprovals() {
    return Stream.of(
        Arguments.of("adjuvant started 2025-12-01: ends 2 years after the first dose",
            adjuvant().addTherapyTrials(alectinibSince(LocalDate.of(2025, 12, 1))).response(NO_PROGRESSION), Period.ofYears(2),
            LocalDate.of(2027, 12, 1)),
        Arguments.of("metastatic: another year", metastatic().response(NO_PROGRESSION), Period.ofYears(1), LocalDate.of(2027, 11, 24)));
  }

  /** Every NOT_MET or MISSING clause says why, how to fix it, and (checks) which documents. */
  static void assertEveryUnmetClauseExplainsItself(Determination d) {
    for (ClauseResult root : d.trace()) {
      root.forEachClause(c -> {
        if (c.status() == MET) {
          assertThat(c.remedy()).as("%s is met and has no remedy", c.id()).isEmpty();
          return;
        }
        assertThat(c.remedy()).as("%s remedy", c.id()).isPresent();
        assertThat(c.remedy().get().denialReason()).as("%s denial reason", c.id()).isNotBlank();
        assertThat(c.remedy().get().howToFix()).as("%s fix", c.id()).isNotBlank();
        if (c.kind() == ClauseKind.CHECK) {
          assertThat(c.documents()).as("%s documents", c.id()).isNotEmpty();
        }
      });
    }
  }
}
