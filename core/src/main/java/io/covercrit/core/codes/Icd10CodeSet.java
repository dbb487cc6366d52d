package io.covercrit.core.codes;

import java.util.Optional;

/**
 * Which ICD-10-CM codes exist and which are billable.
 *
 * <p>Two implementations ship: {@link Icd10CodeSets#curated()}, the codes the bundled policies
 * use (no registry publishes ICD-10-CM as a library), and
 * {@link Icd10CodeSets#fromOrderFile(java.io.Reader, String)}, which reads the official CMS/CDC
 * "order" file a host supplies. A host may implement this interface over its own terminology
 * service. Implementations must be immutable and thread-safe.
 */
public interface Icd10CodeSet {

  /** What this set is, for determinations and logs (for example "CMS ICD-10-CM FY2026"). */
  String name();

  /** The entry for {@code code}, if this set lists it. */
  Optional<Icd10Entry> find(Icd10Code code);

  /**
   * True when this set lists every code under {@code code}'s category, so that absence means
   * the code does not exist. A curated subset answers false outside the categories it lists in
   * full.
   */
  boolean isAuthoritativeFor(Icd10Code code);

  /** What the set can say about {@code code}. */
  default CodeStatus status(Icd10Code code) {
    Optional<Icd10Entry> entry = find(code);
    if (entry.isPresent()) {
      return entry.get().billable() ? CodeStatus.BILLABLE : CodeStatus.NOT_BILLABLE;
    }
    return isAuthoritativeFor(code) ? CodeStatus.DOES_NOT_EXIST : CodeStatus.UNKNOWN;
  }

  /** What a code set knows of one code. */
  enum CodeStatus {
    /** Listed and valid on a claim. */
    BILLABLE,
    /** Listed as a header: a more specific code is required on a claim. */
    NOT_BILLABLE,
    /** Not listed, and the set is complete for the code's category. */
    DOES_NOT_EXIST,
    /** Not listed, and the set does not cover the code's category. */
    UNKNOWN
  }
}
