package io.covercrit.cigna.opzelura;

import static io.covercrit.cigna.opzelura.OpzeluraRequests.AS_OF;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.MEDIUM_STEROID;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.TACROLIMUS_OINTMENT;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.atopicDermatitis;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.prescriber;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.sampleTrial;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.skin;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.steroid;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.trial;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.vitiligo;
import static io.covercrit.core.eval.Outcome.DOES_NOT_MEET_CRITERIA;
import static io.covercrit.core.eval.Outcome.MEETS_CRITERIA;
import static io.covercrit.core.eval.Outcome.NEEDS_DOCUMENTATION;
import static io.covercrit.core.eval.Outcome.NOT_COVERED;
import static io.covercrit.core.eval.Status.MET;
import static io.covercrit.core.eval.Status.MISSING;
import static io.covercrit.core.eval.Status.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
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
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every clause of IP0369 on both sides of its threshold, every exclusion, both versions,
 * reauthorization, and MISSING against NOT_MET. Each row changes one fact of an approvable
 * request and names the clause it decides.
 */
class OpzeluraIp0369Test {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  private static Arguments row(String description, CoverageRequest.Builder base, UnaryOperator<CoverageRequest.Builder> change,
      String clauseId, Status clause, Outcome outcome) {
    return Arguments.of(description, change.apply(base).build(), AS_OF, clauseId, clause, outcome);
  }

  private static Arguments ad(String description, UnaryOperator<CoverageRequest.Builder> change, String clauseId, Status clause, Outcome outcome) {
    return row(description, atopicDermatitis(), change, clauseId, clause, outcome);
  }

  private static Arguments vit(String description, UnaryOperator<CoverageRequest.Builder> change, String clauseId, Status clause, Outcome outcome) {
    return row(description, vitiligo(), change, clauseId, clause, outcome);
  }

  /** Replaces the corticosteroid trial of the AD case, keeping the calcineurin inhibitor trial. */
  private static UnaryOperator<CoverageRequest.Builder> adSteroid(io.covercrit.core.model.TherapyTrial steroidTrial) {
    return b -> b.therapyTrials(List.of(steroidTrial, trial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-08-11", TrialOutcome.FAILED)));
  }

  private static UnaryOperator<CoverageRequest.Builder> adCalcineurin(io.covercrit.core.model.TherapyTrial tciTrial) {
    return b -> b.therapyTrials(List.of(trial(MEDIUM_STEROID, "2026-06-01", "2026-06-28", TrialOutcome.FAILED), tciTrial));
  }

  private static Patient bornOn(String date) {
    return Patient.builder().birthDate(LocalDate.parse(date)).build();
  }

  static Stream<Arguments> clauses() {
    return Stream.of(
        ad("the approvable AD case meets every clause", b -> b, "IP0369 1", MET, MEETS_CRITERIA),
        // 1.dx
        ad("intrinsic eczema L20.84 is atopic dermatitis", b -> b.diagnoses(List.of(Diagnosis.of("L20.84"))), "IP0369 1.dx", MET, MEETS_CRITERIA),
        ad("the header L20.8 is not billable", b -> b.diagnoses(List.of(Diagnosis.of("L20.8"))), "IP0369 1.dx", MISSING, NEEDS_DOCUMENTATION),
        ad("L20.99 does not exist", b -> b.diagnoses(List.of(Diagnosis.of("L20.99"))), "IP0369 1.dx", MISSING, NEEDS_DOCUMENTATION),
        ad("severe AD is outside the mild-to-moderate pathway",
            b -> b.diagnoses(List.of(Diagnosis.builder().code(Icd10Code.of("L20.9")).severity(DiseaseSeverity.SEVERE).build())),
            "IP0369 1.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("no diagnosis at all", b -> b.diagnoses(List.of()), "IP0369 1.dx", MISSING, NEEDS_DOCUMENTATION),
        // 1.A
        ad("12th birthday on the as-of date", b -> b.patient(bornOn("2014-11-24")), "IP0369 1.A", MET, MEETS_CRITERIA),
        ad("12th birthday the day after the as-of date", b -> b.patient(bornOn("2014-11-25")), "IP0369 1.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("birth date not documented", b -> b.patient(Patient.builder().build()), "IP0369 1.A", MISSING, NEEDS_DOCUMENTATION),
        // 1.B
        ad("BSA exactly 20%", b -> b.skinInvolvement(skin("20", BodySite.ARMS)), "IP0369 1.B", MET, MEETS_CRITERIA),
        ad("BSA 20.1%", b -> b.skinInvolvement(skin("20.1", BodySite.ARMS)), "IP0369 1.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("BSA 25%", b -> b.skinInvolvement(skin("25", BodySite.ARMS)), "IP0369 1.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("BSA absent", b -> b.skinInvolvement(skin(null, BodySite.ARMS)), "IP0369 1.B", MISSING, NEEDS_DOCUMENTATION),
        // 1.C.i (revision of 2024-11-15: 28 consecutive days)
        ad("corticosteroid for exactly 28 days", b -> b, "IP0369 1.C.i", MET, MEETS_CRITERIA),
        ad("corticosteroid for 27 days",
            adSteroid(trial(MEDIUM_STEROID, "2026-06-01", "2026-06-27", TrialOutcome.FAILED)), "IP0369 1.C.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("a low-potency corticosteroid does not count",
            adSteroid(trial(steroid(TopicalSteroidPotency.LOW), "2026-06-01", "2026-06-28", TrialOutcome.FAILED)),
            "IP0369 1.C.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("a high-potency corticosteroid counts",
            adSteroid(trial(steroid(TopicalSteroidPotency.HIGH), "2026-06-01", "2026-06-28", TrialOutcome.FAILED)),
            "IP0369 1.C.i", MET, MEETS_CRITERIA),
        ad("corticosteroid potency not documented",
            adSteroid(trial(steroid(null), "2026-06-01", "2026-06-28", TrialOutcome.FAILED)), "IP0369 1.C.i", MISSING, NEEDS_DOCUMENTATION),
        ad("intolerance after 3 days meets the clause",
            adSteroid(trial(MEDIUM_STEROID, "2026-06-01", "2026-06-03", TrialOutcome.INTOLERANT)), "IP0369 1.C.i", MET, MEETS_CRITERIA),
        ad("a contraindication meets the clause without dates",
            adSteroid(trial(MEDIUM_STEROID, null, null, TrialOutcome.CONTRAINDICATED)), "IP0369 1.C.i", MET, MEETS_CRITERIA),
        ad("a sample of a corticosteroid satisfies nothing",
            adSteroid(sampleTrial(MEDIUM_STEROID, "2026-06-01", "2026-07-28")), "IP0369 1.C.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("an effective corticosteroid is not a failure",
            adSteroid(trial(MEDIUM_STEROID, "2026-06-01", "2026-07-28", TrialOutcome.EFFECTIVE)), "IP0369 1.C.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("an ongoing corticosteroid past 28 days needs its outcome",
            adSteroid(trial(MEDIUM_STEROID, "2026-10-01", null, TrialOutcome.ONGOING)), "IP0369 1.C.i", MISSING, NEEDS_DOCUMENTATION),
        ad("a failed corticosteroid without a start date",
            adSteroid(trial(MEDIUM_STEROID, null, null, TrialOutcome.FAILED)), "IP0369 1.C.i", MISSING, NEEDS_DOCUMENTATION),
        ad("no corticosteroid trial documented",
            b -> b.therapyTrials(List.of(trial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-08-11", TrialOutcome.FAILED))),
            "IP0369 1.C", MISSING, NEEDS_DOCUMENTATION),
        // 1.C.ii
        ad("a short corticosteroid trial is enough when the face is affected",
            b -> adSteroid(trial(MEDIUM_STEROID, "2026-06-01", "2026-06-10", TrialOutcome.FAILED)).apply(b)
                .skinInvolvement(skin("5", BodySite.FACE)),
            "IP0369 1.C", MET, MEETS_CRITERIA),
        ad("skin folds count as a sensitive area", b -> b.skinInvolvement(skin("5", BodySite.SKIN_FOLDS)), "IP0369 1.C.ii", MET, MEETS_CRITERIA),
        ad("arms and legs are not sensitive areas", b -> b, "IP0369 1.C.ii", NOT_MET, MEETS_CRITERIA),
        ad("sites not documented", b -> b.skinInvolvement(skin("5")), "IP0369 1.C.ii", MISSING, MEETS_CRITERIA),
        // 1.D (6 consecutive weeks = 42 days)
        ad("tacrolimus ointment for exactly 42 days", b -> b, "IP0369 1.D", MET, MEETS_CRITERIA),
        ad("tacrolimus ointment for 41 days",
            adCalcineurin(trial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-08-10", TrialOutcome.FAILED)), "IP0369 1.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("pimecrolimus recognised by name",
            adCalcineurin(trial(Drug.named("Elidel 1% cream"), "2026-07-01", "2026-08-11", TrialOutcome.FAILED)), "IP0369 1.D", MET, MEETS_CRITERIA),
        ad("calcineurin inhibitor intolerance",
            adCalcineurin(trial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-07-04", TrialOutcome.INTOLERANT)), "IP0369 1.D", MET, MEETS_CRITERIA),
        ad("calcineurin inhibitor contraindicated",
            adCalcineurin(trial(TACROLIMUS_OINTMENT, null, null, TrialOutcome.CONTRAINDICATED)), "IP0369 1.D", MET, MEETS_CRITERIA),
        ad("a calcineurin inhibitor sample satisfies nothing",
            adCalcineurin(sampleTrial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-09-11")), "IP0369 1.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("no calcineurin inhibitor trial",
            b -> b.therapyTrials(List.of(trial(MEDIUM_STEROID, "2026-06-01", "2026-06-28", TrialOutcome.FAILED))),
            "IP0369 1.D", MISSING, NEEDS_DOCUMENTATION),
        ad("concomitant corticosteroid and calcineurin inhibitor meet C and D",
            b -> b.therapyTrials(List.of(
                trial(MEDIUM_STEROID, "2026-07-01", "2026-08-11", TrialOutcome.FAILED),
                trial(TACROLIMUS_OINTMENT, "2026-07-01", "2026-08-11", TrialOutcome.FAILED))),
            "IP0369 1.C.i", MET, MEETS_CRITERIA),
        // 1.E
        ad("an allergist prescribes", b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0369 1.E", MET, MEETS_CRITERIA),
        ad("an immunologist prescribes", b -> b.prescriber(prescriber(Specialty.IMMUNOLOGY)), "IP0369 1.E", MET, MEETS_CRITERIA),
        ad("a family physician in consultation with a dermatologist",
            b -> b.prescriber(Prescriber.builder().addSpecialties(Specialty.FAMILY_MEDICINE).addConsultedSpecialties(Specialty.DERMATOLOGY).build()),
            "IP0369 1.E", MET, MEETS_CRITERIA),
        ad("a family physician alone", b -> b.prescriber(prescriber(Specialty.FAMILY_MEDICINE)), "IP0369 1.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        ad("no prescriber documented", b -> b.prescriber(java.util.Optional.empty()), "IP0369 1.E", MISSING, NEEDS_DOCUMENTATION),

        vit("the approvable vitiligo case meets every clause", b -> b, "IP0369 2", MET, MEETS_CRITERIA),
        // 2.dx
        vit("vitiligo type not documented", b -> b.diagnoses(List.of(Diagnosis.of("L80"))), "IP0369 2.dx", MISSING, NEEDS_DOCUMENTATION),
        vit("segmental vitiligo",
            b -> b.diagnoses(List.of(Diagnosis.builder().code(Icd10Code.of("L80")).subtype(DiagnosisSubtype.SEGMENTAL).build())),
            "IP0369 2.dx", NOT_MET, DOES_NOT_MEET_CRITERIA),
        vit("vitiligo of the left upper eyelid is vitiligo",
            b -> b.diagnoses(List.of(Diagnosis.builder().code(Icd10Code.of("H02.734")).subtype(DiagnosisSubtype.NONSEGMENTAL).build())),
            "IP0369 2.dx", MET, MEETS_CRITERIA),
        vit("an eyelid vitiligo code shows eyelid involvement",
            b -> b.diagnoses(List.of(Diagnosis.builder().code(Icd10Code.of("H02.734")).subtype(DiagnosisSubtype.NONSEGMENTAL).build())),
            "IP0369 2.C.ii", MET, MEETS_CRITERIA),
        // 2.A
        vit("vitiligo patient aged 11", b -> b.patient(bornOn("2015-01-01")), "IP0369 2.A", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 2.B
        vit("vitiligo BSA exactly 10%", b -> b.skinInvolvement(skin("10", BodySite.HANDS)), "IP0369 2.B", MET, MEETS_CRITERIA),
        vit("vitiligo BSA 10.5%", b -> b.skinInvolvement(skin("10.5", BodySite.HANDS)), "IP0369 2.B", NOT_MET, DOES_NOT_MEET_CRITERIA),
        vit("vitiligo BSA absent", b -> b.skinInvolvement(skin(null, BodySite.HANDS)), "IP0369 2.B", MISSING, NEEDS_DOCUMENTATION),
        // 2.C.i (12 weeks = 84 days)
        vit("corticosteroid for exactly 12 weeks", b -> b, "IP0369 2.C.i", MET, MEETS_CRITERIA),
        vit("corticosteroid for 83 days",
            b -> b.therapyTrials(List.of(
                trial(steroid(TopicalSteroidPotency.SUPER_HIGH), "2026-03-01", "2026-05-22", TrialOutcome.FAILED),
                trial(TACROLIMUS_OINTMENT, "2026-06-01", "2026-08-23", TrialOutcome.FAILED))),
            "IP0369 2.C.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        vit("28 days of corticosteroid are not enough for vitiligo",
            b -> b.therapyTrials(List.of(
                trial(MEDIUM_STEROID, "2026-03-01", "2026-03-28", TrialOutcome.FAILED),
                trial(TACROLIMUS_OINTMENT, "2026-06-01", "2026-08-23", TrialOutcome.FAILED))),
            "IP0369 2.C.i", NOT_MET, DOES_NOT_MEET_CRITERIA),
        vit("genital vitiligo replaces the corticosteroid trial",
            b -> b.therapyTrials(List.of(trial(TACROLIMUS_OINTMENT, "2026-06-01", "2026-08-23", TrialOutcome.FAILED)))
                .skinInvolvement(skin("3", BodySite.GENITALIA)),
            "IP0369 2.C", MET, MEETS_CRITERIA),
        // 2.D (12 weeks)
        vit("tacrolimus ointment for 83 days",
            b -> b.therapyTrials(List.of(
                trial(steroid(TopicalSteroidPotency.SUPER_HIGH), "2026-03-01", "2026-05-23", TrialOutcome.FAILED),
                trial(TACROLIMUS_OINTMENT, "2026-06-01", "2026-08-22", TrialOutcome.FAILED))),
            "IP0369 2.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        vit("42 days of calcineurin inhibitor are not enough for vitiligo",
            b -> b.therapyTrials(List.of(
                trial(steroid(TopicalSteroidPotency.SUPER_HIGH), "2026-03-01", "2026-05-23", TrialOutcome.FAILED),
                trial(TACROLIMUS_OINTMENT, "2026-06-01", "2026-07-12", TrialOutcome.FAILED))),
            "IP0369 2.D", NOT_MET, DOES_NOT_MEET_CRITERIA),
        // 2.E: dermatologist only
        vit("an allergist may not prescribe for vitiligo", b -> b.prescriber(prescriber(Specialty.ALLERGY)), "IP0369 2.E", NOT_MET, DOES_NOT_MEET_CRITERIA),
        vit("a pediatrician in consultation with a dermatologist",
            b -> b.prescriber(Prescriber.builder().addSpecialties(Specialty.PEDIATRICS).addConsultedSpecialties(Specialty.DERMATOLOGY).build()),
            "IP0369 2.E", MET, MEETS_CRITERIA),

        // Conditions Not Covered 1: biologics and other JAK inhibitors, by brand, generic or class
        ad("concurrent Dupixent", b -> b.addConcurrentMedications(Drug.named("Dupixent")), "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("concurrent dupilumab", b -> b.addConcurrentMedications(Drug.named("dupilumab 300 mg")), "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("concurrent adalimumab biosimilar",
            b -> b.addConcurrentMedications(Drug.named("adalimumab-atto")), "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("concurrent Jakafi", b -> b.addConcurrentMedications(Drug.named("Jakafi")), "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("concurrent oral ruxolitinib",
            b -> b.addConcurrentMedications(Drug.builder().name("ruxolitinib").form(DosageForm.TABLET).build()),
            "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("concurrent Leqselvi (deuruxolitinib)",
            b -> b.addConcurrentMedications(Drug.named("deuruxolitinib")), "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("a biologic known only by class",
            b -> b.addConcurrentMedications(Drug.builder().name("investigational mab").drugClass(DrugClass.BIOLOGIC).build()),
            "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("Opzelura itself is not another JAK inhibitor",
            b -> b.addConcurrentMedications(Drug.builder().name("ruxolitinib 1.5% cream").form(DosageForm.CREAM).build()),
            "IP0369 Not Covered 1", MET, MEETS_CRITERIA),
        ad("a Rinvoq trial still ongoing",
            b -> b.addTherapyTrials(trial(Drug.named("Rinvoq"), "2026-09-01", null, TrialOutcome.ONGOING)),
            "IP0369 Not Covered 1", NOT_MET, NOT_COVERED),
        ad("a Rinvoq trial that ended",
            b -> b.addTherapyTrials(trial(Drug.named("Rinvoq"), "2026-01-01", "2026-04-01", TrialOutcome.FAILED)),
            "IP0369 Not Covered 1", MET, MEETS_CRITERIA),
        ad("a failed Rinvoq trial without a stop date",
            b -> b.addTherapyTrials(trial(Drug.named("Rinvoq"), "2026-01-01", null, TrialOutcome.FAILED)),
            "IP0369 Not Covered 1", MISSING, NEEDS_DOCUMENTATION),
        // Conditions Not Covered 2: potent immunosuppressants
        ad("concurrent azathioprine", b -> b.addConcurrentMedications(Drug.named("azathioprine")), "IP0369 Not Covered 2", NOT_MET, NOT_COVERED),
        ad("concurrent oral cyclosporine", b -> b.addConcurrentMedications(Drug.named("cyclosporine")), "IP0369 Not Covered 2", NOT_MET, NOT_COVERED),
        ad("cyclosporine eye drops are not systemic",
            b -> b.addConcurrentMedications(Drug.builder().name("cyclosporine 0.05% emulsion").form(DosageForm.OPHTHALMIC).build()),
            "IP0369 Not Covered 2", MET, MEETS_CRITERIA),
        ad("oral tacrolimus is systemic",
            b -> b.addConcurrentMedications(Drug.builder().name("tacrolimus").form(DosageForm.CAPSULE).build()),
            "IP0369 Not Covered 2", NOT_MET, NOT_COVERED),
        ad("tacrolimus ointment is the calcineurin inhibitor the policy asks for",
            b -> b.addConcurrentMedications(TACROLIMUS_OINTMENT), "IP0369 Not Covered 2", MET, MEETS_CRITERIA),
        // Conditions Not Covered 3, 4 and other uses
        ad("alopecia areata", b -> b.addDiagnoses(Diagnosis.of("L63.9")), "IP0369 Not Covered 3", NOT_MET, NOT_COVERED),
        ad("plaque psoriasis", b -> b.diagnoses(List.of(Diagnosis.of("L40.0"))), "IP0369 Not Covered 4", NOT_MET, NOT_COVERED),
        ad("guttate psoriasis is another use", b -> b.diagnoses(List.of(Diagnosis.of("L40.4"))), "IP0369 Not Covered (other use)", NOT_MET, NOT_COVERED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clauses")
  void each_clause_decides_on_its_side_of_the_threshold(String description, CoverageRequest request, LocalDate asOf,
      String clauseId, Status expectedClause, Outcome expectedOutcome) {
    Determination d = REGISTRY.evaluate(request, asOf);
    assertThat(d.clause(clauseId)).as("clause %s present", clauseId).isPresent();
    assertThat(d.clause(clauseId).get().status()).as("status of %s", clauseId).isEqualTo(expectedClause);
    assertThat(d.outcome()).as("outcome").isEqualTo(expectedOutcome);
    assertEveryUnmetClauseExplainsItself(d);
  }

  static Stream<Arguments> versions() {
    // Trials end on 2024-10-31; a 14-day trial is 18-31 October, 13 days 19-31 October.
    return Stream.of(
        Arguments.of("14 days meet the old version the day before the revision", "2024-10-18", "2024-11-14", "before 2024-11-15", MET),
        Arguments.of("13 days fail the old version", "2024-10-19", "2024-11-14", "before 2024-11-15", NOT_MET),
        Arguments.of("14 days fail on the revision's effective date", "2024-10-18", "2024-11-15", "2024-11-15", NOT_MET),
        Arguments.of("28 days meet on the revision's effective date", "2024-10-04", "2024-11-15", "2024-11-15", MET),
        Arguments.of("27 days fail after the revision", "2024-10-05", "2024-11-16", "2024-11-15", NOT_MET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void the_revision_of_2024_11_15_raises_the_steroid_trial_from_14_to_28_days(
      String description, String steroidStart, String asOf, String version, Status expected) {
    CoverageRequest request = atopicDermatitis()
        .therapyTrials(List.of(
            trial(MEDIUM_STEROID, steroidStart, "2024-10-31", TrialOutcome.FAILED),
            trial(TACROLIMUS_OINTMENT, "2024-08-01", "2024-09-30", TrialOutcome.FAILED)))
        .build();
    Determination d = REGISTRY.evaluate(request, LocalDate.parse(asOf));
    assertThat(d.policy().version()).isEqualTo(version);
    assertThat(d.clause("IP0369 1.C.i").get().status()).isEqualTo(expected);
  }

  static Stream<Arguments> reauthorizations() {
    ResponseAssessment erythema = ResponseAssessment.builder().addImprovements(ResponseMarker.ERYTHEMA).build();
    ResponseAssessment repigmentation = ResponseAssessment.builder().addImprovements(ResponseMarker.REPIGMENTATION).build();
    ResponseAssessment none = ResponseAssessment.builder().build();
    return Stream.of(
        Arguments.of("AD with improved erythema", atopicDermatitis().response(erythema), "IP0369 Reauthorization 1", MET, MEETS_CRITERIA),
        Arguments.of("AD without a response assessment", atopicDermatitis(), "IP0369 Reauthorization 1", MISSING, NEEDS_DOCUMENTATION),
        Arguments.of("AD assessed with no improvement", atopicDermatitis().response(none), "IP0369 Reauthorization 1", NOT_MET, DOES_NOT_MEET_CRITERIA),
        Arguments.of("AD with only repigmentation", atopicDermatitis().response(repigmentation), "IP0369 Reauthorization 1", NOT_MET, DOES_NOT_MEET_CRITERIA),
        Arguments.of("vitiligo with repigmentation", vitiligo().response(repigmentation), "IP0369 Reauthorization 2", MET, MEETS_CRITERIA),
        Arguments.of("vitiligo without a response assessment", vitiligo(), "IP0369 Reauthorization 2", MISSING, NEEDS_DOCUMENTATION),
        Arguments.of("a responder who no longer meets the initial criteria",
            atopicDermatitis().response(erythema).skinInvolvement(skin("30", BodySite.ARMS)), "IP0369 1.B", NOT_MET, DOES_NOT_MEET_CRITERIA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reauthorizations")
  void reauthorization_needs_the_initial_criteria_and_a_beneficial_response(
      String description, CoverageRequest.Builder request, String clauseId, Status expectedClause, Outcome expectedOutcome) {
    Determination d = REGISTRY.evaluate(request.requestType(RequestType.REAUTHORIZATION).build(), AS_OF);
    assertThat(d.clause(clauseId).get().status()).isEqualTo(expectedClause);
    assertThat(d.outcome()).isEqualTo(expectedOutcome);
    if (expectedOutcome == MEETS_CRITERIA) {
      assertThat(d.approval().get().maximum()).isEqualTo(java.time.Period.ofMonths(6));
    }
    assertEveryUnmetClauseExplainsItself(d);
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
