package io.covercrit.core.eval;

import static io.covercrit.core.eval.Status.MET;
import static io.covercrit.core.eval.Status.MISSING;
import static io.covercrit.core.eval.Status.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusTest {

  @ParameterizedTest(name = "{0} AND {1} = {2}")
  @CsvSource({
    "MET,     MET,     MET",
    "MET,     NOT_MET, NOT_MET",
    "MET,     MISSING, MISSING",
    "NOT_MET, MET,     NOT_MET",
    "NOT_MET, NOT_MET, NOT_MET",
    "NOT_MET, MISSING, NOT_MET",
    "MISSING, MET,     MISSING",
    "MISSING, NOT_MET, NOT_MET",
    "MISSING, MISSING, MISSING",
  })
  void and_follows_the_kleene_truth_table(Status left, Status right, Status expected) {
    assertThat(left.and(right)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} OR {1} = {2}")
  @CsvSource({
    "MET,     MET,     MET",
    "MET,     NOT_MET, MET",
    "MET,     MISSING, MET",
    "NOT_MET, MET,     MET",
    "NOT_MET, NOT_MET, NOT_MET",
    "NOT_MET, MISSING, MISSING",
    "MISSING, MET,     MET",
    "MISSING, NOT_MET, MISSING",
    "MISSING, MISSING, MISSING",
  })
  void or_follows_the_kleene_truth_table(Status left, Status right, Status expected) {
    assertThat(left.or(right)).isEqualTo(expected);
  }

  @Test
  void all_of_nothing_is_met() {
    assertThat(Status.allOf(List.of())).isEqualTo(MET);
  }

  @Test
  void any_of_nothing_is_not_met() {
    assertThat(Status.anyOf(List.of())).isEqualTo(NOT_MET);
  }

  @Test
  void all_of_one_not_met_and_one_missing_is_not_met_because_one_failed_requirement_decides_it() {
    assertThat(Status.allOf(List.of(NOT_MET, MISSING))).isEqualTo(NOT_MET);
    assertThat(Status.allOf(List.of(MISSING, NOT_MET))).isEqualTo(NOT_MET);
  }

  @Test
  void any_of_with_one_met_is_met_whatever_else_is_there() {
    assertThat(Status.anyOf(List.of(NOT_MET, MISSING, MET))).isEqualTo(MET);
    assertThat(Status.anyOf(List.of(MET, NOT_MET))).isEqualTo(MET);
  }

  static Stream<Arguments> collections() {
    return Stream.of(
        Arguments.of(List.of(MET), MET, MET),
        Arguments.of(List.of(NOT_MET), NOT_MET, NOT_MET),
        Arguments.of(List.of(MISSING), MISSING, MISSING),
        Arguments.of(List.of(MET, MET, MET), MET, MET),
        Arguments.of(List.of(MET, MISSING, MET), MISSING, MET),
        Arguments.of(List.of(MET, MISSING, NOT_MET), NOT_MET, MET),
        Arguments.of(List.of(NOT_MET, NOT_MET), NOT_MET, NOT_MET),
        Arguments.of(List.of(NOT_MET, MISSING, NOT_MET), NOT_MET, MISSING),
        Arguments.of(List.of(MISSING, MISSING), MISSING, MISSING));
  }

  @ParameterizedTest(name = "{0}: all-of {1}, any-of {2}")
  @MethodSource("collections")
  void all_of_and_any_of_fold_a_collection(List<Status> statuses, Status allOf, Status anyOf) {
    assertThat(Status.allOf(statuses)).isEqualTo(allOf);
    assertThat(Status.anyOf(statuses)).isEqualTo(anyOf);
  }

  @Test
  void the_order_of_a_collection_does_not_change_the_result() {
    List<Status> statuses = new ArrayList<>(List.of(MET, NOT_MET, MISSING, MET));
    for (int i = 0; i < statuses.size(); i++) {
      Collections.rotate(statuses, 1);
      assertThat(Status.allOf(statuses)).isEqualTo(NOT_MET);
      assertThat(Status.anyOf(statuses)).isEqualTo(MET);
    }
  }
}
