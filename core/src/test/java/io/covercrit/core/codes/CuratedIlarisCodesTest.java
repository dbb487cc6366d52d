package io.covercrit.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.codes.Icd10CodeSet.CodeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Ilaris block of the curated set: autoinflammatory syndromes, Still's disease, gout, amyloidosis. */
class CuratedIlarisCodesTest {
  private final Icd10CodeSet curated = Icd10CodeSets.curated();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "M04,      NOT_BILLABLE",
    "M04.1,    BILLABLE",
    "M04.2,    BILLABLE",
    "M04.9,    BILLABLE",
    // The Ilaris/NC guide lists M04.10 for systemic JIA: M04.1 has no subcodes.
    "M04.10,   DOES_NOT_EXIST",
    "M04.0,    DOES_NOT_EXIST",
    "M06.1,    BILLABLE",
    "M06.4,    UNKNOWN",
    "M08.2,    NOT_BILLABLE",
    "M08.20,   BILLABLE",
    "M08.21,   NOT_BILLABLE",
    "M08.261,  BILLABLE",
    "M08.2A,   BILLABLE",
    "M08.0A,   UNKNOWN",
    "M10,      NOT_BILLABLE",
    "M10.9,    BILLABLE",
    "M10.071,  BILLABLE",
    "M10.07,   NOT_BILLABLE",
    "M10.4,    NOT_BILLABLE",
    "M10.371,  UNKNOWN",
    "M1A.9,    NOT_BILLABLE",
    "M1A.9XX1, BILLABLE",
    "M1A.0710, BILLABLE",
    "M1A.4710, UNKNOWN",
    "E85.0,    BILLABLE",
    "E85.8,    NOT_BILLABLE",
    "E85.82,   BILLABLE",
  })
  void the_ilaris_codes_have_their_fy2026_status(String code, CodeStatus status) {
    assertThat(curated.status(Icd10Code.of(code))).isEqualTo(status);
  }

  @Test
  void only_m04_is_listed_in_full() {
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("M04.10"))).isTrue();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("M10.371"))).isFalse();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("M08.0A"))).isFalse();
    assertThat(curated.isAuthoritativeFor(Icd10Code.of("E85.11"))).isFalse();
  }

  @Test
  void descriptions_are_the_official_ones() {
    assertThat(curated.find(Icd10Code.of("M04.2")).orElseThrow().description()).isEqualTo("Cryopyrin-associated periodic syndromes");
    assertThat(curated.find(Icd10Code.of("E85.0")).orElseThrow().description()).isEqualTo("Non-neuropathic heredofamilial amyloidosis");
    assertThat(curated.find(Icd10Code.of("M1A.9XX0")).orElseThrow().description())
        .isEqualTo("Chronic gout, unspecified, without tophus (tophi)");
  }
}
