package io.covercrit.core.codes;

import io.covercrit.core.CovercritStyle;
import org.immutables.value.Value;

/** One code of a code set: whether it is billable (valid for claims) and its description. */
@Value.Immutable
@CovercritStyle
public abstract class Icd10Entry {
  public abstract Icd10Code code();

  /** True for codes valid on a claim; false for headers such as {@code L20} or {@code L20.8}. */
  public abstract boolean billable();

  public abstract String description();

  public static Icd10Entry of(Icd10Code code, boolean billable, String description) {
    return builder().code(code).billable(billable).description(description).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableIcd10Entry.Builder {}
}
