package io.covercrit.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.model.Drug;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-place matcher of {@link DrugNames#lowerCase} sets must answer exactly as matching the
 * drug's {@link DrugNames#words} against an ordinary set would.
 */
class DrugNamesTest {
  private static final Set<String> BIOLOGICS = DrugNames.lowerCase("adalimumab", "Humira", "dupilumab", "ruxolitinib", "imuran", "ß");

  static Stream<Arguments> drugs() {
    return Stream.of(
        Arguments.of("adalimumab-atto", null, true),
        Arguments.of("HUMIRA Pen 40 mg", null, true),
        Arguments.of("Deuruxolitinib", null, false),
        Arguments.of("Opzelura", "ruxolitinib", true),
        Arguments.of("Dupixent 300 mg", "dupilumab", true),
        Arguments.of("adalimumab2", null, false),
        Arguments.of("--adalimumab--", null, true),
        Arguments.of("İmuran", null, true), // Character.toLowerCase('İ') is 'i'
        Arguments.of("IMURAN", null, true),
        Arguments.of("imuranx", null, false),
        Arguments.of("ß", null, true),
        Arguments.of("Straße", null, false),
        Arguments.of("Ａdalimumab", null, false), // full-width A lower-cases to full-width a
        Arguments.of("Vitamin D", "cholecalciferol", false),
        Arguments.of("x", null, false),
        Arguments.of("méthotrexate", null, false));
  }

  @ParameterizedTest
  @MethodSource("drugs")
  void matches_whole_words_exactly_as_the_word_list_does(String name, String ingredient, boolean expected) {
    Drug.Builder builder = Drug.builder().name(name);
    if (ingredient != null) {
      builder.activeIngredient(ingredient);
    }
    Drug drug = builder.build();
    Set<String> plainSet = new HashSet<>(BIOLOGICS);

    assertThat(DrugNames.mentionsAny(drug, BIOLOGICS)).isEqualTo(expected);
    assertThat(DrugNames.mentionsAny(drug, plainSet)).isEqualTo(expected);
    List<String> words = DrugNames.words(drug);
    for (String word : List.of("adalimumab", "humira", "imuran", "ruxolitinib", "ß", "mg", "40")) {
      assertThat(DrugNames.mentions(drug, word)).as(word).isEqualTo(words.contains(word));
    }
  }

  @Test
  void the_name_set_is_an_immutable_sorted_set() {
    assertThat(BIOLOGICS).containsExactly("adalimumab", "dupilumab", "humira", "imuran", "ruxolitinib", "ß");
    assertThat(BIOLOGICS.contains("humira")).isTrue();
    assertThat(BIOLOGICS.contains("Humira")).isFalse();
    assertThat(BIOLOGICS.contains(42)).isFalse();
    assertThatThrownBy(() -> BIOLOGICS.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BIOLOGICS.remove("humira")).isInstanceOf(UnsupportedOperationException.class);
  }
}
