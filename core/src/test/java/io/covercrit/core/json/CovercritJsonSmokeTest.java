package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.model.CoverageRequest;
import org.junit.jupiter.api.Test;

class CovercritJsonSmokeTest {
  private final CovercritJson json = CovercritJson.create();

  @Test
  void a_request_survives_a_round_trip() {
    String text = "{\"schemaVersion\":\"1\",\"requestedDrug\":{\"name\":\"Opzelura\"},"
        + "\"patient\":{\"birthDate\":\"2010-05-01\"},"
        + "\"diagnoses\":[{\"code\":\"l209\"}],"
        + "\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":1.5,\"unit\":\"mg/dl\"},\"date\":\"2026-01-02\"}],"
        + "\"therapyTrials\":[{\"drug\":{\"name\":\"tacrolimus\"},\"start\":\"2026-01-01\",\"end\":\"2026-02-11\",\"outcome\":\"FAILED\"}]}";
    CoverageRequest request = json.readRequest(text);
    assertThat(request.diagnoses().get(0).code().value()).isEqualTo("L20.9");
    String written = json.writeRequest(request, false);
    assertThat(json.readRequest(written)).isEqualTo(request);
  }

  @Test
  void errors_name_the_path() {
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},\"therapyTrials\":[{\"drug\":{\"name\":\"t\"},\"start\":\"2026-02-01\",\"end\":\"2026-01-01\",\"outcome\":\"FAILED\"}]}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$.therapyTrials[0].end: must not be before start");
    assertThatThrownBy(() -> json.readRequest("{\"patient\":{}}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$.requestedDrug: is required");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{\"birthDate\":\"2010-13-01\"}}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$.patient.birthDate: expected a date as YYYY-MM-DD");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},\"diagnoses\":[{\"code\":\"20.9\"}]}"))
        .isInstanceOf(JsonInputException.class).hasMessageStartingWith("$.diagnoses[0].code: ");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},\"bogus\":1}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$: unknown field (member 3 of the object)");
    // Counted in the text as sent: a schemaVersion taken out before binding still counts.
    assertThatThrownBy(() -> json.readRequest("{\"bogus\":1,\"schemaVersion\":\"1\",\"requestedDrug\":{\"name\":\"x\"},\"patient\":{}}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$: unknown field (member 1 of the object)");
    assertThatThrownBy(() -> json.readRequest("{\"schemaVersion\":\"1\",\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},\"bogus\":1}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$: unknown field (member 4 of the object)");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},\"diagnoses\":[{\"code\":\"L20.9\"},{\"code\":\"L20.9\",\"x\":1}]}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$.diagnoses[1]: unknown field (member 2 of the object)");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\",\"name\":\"y\"},\"patient\":{}}"))
        .isInstanceOf(JsonInputException.class).hasMessageStartingWith("$: duplicate field");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":null},\"patient\":{}}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$.requestedDrug.name: is required");
    assertThatThrownBy(() -> json.readRequest("{\"requestedDrug\":{\"name\":\"x\"},\"patient\":{},\"labResults\":[{\"analyte\":\"C_REACTIVE_PROTEIN\",\"value\":{\"value\":1,\"unit\":\"/uL\"},\"date\":\"2026-01-01\"}]}"))
        .isInstanceOf(JsonInputException.class).hasMessage("$.labResults[0].value.unit: is not a unit for C_REACTIVE_PROTEIN");
  }
}
