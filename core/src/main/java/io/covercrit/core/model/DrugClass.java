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
  /** Asthma controller or maintenance medication other than an inhaled corticosteroid. */
  ASTHMA_CONTROLLER,
  /** Long-acting beta-2 agonist (LABA), e.g. salmeterol, formoterol. */
  LONG_ACTING_BETA_AGONIST,
  /** Long-acting muscarinic antagonist (LAMA), e.g. tiotropium, umeclidinium. */
  LONG_ACTING_MUSCARINIC_ANTAGONIST,
  /** Corticosteroid nasal spray or other intranasal corticosteroid. */
  INTRANASAL_CORTICOSTEROID,
  PROTON_PUMP_INHIBITOR,
  /** Second-generation (non-sedating) H1 antihistamine, e.g. cetirizine, fexofenadine. */
  H1_ANTIHISTAMINE,
  KINASE_INHIBITOR_ONCOLOGY,
  CHEMOTHERAPY,
  OTHER
}
