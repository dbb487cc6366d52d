package io.covercrit.examples.template;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.Trials;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRevision;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.DrugClass;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The template of docs/AUTHORING.md: Acme policy T100, three clauses written with the clause
 * library (diagnosis, age, a failed trial), in two revisions. Copy it to start a policy.
 */
public final class AcmePolicy {
  public static final String POLICY_ID = "acme/T100";
  static final Icd10Code ATOPIC_DERMATITIS = Icd10Code.of("L20");
  static final int MINIMUM_AGE = 18;
  /** T100 1.B: days of the corticosteroid trial; the 2026 revision raised it. */
  static final PolicyRevision.Value<Integer> STEROID_DAYS = PolicyRevision.value("T100 1.B days", 14);
  static final List<PolicyRevision> REVISIONS = PolicyRevision.history()
      .revision("2025", null)
      .revision("2026", LocalDate.of(2026, 1, 1)).set(STEROID_DAYS, 28).note("T100 1.B became 28 days.")
      .build();
  private static final LocalDate READ_ON = LocalDate.of(2026, 11, 24);

  private AcmePolicy() {}

  public static List<CoveragePolicy> versions() {
    return REVISIONS.stream().map(AcmePolicy::build).toList();
  }

  private static CoveragePolicy build(PolicyRevision revision) {
    CriteriaPolicy.Builder policy = CriteriaPolicy.builder(revision.describe(PolicyDescriptor.builder()
            .id(POLICY_ID).payer("Acme Health").title("Testamab (Acme policy T100; a template)").addDrugs("Testamab")
            .provenance(Provenance.builder().reliability(Reliability.POLICY_TEXT).gatheredOn(READ_ON)
                .addSources(SourceRef.builder().title("Acme T100").reliability(Reliability.POLICY_TEXT)
                    .checkedOn(READ_ON).build())
                .build()))
        .build())
        .pathway(atopicDermatitis(revision.get(STEROID_DAYS)));
    revision.notes().forEach(policy::note);
    return policy.build();
  }

  private static Pathway atopicDermatitis(int steroidDays) {
    return Pathway.builder("T100 1", "Atopic dermatitis")
        .diagnosis(Diagnoses.within("T100 1.dx", "Diagnosis of atopic dermatitis (ICD-10-CM L20.-)",
            "atopic dermatitis (L20.-)", ATOPIC_DERMATITIS).build())
        .criteria(
            Ages.atLeastYears("T100 1.A", MINIMUM_AGE).build(),
            Trials.failed("T100 1.B", "Failed a topical corticosteroid for at least " + steroidDays + " days",
                Trials.Rule.of(drug -> drug.isOfClass(DrugClass.TOPICAL_CORTICOSTEROID), "topical corticosteroid",
                    steroidDays)).build())
        .approvals(Period.ofMonths(6), Period.ofMonths(12))
        .build();
  }
}
