package io.covercrit.core.eval;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.codes.Icd10Entry;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A tiny, test-only policy: payer {@code acme}, policy {@code acme/T1}, one exclusion and two
 * pathways. Shared by the eval and JSON tests and registered for ServiceLoader discovery.
 *
 * <pre>
 * T1 NC.1  not used together with a biologic (MISSING when a concurrent drug's class is not given)
 * T1 1     Atopic dermatitis: 1.A diagnosis within L20 (billable), 1.B age 12 or older,
 *          1.C ANY-OF (1.C.i topical corticosteroid, 1.C.ii topical calcineurin inhibitor: failed
 *          after 28 days or more); reauthorization 1.R documented improvement. Approvals P6M / P12M.
 * T1 2     Vitiligo: 2.A diagnosis within L80, 2.B BSA 10% or less, 2.C age 12 or older;
 *          reauthorization 2.R. Approvals P3M / P6M.
 * </pre>
 */
public final class AcmeTestPolicy {
  public static final String ID = "acme/T1";
  public static final String EXCLUSIONS = "T1 Conditions Not Covered";
  public static final String NECESSITY = "T1 Medical Necessity";
  public static final String REAUTHORIZATION = "T1 Reauthorization";

  public static final DocumentRequirement CHART_NOTES =
      DocumentRequirement.of("chart-notes", "Chart notes that state the diagnosis");
  public static final DocumentRequirement BIRTH_DATE =
      DocumentRequirement.of("birth-date", "Birth date verification");
  public static final DocumentRequirement PRESCRIPTION_HISTORY =
      DocumentRequirement.of("prescription-history", "Prescription records with dates and outcomes");
  public static final DocumentRequirement BSA_ASSESSMENT =
      DocumentRequirement.of("bsa-assessment", "Body surface area assessment");
  public static final DocumentRequirement RESPONSE_NOTES =
      DocumentRequirement.of("response-notes", "Notes documenting the response to therapy");
  public static final DocumentRequirement MEDICATION_LIST =
      DocumentRequirement.of("medication-list", "Current medication list with drug classes");

  public static final ContactPoint PA_FAX = ContactPoint.builder()
      .purpose("Prior authorization fax").organization("Acme Health").channel(ContactChannel.FAX)
      .value("1-800-555-0100").source(source()).build();

  private AcmeTestPolicy() {}

  public static SourceRef source() {
    return SourceRef.builder().title("Acme T1 test policy").url("https://example.org/acme/t1")
        .reliability(Reliability.POLICY_TEXT).checkedOn(LocalDate.of(2026, 1, 15)).build();
  }

  public static PolicyDescriptor descriptor(String version, LocalDate effectiveFrom) {
    return PolicyDescriptor.builder().id(ID).payer("acme").title("Testamab (test policy)")
        .addDrugs("Testamab", "testamab-abcd").version(version)
        .effectiveFrom(Optional.ofNullable(effectiveFrom)).provenance(Provenance.builder().reliability(Reliability.POLICY_TEXT)
            .gatheredOn(LocalDate.of(2026, 1, 15)).addSources(source()).build())
        .build();
  }

  /** The current version, in force from 1 January 2026. */
  public static CriteriaPolicy policy() {
    return policy(descriptor("2026-01", LocalDate.of(2026, 1, 1)));
  }

  public static CriteriaPolicy policy(PolicyDescriptor descriptor) {
    return CriteriaPolicy.builder(descriptor)
        .exclusion(Criterion.check("T1 NC.1", "Not used together with another biologic")
            .documents(MEDICATION_LIST)
            .whenNotMet("Use with another biologic is not covered", "Stop the other biologic first")
            .whenMissing("Class of a concurrent drug not documented", "State the class of every concurrent drug")
            .by(AcmeTestPolicy::noConcurrentBiologic))
        .pathway(Pathway.builder("T1 1", "Atopic dermatitis")
            .diagnosis(diagnosisWithin("T1 1.A", "L20"))
            .criteria(
                ageAtLeast12("T1 1.B"),
                Criterion.anyOf("T1 1.C", "Trial of ONE topical therapy", List.of(
                    trialOf("T1 1.C.i", DrugClass.TOPICAL_CORTICOSTEROID),
                    trialOf("T1 1.C.ii", DrugClass.TOPICAL_CALCINEURIN_INHIBITOR))))
            .response(response("T1 1.R"))
            .approvals(Period.ofMonths(6), Period.ofMonths(12))
            .build())
        .pathway(Pathway.builder("T1 2", "Vitiligo")
            .diagnosis(diagnosisWithin("T1 2.A", "L80"))
            .criteria(
                Criterion.check("T1 2.B", "Affected body surface area 10% or less")
                    .documents(BSA_ASSESSMENT)
                    .whenNotMet("Affected area exceeds 10% BSA", "Use a systemic therapy")
                    .whenMissing("Affected area not documented", "Document the BSA")
                    .by(AcmeTestPolicy::bsaAtMost10),
                ageAtLeast12("T1 2.C"))
            .response(response("T1 2.R"))
            .approvals(Period.ofMonths(3), Period.ofMonths(6))
            .build())
        .nextSteps((outcome, pathway, context) -> List.of(NextStep.builder()
            .action(outcome == Outcome.MEETS_CRITERIA ? "Submit the prior authorization request" : "Gather the checklist")
            .actor("prescriber").addContacts(PA_FAX).addTiming("standard review: 5 business days").build()))
        .note("Test policy; not a real payer's criteria.")
        .build();
  }

  /** A code set for tests: L20 and L80 in full, nothing else known. */
  public static Icd10CodeSet codes() {
    Map<Icd10Code, Icd10Entry> entries = new TreeMap<>();
    for (String header : List.of("L20", "L20.8")) {
      entries.put(Icd10Code.of(header), Icd10Entry.of(Icd10Code.of(header), false, "header"));
    }
    for (String billable : List.of("L20.0", "L20.81", "L20.82", "L20.83", "L20.84", "L20.89", "L20.9", "L80")) {
      entries.put(Icd10Code.of(billable), Icd10Entry.of(Icd10Code.of(billable), true, "billable"));
    }
    return new Icd10CodeSet() {
      @Override
      public String name() {
        return "acme test codes";
      }

      @Override
      public Optional<Icd10Entry> find(Icd10Code code) {
        return Optional.ofNullable(entries.get(code));
      }

      @Override
      public boolean isAuthoritativeFor(Icd10Code code) {
        return code.isWithin("L20") || code.isWithin("L80");
      }
    };
  }

  /** A request for Testamab under acme/T1; tests add the facts they need. */
  public static CoverageRequest.Builder request() {
    return CoverageRequest.builder().policyId(ID).requestedDrug(Drug.named("Testamab"))
        .patient(io.covercrit.core.model.Patient.builder().birthDate(LocalDate.of(1990, 5, 1)).build());
  }

  public static TherapyTrial failedTrial(DrugClass drugClass, LocalDate start, LocalDate end) {
    return TherapyTrial.builder().drug(Drug.builder().name(drugClass.name().toLowerCase(java.util.Locale.ROOT)).drugClass(drugClass).build())
        .start(start).end(end).outcome(TrialOutcome.FAILED).build();
  }

  private static Criterion diagnosisWithin(String id, String category) {
    return Criterion.check(id, "Diagnosis within " + category)
        .documents(CHART_NOTES)
        .whenNotMet("No diagnosis within " + category, "Document a covered diagnosis")
        .whenMissing("Diagnosis not documented", "Attach chart notes with the diagnosis")
        .by(ctx -> {
          List<Diagnosis> diagnoses = ctx.request().diagnoses();
          if (diagnoses.isEmpty()) {
            return Finding.missing("no diagnosis");
          }
          for (Diagnosis d : diagnoses) {
            if (d.code().isWithin(category)) {
              if (ctx.codes().status(d.code()) == Icd10CodeSet.CodeStatus.NOT_BILLABLE) {
                return Finding.notMet(d.code() + " is a header code")
                    .because("Header code " + d.code() + " is not billable", "Use a billable code below " + d.code());
              }
              return Finding.met(d.code() + " is within " + category);
            }
          }
          return Finding.notMet("no diagnosis within " + category);
        });
  }

  private static Criterion ageAtLeast12(String id) {
    return Criterion.check(id, "Age 12 years or older")
        .documents(BIRTH_DATE)
        .whenNotMet("Patient is younger than 12", "Coverage starts at age 12")
        .whenMissing("Age not documented", "Attach birth date verification")
        .by(ctx -> {
          OptionalInt age = ctx.request().patient().ageOn(ctx.asOf());
          if (age.isEmpty()) {
            return Finding.missing("birth date not documented");
          }
          return Finding.of(age.getAsInt() >= 12 ? Status.MET : Status.NOT_MET, "age " + age.getAsInt());
        });
  }

  private static Criterion trialOf(String id, DrugClass drugClass) {
    return Criterion.check(id, "Failed a 28-day trial of a " + drugClass)
        .documents(PRESCRIPTION_HISTORY)
        .whenNotMet("Trial too short or not failed", "Complete a 28-day trial")
        .whenMissing("No trial documented", "Attach prescription records")
        .by(ctx -> {
          boolean any = false;
          for (TherapyTrial t : ctx.request().therapyTrials()) {
            if (t.drug().isOfClass(drugClass)) {
              any = true;
              OptionalLong days = t.daysOfUseThrough(ctx.asOf());
              if (t.outcome() == TrialOutcome.FAILED && days.isPresent() && days.getAsLong() >= 28) {
                return Finding.met(days.getAsLong() + " days, failed");
              }
            }
          }
          return any ? Finding.notMet("trial shorter than 28 days or not failed") : Finding.missing("no trial");
        });
  }

  private static Criterion response(String id) {
    return Criterion.check(id, "Documented beneficial response")
        .documents(RESPONSE_NOTES)
        .whenNotMet("No improvement documented", "Document an improvement or change therapy")
        .whenMissing("Response not assessed", "Attach the response assessment")
        .by(ctx -> ctx.request().response()
            .map(r -> r.improvements().isEmpty() ? Finding.notMet("no improvement") : Finding.met("improved"))
            .orElse(Finding.missing("no assessment")));
  }

  private static Finding noConcurrentBiologic(EvaluationContext ctx) {
    boolean unknownClass = false;
    for (Drug d : ctx.request().concurrentMedications()) {
      if (d.isOfClass(DrugClass.BIOLOGIC)) {
        return Finding.notMet("a concurrent biologic");
      }
      unknownClass |= d.drugClass().isEmpty();
    }
    return unknownClass ? Finding.missing("a concurrent drug without class") : Finding.met("no concurrent biologic");
  }

  private static Finding bsaAtMost10(EvaluationContext ctx) {
    Optional<BigDecimal> bsa = ctx.request().skinInvolvement().flatMap(s -> s.bodySurfaceAreaPercent());
    if (bsa.isEmpty()) {
      return Finding.missing("BSA not documented");
    }
    return Finding.of(bsa.get().compareTo(BigDecimal.TEN) <= 0 ? Status.MET : Status.NOT_MET, "BSA " + bsa.get() + "%");
  }
}
