package io.covercrit.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.codes.Icd10CodeSet.CodeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuratedIcd10CodeSetTest {
  private final Icd10CodeSet curated = Icd10CodeSets.curated();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "L20.9,   BILLABLE",
    "l2084,   BILLABLE",
    "L20,     NOT_BILLABLE",
    "L20.8,   NOT_BILLABLE",
    "L20.99,  DOES_NOT_EXIST",
    "L20.1,   DOES_NOT_EXIST",
    "L80,     BILLABLE",
    "L80.1,   DOES_NOT_EXIST",
    "L63.9,   BILLABLE",
    "H02.73,  NOT_BILLABLE",
    "H02.731, BILLABLE",
    "H02.73A, UNKNOWN",
    "J45.50,  UNKNOWN",
    "L40.9,   BILLABLE",
    "L40.50,  UNKNOWN",
  })
  void the_curated_set_knows_the_categories_the_shipped_policies_use(String code, CodeStatus status) {
    assertThat(curated.status(Icd10Code.of(code))).isEqualTo(status);
  }

  @Test
  void it_is_authoritative_only_for_the_categories_it_lists_in_full() {
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("L20.99"))).isTrue();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("L80"))).isTrue();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("L63.5"))).isTrue();
    // H02.73 is listed but later releases added codes to H02 subcategories.
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("H02.73A"))).isFalse();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("J45.50"))).isFalse();
  }

  @Test
  void an_entry_carries_its_description_and_billability() {
    Icd10Entry entry = curated.find(Icd10Code.of("L20.9")).orElseThrow();
    assertThat(entry.code().value()).isEqualTo("L20.9");
    assertThat(entry.billable()).isTrue();
    assertThat(entry.description()).isEqualTo("Atopic dermatitis, unspecified");
    assertThat(curated.find(Icd10Code.of("L20.99"))).isEmpty();
    assertThat(curated.name()).contains("curated");
  }

  @Test
  void the_curated_set_is_one_shared_instance() {
    assertThat(Icd10CodeSets.curated()).isSameAs(curated);
  }
}
