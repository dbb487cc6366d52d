package io.covercrit.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CodeTest {

  @ParameterizedTest(name = "\"{0}\" is read as {1} ({2})")
  @CsvSource(delimiter = '|', value = {
    "L20.9      | L20.9    | L209",
    "l209       | L20.9    | L209",
    "' L20.9 '  | L20.9    | L209",
    "L80        | L80      | L80",
    "l80        | L80      | L80",
    "M1A.0011   | M1A.0011 | M1A0011",
    "m1a0011    | M1A.0011 | M1A0011",
    "C4A.9      | C4A.9    | C4A9",
    "S52.521A   | S52.521A | S52521A",
    "Z3A.01     | Z3A.01   | Z3A01",
    "U07.1      | U07.1    | U071",
    "T36.0X1A   | T36.0X1A | T360X1A",
  })
  void a_valid_code_is_normalised_to_upper_case_with_the_dot_after_the_third_character(
      String text, String value, String compact) {
    Icd10Code code = Icd10Code.of(text);
    assertThat(code.value()).isEqualTo(value);
    assertThat(code.compact()).isEqualTo(compact);
    assertThat(code.length()).isEqualTo(compact.length());
    assertThat(code).hasToString(value);
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {
    "", "   ", "L2", "20.9", "L20.", "L.209", "L20..9", "L2099999", "L20-9", "LL0.9", "L20.9.", ".L209",
    "L20.99999", "L2 0.9", "1L20", "L20_9", "Ä20.9",
  })
  void a_malformed_code_is_rejected_naming_the_field_and_never_the_text(String text) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Icd10Code.of(text));
    assertThat(e).as("rejects \"%s\"", text).isNotNull();
    assertThat(e.field()).isEqualTo("code");
    assertThat(e.errorCode()).isEqualTo(InvalidInputException.INVALID_FIELD);
    if (!text.isBlank()) {
      assertThat(e.getMessage()).doesNotContain(text.strip());
      assertThat(e.rule()).doesNotContain(text.strip());
    }
  }

  @Test
  void a_missing_code_is_required() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Icd10Code.of(null));
    assertThat(e.field()).isEqualTo("code");
    assertThat(e.errorCode()).isEqualTo(InvalidInputException.REQUIRED_FIELD);
  }

  @Test
  void letters_outside_ascii_are_not_taken_for_code_letters() {
    assertThatThrownBy(() -> Icd10Code.of("\u0131\u0032\u0030.9")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Icd10Code.of("\u017f52.521A")).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest(name = "the category of {0} is {1}")
  @CsvSource({
    "L20.84,   L20",
    "L20.9,    L20",
    "L20,      L20",
    "M1A.0011, M1A",
    "S52.521A, S52",
  })
  void the_category_is_the_first_three_characters(String code, String category) {
    assertThat(Icd10Code.of(code).category()).isEqualTo(Icd10Code.of(category));
    assertThat(Icd10Code.of(code).category().value()).isEqualTo(category);
  }

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @CsvSource({
    "L20.84, L20,    true",
    "L20.84, L20.8,  true",
    "L20.84, L20.84, true",
    "L20.84, l2084,  true",
    "L20,    L20,    true",
    "L20.84, L21,    false",
    "L20.84, L20.9,  false",
    "L20.84, L20.81, false",
    "L20,    L20.8,  false",
    "L21.0,  L20,    false",
    "L80,    L20,    false",
  })
  void is_within_follows_the_hierarchy(String code, String ancestor, boolean within) {
    assertThat(Icd10Code.of(code).isWithin(ancestor)).isEqualTo(within);
    assertThat(Icd10Code.of(code).isWithin(Icd10Code.of(ancestor))).isEqualTo(within);
  }

  @Test
  void a_two_character_prefix_is_not_a_code_and_so_not_an_ancestor() {
    // "L2" would otherwise make L20.84 "within" a prefix shared by L20, L21 ... L29.
    assertThatThrownBy(() -> Icd10Code.of("L20.84").isWithin("L2"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void spellings_of_one_code_are_equal_and_hash_alike() {
    Icd10Code dotted = Icd10Code.of("L20.9");
    Icd10Code compact = Icd10Code.of(" l209 ");
    assertThat(dotted).isEqualTo(compact);
    assertThat(dotted.hashCode()).isEqualTo(compact.hashCode());
    assertThat(dotted.compareTo(compact)).isZero();
    assertThat(dotted).isNotEqualTo(Icd10Code.of("L20.0"));
    assertThat(dotted).isNotEqualTo("L20.9");
  }

  @Test
  void codes_sort_parent_before_child_and_by_character() {
    List<Icd10Code> codes = new ArrayList<>();
    for (String c : List.of("L21", "L20.9", "L20.81", "L20", "L20.8", "H02.731", "L20.0", "L80")) {
      codes.add(Icd10Code.of(c));
    }
    Collections.sort(codes);
    assertThat(codes).extracting(Icd10Code::value)
        .containsExactly("H02.731", "L20", "L20.0", "L20.8", "L20.81", "L20.9", "L21", "L80");
  }
}
