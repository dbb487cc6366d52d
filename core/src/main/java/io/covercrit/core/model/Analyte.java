package io.covercrit.core.model;

/** Lab analytes the shipped policies read, each with the dimension its unit must have. */
public enum Analyte {
  C_REACTIVE_PROTEIN(Unit.Dimension.MASS_CONCENTRATION),
  SERUM_AMYLOID_A(Unit.Dimension.MASS_CONCENTRATION),
  BLOOD_EOSINOPHILS(Unit.Dimension.NUMBER_CONCENTRATION),
  TOTAL_IGE(Unit.Dimension.ARBITRARY_CONCENTRATION),
  FEV1(Unit.Dimension.VOLUME),
  FEV1_PERCENT_PREDICTED(Unit.Dimension.FRACTION),
  FEV1_FVC_RATIO(Unit.Dimension.FRACTION),
  SERUM_URATE(Unit.Dimension.MASS_CONCENTRATION),
  PLATELETS(Unit.Dimension.NUMBER_CONCENTRATION),
  NEUTROPHILS(Unit.Dimension.NUMBER_CONCENTRATION),
  HEMOGLOBIN(Unit.Dimension.MASS_CONCENTRATION),
  /** Body weight, a vital sign carried as a dated result (kg or g). */
  BODY_WEIGHT(Unit.Dimension.MASS);

  private final Unit.Dimension dimension;

  Analyte(Unit.Dimension dimension) {
    this.dimension = dimension;
  }

  /** The dimension a result's unit must have. */
  public Unit.Dimension dimension() {
    return dimension;
  }
}
