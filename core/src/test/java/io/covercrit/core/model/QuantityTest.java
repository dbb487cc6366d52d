package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} {1} = {2} {3}")
  @CsvSource(delimiter = '|', value = {
    // CRP: 1 mg/dL is 10 mg/L
    "1.5  | mg/dL   | 15    | mg/L",
    "15   | mg/L    | 1.5   | mg/dL",
    // eosinophils: 1 x10^9/L is 1000 cells/uL
    "0.3  | 10*9/L  | 300   | /uL",
    "300  | /uL     | 0.3   | 10*9/L",
    "0.3  | 10*3/uL | 300   | /uL",
    "0.3  | 10*3/uL | 0.3   | 10*9/L",
    // FEV1/FVC: a ratio of 0.7 is 70 %
    "0.7  | 1       | 70    | %",
    "70   | %       | 0.7   | 1",
    "12   | g/dL    | 120   | g/L",
    "1    | ug/mL   | 1     | mg/L",
    "250  | ng/mL   | 0.25  | mg/L",
    "2.5  | L       | 2500  | mL",
    "100  | ug      | 0.1   | mg",
    "1    | kg      | 1000  | g",
  })
  void a_quantity_converts_through_the_factor_of_its_unit(
      String value, String unit, String expected, String target) {
    Quantity q = Quantity.of(value, Unit.fromCode(unit));
    Quantity converted = Quantity.of(expected, Unit.fromCode(target));
    assertThat(q.to(Unit.fromCode(target))).isEqualByComparingTo(expected);
    assertThat(q.compareTo(converted)).isZero();
    assertThat(converted.compareTo(q)).isZero();
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}: {4}")
  @CsvSource(delimiter = '|', value = {
    "0.9  | mg/dL  | 10    | mg/L   | -1",
    "1.1  | mg/dL  | 10    | mg/L   | 1",
    "0.29 | 10*9/L | 300   | /uL    | -1",
    "0.31 | 10*9/L | 300   | /uL    | 1",
    "0.69 | 1      | 70    | %      | -1",
    "71   | %      | 0.7   | 1      | 1",
  })
  void quantities_compare_after_conversion(String value, String unit, String other, String otherUnit, int sign) {
    Quantity a = Quantity.of(value, Unit.fromCode(unit));
    Quantity b = Quantity.of(other, Unit.fromCode(otherUnit));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(sign);
    assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-sign);
  }

  @Test
  void a_quantity_converts_to_its_own_unit_unchanged() {
    Quantity q = Quantity.of("1.50", Unit.MILLIGRAMS_PER_DECILITER);
    assertThat(q.to(Unit.MILLIGRAMS_PER_DECILITER)).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void units_of_different_dimensions_do_not_convert() {
    Quantity crp = Quantity.of("7.25", Unit.MILLIGRAMS_PER_LITER);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> crp.to(Unit.CELLS_PER_MICROLITER));
    assertThat(e.field()).isEqualTo("unit");
    assertThat(e.getMessage()).contains("different dimensions").doesNotContain("7.25");
    InvalidInputException compare = catchThrowableOfType(InvalidInputException.class,
        () -> crp.compareTo(Quantity.of("300", Unit.CELLS_PER_MICROLITER)));
    assertThat(compare.field()).isEqualTo("unit");
  }

  @Test
  void a_magnitude_beyond_1e12_is_rejected_without_repeating_it() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Quantity.of("-1234567890123", Unit.MILLIGRAMS_PER_LITER));
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.getMessage()).doesNotContain("1234567890123");
    assertThat(Quantity.of("1000000000000", Unit.MILLIGRAMS_PER_LITER).value()).isEqualByComparingTo("1e12");
  }

  @Test
  void to_string_shows_the_plain_value_and_the_ucum_code() {
    assertThat(Quantity.of("1E+1", Unit.MILLIGRAMS_PER_LITER)).hasToString("10 mg/L");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
    "mg/dL       | MILLIGRAMS_PER_DECILITER",
    "mg/dl       | MILLIGRAMS_PER_DECILITER",
    "MG/DL       | MILLIGRAMS_PER_DECILITER",
    "' mg/L '    | MILLIGRAMS_PER_LITER",
    "cells/µL    | CELLS_PER_MICROLITER",
    "CELLS/UL    | CELLS_PER_MICROLITER",
    "/mm3        | CELLS_PER_MICROLITER",
    "x10^9/L     | BILLION_CELLS_PER_LITER",
    "10^9/l      | BILLION_CELLS_PER_LITER",
    "10*9/L      | BILLION_CELLS_PER_LITER",
    "K/uL        | THOUSAND_CELLS_PER_MICROLITER",
    "x10^3/uL    | THOUSAND_CELLS_PER_MICROLITER",
    "IU/mL       | INTERNATIONAL_UNITS_PER_MILLILITER",
    "kU/L        | INTERNATIONAL_UNITS_PER_MILLILITER",
    "percent     | PERCENT",
    "%           | PERCENT",
    "ratio       | RATIO",
    "mcg         | MICROGRAM",
    "µg/mL       | MICROGRAMS_PER_MILLILITER",
    "mg/day      | MILLIGRAMS_PER_DAY",
  })
  void a_unit_is_found_by_ucum_code_or_a_common_spelling_ignoring_case(String code, Unit unit) {
    assertThat(Unit.fromCode(code)).isEqualTo(unit);
  }

  @ParameterizedTest
  @EnumSource(Unit.class)
  void every_unit_is_found_by_its_own_ucum_code(Unit unit) {
    assertThat(Unit.fromCode(unit.ucum())).isEqualTo(unit);
  }

  @ParameterizedTest(name = "\"{0}\" is unknown")
  @CsvSource({"furlongs", "mmol/L", "''", "mg/dL/x"})
  void an_unknown_unit_is_rejected_naming_the_field_and_not_the_spelling(String code) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Unit.fromCode(code));
    assertThat(e.field()).isEqualTo("unit");
    assertThat(e.errorCode()).isEqualTo(InvalidInputException.INVALID_FIELD);
    if (!code.isEmpty()) {
      assertThat(e.getMessage()).doesNotContain(code);
    }
  }

  @Test
  void a_missing_unit_is_required() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Unit.fromCode(null));
    assertThat(e.field()).isEqualTo("unit");
    assertThat(e.errorCode()).isEqualTo(InvalidInputException.REQUIRED_FIELD);
  }
}
