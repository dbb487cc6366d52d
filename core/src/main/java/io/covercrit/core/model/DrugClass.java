package io.covercrit.core.model;

/** Therapeutic classes the shipped policies reason about. */
public enum DrugClass {
  TOPICAL_CORTICOSTEROID,
  TOPICAL_CALCINEURIN_INHIBITOR,
  TOPICAL_JAK_INHIBITOR,
  TOPICAL_PDE4_INHIBITOR,
  /** Monoclonal antibodies and fusion proteins used therapeutically. */
  BIOLOGIC,
  /** Systemic (oral) Janus kinase inhibitors. */
  JAK_INHIBITOR,
  /** Potent systemic immunosuppressants such as azathioprine, cyclosporine, methotrexate, mycophenolate. */
  SYSTEMIC_IMMUNOSUPPRESSANT,
  SYSTEMIC_CORTICOSTEROID,
  ORAL_PDE4_INHIBITOR,
  TYK2_INHIBITOR,
  S1P_RECEPTOR_MODULATOR,
  NSAID,
  COLCHICINE,
  DMARD,
  URATE_LOWERING,
  INHALED_CORTICOSTEROID,
  ASTHMA_CONTROLLER,
  KINASE_INHIBITOR_ONCOLOGY,
  CHEMOTHERAPY,
  OTHER
}
