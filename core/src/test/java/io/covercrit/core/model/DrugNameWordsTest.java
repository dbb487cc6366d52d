package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.JsonInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Drug#nameWords()}: runs of letters and digits of the name and then of the active
 * ingredient, lower-cased; split once per drug and never part of its value.
 */
class DrugNameWordsTest {
  private static final CovercritJson JSON = CovercritJson.create();

  @ParameterizedTest(name = "\"{0}\" + \"{1}\" -> [{2}]")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
    // the Javadoc's example: hyphen and space split, digits are words, all lower case
    "Adalimumab-atto 40 MG          | NONE           | adalimumab atto 40 mg",
    // the ingredient's words come after the name's, duplicates kept
    "Humira                         | adalimumab     | humira adalimumab",
    "tacrolimus 0.1% ointment       | Tacrolimus     | tacrolimus 0 1 ointment tacrolimus",
    // leading, trailing and repeated separators give no empty words
    "'  --Dupixent--  '             | NONE           | dupixent",
    "Crohn's_drug/ABC               | NONE           | crohn s drug abc",
    // an ingredient without letters or digits adds nothing; a name without them gives nothing
    "Opzelura                       | '-'            | opzelura",
    "%%                             | NONE           | ''",
    "'% %'                          | '— –'          | ''",
    // Unicode letters and digits are word characters, lower-cased one by one
    "Ésomeprazole                   | ÖLSÄURE        | ésomeprazole ölsäure",
    "ΒΗΤΑ-Blocker                   | NONE           | βητα blocker",
    "阿达木单抗 40                   | NONE           | 阿达木单抗 40",
    "ＡＢＣ ٤٠                       | NONE           | ａｂｃ ٤٠",
  })
  void name_words_are_the_lower_case_letter_and_digit_runs_of_name_then_ingredient(String name, String ingredient,
      String words) {
    Drug.Builder builder = Drug.builder().name(name);
    if (ingredient != null) {
      builder.activeIngredient(ingredient);
    }
    List<String> expected = words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));

    assertThat(builder.build().nameWords()).containsExactlyElementsOf(expected);
  }

  @Test
  void name_words_are_split_once_and_cannot_be_changed() {
    Drug drug = Drug.builder().name("Adbry").activeIngredient("tralokinumab-ldrm").build();

    List<String> words = drug.nameWords();

    assertThat(drug.nameWords()).isSameAs(words);
    assertThatThrownBy(() -> words.add("other")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(drug.nameWords()).containsExactly("adbry", "tralokinumab", "ldrm");
  }

  @Test
  void a_changed_copy_splits_its_own_name() {
    Drug drug = Drug.builder().name("Adbry").activeIngredient("tralokinumab").build();
    assertThat(drug.nameWords()).containsExactly("adbry", "tralokinumab");

    assertThat(Drug.builder().from(drug).name("Ebglyss").build().nameWords()).containsExactly("ebglyss", "tralokinumab");
    assertThat(((ImmutableDrug) drug).withActiveIngredient("lebrikizumab").nameWords())
        .containsExactly("adbry", "lebrikizumab");
    assertThat(((ImmutableDrug) drug).withName("Dupixent").nameWords()).containsExactly("dupixent", "tralokinumab");
  }

  @Test
  void reading_the_name_words_changes_neither_equality_nor_text_nor_json() throws Exception {
    ObjectMapper mapper = CovercritJson.mapperBuilder().build();
    Drug read = Drug.builder().name("Protopic 0.1%").activeIngredient("tacrolimus").strength("0.1%")
        .drugClass(DrugClass.TOPICAL_CALCINEURIN_INHIBITOR).build();
    Drug unread = Drug.builder().from(read).build();
    String jsonBefore = mapper.writeValueAsString(read);
    String textBefore = read.toString();
    int hashBefore = read.hashCode();
    CoverageRequest requestOfRead = request(read);
    String requestJsonBefore = JSON.writeRequest(requestOfRead, false);

    assertThat(read.nameWords()).containsExactly("protopic", "0", "1", "tacrolimus");

    assertThat(read.equals(unread)).isTrue();
    assertThat(unread.equals(read)).isTrue();
    assertThat(read.hashCode()).isEqualTo(hashBefore).isEqualTo(unread.hashCode());
    assertThat(read.toString()).isEqualTo(textBefore).isEqualTo(unread.toString()).doesNotContain("nameWords");
    assertThat(mapper.writeValueAsString(read)).isEqualTo(jsonBefore).isEqualTo(mapper.writeValueAsString(unread))
        .doesNotContain("nameWords");
    assertThat(JSON.writeRequest(requestOfRead, false)).isEqualTo(requestJsonBefore)
        .isEqualTo(JSON.writeRequest(request(unread), false)).doesNotContain("nameWords");
    assertThat(requestOfRead).isEqualTo(request(unread));
    assertThat(JSON.readRequest(requestJsonBefore).requestedDrug()).isEqualTo(read);
  }

  @Test
  void name_words_are_not_an_input() {
    String written = JSON.writeRequest(request(Drug.named("Protopic")), false);
    String withWords = written.replace("\"requestedDrug\":{", "\"requestedDrug\":{\"nameWords\":[\"other\"],");
    assertThat(withWords).isNotEqualTo(written);

    assertThatThrownBy(() -> JSON.readRequest(withWords)).isInstanceOf(JsonInputException.class)
        .satisfies(e -> {
          // an unknown field is named by its position, never by its (input) name
          assertThat(((JsonInputException) e).path()).isEqualTo("$.requestedDrug");
          assertThat(e.getMessage()).contains("unknown field (member 1 of the object)").doesNotContain("nameWords");
        });
  }

  private static CoverageRequest request(Drug drug) {
    return CoverageRequest.builder().policyId("acme/T1").requestedDrug(drug)
        .patient(Patient.builder().birthDate(LocalDate.of(1990, 5, 1)).build()).build();
  }
}
