package io.covercrit.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.HistoryReview;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LabRoutes, CombinedUse, StrictTrials and FindingHistory on the boundaries their parameters set. */
class DrugUseAndFindingClauseTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static CoverageRequest.Builder request() {
    return CoverageRequest.builder().requestedDrug(Drug.named("Testamab")).patient(Patient.builder().build());
  }

  private static ClauseResult evaluate(Criterion clause, CoverageRequest.Builder request) {
    return clause.evaluate(new EvaluationContext(request.build(), AS_OF, Icd10CodeSets.curated()));
  }

  private static TherapyTrial trial(Drug drug, String start, String end, TrialOutcome outcome) {
    TherapyTrial.Builder b = TherapyTrial.builder().drug(drug).outcome(outcome);
    if (start != null) {
      b.start(LocalDate.parse(start));
    }
    if (end != null) {
      b.end(LocalDate.parse(end));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- LabRoutes

  private static final LabRoutes.Lab EOSINOPHILS = LabRoutes.Lab.of(Analyte.BLOOD_EOSINOPHILS,
      Unit.CELLS_PER_MICROLITER, " cells/µL", "blood eosinophil count", "eosinophil count", "(cells/µL)", 42, "6 weeks",
      d -> DrugNames.mentionsAny(d, Set.of("lowerumab")), "eosinophil-lowering antibody");

  private static LabResult count(String value, Unit unit, String date) {
    return LabResult.builder().analyte(Analyte.BLOOD_EOSINOPHILS).value(Quantity.of(value, unit))
        .date(LocalDate.parse(date)).build();
  }

  private static Criterion eosinophils(LabRoutes.Route route) {
    return LabRoutes.atLeast("T 1.B", "Eosinophils of 150 or more", EOSINOPHILS, BigDecimal.valueOf(150), route).build();
  }

  @ParameterizedTest
  @CsvSource({"2026-01-18, 150, MET", "2026-01-18, 149, NOT_MET", "2026-01-17, 400, MISSING", "2026-03-02, 400, MISSING"})
  void a_recent_count_is_the_highest_within_the_window(String date, String value, Status expected) {
    ClauseResult r = evaluate(eosinophils(LabRoutes.Route.RECENT),
        request().addLabResults(count(value, Unit.CELLS_PER_MICROLITER, date)));
    assertThat(r.status()).isEqualTo(expected);
  }

  @Test
  void a_recent_count_converts_units_and_takes_the_highest() {
    ClauseResult r = evaluate(eosinophils(LabRoutes.Route.RECENT), request().addLabResults(
        count("0.15", Unit.BILLION_CELLS_PER_LITER, "2026-02-01"), count("90", Unit.CELLS_PER_MICROLITER, "2026-02-20")));
    assertThat(r.status()).isEqualTo(Status.MET);
    assertThat(r.finding().get()).startsWith("0.15").contains("= 150 cells/µL on 2026-02-01, within the 6 weeks since");
  }

  private static final Drug ANTIBODY = Drug.named("Lowerumab");

  @Test
  void a_count_before_the_drug_must_be_dated_before_its_first_start() {
    Criterion before = eosinophils(LabRoutes.Route.BEFORE_DRUG);
    TherapyTrial started = trial(ANTIBODY, "2025-06-01", null, TrialOutcome.ONGOING);
    assertThat(evaluate(before, request().addTherapyTrials(started)
        .addLabResults(count("300", Unit.CELLS_PER_MICROLITER, "2025-05-31"))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(before, request().addTherapyTrials(started)
        .addLabResults(count("300", Unit.CELLS_PER_MICROLITER, "2025-06-01"))).status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(before, request().addTherapyTrials(started)
        .addLabResults(count("100", Unit.CELLS_PER_MICROLITER, "2025-01-01"))).status()).isEqualTo(Status.NOT_MET);
    // No such drug started: this route cannot apply; an undated start is MISSING.
    assertThat(evaluate(before, request()).status()).isEqualTo(Status.NOT_MET);
    ClauseResult undated = evaluate(before, request().addTherapyTrials(trial(ANTIBODY, null, null, TrialOutcome.ONGOING)));
    assertThat(undated.status()).isEqualTo(Status.MISSING);
    assertThat(undated.remedy().get().howToFix()).contains("with the eosinophil count from before it");
  }

  @Test
  void either_route_meets_and_otherwise_keeps_the_better_status_with_both_details() {
    Criterion either = eosinophils(LabRoutes.Route.EITHER);
    TherapyTrial started = trial(ANTIBODY, "2025-06-01", null, TrialOutcome.ONGOING);
    assertThat(evaluate(either, request().addTherapyTrials(started)
        .addLabResults(count("300", Unit.CELLS_PER_MICROLITER, "2025-05-01"))).status()).isEqualTo(Status.MET);
    ClauseResult neither = evaluate(either, request().addLabResults(count("100", Unit.CELLS_PER_MICROLITER, "2026-02-20")));
    assertThat(neither.status()).isEqualTo(Status.NOT_MET);
    assertThat(neither.finding().get()).contains("; No eosinophil-lowering antibody started");
    assertThat(evaluate(either, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void a_lab_in_a_unit_that_cannot_measure_it_is_rejected() {
    assertThatThrownBy(() -> LabRoutes.Lab.of(Analyte.BLOOD_EOSINOPHILS, Unit.PERCENT, "%", "x", "x", "", 1, "1 day",
        d -> true, "drug")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- CombinedUse

  enum Part { ICS, LABA }

  private static final CombinedUse.Parts<Part> PARTS = CombinedUse.Parts.of(d -> {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    if (DrugNames.mentionsAny(d, Set.of("icsone", "combo"))) {
      parts.add(Part.ICS);
    }
    if (DrugNames.mentionsAny(d, Set.of("labaol", "combo"))) {
      parts.add(Part.LABA);
    }
    return parts;
  }, p -> p.name());

  private static final Set<Part> BOTH = EnumSet.of(Part.ICS, Part.LABA);

  @Test
  void parts_used_together_for_the_months_overlap_counts_and_a_combination_provides_both() {
    Criterion together = CombinedUse.together("T 1.C", "3 months of ICS and LABA", PARTS, BOTH, 3).build();
    // 1 December to 28 February is 3 months.
    assertThat(evaluate(together, request().addTherapyTrials(
        trial(Drug.named("Icsone"), "2025-11-01", "2026-02-28", TrialOutcome.FAILED),
        trial(Drug.named("Labaol"), "2025-12-01", "2026-02-28", TrialOutcome.FAILED))).status()).isEqualTo(Status.MET);
    ClauseResult short1 = evaluate(together, request().addTherapyTrials(
        trial(Drug.named("Icsone"), "2025-11-01", "2026-02-28", TrialOutcome.FAILED),
        trial(Drug.named("Labaol"), "2025-12-02", "2026-02-28", TrialOutcome.FAILED)));
    assertThat(short1.status()).isEqualTo(Status.NOT_MET);
    assertThat(short1.finding().get()).contains("ICS + LABA together from 2025-12-02").contains("3 consecutive months");
    assertThat(evaluate(together, request().addTherapyTrials(
        trial(Drug.named("Combo"), "2025-12-01", null, TrialOutcome.ONGOING))).status()).isEqualTo(Status.MET);
    ClauseResult absent = evaluate(together, request().addTherapyTrials(
        trial(Drug.named("Icsone"), "2025-01-01", null, TrialOutcome.ONGOING)));
    assertThat(absent.status()).isEqualTo(Status.MISSING);
    assertThat(absent.finding().get()).isEqualTo("no LABA documented");
  }

  @Test
  void together_with_a_contraindicated_part_needs_the_contraindication() {
    Criterion clause = CombinedUse.togetherWithContraindicated("T 1.C", "LABA, ICS contraindicated", PARTS,
        EnumSet.of(Part.LABA), 3, Part.ICS, "inhaled corticosteroids").build();
    TherapyTrial laba = trial(Drug.named("Labaol"), "2025-06-01", null, TrialOutcome.ONGOING);
    ClauseResult without = evaluate(clause, request().addTherapyTrials(laba));
    assertThat(without.status()).isEqualTo(Status.NOT_MET);
    assertThat(without.finding().get()).isEqualTo("No contraindication to inhaled corticosteroids documented");
    assertThat(evaluate(clause, request().addTherapyTrials(laba,
        trial(Drug.named("Icsone"), null, null, TrialOutcome.CONTRAINDICATED))).status()).isEqualTo(Status.MET);
  }

  @Test
  void still_using_needs_every_part_from_the_medication_list_or_a_trial_in_use() {
    Criterion clause = CombinedUse.stillUsing("T 1.R2", "Continues ICS and LABA", PARTS, BOTH, "an ICS and a LABA",
        "Testamab").build();
    assertThat(evaluate(clause, request().addConcurrentMedications(Drug.named("Icsone"))
        .addTherapyTrials(trial(Drug.named("Labaol"), "2025-01-01", null, TrialOutcome.ONGOING))).status())
        .isEqualTo(Status.MET);
    ClauseResult partly = evaluate(clause, request().addConcurrentMedications(Drug.named("Icsone"))
        .addTherapyTrials(trial(Drug.named("Labaol"), "2025-01-01", "2025-06-01", TrialOutcome.FAILED)));
    assertThat(partly.status()).isEqualTo(Status.NOT_MET);
    assertThat(partly.finding().get()).isEqualTo("Current use of an ICS and a LABA not documented (only [Icsone])");
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
    assertThat(partly.remedy().get().howToFix()).contains("with Testamab");
  }

  // ---------------------------------------------------------------- StrictTrials

  private static final Drug PPI = Drug.builder().name("Prazole").drugClass(DrugClass.PROTON_PUMP_INHIBITOR).build();

  @ParameterizedTest
  @CsvSource({"2026-01-01, 2026-02-25, MET", "2026-01-01, 2026-02-24, NOT_MET"})
  void days_of_use_counts_any_outcome(String start, String end, Status expected) {
    Criterion clause = StrictTrials.daysOfUse("T 4.E", "8 weeks of a PPI", d -> d.isOfClass(DrugClass.PROTON_PUMP_INHIBITOR),
        "proton pump inhibitor", 56, "policy").build();
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PPI, start, end, TrialOutcome.EFFECTIVE))).status())
        .isEqualTo(expected);
  }

  @Test
  void days_of_use_takes_no_contraindication_and_needs_a_start() {
    Criterion clause = StrictTrials.daysOfUse("T 4.E", "8 weeks of a PPI", d -> d.isOfClass(DrugClass.PROTON_PUMP_INHIBITOR),
        "proton pump inhibitor", 56, "digest").build();
    ClauseResult contraindicated = evaluate(clause, request().addTherapyTrials(trial(PPI, null, null,
        TrialOutcome.CONTRAINDICATED)));
    assertThat(contraindicated.status()).isEqualTo(Status.NOT_MET);
    assertThat(contraindicated.finding().get()).isEqualTo("Prazole contraindicated (the digest names no exception)");
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PPI, null, null, TrialOutcome.FAILED))).status())
        .isEqualTo(Status.MISSING);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(clause, request().addHistoryReviews(
        HistoryReview.of(RecordedHistory.THERAPY_TRIALS, LocalDate.of(2024, 1, 1)))).status()).isEqualTo(Status.NOT_MET);
  }

  private static Drug steroid(TopicalSteroidPotency potency) {
    return Drug.builder().name("steroid " + potency).drugClass(DrugClass.TOPICAL_CORTICOSTEROID).potency(potency).build();
  }

  @Test
  void an_inadequate_efficacy_trial_needs_the_potency_the_days_and_no_exception() {
    Criterion clause = StrictTrials.inadequateEfficacy("T 2.C", d -> d.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID),
        "topical corticosteroid", EnumSet.of(TopicalSteroidPotency.HIGH), "high potency", 14, "policy").build();
    assertThat(clause.text()).isEqualTo("Tried at least one prescription topical corticosteroid of high potency, applied"
        + " daily for at least 14 consecutive days, with inadequate efficacy");
    Drug high = steroid(TopicalSteroidPotency.HIGH);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(high, "2026-01-01", "2026-01-14", TrialOutcome.FAILED)))
        .status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(high, "2026-01-01", "2026-01-13", TrialOutcome.FAILED)))
        .status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(high, "2026-01-01", null, TrialOutcome.INTOLERANT)))
        .status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(steroid(TopicalSteroidPotency.MEDIUM), "2026-01-01",
        "2026-02-01", TrialOutcome.FAILED))).finding().get()).isEqualTo("steroid MEDIUM is medium potency (high potency"
        + " required)");
    ClauseResult ongoing = evaluate(clause, request().addTherapyTrials(trial(high, "2026-01-01", null, TrialOutcome.ONGOING)));
    assertThat(ongoing.status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(Drug.builder().name("steroid")
        .drugClass(DrugClass.TOPICAL_CORTICOSTEROID).build(), "2026-01-01", "2026-02-01", TrialOutcome.FAILED))).status())
        .isEqualTo(Status.MISSING);
  }

  private static final Drug PREDNISONE = Drug.builder().name("Prednisone").drugClass(DrugClass.SYSTEMIC_CORTICOSTEROID)
      .build();

  @ParameterizedTest
  @CsvSource({"2024-02-26, 2024-03-06, MET", "2024-02-26, 2024-03-05, NOT_MET", "2024-02-01, 2024-02-29, NOT_MET"})
  void a_course_counts_only_its_days_within_the_window(String start, String end, Status expected) {
    // The 2 years run from 1 March 2024: 26 February to 6 March has 6 days in them.
    Criterion clause = StrictTrials.courseWithin("T 3.E", "A 6-day course in 2 years",
        d -> d.isOfClass(DrugClass.SYSTEMIC_CORTICOSTEROID), "systemic corticosteroid", 6, Period.ofYears(2), "2 years")
        .build();
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PREDNISONE, start, end, TrialOutcome.EFFECTIVE)))
        .status()).isEqualTo(expected);
  }

  @Test
  void a_contraindication_to_a_kind() {
    Criterion clause = StrictTrials.contraindicated("T 3.E.b", "Contraindication to systemic corticosteroids",
        d -> d.isOfClass(DrugClass.SYSTEMIC_CORTICOSTEROID), "systemic corticosteroids").build();
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PREDNISONE, null, null, TrialOutcome.CONTRAINDICATED)))
        .status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PREDNISONE, "2025-01-01", null, TrialOutcome.INTOLERANT)))
        .status()).isEqualTo(Status.NOT_MET);
  }

  private static final Drug ANTIHISTAMINE = Drug.builder().name("Cetirizine").drugClass(DrugClass.H1_ANTIHISTAMINE).build();

  @Test
  void despite_therapy_needs_it_in_use_or_failed() {
    Criterion clause = StrictTrials.despite("T 7.B", "Despite daily antihistamine", d -> d.isOfClass(DrugClass.H1_ANTIHISTAMINE),
        "H1 antihistamine", "hives persisted", "hives persisting on the antihistamine").build();
    assertThat(evaluate(clause, request().addConcurrentMedications(ANTIHISTAMINE)).finding().get())
        .isEqualTo("Cetirizine taken daily (concurrent medication)");
    assertThat(evaluate(clause, request().addTherapyTrials(trial(ANTIHISTAMINE, "2025-01-01", "2025-03-01",
        TrialOutcome.FAILED))).finding().get()).isEqualTo("Cetirizine: failed, hives persisted");
    ClauseResult effective = evaluate(clause, request().addTherapyTrials(trial(ANTIHISTAMINE, "2025-01-01", "2025-03-01",
        TrialOutcome.EFFECTIVE)));
    assertThat(effective.status()).isEqualTo(Status.NOT_MET);
    assertThat(effective.finding().get()).isEqualTo("Cetirizine: effective (hives persisting on the antihistamine required)");
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  // ---------------------------------------------------------------- FindingHistory

  private static ClinicalFinding since(ClinicalFindingKind kind, String date) {
    return ClinicalFinding.builder().kind(kind).since(LocalDate.parse(date)).build();
  }

  private static ClinicalFinding absent(ClinicalFindingKind kind) {
    return ClinicalFinding.builder().kind(kind).present(false).build();
  }

  @ParameterizedTest
  @CsvSource({"2026-01-19, MET", "2026-01-20, NOT_MET"})
  void lasting_at_least_counts_the_onset_and_the_as_of_date(String onset, Status expected) {
    // 19 January to 1 March is 42 days, both counted.
    Criterion clause = FindingHistory.lastingAtLeast("T 5.C", "Pruritus for 6 weeks", ClinicalFindingKind.PRURITUS, 42,
        "6 weeks").build();
    assertThat(evaluate(clause, request().addClinicalFindings(since(ClinicalFindingKind.PRURITUS, onset))).status())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2026-01-18, MET", "2026-01-19, NOT_MET"})
  void lasting_more_than_needs_one_day_more(String onset, Status expected) {
    Criterion clause = FindingHistory.lastingMoreThan("T 7.B", "Hives for more than 6 weeks", ClinicalFindingKind.HIVES,
        42, "more than 6 weeks").build();
    assertThat(evaluate(clause, request().addClinicalFindings(since(ClinicalFindingKind.HIVES, onset))).status())
        .isEqualTo(expected);
  }

  @Test
  void a_lasting_finding_absent_undated_or_unrecorded() {
    Criterion clause = FindingHistory.lastingAtLeast("T 5.C", "Pruritus for 6 weeks", ClinicalFindingKind.PRURITUS, 42,
        "6 weeks").build();
    assertThat(evaluate(clause, request().addClinicalFindings(absent(ClinicalFindingKind.PRURITUS))).status())
        .isEqualTo(Status.NOT_MET);
    ClauseResult undated = evaluate(clause, request().addClinicalFindings(ClinicalFinding.of(ClinicalFindingKind.PRURITUS)));
    assertThat(undated.status()).isEqualTo(Status.MISSING);
    assertThat(undated.finding().get()).isEqualTo("Pruritus documented without its onset date");
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest
  @CsvSource({"4, MET", "3, NOT_MET"})
  void days_a_week_more_than(int days, Status expected) {
    Criterion clause = FindingHistory.daysPerWeekMoreThan("T 7.B", "More than 3 days a week", ClinicalFindingKind.HIVES, 3)
        .build();
    ClauseResult r = evaluate(clause, request().addClinicalFindings(ClinicalFinding.builder()
        .kind(ClinicalFindingKind.HIVES).daysPerWeek(days).build()));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(evaluate(clause, request().addClinicalFindings(ClinicalFinding.of(ClinicalFindingKind.HIVES))).status())
        .isEqualTo(Status.MISSING);
  }

  @Test
  void an_absent_finding_meets_and_a_present_one_fails() {
    Criterion clause = FindingHistory.absent("T 4.D", "No secondary cause", ClinicalFindingKind.SECONDARY_CAUSE,
        "Not documented", "Secondary cause documented", "No secondary cause found").build();
    assertThat(evaluate(clause, request().addClinicalFindings(absent(ClinicalFindingKind.SECONDARY_CAUSE))).status())
        .isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addClinicalFindings(ClinicalFinding.of(ClinicalFindingKind.SECONDARY_CAUSE)))
        .status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void at_least_two_findings_lasting_six_months() {
    Criterion clause = FindingHistory.atLeastOfLasting("T 3.C", "2 nasal symptoms for 6 months", EnumSet.of(
        ClinicalFindingKind.NASAL_CONGESTION, ClinicalFindingKind.NASAL_OBSTRUCTION, ClinicalFindingKind.NASAL_DISCHARGE),
        2, 6).build();
    // 2 September 2025 to 1 March 2026 is 6 months; from 3 September it is not.
    ClauseResult met = evaluate(clause, request().addClinicalFindings(
        since(ClinicalFindingKind.NASAL_CONGESTION, "2025-09-01"), since(ClinicalFindingKind.NASAL_OBSTRUCTION, "2025-09-01")));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addClinicalFindings(
        since(ClinicalFindingKind.NASAL_CONGESTION, "2025-09-01"), since(ClinicalFindingKind.NASAL_OBSTRUCTION, "2025-09-03"),
        absent(ClinicalFindingKind.NASAL_DISCHARGE))).status()).isEqualTo(Status.NOT_MET);
    // The discharge is not recorded: it could make up the second.
    assertThat(evaluate(clause, request().addClinicalFindings(
        since(ClinicalFindingKind.NASAL_CONGESTION, "2025-09-01"), since(ClinicalFindingKind.NASAL_OBSTRUCTION, "2025-09-03")))
        .status()).isEqualTo(Status.MISSING);
  }

  @Test
  void any_present_and_present() {
    Set<ClinicalFindingKind> exams = EnumSet.of(ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY,
        ClinicalFindingKind.NASAL_POLYPS_ON_SINUS_CT);
    Criterion any = FindingHistory.anyPresent("T 3.B", "Polyps confirmed", exams, "Without polyps", "No exam").build();
    assertThat(evaluate(any, request().addClinicalFindings(absent(ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY),
        ClinicalFinding.of(ClinicalFindingKind.NASAL_POLYPS_ON_SINUS_CT))).finding().get())
        .isEqualTo("nasal polyps on sinus ct");
    assertThat(evaluate(any, request().addClinicalFindings(absent(ClinicalFindingKind.NASAL_POLYPS_ON_ENDOSCOPY)))
        .status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(any, request()).status()).isEqualTo(Status.MISSING);
    Criterion surgery = FindingHistory.present("T 3.E.c", "Prior surgery", ClinicalFindingKind.NASAL_POLYP_SURGERY,
        "No surgery", "Not documented").build();
    assertThat(evaluate(surgery, request().addClinicalFindings(since(ClinicalFindingKind.NASAL_POLYP_SURGERY,
        "2024-05-01"))).finding().get()).isEqualTo("Nasal polyp surgery on 2024-05-01");
    assertThat(evaluate(surgery, request().addClinicalFindings(absent(ClinicalFindingKind.NASAL_POLYP_SURGERY))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(surgery, request()).status()).isEqualTo(Status.MISSING);
  }

  // ---------------------------------------------------------------- RelatedCodes

  private static Criterion urticaria() {
    return RelatedCodes.diagnosis("T 7.dx", "Chronic spontaneous urticaria", "chronic spontaneous urticaria (L50.1)",
        c -> c.isWithin(Icd10Code.of("L50.1")), List.of(Icd10Code.of("L50.1")),
        RelatedCodes.related(c -> c.isWithin(Icd10Code.of("L50.9")), Status.MISSING, "urticaria, unspecified",
            c -> "Unspecified.", "Say which urticaria."),
        RelatedCodes.related(c -> c.isWithin(Icd10Code.of("L50")), Status.NOT_MET, "is another urticaria",
            c -> c + " is another urticaria.", "Not covered.")).build();
  }

  private static ClauseResult diagnosed(String code) {
    return evaluate(urticaria(), request().addDiagnoses(Diagnosis.of(code)));
  }

  @Test
  void a_related_code_decides_when_no_diagnosis_matches() {
    assertThat(diagnosed("L50.1").status()).isEqualTo(Status.MET);
    ClauseResult unspecified = diagnosed("L50.9");
    assertThat(unspecified.status()).isEqualTo(Status.MISSING);
    assertThat(unspecified.finding().get()).isEqualTo("L50.9 urticaria, unspecified");
    assertThat(unspecified.remedy().get().howToFix()).isEqualTo("Say which urticaria.");
    ClauseResult other = diagnosed("L50.0");
    assertThat(other.status()).isEqualTo(Status.NOT_MET);
    assertThat(other.remedy().get().denialReason()).isEqualTo("L50.0 is another urticaria.");
    assertThat(diagnosed("L20.9").status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(urticaria(), request()).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void a_related_code_never_meets_the_diagnosis() {
    assertThatThrownBy(() -> RelatedCodes.related(c -> true, Status.MET, "x", c -> "x", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_finding_after_a_trial_is_missing_only_once_the_trial_is_documented() {
    Criterion clause = FindingHistory.afterTrial("T 1.D", "Worsens on taper", ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER,
        d -> d.isOfClass(DrugClass.SYSTEMIC_CORTICOSTEROID), "worsens", "does not worsen", "tried", "not tried").build();
    assertThat(evaluate(clause, request().addClinicalFindings(
        ClinicalFinding.of(ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addClinicalFindings(absent(ClinicalFindingKind.WORSENS_ON_CORTICOSTEROID_TAPER)))
        .status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PREDNISONE, "2025-01-01", "2025-02-01",
        TrialOutcome.EFFECTIVE))).finding().get()).isEqualTo("tried");
    assertThat(evaluate(clause, request().addTherapyTrials(trial(PREDNISONE, null, null, TrialOutcome.CONTRAINDICATED)))
        .finding().get()).isEqualTo("not tried");
  }

  // ---------------------------------------------------------------- counted findings

  private static ClinicalFinding lesions(int count, BodySite... sites) {
    return ClinicalFinding.builder().kind(ClinicalFindingKind.NODULAR_LESIONS).count(count).addSites(sites).build();
  }

  @Test
  void a_count_on_the_sites() {
    Criterion clause = FindingHistory.countAtLeast("T 5.B", "20 lesions on the limbs", ClinicalFindingKind.NODULAR_LESIONS, 20,
        EnumSet.of(BodySite.ARMS, BodySite.LEGS), "nodular lesions", "the arms or legs", "No count").build();
    assertThat(evaluate(clause, request().addClinicalFindings(lesions(20, BodySite.ARMS))).status()).isEqualTo(Status.MET);
    assertThat(evaluate(clause, request().addClinicalFindings(lesions(19, BodySite.ARMS))).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addClinicalFindings(lesions(30, BodySite.TRUNK))).status())
        .isEqualTo(Status.NOT_MET);
    ClauseResult mixed = evaluate(clause, request().addClinicalFindings(lesions(30, BodySite.ARMS, BodySite.TRUNK)));
    assertThat(mixed.status()).isEqualTo(Status.MISSING);
    assertThat(mixed.finding().get()).endsWith("counted together with areas other than the arms or legs");
    assertThat(evaluate(clause, request().addClinicalFindings(lesions(30))).status()).isEqualTo(Status.MISSING);
    assertThat(evaluate(clause, request()).finding().get()).isEqualTo("No count");
  }

  private static ClinicalFinding biopsy(Integer count) {
    ClinicalFinding.Builder b = ClinicalFinding.builder().kind(ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF);
    if (count != null) {
      b.count(count);
    }
    return b.build();
  }

  @Test
  void a_peak_count() {
    Criterion clause = FindingHistory.peakCountAtLeast("T 4.C", "15 per field",
        ClinicalFindingKind.ESOPHAGEAL_EOSINOPHILS_PER_HPF, 15, "eosinophils per high-power field", "Uncounted", "None")
        .build();
    ClauseResult met = evaluate(clause, request().addClinicalFindings(biopsy(9), biopsy(15)));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.finding().get()).isEqualTo("Peak 15 eosinophils per high-power field (15 or more required)");
    assertThat(evaluate(clause, request().addClinicalFindings(biopsy(14))).status()).isEqualTo(Status.NOT_MET);
    assertThat(evaluate(clause, request().addClinicalFindings(biopsy(14), biopsy(null))).finding().get())
        .isEqualTo("Uncounted");
    assertThat(evaluate(clause, request()).status()).isEqualTo(Status.MISSING);
  }
}
