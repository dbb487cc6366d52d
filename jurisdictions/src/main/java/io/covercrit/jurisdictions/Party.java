package io.covercrit.jurisdictions;

/** Who must act by a deadline, or who receives a filing. */
public enum Party {
  /** The patient or the patient's authorised representative. */
  MEMBER,
  /** The prescriber or clinic, acting on its own behalf. */
  PROVIDER,
  /** The health plan, insurer, HMO, Part D sponsor or Medicaid managed-care organisation. */
  PLAN,
  /** The state insurance regulator or its external-review office (or a federal agency). */
  REGULATOR,
  /** The independent review organisation (IRO) or external appeal agent deciding the case. */
  INDEPENDENT_REVIEWER,
  /** The state Medicaid agency, which holds fair hearings. */
  STATE_MEDICAID_AGENCY
}
