package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientTest {

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    // turns 12 on the birthday itself, not the day after
    "2014-03-01, 2026-03-01, 12",
    "2014-03-01, 2026-02-28, 11",
    "2014-03-01, 2026-03-02, 12",
    // born on 29 February: the birthday is 1 March in common years
    "2012-02-29, 2025-02-28, 12",
    "2012-02-29, 2025-03-01, 13",
    "2012-02-29, 2024-02-29, 12",
    "2012-02-29, 2024-02-28, 11",
    // born today is 0
    "2026-03-01, 2026-03-01, 0",
    "1900-01-01, 2026-01-01, 126",
  })
  void age_is_the_completed_years_on_the_as_of_date(LocalDate birthDate, LocalDate asOf, int age) {
    Patient patient = Patient.builder().birthDate(birthDate).build();
    assertThat(patient.ageOn(asOf)).isEqualTo(OptionalInt.of(age));
  }

  @Test
  void without_a_birth_date_the_age_is_unknown() {
    assertThat(Patient.builder().build().ageOn(LocalDate.of(2026, 3, 1))).isEmpty();
  }

  @Test
  void a_birth_date_after_the_as_of_date_gives_no_age() {
    Patient patient = Patient.builder().birthDate(LocalDate.of(2026, 3, 2)).build();
    assertThat(patient.ageOn(LocalDate.of(2026, 3, 1))).isEmpty();
  }
}
