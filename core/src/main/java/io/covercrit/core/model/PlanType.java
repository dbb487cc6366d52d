package io.covercrit.core.model;

/** Kind of health plan; decides which appeal and external-review rules apply. */
public enum PlanType {
  /** State-regulated group plan bought from an insurer. */
  FULLY_INSURED_COMMERCIAL,
  /** ACA individual (marketplace or off-exchange) plan. */
  INDIVIDUAL_MARKETPLACE,
  /** Employer plan that pays claims itself: ERISA, federal rules, no state external review. */
  SELF_FUNDED_ERISA,
  /** Medicare Advantage or a Part D drug plan. */
  MEDICARE_ADVANTAGE_PART_D,
  /** State Medicaid through a managed-care organisation. */
  MEDICAID_MANAGED_CARE
}
