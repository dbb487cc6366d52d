package io.covercrit.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.BiomarkerResult;
import io.covercrit.core.model.BiomarkerStatus;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.TumorStaging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Biomarkers, Tumors, TherapyLines and CourseLimit at their boundaries. */
class OncologyClauseTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final Predicate<Drug> REQUESTED = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("alectinib"));
  private static final Predicate<Drug> ALLOWED = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("crizotinib"));
  private static final Predicate<Drug> OTHERS = DrugNames.classOrNamed(Set.of(), DrugNames.lowerCase("lorlatinib"));

  private static CoverageRequest.Builder request() {
    return CoverageRequest.builder().requestedDrug(Drug.named("alectinib")).patient(Patient.builder().build());
  }

  private static ClauseResult evaluate(Criterion clause, CoverageRequest.Builder request) {
    return clause.evaluate(context(request));
  }

  private static EvaluationContext context(CoverageRequest.Builder request) {
    return new EvaluationContext(request.build(), AS_OF, Icd10CodeSets.curated());
  }

  private static BiomarkerResult biomarker(String name, BiomarkerStatus status) {
    return BiomarkerResult.builder().biomarker(name).status(status).method("FISH").date(LocalDate.of(2026, 1, 5)).build();
  }

  private static TherapyTrial trial(String drug, TrialOutcome outcome, LocalDate start) {
    TherapyTrial.Builder trial = TherapyTrial.builder().drug(Drug.named(drug)).outcome(outcome);
    if (start != null) {
      trial.start(start);
    }
    return trial.build();
  }

  // Biomarkers

  @Test
  void a_positive_result_meets_and_one_suffices() {
    ClauseResult r = evaluate(Biomarkers.positive("T 1.B", "ALK-positive", "ALK").build(), request()
        .addBiomarkers(biomarker("ALK", BiomarkerStatus.NEGATIVE), biomarker("EML4-ALK fusion", BiomarkerStatus.POSITIVE)));
    assertThat(r.status()).isEqualTo(Status.MET);
    assertThat(r.finding()).contains("EML4-ALK fusion POSITIVE by FISH (2026-01-05)");
  }

  @Test
  void a_negative_result_is_not_met_and_an_indeterminate_or_absent_one_missing() {
    Criterion clause = Biomarkers.positive("T 1.B", "ALK-positive", "ALK").build();
    assertThat(evaluate(clause, request().addBiomarkers(biomarker("ALK", BiomarkerStatus.NEGATIVE))).status())
        .isEqualTo(Status.NOT_MET);
    ClauseResult indeterminate = evaluate(clause, request().addBiomarkers(biomarker("ALK", BiomarkerStatus.INDETERMINATE)));
    assertThat(indeterminate.status()).isEqualTo(Status.MISSING);
    assertThat(indeterminate.remedy().get().denialReason()).isEqualTo("The ALK test result is indeterminate.");
    ClauseResult none = evaluate(clause, request());
    assertThat(none.status()).isEqualTo(Status.MISSING);
    assertThat(none.finding()).contains("No ALK result documented");
  }

  @Test
  void the_biomarker_is_matched_as_a_whole_word() {
    ClauseResult r = evaluate(Biomarkers.positive("T 1.B", "ALK-positive", "ALK").build(),
        request().addBiomarkers(biomarker("ALKBH5", BiomarkerStatus.POSITIVE)));
    assertThat(r.status()).isEqualTo(Status.MISSING);
    assertThat(Biomarkers.results(context(request().addBiomarkers(biomarker("alk rearrangement", BiomarkerStatus.NEGATIVE),
        biomarker("ALK", BiomarkerStatus.POSITIVE))), "ALK", BiomarkerStatus.NEGATIVE)).hasSize(1);
  }

  // Tumors

  @ParameterizedTest
  @CsvSource({"4.0, MET", "3.9, NOT_MET", "12.5, MET"})
  void tumor_size_counts_the_limit_itself(String cm, Status expected) {
    ClauseResult r = evaluate(Tumors.sizeAtLeastCm("T 1.C", "Tumor 4 cm or larger", new BigDecimal("4.0")).build(),
        request().tumorStaging(TumorStaging.builder().primaryTumorSizeCm(new BigDecimal(cm)).build()));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.finding()).contains("Tumor " + cm + " cm (4 cm or larger required)");
  }

  @Test
  void an_undocumented_tumor_size_is_missing() {
    assertThat(evaluate(Tumors.sizeAtLeastCm("T 1.C", "Tumor 4 cm or larger", BigDecimal.valueOf(4)).build(),
        request().tumorStaging(TumorStaging.builder().build())).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"N1, MET", "N3, MET", "N0, NOT_MET", "NX, MISSING"})
  void node_positive(TumorStaging.NodalStatus nodes, Status expected) {
    assertThat(evaluate(Tumors.nodePositive("T 1.C", "Node-positive").build(),
        request().tumorStaging(TumorStaging.builder().nodalStatus(nodes).build())).status()).isEqualTo(expected);
    assertThat(evaluate(Tumors.nodePositive("T 1.C", "Node-positive").build(), request()).status())
        .isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"R0, MET", "NOT_RESECTED, NOT_MET", "R1, NOT_MET", "R2, NOT_MET", "RX, MISSING"})
  void completely_resected(TumorStaging.Resection resection, Status expected) {
    assertThat(evaluate(Tumors.resected("T 1.C", "Completely resected").build(),
        request().tumorStaging(TumorStaging.builder().resection(resection).build())).status()).isEqualTo(expected);
  }

  @Test
  void a_policy_decides_an_incomplete_resection_and_nothing_else() {
    Criterion clause = Tumors.resected("T 1.C", "Resected", r -> Finding.missing("residual " + r)).build();
    ClauseResult r1 = evaluate(clause,
        request().tumorStaging(TumorStaging.builder().resection(TumorStaging.Resection.R1).build()));
    assertThat(r1.status()).isEqualTo(Status.MISSING);
    assertThat(r1.finding()).contains("residual R1");
    assertThat(evaluate(clause, request().tumorStaging(TumorStaging.builder().resection(TumorStaging.Resection.R0).build()))
        .status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void extent_reads_m1_stage_iv_recurrence_and_distant_codes_before_m0() {
    Predicate<Icd10Code> distant = code -> code.isWithin(Icd10Code.of("C79"));
    assertThat(extent(request().tumorStaging(TumorStaging.builder().metastatic(true).build()), distant).spread())
        .isEqualTo(Tumors.Spread.METASTATIC_OR_RECURRENT);
    assertThat(extent(request().tumorStaging(TumorStaging.builder().stage("IVA").build()), distant).detail())
        .isEqualTo("stage IVA");
    assertThat(extent(request().tumorStaging(TumorStaging.builder().metastatic(false).recurrent(true).build()), distant)
        .spread()).isEqualTo(Tumors.Spread.METASTATIC_OR_RECURRENT);
    assertThat(extent(request().tumorStaging(TumorStaging.builder().metastatic(false).build())
        .addDiagnoses(Diagnosis.of("C79.31")), distant).spread()).isEqualTo(Tumors.Spread.METASTATIC_OR_RECURRENT);
    Tumors.Extent m0 = extent(request().tumorStaging(TumorStaging.builder().metastatic(false).stage("IIB").build()), distant);
    assertThat(m0.spread()).isEqualTo(Tumors.Spread.NOT_METASTATIC);
    assertThat(m0.detail()).isEqualTo("no distant metastasis (M0), stage IIB; note");
    assertThat(extent(request(), distant).spread()).isEqualTo(Tumors.Spread.UNKNOWN);
  }

  private static Tumors.Extent extent(CoverageRequest.Builder request, Predicate<Icd10Code> distant) {
    return Tumors.extent(context(request), distant, ctx -> "; note");
  }

  @Test
  void no_progression_reads_the_response_and_no_recurrence_the_staging_first() {
    ResponseAssessment stable = ResponseAssessment.builder().assessedOn(LocalDate.of(2026, 2, 1))
        .addImprovements(ResponseMarker.NO_DISEASE_PROGRESSION).build();
    Criterion progression = Tumors.noProgression("T R", "No progression", "alectinib").build();
    ClauseResult met = evaluate(progression, request().response(stable));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.finding()).contains("No recurrence or progression documented (assessed 2026-02-01)");
    assertThat(evaluate(progression, request().response(ResponseAssessment.builder().build())).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(progression, request()).finding()).contains("No assessment of disease status on alectinib");
    CoverageRequest.Builder recurred = request().response(stable)
        .tumorStaging(TumorStaging.builder().recurrent(true).build());
    assertThat(evaluate(progression, recurred).status()).isEqualTo(Status.MET);
    ClauseResult recurrence = evaluate(Tumors.noRecurrence("T R", "No recurrence", "alectinib", "adjuvant").build(), recurred);
    assertThat(recurrence.status()).isEqualTo(Status.NOT_MET);
    assertThat(recurrence.finding()).contains("Recurrence documented during adjuvant therapy");
  }

  // TherapyLines

  private static ClauseResult line(CoverageRequest.Builder request) {
    return evaluate(TherapyLines.firstLineOrAfter("T 2.B", "First line or after crizotinib", "ALK inhibitor", REQUESTED,
        ALLOWED, "crizotinib", OTHERS).build(), request);
  }

  @Test
  void first_line_or_after_the_allowed_drug_is_met() {
    assertThat(line(request()).finding()).contains("First line: no prior ALK inhibitor documented");
    ClauseResult after = line(request().addTherapyTrials(trial("crizotinib", TrialOutcome.FAILED, LocalDate.of(2025, 1, 2))));
    assertThat(after.status()).isEqualTo(Status.MET);
    assertThat(after.finding()).contains("After crizotinib: crizotinib (progressed on it, from 2025-01-02)");
  }

  @Test
  void another_drug_of_the_class_is_not_met_whatever_its_outcome_but_a_contraindication_is_no_use() {
    ClauseResult intolerant = line(request().addTherapyTrials(trial("crizotinib", TrialOutcome.FAILED, null),
        trial("lorlatinib", TrialOutcome.INTOLERANT, null)));
    assertThat(intolerant.status()).isEqualTo(Status.NOT_MET);
    assertThat(intolerant.finding()).contains("Prior ALK inhibitor other than crizotinib: lorlatinib (stopped for intolerance)");
    assertThat(line(request().addTherapyTrials(trial("lorlatinib", TrialOutcome.CONTRAINDICATED, null))).status())
        .isEqualTo(Status.MET);
  }

  @Test
  void progression_on_the_requested_drug_counts_only_on_an_initial_request() {
    TherapyTrial progressed = trial("alectinib", TrialOutcome.FAILED, null);
    assertThat(line(request().addTherapyTrials(progressed)).status()).isEqualTo(Status.NOT_MET);
    assertThat(line(request().addTherapyTrials(progressed).requestType(RequestType.REAUTHORIZATION)).status())
        .isEqualTo(Status.MET);
    assertThat(line(request().addTherapyTrials(trial("alectinib", TrialOutcome.ONGOING, null))).status())
        .isEqualTo(Status.MET);
  }

  // CourseLimit

  private static ClauseResult course(CoverageRequest.Builder request) {
    return evaluate(CourseLimit.within("T 1", "Within 2 years", REQUESTED, "alectinib", Period.ofYears(2)).build(), request);
  }

  @ParameterizedTest
  @CsvSource({"2024-03-02, MET", "2024-03-01, NOT_MET"})
  void the_course_ends_on_its_last_day(String started, Status expected) {
    LocalDate start = LocalDate.parse(started);
    ClauseResult r = course(request().addTherapyTrials(trial("alectinib", TrialOutcome.ONGOING, start),
        trial("alectinib", TrialOutcome.ONGOING, start.plusMonths(3))));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.finding().get()).startsWith("Alectinib started " + started + "; the 2-year course end");
    assertThat(CourseLimit.end(context(request().addTherapyTrials(trial("alectinib", TrialOutcome.ONGOING, start))),
        REQUESTED, Period.ofYears(2))).contains(start.plusYears(2));
  }

  @Test
  void no_use_starts_the_course_unless_renewed_and_an_undated_use_is_missing() {
    assertThat(course(request()).status()).isEqualTo(Status.MET);
    assertThat(course(request().addTherapyTrials(trial("alectinib", TrialOutcome.CONTRAINDICATED, null))).status())
        .isEqualTo(Status.MET);
    assertThat(course(request().requestType(RequestType.REAUTHORIZATION)).status()).isEqualTo(Status.MISSING);
    assertThat(course(request().addTherapyTrials(trial("alectinib", TrialOutcome.ONGOING, null))).status())
        .isEqualTo(Status.MISSING);
    assertThat(CourseLimit.end(context(request()), REQUESTED, Period.ofYears(2))).isEmpty();
  }

  @Test
  void course_lengths_in_words() {
    assertThat(CourseLimit.words(Period.ofYears(2))).isEqualTo("2-year");
    assertThat(CourseLimit.words(Period.ofMonths(6))).isEqualTo("6-month");
    assertThat(CourseLimit.words(Period.ofDays(90))).isEqualTo("90-day");
    assertThat(CourseLimit.words(Period.of(1, 6, 0))).isEqualTo("P1Y6M");
  }
}
