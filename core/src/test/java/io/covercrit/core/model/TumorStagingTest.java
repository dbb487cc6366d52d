package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.JsonInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tumour facts oncology policies read, and the test method recognised from a biomarker report. */
class TumorStagingTest {
  private final CovercritJson json = CovercritJson.create();

  private static final String REQUEST = "{\"requestedDrug\":{\"name\":\"Alecensa\"},\"patient\":{},\"tumorStaging\":%s}";

  @ParameterizedTest(name = "{0} cm")
  @ValueSource(strings = {"0.1", "3.9", "4.0", "50"})
  void a_size_above_0_and_up_to_50_cm_is_accepted(String size) {
    assertThatCode(() -> TumorStaging.builder().primaryTumorSizeCm(new BigDecimal(size)).build()).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} cm")
  @ValueSource(strings = {"0", "-1.37", "50.01", "52.6"})
  void a_size_of_0_or_less_or_above_50_cm_is_rejected_without_repeating_it(String size) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> TumorStaging.builder().primaryTumorSizeCm(new BigDecimal(size)).build());
    assertThat(e.field()).isEqualTo("primaryTumorSizeCm");
    if (!size.equals("0")) {
      assertThat(e.getMessage()).doesNotContain(size);
    }
  }

  @ParameterizedTest(name = "stage {0} is stage number {1}")
  @CsvSource({"0, 0", "I, 1", "IA1, 1", "IB, 1", "IIA, 2", "IIB, 2", "IIIA, 3", "IIIC, 3", "IV, 4", "IVA, 4", "IVB, 4"})
  void an_ajcc_stage_group_is_accepted_and_numbered(String stage, int number) {
    assertThat(TumorStaging.builder().stage(stage).build().stageNumber()).hasValue(number);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "Stage IIB", "iib", "IIII", "V", "IIBB", "IA4", "2B", "IVD"})
  void anything_else_is_not_a_stage(String stage) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TumorStaging.builder().stage(stage).build());
    assertThat(e.field()).isEqualTo("stage");
  }

  @Test
  void without_a_stage_there_is_no_stage_number_and_absence_is_not_a_negative() {
    TumorStaging unknown = TumorStaging.builder().build();
    assertThat(unknown.stageNumber()).isEmpty();
    assertThat(unknown.metastatic()).isEmpty();
    assertThat(unknown.nodalStatus()).isEmpty();
  }

  @Test
  void only_n1_to_n3_are_node_positive() {
    assertThat(TumorStaging.NodalStatus.values()).filteredOn(TumorStaging.NodalStatus::isPositive)
        .containsExactly(TumorStaging.NodalStatus.N1, TumorStaging.NodalStatus.N2, TumorStaging.NodalStatus.N3);
  }

  @Test
  void tumor_staging_survives_a_json_round_trip_as_the_documented_fields() {
    String written = "{\"primaryTumorSizeCm\":5.20,\"nodalStatus\":\"N2\",\"resection\":\"R0\",\"stage\":\"IIIA\","
        + "\"metastatic\":false,\"recurrent\":false,\"assessedOn\":\"2026-03-02\"}";
    CoverageRequest request = json.readRequest(String.format(REQUEST, written));
    TumorStaging staging = request.tumorStaging().orElseThrow();
    assertThat(staging).isEqualTo(TumorStaging.builder().primaryTumorSizeCm(new BigDecimal("5.20"))
        .nodalStatus(TumorStaging.NodalStatus.N2).resection(TumorStaging.Resection.R0).stage("IIIA")
        .metastatic(false).recurrent(false).assessedOn(LocalDate.of(2026, 3, 2)).build());
    assertThat(json.writeRequest(request, false)).contains("\"tumorStaging\":" + written);
    assertThat(json.readRequest(json.writeRequest(request, true))).isEqualTo(request);
  }

  @Test
  void an_empty_tumor_staging_is_written_as_an_empty_object_and_an_absent_one_not_at_all() {
    assertThat(json.writeRequest(json.readRequest(String.format(REQUEST, "{}")), false)).contains("\"tumorStaging\":{}");
    assertThat(json.writeRequest(json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{}}"), false))
        .doesNotContain("tumorStaging");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "{\"stage\":\"Stage IV\"}            | $.tumorStaging.stage",
    "{\"primaryTumorSizeCm\":52}         | $.tumorStaging.primaryTumorSizeCm",
    "{\"nodalStatus\":\"N4\"}            | $.tumorStaging.nodalStatus",
    "{\"resection\":\"complete\"}        | $.tumorStaging.resection",
    "{\"metastatic\":\"yes\"}            | $.tumorStaging.metastatic",
    "{\"sizeMm\":40}                     | $.tumorStaging",
  })
  void a_bad_field_is_an_error_naming_its_path(String staging, String path) {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> json.readRequest(String.format(REQUEST, staging)));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo(path);
  }

  // --- BiomarkerTestMethod

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
    "FISH                                        | FISH",
    "fluorescence in situ hybridization         | FISH",
    "Vysis ALK Break Apart FISH Probe Kit        | FISH",
    "IHC                                         | IHC",
    "immunohistochemistry (D5F3)                 | IHC",
    "VENTANA ALK (D5F3) CDx Assay                | IHC",
    "ngs                                         | NGS",
    "Next-generation sequencing (tissue)         | NGS",
    "FoundationOne Liquid CDx                    | NGS",
    "RT-PCR                                      | PCR",
    "polymerase chain reaction                   | PCR",
    "chromogenic in situ hybridization           | OTHER",
    "karyotype                                   | OTHER",
    "FISH and NGS                                | OTHER",
  })
  void the_test_method_is_recognised_from_the_lab_wording(String wording, BiomarkerTestMethod method) {
    assertThat(BiomarkerTestMethod.fromDescription(wording)).isEqualTo(method);
    BiomarkerResult result = BiomarkerResult.builder().biomarker("ALK").status(BiomarkerStatus.POSITIVE).method(wording).build();
    assertThat(result.testMethod()).contains(method);
  }

  @Test
  void no_documented_method_is_no_test_method_and_the_json_form_is_unchanged() {
    BiomarkerResult none = BiomarkerResult.builder().biomarker("ALK").status(BiomarkerStatus.POSITIVE).build();
    assertThat(none.testMethod()).isEmpty();
    CoverageRequest request = json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},"
        + "\"biomarkers\":[{\"biomarker\":\"ALK\",\"status\":\"POSITIVE\",\"method\":\"IHC (D5F3)\"}]}");
    assertThat(request.biomarkers().get(0).testMethod()).contains(BiomarkerTestMethod.IHC);
    assertThat(json.writeRequest(request, false))
        .contains("{\"biomarker\":\"ALK\",\"status\":\"POSITIVE\",\"method\":\"IHC (D5F3)\"}")
        .doesNotContain("testMethod");
  }
}
