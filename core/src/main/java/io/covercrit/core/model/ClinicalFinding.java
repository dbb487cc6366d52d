package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A documented clinical fact that is neither a diagnosis code, a lab value nor a drug trial: a
 * symptom and since when, an examination, imaging or biopsy finding, a procedure, or the
 * prescriber's assessment (e.g. "no secondary cause found"). Policies read the
 * {@link ClinicalFindingKind kinds} they need.
 *
 * <p>Absence is meaningful: a kind not documented at all leaves the clauses that need it MISSING;
 * {@code present: false} documents that it was looked for and is absent. Immutable; validated on
 * construction.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableClinicalFinding.class)
@JsonDeserialize(as = ImmutableClinicalFinding.class)
public abstract class ClinicalFinding {
  public abstract ClinicalFindingKind kind();

  /** False documents that the finding was looked for and is absent. */
  @Value.Default
  public boolean present() {
    return true;
  }

  /** First day present (symptom onset), or the day a procedure was done. */
  public abstract Optional<LocalDate> since();

  /** Day of the examination, imaging or biopsy that found it, or of the note that documents it. */
  public abstract Optional<LocalDate> observedOn();

  /** How many, where the kind is counted (lesions; eosinophils per high-power field). */
  public abstract Optional<Integer> count();

  /** Days per week on which a symptom occurs, 0 to 7. */
  public abstract Optional<Integer> daysPerWeek();

  /** Body sites involved, where the kind has a location; empty means not documented. */
  public abstract Set<BodySite> sites();

  /** Upper bound on {@link #count()}, far above any clinical count. */
  public static final int MAX_COUNT = 100_000;

  @Value.Check
  void check() {
    if (since().isPresent() && observedOn().isPresent() && since().get().isAfter(observedOn().get())) {
      throw InvalidInputException.invalid("since", "must not be after observedOn");
    }
    if (count().isPresent() && (count().get() < 0 || count().get() > MAX_COUNT)) {
      throw InvalidInputException.invalid("count", "must be between 0 and " + MAX_COUNT);
    }
    if (daysPerWeek().isPresent() && (daysPerWeek().get() < 0 || daysPerWeek().get() > 7)) {
      throw InvalidInputException.invalid("daysPerWeek", "must be between 0 and 7");
    }
    if (!present() && (count().isPresent() || daysPerWeek().isPresent() || !sites().isEmpty())) {
      throw InvalidInputException.invalid("present", "a finding documented absent has no count, daysPerWeek or sites");
    }
  }

  /** A finding of {@code kind} documented present, with no further detail. */
  public static ClinicalFinding of(ClinicalFindingKind kind) {
    return builder().kind(kind).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableClinicalFinding.Builder {}
}
