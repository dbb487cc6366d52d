package io.covercrit.jurisdictions;

/**
 * Which California regulator licenses a state-regulated plan; each runs its own Independent
 * Medical Review. The member's ID card or denial letter names it.
 */
public enum CaliforniaRegulator {
  /** Department of Managed Health Care: Knox-Keene plans (HMOs, Kaiser, most Covered California plans). */
  DMHC,
  /** Department of Insurance: insured PPO and indemnity ("disability insurance") policies. */
  CDI
}
