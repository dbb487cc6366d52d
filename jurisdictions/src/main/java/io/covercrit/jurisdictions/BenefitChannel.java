package io.covercrit.jurisdictions;

/**
 * How the plan pays for the drug. Decision clocks differ: Medicare Part D and state drug
 * prior-authorization statutes govern the pharmacy benefit; drugs given in a clinic go through
 * the medical benefit.
 */
public enum BenefitChannel {
  /** Dispensed by a pharmacy under the prescription-drug benefit. */
  PHARMACY,
  /** Administered or billed under the medical benefit (e.g. a Medicare Part B drug). */
  MEDICAL
}
