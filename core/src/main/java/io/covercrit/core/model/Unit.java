package io.covercrit.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Units of measure for lab values and doses, by UCUM code, with the factor to the base unit of
 * their dimension. Values are converted through the factor, never compared raw: 1 mg/dL of CRP is
 * 10 mg/L, and 0.3 ×10⁹/L eosinophils are 300 cells/µL.
 *
 * <p>Molar units (µmol/L) are left out on purpose: converting them needs the analyte's molar
 * mass, which is not a property of the unit.
 */
public enum Unit {
  MILLIGRAMS_PER_LITER("mg/L", Dimension.MASS_CONCENTRATION, "1", "mg/l"),
  MILLIGRAMS_PER_DECILITER("mg/dL", Dimension.MASS_CONCENTRATION, "10", "mg/dl"),
  MICROGRAMS_PER_MILLILITER("ug/mL", Dimension.MASS_CONCENTRATION, "1", "µg/ml", "mcg/ml"),
  GRAMS_PER_LITER("g/L", Dimension.MASS_CONCENTRATION, "1000", "g/l"),
  GRAMS_PER_DECILITER("g/dL", Dimension.MASS_CONCENTRATION, "10000", "g/dl"),
  NANOGRAMS_PER_MILLILITER("ng/mL", Dimension.MASS_CONCENTRATION, "0.001", "ng/ml", "ug/l", "µg/l"),
  CELLS_PER_MICROLITER("/uL", Dimension.NUMBER_CONCENTRATION, "1",
      "cells/ul", "cells/µl", "/µl", "/mm3", "cells/mm3", "10*6/l", "10^6/l"),
  BILLION_CELLS_PER_LITER("10*9/L", Dimension.NUMBER_CONCENTRATION, "1000",
      "10^9/l", "x10^9/l", "x10e9/l", "10e9/l", "giga/l"),
  THOUSAND_CELLS_PER_MICROLITER("10*3/uL", Dimension.NUMBER_CONCENTRATION, "1000",
      "10^3/ul", "x10^3/ul", "k/ul", "10*3/µl"),
  INTERNATIONAL_UNITS_PER_MILLILITER("[IU]/mL", Dimension.ARBITRARY_CONCENTRATION, "1",
      "iu/ml", "k[iu]/l", "ku/l", "kiu/l"),
  PERCENT("%", Dimension.FRACTION, "1", "percent"),
  RATIO("1", Dimension.FRACTION, "100", "ratio"),
  MILLILITER("mL", Dimension.VOLUME, "1", "ml"),
  LITER("L", Dimension.VOLUME, "1000", "l"),
  MICROGRAM("ug", Dimension.MASS, "0.001", "mcg", "µg"),
  MILLIGRAM("mg", Dimension.MASS, "1"),
  GRAM("g", Dimension.MASS, "1000"),
  KILOGRAM("kg", Dimension.MASS, "1000000"),
  MILLIGRAMS_PER_DAY("mg/d", Dimension.MASS_RATE, "1", "mg/day");

  /** What a unit measures; only units of one dimension convert into each other. */
  public enum Dimension {
    MASS_CONCENTRATION,
    NUMBER_CONCENTRATION,
    ARBITRARY_CONCENTRATION,
    FRACTION,
    VOLUME,
    MASS,
    MASS_RATE
  }

  private static final Map<String, Unit> BY_SPELLING = indexSpellings();

  private static Map<String, Unit> indexSpellings() {
    Map<String, Unit> index = new HashMap<>();
    for (Unit unit : values()) {
      index.put(unit.ucum.toLowerCase(Locale.ROOT), unit);
      for (String alias : unit.aliases) {
        index.put(alias, unit);
      }
    }
    return Map.copyOf(index);
  }

  private final String ucum;
  private final Dimension dimension;
  private final BigDecimal factorToBase;
  private final String[] aliases;

  Unit(String ucum, Dimension dimension, String factorToBase, String... aliases) {
    this.ucum = ucum;
    this.dimension = dimension;
    this.factorToBase = new BigDecimal(factorToBase);
    this.aliases = aliases;
  }

  /** The UCUM code, e.g. {@code mg/dL}; this is the JSON form. */
  @JsonValue
  public String ucum() {
    return ucum;
  }

  public Dimension dimension() {
    return dimension;
  }

  BigDecimal factorToBase() {
    return factorToBase;
  }

  /**
   * Looks up a unit by UCUM code or a common spelling ({@code mg/dl}, {@code cells/µL},
   * {@code x10^9/L}), ignoring case.
   *
   * @throws InvalidInputException naming the field {@code unit} if the spelling is unknown
   */
  @JsonCreator
  public static Unit fromCode(String code) {
    if (code == null) {
      throw InvalidInputException.required("unit");
    }
    Unit unit = BY_SPELLING.get(code.strip().toLowerCase(Locale.ROOT));
    if (unit == null) {
      throw InvalidInputException.invalid("unit", "unknown unit; use a UCUM code such as mg/L, mg/dL, /uL or 10*9/L");
    }
    return unit;
  }
}
