package io.covercrit.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.codes.Icd10CodeSet.CodeStatus;
import java.util.ArrayList;
import java.util.List;
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
    "E11.9,   UNKNOWN",
    "L40.9,   BILLABLE",
    "L40.50,  UNKNOWN",
    "C34.11,  BILLABLE",
    "c3492,   BILLABLE",
    "C34.2,   BILLABLE",
    "C34,     NOT_BILLABLE",
    "C34.1,   NOT_BILLABLE",
    "C34.21,  DOES_NOT_EXIST",
    "C34.13,  DOES_NOT_EXIST",
    "C34.4,   DOES_NOT_EXIST",
    "C78.01,  BILLABLE",
    "C78.0,   NOT_BILLABLE",
    "C79.31,  BILLABLE",
    "C78.1,   UNKNOWN",
    "C79.9,   UNKNOWN",
  })
  void the_curated_set_knows_the_categories_the_shipped_policies_use(String code, CodeStatus status) {
    assertThat(curated.status(Icd10Code.of(code))).isEqualTo(status);
  }

  /** The Dupixent block: every category listed in full, headers and billable codes as in FY2026. */
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "J45,     NOT_BILLABLE",
    "J45.5,   NOT_BILLABLE",
    "J45.50,  BILLABLE",
    "J45.909, BILLABLE",
    "J45.90,  NOT_BILLABLE",
    "J45.998, BILLABLE",
    "J45.6,   DOES_NOT_EXIST",
    "J45.909X, DOES_NOT_EXIST",
    "J82,     NOT_BILLABLE",
    "J82.83,  BILLABLE",
    "J82.8,   NOT_BILLABLE",
    "J82.0,   DOES_NOT_EXIST",
    "J32.9,   BILLABLE",
    "J33.9,   BILLABLE",
    "J33,     NOT_BILLABLE",
    "J33.2,   DOES_NOT_EXIST",
    "K20.0,   BILLABLE",
    "K20.9,   NOT_BILLABLE",
    "K20.90,  BILLABLE",
    "L28.1,   BILLABLE",
    "L28.3,   DOES_NOT_EXIST",
    "J43.9,   BILLABLE",
    "J44.9,   BILLABLE",
    "J44.8,   NOT_BILLABLE",
    "J44.81,  BILLABLE",
    "J44.89,  BILLABLE",
    "J44.2,   DOES_NOT_EXIST",
    "L50.1,   BILLABLE",
    "L50.7,   DOES_NOT_EXIST",
    "L12.0,   BILLABLE",
    "L12.3,   NOT_BILLABLE",
    "L12.35,  BILLABLE",
    "L12.32,  DOES_NOT_EXIST",
  })
  void the_dupixent_categories_are_listed_in_full(String code, CodeStatus status) {
    assertThat(curated.status(Icd10Code.of(code))).isEqualTo(status);
  }

  @Test
  void dupixent_codes_carry_their_official_titles() {
    assertThat(curated.find(Icd10Code.of("J82.83")).orElseThrow().description()).isEqualTo("Eosinophilic asthma");
    assertThat(curated.find(Icd10Code.of("L28.1")).orElseThrow().description()).isEqualTo("Prurigo nodularis");
    assertThat(curated.find(Icd10Code.of("L50.1")).orElseThrow().description()).isEqualTo("Idiopathic urticaria");
    assertThat(curated.find(Icd10Code.of("L12.0")).orElseThrow().description()).isEqualTo("Bullous pemphigoid");
    assertThat(curated.find(Icd10Code.of("K20.0")).orElseThrow().description()).isEqualTo("Eosinophilic esophagitis");
  }

  @Test
  void it_is_authoritative_only_for_the_categories_it_lists_in_full() {
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("L20.99"))).isTrue();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("L80"))).isTrue();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("L63.5"))).isTrue();
    // H02.73 is listed but later releases added codes to H02 subcategories.
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("H02.73A"))).isFalse();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("E11.9"))).isFalse();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("C34.4"))).isTrue();
    // Only the metastatic sites of lung cancer are listed under C78 and C79.
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("C78.1"))).isFalse();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("C79.9"))).isFalse();
  }

  @Test
  void c34_lists_every_code_of_the_tabular_list() {
    // Five subcategories with unspecified, right and left fifth characters, and the middle lobe.
    List<String> billable = new ArrayList<>();
    for (String sub : List.of("C34.0", "C34.1", "C34.3", "C34.8", "C34.9")) {
      for (String side : List.of("0", "1", "2")) {
        billable.add(sub + side);
        assertThat(curated.status(Icd10Code.of(sub))).as(sub).isEqualTo(CodeStatus.NOT_BILLABLE);
      }
    }
    billable.add("C34.2");
    for (String code : billable) {
      Icd10Entry entry = curated.find(Icd10Code.of(code)).orElseThrow();
      assertThat(entry.billable()).as(code).isTrue();
      assertThat(entry.description()).as(code).startsWith("Malignant neoplasm of ").contains("bronch");
    }
    assertThat(curated.find(Icd10Code.of("C34.31")).orElseThrow().description())
        .isEqualTo("Malignant neoplasm of lower lobe, right bronchus or lung");
    assertThat(billable).hasSize(16);
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
