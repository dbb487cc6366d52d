package io.covercrit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.clauses.BodySurfaceArea;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.CriteriaPolicy;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.SkinInvolvement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RowTableTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final BigDecimal LIMIT = BigDecimal.valueOf(20);

  private static CoveragePolicy policy(BigDecimal limit) {
    SourceRef source = SourceRef.builder().title("P").reliability(Reliability.POLICY_TEXT).checkedOn(AS_OF).build();
    return CriteriaPolicy.builder(PolicyDescriptor.builder().id("test/P1").payer("Test").title("P1").version("1")
            .provenance(Provenance.builder().reliability(Reliability.POLICY_TEXT).gatheredOn(AS_OF).addSources(source).build())
            .build())
        .pathway(Pathway.builder("P1 1", "Eczema")
            .diagnosis(Diagnoses.within("P1 1.dx", "Eczema", "eczema (L20.-)", Icd10Code.of("L20")).build())
            .criteria(BodySurfaceArea.atMost("P1 1.B", limit, "eczema").build())
            .approvals(Period.ofMonths(6), Period.ofMonths(6))
            .build())
        .build();
  }

  private static CoverageRequest request(BigDecimal bsa) {
    return CoverageRequest.builder().requestedDrug(Drug.named("X")).patient(Patient.builder().build())
        .addDiagnoses(Diagnosis.of("L20.9"))
        .skinInvolvement(SkinInvolvement.builder().bodySurfaceAreaPercent(bsa).build()).build();
  }

  @Test
  void the_rows_sit_on_both_sides_of_the_constant() {
    RowTable<BigDecimal> table = RowTable.atMost("P1 1.B", LIMIT, new BigDecimal("0.01"));
    assertThat(table.rows()).extracting(RowTable.Row::value)
        .containsExactly(new BigDecimal("19.99"), LIMIT, new BigDecimal("20.01"));
    assertThat(table.rows()).extracting(RowTable.Row::expected).containsExactly(Status.MET, Status.MET, Status.NOT_MET);
    assertThat(RowTable.atLeastDays("X", 28).rows()).extracting(RowTable.Row::value).containsExactly(27, 28, 29);
    assertThat(RowTable.ageAtLeast("X", 18, AS_OF).rows()).extracting(RowTable.Row::value)
        .containsExactly(LocalDate.of(2008, 3, 2), LocalDate.of(2008, 3, 1), LocalDate.of(2008, 2, 29));
  }

  @Test
  void a_policy_that_matches_its_constant_passes() {
    RowTable.atMost("P1 1.B", LIMIT, new BigDecimal("0.01")).check(policy(LIMIT), AS_OF, RowTableTest::request);
  }

  @Test
  void a_policy_whose_threshold_drifted_from_the_constant_fails_naming_the_row() {
    assertThatThrownBy(() -> RowTable.atMost("P1 1.B", LIMIT, new BigDecimal("0.01"))
            .check(policy(new BigDecimal("19.995")), AS_OF, RowTableTest::request))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 3 rows of P1 1.B failed")
        .hasMessageContaining("20 (the limit): P1 1.B is NOT_MET, expected MET");
  }

  @Test
  void a_clause_id_the_policy_does_not_have_fails() {
    assertThatThrownBy(() -> RowTable.atMost("P1 9", LIMIT, BigDecimal.ONE).check(policy(LIMIT), AS_OF, RowTableTest::request))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no clause P1 9");
  }

  @Test
  void the_one_call_check_passes_on_pure_classes_and_fails_on_the_fixtures() {
    PolicyArchitecture.check(CovercritArchitectureRules.importProductionClasses("io.covercrit.core.clauses"),
        "io.covercrit.core.clauses");
    assertThatThrownBy(() -> PolicyArchitecture.check(
            new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages("io.covercrit.testing.fixtures"),
            "io.covercrit.testing.fixtures"))
        .isInstanceOf(AssertionError.class);
  }
}
