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
 * inhibitor trials around each of the policy's day thresholds, biologics in use or stopped, as-of dates on both
 * sides of the 2024-11-15 revision. Mixed with the generic requests of core's
 * {@link CoverageRequestArbitraries}, so that every outcome occurs often.
 */
public final class OpzeluraArbitraries {
  private OpzeluraArbitraries() {}

  /** Near-decision and generic requests, all naming IP0369. */
  public static Arbitrary<RequestCase> cases() {
    Arbitrary<RequestCase> near = Combinators.combine(asOfDates(), NEAR_DECISIONS)
        .as((asOf, template) -> new RequestCase(template.apply(asOf), asOf));
    Arbitrary<RequestCase> generic = CoverageRequestArbitraries.cases()
        .map(c -> new RequestCase(CoverageRequest.builder().from(c.request()).policyId(OpzeluraIp0369.POLICY_ID).build(),
            c.asOf()));
    return Arbitraries.frequencyOf(Tuple.of(5, near), Tuple.of(1, generic));
  }

  /** Mostly 2023 to 2027, with the days around the revision of 2024-11-15. */
  static Arbitrary<LocalDate> asOfDates() {
    LocalDate revision = OpzeluraIp0369.REVISION_2024_11_15;
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(revision.minusDays(1), revision, revision.plusDays(1))),
        Tuple.of(5, Arbitraries.integers().between(0, 5 * 365).map(days -> LocalDate.of(2023, 1, 1).plusDays(days))));
  }

  /**
   * Trial lengths on both sides of every threshold of every version (read from the policy, so a
   * changed threshold moves the generated boundaries), and anything up to 150 days.
   */
  static Arbitrary<Integer> trialDays() {
    List<Integer> boundaries = new ArrayList<>();
    List<Integer> thresholds = new ArrayList<>(List.of(OpzeluraIp0369.AD_CALCINEURIN_DAYS,
        OpzeluraIp0369.VITILIGO_STEROID_DAYS, OpzeluraIp0369.VITILIGO_CALCINEURIN_DAYS));
    OpzeluraIp0369.REVISIONS.forEach(r -> thresholds.add(r.get(OpzeluraIp0369.AD_STEROID_TRIAL_DAYS)));
    for (int days : thresholds) {
      boundaries.addAll(List.of(days - 1, days, days + 1));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(boundaries)),
        Tuple.of(1, Arbitraries.integers().between(1, 150)));
  }

  /** Areas at, just below and just above each pathway's BSA limit (in several scales), and others. */
  static Arbitrary<BigDecimal> bodySurfaceAreas() {
    List<BigDecimal> areas = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("35"),
        new BigDecimal("100")));
    for (BigDecimal limit : List.of(OpzeluraIp0369.VITILIGO_MAX_BSA_PERCENT, OpzeluraIp0369.AD_MAX_BSA_PERCENT)) {
      areas.addAll(List.of(limit.subtract(new BigDecimal("0.01")), limit, limit.setScale(1), limit.setScale(2),
          limit.add(new BigDecimal("0.01"))));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(areas)),
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

  private static final int MINIMUM_AGE = OpzeluraIp0369.MINIMUM_AGE;

  /** The two pathways, with the facts that meet each. */
  private enum Pathway {
    ATOPIC_DERMATITIS(List.of("L20.9", "L20.81", "L20.84", "L20.89"), OpzeluraIp0369.AD_MAX_BSA_PERCENT,
        OpzeluraIp0369.AD_STEROID_DAYS, OpzeluraIp0369.AD_CALCINEURIN_DAYS),
    VITILIGO(List.of("L80", "H02.731", "H02.736"), OpzeluraIp0369.VITILIGO_MAX_BSA_PERCENT,
        OpzeluraIp0369.VITILIGO_STEROID_DAYS, OpzeluraIp0369.VITILIGO_CALCINEURIN_DAYS);

    final List<String> codes;
    final BigDecimal maxBsa;
    final int steroidDays;
    final int calcineurinDays;

    Pathway(List<String> codes, BigDecimal maxBsa, int steroidDays, int calcineurinDays) {
      this.codes = codes;
      this.maxBsa = maxBsa;
      this.steroidDays = steroidDays;
      this.calcineurinDays = calcineurinDays;
    }
  }

  /** {@code meets} most of the time, else {@code other}: each fact of a request is varied on its own. */
  private static <T> Arbitrary<T> mostly(Arbitrary<? extends T> meets, Arbitrary<? extends T> other) {
    return Arbitraries.frequencyOf(Tuple.of(6, meets), Tuple.of(1, other));
  }

  private static Arbitrary<Diagnosis> diagnosis(Pathway pathway) {
    Arbitrary<Diagnosis> meets = Combinators.combine(
            Arbitraries.of(pathway.codes).map(Icd10Code::of),
            Arbitraries.of(DiseaseSeverity.MILD, DiseaseSeverity.MODERATE).optional(0.5),
            Arbitraries.of(DiagnosisSubtype.NONSEGMENTAL, DiagnosisSubtype.MIXED))
        .as((code, severity, subtype) -> Diagnosis.builder().code(code).severity(severity)
            .subtype(pathway == Pathway.VITILIGO ? Optional.of(subtype) : Optional.empty()).build());
    Arbitrary<Diagnosis> other = Combinators.combine(
            diagnosisCodes(),
            Arbitraries.of(DiseaseSeverity.class).optional(0.6),
            Arbitraries.of(DiagnosisSubtype.class).optional(0.6))
        .as((code, severity, subtype) -> Diagnosis.builder().code(code).severity(severity).subtype(subtype).build());
    return mostly(meets, other);
  }

  private static Arbitrary<Optional<BigDecimal>> bodySurfaceArea(Pathway pathway) {
    Arbitrary<BigDecimal> meets = Arbitraries.integers().between(0, pathway.maxBsa.intValue() * 100)
        .map(hundredths -> BigDecimal.valueOf(hundredths, 2)).edgeCases(e -> e.add(pathway.maxBsa));
    return mostly(meets.optional(1.0), bodySurfaceAreas().optional(0.7));
  }

  /** A trial of {@code drug} that ended up to a year before the as-of date (or, if {@code mayRun}, still runs). */
  private static Arbitrary<Function<LocalDate, TherapyTrial>> trial(Arbitrary<Drug> drug, Arbitrary<TrialOutcome> outcome,
      Arbitrary<Integer> days, boolean mayRun) {
    return Combinators.combine(drug, outcome, days, Arbitraries.integers().between(mayRun ? -10 : 0, 365),
            CoverageRequestArbitraries.withProbability(0.03), CoverageRequestArbitraries.withProbability(0.95))
        .as((d, o, length, endsDaysBeforeAsOf, sample, withEnd) -> asOf -> {
          LocalDate end = asOf.minusDays(endsDaysBeforeAsOf);
          TherapyTrial.Builder trial = TherapyTrial.builder().drug(d).outcome(o).sample(sample).start(end.minusDays(length - 1L));
          if (o != TrialOutcome.ONGOING && withEnd) {
            trial.end(end);
          }
          return trial.build();
        });
  }

  private static Arbitrary<TrialOutcome> trialOutcomes() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(TrialOutcome.FAILED)),
        Tuple.of(1, Arbitraries.of(TrialOutcome.INTOLERANT, TrialOutcome.CONTRAINDICATED)),
        Tuple.of(2, Arbitraries.of(TrialOutcome.EFFECTIVE, TrialOutcome.ONGOING)));
  }

  private static Arbitrary<List<Function<LocalDate, TherapyTrial>>> steroidTrials(Pathway pathway) {
    Arbitrary<Drug> potent = Combinators.combine(Arbitraries.of(CoverageRequestArbitraries.TOPICAL_STEROIDS),
            Arbitraries.of(TopicalSteroidPotency.MEDIUM, TopicalSteroidPotency.HIGH, TopicalSteroidPotency.SUPER_HIGH))
        .as((name, potency) -> Drug.builder().name(name).drugClass(DrugClass.TOPICAL_CORTICOSTEROID).potency(potency).build());
    Arbitrary<Function<LocalDate, TherapyTrial>> meets = trial(potent, Arbitraries.just(TrialOutcome.FAILED),
        Arbitraries.integers().between(pathway.steroidDays, pathway.steroidDays + 60), false);
    Arbitrary<Function<LocalDate, TherapyTrial>> other = trial(steroids(), trialOutcomes(), trialDays(), true);
    return mostly(meets.list().ofSize(1), other.list().ofMaxSize(2));
  }

  private static Arbitrary<List<Function<LocalDate, TherapyTrial>>> calcineurinTrials(Pathway pathway) {
    Arbitrary<Function<LocalDate, TherapyTrial>> meets = trial(calcineurinInhibitors(), Arbitraries.just(TrialOutcome.FAILED),
        Arbitraries.integers().between(pathway.calcineurinDays, pathway.calcineurinDays + 60), false);
    Arbitrary<Function<LocalDate, TherapyTrial>> other = trial(calcineurinInhibitors(), trialOutcomes(), trialDays(), true);
    return mostly(meets.list().ofSize(1), other.list().ofMaxSize(2));
  }

  private static Arbitrary<Optional<Prescriber>> prescribers() {
    Arbitrary<Prescriber> dermatologist = Arbitraries.just(Prescriber.builder().addSpecialties(Specialty.DERMATOLOGY).build());
    Arbitrary<Prescriber> other = Combinators.combine(
            Arbitraries.subsetOf(Specialty.values()).ofMaxSize(2), Arbitraries.subsetOf(Specialty.values()).ofMaxSize(1))
        .as((specialties, consulted) -> Prescriber.builder().specialties(specialties).consultedSpecialties(consulted).build());
    return mostly(dermatologist.optional(1.0), other.optional(0.7));
  }

  private record Facts(Pathway pathway, List<Diagnosis> diagnoses, Optional<Integer> ageYears, int ageDays,
      Optional<BigDecimal> bsa, Set<BodySite> sites, Optional<Prescriber> prescriber,
      Optional<ResponseAssessment> response) {}

  private record Therapy(RequestType requestType, List<Function<LocalDate, TherapyTrial>> steroidTrials,
      List<Function<LocalDate, TherapyTrial>> calcineurinTrials, List<Function<LocalDate, TherapyTrial>> otherTrials,
      List<Drug> concurrent) {}

  private static final Arbitrary<Function<LocalDate, CoverageRequest>> NEAR_DECISIONS =
      Arbitraries.oneOf(nearDecisions(Pathway.ATOPIC_DERMATITIS), nearDecisions(Pathway.VITILIGO));

  /**
   * A request that meets {@code pathway} with each of its facts varied on its own about one time
   * in seven: every outcome is common, and most requests sit one fact away from another outcome.
   */
  private static Arbitrary<Function<LocalDate, CoverageRequest>> nearDecisions(Pathway pathway) {
    Arbitrary<ResponseAssessment> response = mostly(
        Arbitraries.subsetOf(pathway == Pathway.VITILIGO
            ? Set.of(ResponseMarker.REPIGMENTATION, ResponseMarker.VASI) : Set.of(ResponseMarker.EASI, ResponseMarker.PRURITUS))
            .ofMinSize(1),
        Arbitraries.subsetOf(ResponseMarker.values()).ofMaxSize(2))
        .map(improvements -> ResponseAssessment.builder().improvements(improvements).build());
    Arbitrary<Facts> facts = Combinators.combine(
            Arbitraries.just(pathway),
            Arbitraries.frequencyOf(Tuple.of(8, diagnosis(pathway).list().ofSize(1)), Tuple.of(1, diagnosis(pathway).list().ofMaxSize(3))),
            mostly(Arbitraries.integers().between(MINIMUM_AGE, 70).edgeCases(e -> e.add(MINIMUM_AGE)).optional(1.0),
                Arbitraries.integers().between(MINIMUM_AGE - 2, MINIMUM_AGE + 1).optional(0.7)),
            Arbitraries.integers().between(-2, 2),
            bodySurfaceArea(pathway),
            Arbitraries.subsetOf(BodySite.values()).ofMaxSize(3),
            prescribers(),
            response.optional(0.8))
        .as(Facts::new);
    Arbitrary<Drug> excluded = Arbitraries.oneOf(biologicsAndJakInhibitors(), otherDrugs());
    Arbitrary<Therapy> therapy = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(RequestType.INITIAL)),
                Tuple.of(1, Arbitraries.just(RequestType.REAUTHORIZATION))),
            steroidTrials(pathway),
            calcineurinTrials(pathway),
            mostly(Arbitraries.just(List.<Function<LocalDate, TherapyTrial>>of()),
                trial(excluded, trialOutcomes(), trialDays(), true).list().ofMinSize(1).ofMaxSize(2)),
            Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(List.<Drug>of())),
                Tuple.of(1, excluded.list().ofMinSize(1).ofMaxSize(2))))
        .as(Therapy::new);
    return Combinators.combine(facts, therapy).as((f, t) -> asOf -> {
      List<TherapyTrial> trials = new ArrayList<>();
      for (List<Function<LocalDate, TherapyTrial>> kind : List.of(t.steroidTrials, t.calcineurinTrials, t.otherTrials)) {
        kind.forEach(trial -> trials.add(trial.apply(asOf)));
      }
      return CoverageRequest.builder()
          .policyId(OpzeluraIp0369.POLICY_ID)
          .requestType(t.requestType)
          .requestedDrug(Drug.named("Opzelura (ruxolitinib 1.5% cream)"))
          .patient(Patient.builder().birthDate(f.ageYears.map(years -> asOf.minusYears(years).plusDays(f.ageDays))).build())
          .diagnoses(f.diagnoses)
          .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(f.bsa).sites(f.sites).build())
          .prescriber(f.prescriber)
          .response(f.response)
          .therapyTrials(trials)
          .concurrentMedications(t.concurrent)
          .build();
    });
  }
}
