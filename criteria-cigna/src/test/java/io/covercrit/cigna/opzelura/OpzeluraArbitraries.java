package io.covercrit.cigna.opzelura;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
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
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TopicalSteroidPotency;
import io.covercrit.core.model.TrialOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests near IP0369's decisions: atopic dermatitis and vitiligo codes (and excluded or
 * unrelated ones), ages around 12, BSA around 10% and 20%, corticosteroid and calcineurin
 * inhibitor trials around 14, 28, 42 and 84 days, biologics in use or stopped, as-of dates on both
 * sides of the 2024-11-15 revision. Mixed with the generic requests of core's
 * {@link CoverageRequestArbitraries}, so that every outcome occurs often.
 */
final class OpzeluraArbitraries {
  private OpzeluraArbitraries() {}

  /** Near-decision and generic requests, all naming IP0369. */
  static Arbitrary<RequestCase> cases() {
    Arbitrary<RequestCase> near = Combinators.combine(asOfDates(), NEAR_DECISIONS)
        .as((asOf, template) -> new RequestCase(template.apply(asOf), asOf));
    Arbitrary<RequestCase> generic = CoverageRequestArbitraries.cases()
        .map(c -> new RequestCase(CoverageRequest.builder().from(c.request()).policyId(OpzeluraIp0369.POLICY_ID).build(),
            c.asOf()));
    return Arbitraries.frequencyOf(Tuple.of(3, near), Tuple.of(1, generic));
  }

  /** Mostly 2023 to 2027, with the days around the revision of 2024-11-15. */
  static Arbitrary<LocalDate> asOfDates() {
    LocalDate revision = OpzeluraIp0369.REVISION_2024_11_15;
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(revision.minusDays(1), revision, revision.plusDays(1))),
        Tuple.of(5, Arbitraries.integers().between(0, 5 * 365).map(days -> LocalDate.of(2023, 1, 1).plusDays(days))));
  }

  /** Trial lengths on both sides of every threshold of both versions, and anything up to 150 days. */
  static Arbitrary<Integer> trialDays() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(13, 14, 15, 27, 28, 29, 41, 42, 43, 83, 84, 85)),
        Tuple.of(1, Arbitraries.integers().between(1, 150)));
  }

  static Arbitrary<BigDecimal> bodySurfaceAreas() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of("0", "5", "9.99", "10", "10.0", "10.01", "12", "19.99", "20", "20.00", "20.01", "35", "100")
            .map(BigDecimal::new)),
        Tuple.of(1, CoverageRequestArbitraries.bodySurfaceAreas()));
  }

  static Arbitrary<Icd10Code> diagnosisCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("L20.9", "L20.81", "L20.84", "L20.89", "L20", "L20.7")),
        Tuple.of(6, Arbitraries.of("L80", "H02.731", "H02.736", "H02.73")),
        Tuple.of(1, Arbitraries.of("L63.9", "L64.9", "L40.0", "L40.9", "L30.9", "M06.9")))
        .map(Icd10Code::of);
  }

  static Arbitrary<Drug> steroids() {
    return Combinators.combine(
            Arbitraries.of(CoverageRequestArbitraries.TOPICAL_STEROIDS),
            Arbitraries.of(TopicalSteroidPotency.class).optional(0.9))
        .as((name, potency) -> Drug.builder().name(name).drugClass(DrugClass.TOPICAL_CORTICOSTEROID).potency(potency).build());
  }

  static Arbitrary<Drug> calcineurinInhibitors() {
    return Combinators.combine(
            Arbitraries.of(CoverageRequestArbitraries.CALCINEURIN_INHIBITORS),
            Arbitraries.of(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR).optional(0.5),
            Arbitraries.of(DosageForm.OINTMENT, DosageForm.CREAM).optional(0.5))
        .as((name, drugClass, form) -> Drug.builder().name(name).drugClass(drugClass).form(form).build());
  }

  /** Drugs the policy excludes in concurrent use: by class, or by an appendix name without a class. */
  static Arbitrary<Drug> biologicsAndJakInhibitors() {
    Arbitrary<Drug> byClass = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(CoverageRequestArbitraries.BIOLOGICS_AND_JAK_INHIBITORS),
                Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(20)
                    .filter(name -> !name.toLowerCase(java.util.Locale.ROOT).contains("opzelura"))),
            Arbitraries.of(DrugClass.BIOLOGIC, DrugClass.JAK_INHIBITOR))
        .as((name, drugClass) -> Drug.builder().name(name).drugClass(drugClass).build());
    Arbitrary<Drug> byName = Arbitraries.of(CoverageRequestArbitraries.BIOLOGICS_AND_JAK_INHIBITORS).map(Drug::named);
    return Arbitraries.oneOf(byClass, byName);
  }

  static Arbitrary<Drug> otherDrugs() {
    return Arbitraries.oneOf(
        Arbitraries.of(CoverageRequestArbitraries.IMMUNOSUPPRESSANTS).map(Drug::named),
        Arbitraries.of("cetirizine", "emollient", "Eucrisa (crisaborole)").map(Drug::named));
  }

  /**
   * A trial of {@code drug} lasting {@link #trialDays()} and ending up to a year before the as-of
   * date (some still running); mostly failed.
   */
  static Arbitrary<Function<LocalDate, TherapyTrial>> trials(Arbitrary<Drug> drug) {
    return Combinators.combine(
            drug,
            Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(TrialOutcome.FAILED)),
                Tuple.of(1, Arbitraries.of(TrialOutcome.INTOLERANT, TrialOutcome.CONTRAINDICATED)),
                Tuple.of(2, Arbitraries.of(TrialOutcome.EFFECTIVE, TrialOutcome.ONGOING))),
            trialDays(),
            Arbitraries.integers().between(-10, 365),
            CoverageRequestArbitraries.withProbability(0.05),
            CoverageRequestArbitraries.withProbability(0.9))
        .as((d, outcome, days, endsDaysBeforeAsOf, sample, withEnd) -> asOf -> {
          LocalDate end = asOf.minusDays(endsDaysBeforeAsOf);
          TherapyTrial.Builder trial = TherapyTrial.builder().drug(d).outcome(outcome).sample(sample)
              .start(end.minusDays(days - 1L));
          if (outcome != TrialOutcome.ONGOING && withEnd) {
            trial.end(end);
          }
          return trial.build();
        });
  }

  private record Clinical(Optional<Integer> ageYears, int ageDays, List<Diagnosis> diagnoses,
      Optional<SkinInvolvement> skin, Optional<Prescriber> prescriber, RequestType requestType,
      Optional<ResponseAssessment> response) {}

  private record Therapy(List<Function<LocalDate, TherapyTrial>> steroidTrials,
      List<Function<LocalDate, TherapyTrial>> calcineurinTrials, List<Function<LocalDate, TherapyTrial>> otherTrials,
      List<Drug> concurrent) {}

  private static final Arbitrary<Function<LocalDate, CoverageRequest>> NEAR_DECISIONS = nearDecisions();

  private static Arbitrary<Function<LocalDate, CoverageRequest>> nearDecisions() {
    Arbitrary<Diagnosis> diagnosis = Combinators.combine(
            diagnosisCodes(),
            Arbitraries.of(DiseaseSeverity.class).optional(0.6),
            Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.just(DiagnosisSubtype.NONSEGMENTAL)),
                    Tuple.of(1, Arbitraries.of(DiagnosisSubtype.SEGMENTAL, DiagnosisSubtype.MIXED)))
                .optional(0.8))
        .as((code, severity, subtype) -> Diagnosis.builder().code(code).severity(severity).subtype(subtype).build());
    Arbitrary<SkinInvolvement> skin = Combinators.combine(
            bodySurfaceAreas().optional(0.9),
            Arbitraries.subsetOf(BodySite.values()).ofMaxSize(3))
        .as((bsa, sites) -> SkinInvolvement.builder().bodySurfaceAreaPercent(bsa).sites(sites).build());
    Arbitrary<Prescriber> prescriber = Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Set.of(Specialty.DERMATOLOGY))),
                Tuple.of(1, Arbitraries.subsetOf(Specialty.values()).ofMaxSize(2))),
            Arbitraries.subsetOf(Specialty.values()).ofMaxSize(1))
        .as((specialties, consulted) -> Prescriber.builder().specialties(specialties).consultedSpecialties(consulted).build());
    Arbitrary<ResponseAssessment> response = Arbitraries.subsetOf(ResponseMarker.values()).ofMaxSize(2)
        .map(improvements -> ResponseAssessment.builder().improvements(improvements).build());
    Arbitrary<Clinical> clinical = Combinators.combine(
            Arbitraries.integers().between(10, 70).edgeCases(e -> e.add(11, 12, 13)).optional(0.9),
            Arbitraries.integers().between(-2, 2),
            Arbitraries.frequencyOf(Tuple.of(8, diagnosis.list().ofSize(1)), Tuple.of(1, diagnosis.list().ofMaxSize(3))),
            skin.optional(0.9),
            prescriber.optional(0.9),
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(RequestType.INITIAL)),
                Tuple.of(1, Arbitraries.just(RequestType.REAUTHORIZATION))),
            response.optional(0.6))
        .as(Clinical::new);
    Arbitrary<Therapy> therapy = Combinators.combine(
            trials(steroids()).list().ofMaxSize(2),
            trials(calcineurinInhibitors()).list().ofMaxSize(2),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<Function<LocalDate, TherapyTrial>>of())),
                Tuple.of(1, trials(Arbitraries.oneOf(biologicsAndJakInhibitors(), otherDrugs())).list().ofMaxSize(2))),
            Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(List.<Drug>of())),
                Tuple.of(1, Arbitraries.oneOf(biologicsAndJakInhibitors(), otherDrugs()).list().ofMaxSize(2))))
        .as(Therapy::new);
    return Combinators.combine(clinical, therapy).as((c, t) -> asOf -> {
      List<TherapyTrial> trials = new ArrayList<>();
      for (List<Function<LocalDate, TherapyTrial>> kind : List.of(t.steroidTrials, t.calcineurinTrials, t.otherTrials)) {
        kind.forEach(trial -> trials.add(trial.apply(asOf)));
      }
      return CoverageRequest.builder()
          .policyId(OpzeluraIp0369.POLICY_ID)
          .requestType(c.requestType)
          .requestedDrug(Drug.named("Opzelura (ruxolitinib 1.5% cream)"))
          .patient(Patient.builder().birthDate(c.ageYears.map(years -> asOf.minusYears(years).plusDays(c.ageDays))).build())
          .diagnoses(c.diagnoses)
          .skinInvolvement(c.skin)
          .prescriber(c.prescriber)
          .response(c.response)
          .therapyTrials(trials)
          .concurrentMedications(t.concurrent)
          .build();
    });
  }
}
