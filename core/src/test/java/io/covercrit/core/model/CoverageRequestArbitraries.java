package io.covercrit.core.model;

import io.covercrit.core.codes.Icd10Code;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * jqwik generators of valid {@link CoverageRequest}s for the property tests of every module
 * (shared through core's test-jar). Every generated value passes the model's validation; the
 * mix leans towards what policies read: dermatology and rheumatology codes, topical
 * corticosteroid and calcineurin inhibitor trials of every length around common thresholds,
 * biologics and JAK inhibitors, dates just before and after the as-of date.
 *
 * <p>Enums are drawn from their {@code values()}, so constants added later are covered without
 * a change here.
 */
public final class CoverageRequestArbitraries {
  private CoverageRequestArbitraries() {}

  /**
   * Codes policies are likely to name: the curated set's categories and billable codes, their
   * neighbours, and common codes of other specialties.
   */
  public static final List<String> CODE_CANDIDATES = List.of(
      "L20", "L20.0", "L20.8", "L20.81", "L20.82", "L20.83", "L20.84", "L20.89", "L20.9", "L20.7",
      "L80", "L81.0", "H02.73", "H02.731", "H02.732", "H02.733", "H02.734", "H02.735", "H02.736",
      "H02.739", "H02.72",
      "L63", "L63.0", "L63.1", "L63.2", "L63.8", "L63.9", "L64", "L64.0", "L64.9", "L65.9", "L66.1",
      "L40", "L40.0", "L40.1", "L40.4", "L40.50", "L40.52", "L40.9", "L41.0",
      "L30.9", "L28.1", "L50.1", "L73.2", "L93.0", "L21.9", "L23.9", "B35.1",
      "M05.79", "M06.9", "M08.00", "M10.9", "M45.9", "M32.9", "K50.90", "K51.90",
      "J45.50", "J45.909", "J32.9", "J33.9", "G35", "C34.90", "C50.911", "E11.9", "E66.9", "Z79.899");

  /** As-of dates from 2019 to 2030: both sides of the policy revisions this library encodes. */
  public static Arbitrary<LocalDate> asOfDates() {
    return dateBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31));
  }

  /** A request and the date to evaluate it on. */
  public record RequestCase(CoverageRequest request, LocalDate asOf) {}

  /** Requests with their as-of dates, every date in a request drawn around its as-of date. */
  public static Arbitrary<RequestCase> cases() {
    return Combinators.combine(asOfDates(), TEMPLATES).as((asOf, template) -> new RequestCase(template.apply(asOf), asOf));
  }

  /** Valid requests whose dates lie around {@code asOf}. */
  public static Arbitrary<CoverageRequest> requests(LocalDate asOf) {
    return TEMPLATES.map(template -> template.apply(asOf));
  }

  /**
   * Requests whose dates are still to be placed around an as-of date. Generators draw day offsets
   * and build dates last, so that one arbitrary serves every as-of date (a {@code flatMap} per
   * as-of date would rebuild, and re-hash, the whole generator for every sample).
   */
  public static Arbitrary<Function<LocalDate, CoverageRequest>> templates() {
    return TEMPLATES;
  }

  private static Arbitrary<Function<LocalDate, CoverageRequest>> buildTemplates() {
    Arbitrary<Drug> drug = drugs();
    Arbitrary<Clinical> clinical = Combinators.combine(
            Arbitraries.of(RequestType.class),
            Arbitraries.of(Urgency.class),
            patients(),
            diagnoses().list().ofMaxSize(4),
            trials(drug).list().ofMaxSize(6),
            drug.list().ofMaxSize(4),
            prescribers().optional(0.8),
            skinInvolvement().optional(0.8))
        .as(Clinical::new);
    Arbitrary<Context> context = Combinators.combine(
            labResults().list().ofMaxSize(3),
            flares().list().ofMaxSize(3),
            biomarkers().list().ofMaxSize(2),
            responses().optional(0.5),
            Arbitraries.of(Jurisdiction.class).optional(0.5),
            Arbitraries.of(PlanType.class).optional(0.5),
            dateAround(30, 5).optional(0.5))
        .as(Context::new);
    Arbitrary<Identity> identity = Combinators.combine(
            requestIds().optional(0.5),
            policyIds().optional(0.3),
            notes().optional(0.4),
            Arbitraries.of("Opzelura (ruxolitinib 1.5% cream)", "Opzelura", "ruxolitinib 1.5% cream")
                .map(Drug::named))
        .as(Identity::new);
    return Combinators.combine(clinical, context, identity).as((c, x, i) -> asOf -> CoverageRequest.builder()
        .requestType(c.requestType)
        .urgency(c.urgency)
        .patient(c.patient.apply(asOf))
        .diagnoses(all(c.diagnoses, asOf))
        .therapyTrials(all(c.trials, asOf))
        .concurrentMedications(c.concurrent)
        .prescriber(c.prescriber)
        .skinInvolvement(c.skin.map(f -> f.apply(asOf)))
        .labResults(all(x.labs, asOf))
        .flares(all(x.flares, asOf))
        .biomarkers(all(x.biomarkers, asOf))
        .response(x.response.map(f -> f.apply(asOf)))
        .jurisdiction(x.jurisdiction)
        .planType(x.planType)
        .requestDate(x.requestDate.map(f -> f.apply(asOf)))
        .requestId(i.requestId)
        .policyId(i.policyId)
        .notes(i.notes)
        .requestedDrug(i.requestedDrug)
        .build());
  }

  private static <T> List<T> all(List<Function<LocalDate, T>> templates, LocalDate asOf) {
    List<T> values = new ArrayList<>(templates.size());
    for (Function<LocalDate, T> template : templates) {
      values.add(template.apply(asOf));
    }
    return values;
  }

  private record Clinical(RequestType requestType, Urgency urgency, Function<LocalDate, Patient> patient,
      List<Function<LocalDate, Diagnosis>> diagnoses, List<Function<LocalDate, TherapyTrial>> trials,
      List<Drug> concurrent, Optional<Prescriber> prescriber, Optional<Function<LocalDate, SkinInvolvement>> skin) {}

  private record Context(List<Function<LocalDate, LabResult>> labs, List<Function<LocalDate, Flare>> flares,
      List<Function<LocalDate, BiomarkerResult>> biomarkers, Optional<Function<LocalDate, ResponseAssessment>> response,
      Optional<Jurisdiction> jurisdiction, Optional<PlanType> planType, Optional<Function<LocalDate, LocalDate>> requestDate) {}

  private record Identity(Optional<String> requestId, Optional<String> policyId, Optional<String> notes,
      Drug requestedDrug) {}

  // ------------------------------------------------------------------ parts

  /** Birth dates from infancy (some after the as-of date) to old age, often close to a birthday. */
  public static Arbitrary<Function<LocalDate, Patient>> patients() {
    Arbitrary<Function<LocalDate, LocalDate>> birthDate = Combinators.combine(
            Arbitraries.integers().between(0, 100).edgeCases(e -> e.add(11, 12, 13)),
            Arbitraries.integers().between(-3, 3))
        .as((years, days) -> asOf -> asOf.minusYears(years).plusDays(days));
    return Combinators.combine(birthDate.optional(0.85), memberIds().optional(0.6))
        .as((born, member) -> asOf -> Patient.builder().birthDate(born.map(f -> f.apply(asOf))).memberId(member).build());
  }

  /** Any non-blank text of at most 64 characters. */
  public static Arbitrary<String> memberIds() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(64).filter(s -> !s.isBlank()));
  }

  /** Free text, mostly short, sometimes long (a short text repeated up to the 10,000-character limit). */
  public static Arbitrary<String> notes() {
    Arbitrary<String> shortText = Arbitraries.strings().ofMaxLength(200);
    Arbitrary<String> longText = Combinators.combine(shortText.filter(s -> !s.isEmpty()), Arbitraries.integers().between(1, 10_000))
        .as((text, length) -> text.repeat(length / text.length() + 1).substring(0, length));
    return Arbitraries.frequencyOf(Tuple.of(9, shortText), Tuple.of(1, longText));
  }

  public static Arbitrary<String> requestIds() {
    return Arbitraries.strings().withChars("ABCXYZabcxyz0123456789._:-").ofMinLength(1).ofMaxLength(64);
  }

  public static Arbitrary<String> policyIds() {
    return Arbitraries.of("cigna/IP0369", "acme/T1", "cigna/IP0000", "aetna/X1");
  }

  /** A curated or neighbouring code most of the time, else any structurally valid code. */
  public static Arbitrary<Icd10Code> codes() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(1);
    Arbitrary<String> digit = Arbitraries.strings().numeric().ofLength(1);
    StringArbitrary alnum = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9');
    Arbitrary<String> random = Combinators.combine(letters, digit, alnum.ofLength(1), alnum.ofMaxLength(4))
        .as((a, b, c, rest) -> a + b + c + (rest.isEmpty() ? "" : "." + rest));
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(CODE_CANDIDATES)), Tuple.of(1, random))
        .map(Icd10Code::of);
  }

  public static Arbitrary<Function<LocalDate, Diagnosis>> diagnoses() {
    return Combinators.combine(
            codes(),
            Arbitraries.of(DiseaseSeverity.class).optional(0.5),
            Arbitraries.of(DiagnosisSubtype.class).optional(0.5),
            dateAround(3650, 0).optional(0.3))
        .as((code, severity, subtype, on) -> asOf -> Diagnosis.builder()
            .code(code).severity(severity).subtype(subtype).diagnosedOn(on.map(f -> f.apply(asOf))).build());
  }

  /** Product names by kind, as a prescriber might write them. */
  public static final List<String> TOPICAL_STEROIDS = List.of("triamcinolone acetonide 0.1% cream",
      "mometasone furoate 0.1% ointment", "hydrocortisone 2.5% cream", "clobetasol propionate 0.05% ointment",
      "fluocinonide 0.05% cream", "betamethasone valerate 0.1% cream", "desonide 0.05% cream");
  public static final List<String> CALCINEURIN_INHIBITORS = List.of("Protopic (tacrolimus 0.1% ointment)",
      "tacrolimus 0.03% ointment", "Elidel (pimecrolimus 1% cream)", "pimecrolimus", "tacrolimus");
  public static final List<String> BIOLOGICS_AND_JAK_INHIBITORS = List.of("Dupixent (dupilumab)", "Adbry",
      "Ebglyss (lebrikizumab)", "Rinvoq (upadacitinib)", "Cibinqo", "Humira", "adalimumab-atto", "Olumiant",
      "Jakafi (ruxolitinib) tablets", "Xeljanz", "Nemluvio", "Skyrizi");
  public static final List<String> IMMUNOSUPPRESSANTS = List.of("cyclosporine", "Neoral", "methotrexate",
      "azathioprine", "mycophenolate mofetil", "tacrolimus capsules");
  public static final List<String> OTHER_DRUGS = List.of("Opzelura (ruxolitinib 1.5% cream)", "ruxolitinib cream",
      "cetirizine", "prednisone", "Eucrisa (crisaborole)", "emollient", "deuruxolitinib", "colchicine");

  /** Drugs of every kind, with or without class, form and potency. */
  public static Arbitrary<Drug> drugs() {
    Arbitrary<String> name = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(TOPICAL_STEROIDS)),
        Tuple.of(3, Arbitraries.of(CALCINEURIN_INHIBITORS)),
        Tuple.of(2, Arbitraries.of(BIOLOGICS_AND_JAK_INHIBITORS)),
        Tuple.of(1, Arbitraries.of(IMMUNOSUPPRESSANTS)),
        Tuple.of(1, Arbitraries.of(OTHER_DRUGS)),
        Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(200).filter(s -> !s.isBlank())));
    return Combinators.combine(
            name,
            Arbitraries.of(DrugClass.class).optional(0.7),
            Arbitraries.of(DosageForm.class).optional(0.5),
            Arbitraries.of(TopicalSteroidPotency.class).optional(0.8),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30).optional(0.2),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10).optional(0.1))
        .as((n, drugClass, form, potency, ingredient, rxNorm) -> {
          Drug.Builder drug = Drug.builder().name(n).drugClass(drugClass).form(form)
              .activeIngredient(ingredient).rxNormCui(rxNorm);
          if (drugClass.isPresent() && drugClass.get() == DrugClass.TOPICAL_CORTICOSTEROID) {
            drug.potency(potency);
          }
          return drug.build();
        });
  }

  /**
   * Trials of {@code drugs} that started up to about four years before the as-of date (a few
   * after it) and lasted 1 to 201 days; ongoing trials have no end, and only contraindications
   * may lack a start.
   */
  public static Arbitrary<Function<LocalDate, TherapyTrial>> trials(Arbitrary<Drug> drugs) {
    return Combinators.combine(
            drugs,
            Arbitraries.of(TrialOutcome.class),
            Arbitraries.integers().between(-30, 1500),
            Arbitraries.integers().between(0, 200),
            withProbability(0.1),
            withProbability(0.9),
            withProbability(0.8))
        .as((drug, outcome, startsDaysBefore, lengthMinusOne, sample, hasStart, hasEnd) -> asOf -> {
          TherapyTrial.Builder trial = TherapyTrial.builder().drug(drug).outcome(outcome).sample(sample);
          LocalDate start = asOf.minusDays(startsDaysBefore);
          boolean withStart = hasStart || outcome != TrialOutcome.CONTRAINDICATED;
          if (withStart) {
            trial.start(start);
          }
          if (hasEnd && outcome != TrialOutcome.ONGOING) {
            trial.end(start.plusDays(lengthMinusOne));
          }
          return trial.build();
        });
  }

  public static Arbitrary<Prescriber> prescribers() {
    Arbitrary<String> npi = Arbitraries.strings().numeric().ofLength(9).map(CoverageRequestArbitraries::withNpiCheckDigit);
    return Combinators.combine(
            Arbitraries.subsetOf(Specialty.values()).ofMaxSize(3),
            Arbitraries.subsetOf(Specialty.values()).ofMaxSize(2),
            npi.optional(0.3))
        .as((specialties, consulted, number) -> Prescriber.builder()
            .specialties(specialties).consultedSpecialties(consulted).npi(number).build());
  }

  private static String withNpiCheckDigit(String nineDigits) {
    for (char check = '0'; check <= '9'; check++) {
      if (Prescriber.isValidNpi(nineDigits + check)) {
        return nineDigits + check;
      }
    }
    throw new AssertionError("every 9-digit prefix has one NPI check digit");
  }

  /** BSA from 0 to 100 percent with 0 to 2 decimal places. */
  public static Arbitrary<BigDecimal> bodySurfaceAreas() {
    return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 2))
        .as((hundredths, scale) -> BigDecimal.valueOf(hundredths, 2).setScale(scale, java.math.RoundingMode.DOWN));
  }

  /** BSA and the affected sites. */
  public static Arbitrary<Function<LocalDate, SkinInvolvement>> skinInvolvement() {
    return Combinators.combine(
            bodySurfaceAreas().optional(0.8),
            Arbitraries.subsetOf(BodySite.values()).ofMaxSize(4),
            dateAround(365, 0).optional(0.5))
        .as((percent, sites, on) -> asOf -> SkinInvolvement.builder()
            .bodySurfaceAreaPercent(percent).sites(sites).assessedOn(on.map(f -> f.apply(asOf))).build());
  }

  public static Arbitrary<Function<LocalDate, ResponseAssessment>> responses() {
    return Combinators.combine(dateAround(365, 0).optional(0.5), Arbitraries.subsetOf(ResponseMarker.values()).ofMaxSize(3))
        .as((on, improvements) -> asOf -> ResponseAssessment.builder()
            .assessedOn(on.map(f -> f.apply(asOf))).improvements(improvements).build());
  }

  /** A result in a unit of the analyte's dimension, with an optional reference range. */
  public static Arbitrary<Function<LocalDate, LabResult>> labResults() {
    List<Analyte> measurable = new ArrayList<>();
    for (Analyte analyte : Analyte.values()) {
      if (!units(analyte).isEmpty()) {
        measurable.add(analyte);
      }
    }
    Arbitrary<BigDecimal> value = Arbitraries.integers().between(0, 10_000_000).map(hundredths -> BigDecimal.valueOf(hundredths, 2));
    return Combinators.combine(
            Arbitraries.of(measurable),
            Arbitraries.integers().between(0, 99),
            value,
            value.list().ofMaxSize(2),
            dateAround(365, 0))
        .as((analyte, unitIndex, v, bounds, on) -> asOf -> {
          List<Unit> units = units(analyte);
          Unit unit = units.get(unitIndex % units.size());
          LabResult.Builder lab = LabResult.builder().analyte(analyte).value(Quantity.of(v, unit)).date(on.apply(asOf));
          if (bounds.size() == 1) {
            lab.referenceRange(ReferenceRange.builder().high(Quantity.of(bounds.get(0), unit)).build());
          } else if (bounds.size() == 2) {
            BigDecimal low = bounds.get(0).min(bounds.get(1));
            BigDecimal high = bounds.get(0).max(bounds.get(1));
            lab.referenceRange(ReferenceRange.builder().low(Quantity.of(low, unit)).high(Quantity.of(high, unit)).build());
          }
          return lab.build();
        });
  }

  private static List<Unit> units(Analyte analyte) {
    return Arrays.stream(Unit.values()).filter(u -> u.dimension() == analyte.dimension()).toList();
  }

  public static Arbitrary<Function<LocalDate, Flare>> flares() {
    return Combinators.combine(dateAround(730, 0), withProbability(0.3))
        .as((on, hospitalized) -> asOf -> Flare.builder().date(on.apply(asOf)).hospitalized(hospitalized).build());
  }

  public static Arbitrary<Function<LocalDate, BiomarkerResult>> biomarkers() {
    return Combinators.combine(
            Arbitraries.of("ALK", "EGFR", "PD-L1", "HLA-B27"),
            Arbitraries.of(BiomarkerStatus.class),
            Arbitraries.of("FISH", "IHC", "NGS").optional(0.5),
            dateAround(730, 0).optional(0.5))
        .as((name, status, method, on) -> asOf -> BiomarkerResult.builder()
            .biomarker(name).status(status).method(method).date(on.map(f -> f.apply(asOf))).build());
  }

  /** A date from {@code daysBefore} days before the as-of date to {@code daysAfter} days after it. */
  public static Arbitrary<Function<LocalDate, LocalDate>> dateAround(int daysBefore, int daysAfter) {
    return Arbitraries.integers().between(-daysBefore, daysAfter).map(days -> asOf -> asOf.plusDays(days));
  }

  /** True with probability {@code p}. */
  public static Arbitrary<Boolean> withProbability(double p) {
    return Arbitraries.just(Boolean.TRUE).optional(p).map(Optional::isPresent);
  }

  private static Arbitrary<LocalDate> dateBetween(LocalDate first, LocalDate last) {
    return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }
  // Last: it reads the name lists above during class initialisation.
  private static final Arbitrary<Function<LocalDate, CoverageRequest>> TEMPLATES = buildTemplates();
}
