package io.covercrit.jurisdictions;

/** A fact about the case that switches a state onto a shorter or different track. */
public enum Circumstance {
  /** The denied treatment is for the member's cancer (Virginia: no internal appeal needed first). */
  CANCER_TREATMENT,
  /** The member has a life-threatening condition (Texas: straight to an IRO, 3-day decision). */
  LIFE_THREATENING,
  /** The member is already receiving the drug or IV infusion that was denied (Texas). */
  ONGOING_DRUG_THERAPY,
  /** The request asks for an exception to a step-therapy requirement (Texas 3-day track). */
  STEP_THERAPY_EXCEPTION,
  /** The request asks for a drug that is not on the formulary (New York formulary exception). */
  FORMULARY_EXCEPTION,
  /** The denial says the treatment is experimental or investigational (California: no grievance first). */
  EXPERIMENTAL_OR_INVESTIGATIONAL,
  /** The prior-authorization request was submitted electronically (Colorado drug PA clock). */
  ELECTRONIC_PRIOR_AUTHORIZATION
}
