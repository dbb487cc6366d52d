package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.codes.Icd10Code;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A diagnosis the requested drug is to treat, coded in ICD-10-CM. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableDiagnosis.class)
@JsonDeserialize(as = ImmutableDiagnosis.class)
public abstract class Diagnosis {
  public abstract Icd10Code code();

  public abstract Optional<DiseaseSeverity> severity();

  /** What the code cannot say, e.g. nonsegmental vitiligo (both kinds are L80). */
  public abstract Optional<DiagnosisSubtype> subtype();

  public abstract Optional<LocalDate> diagnosedOn();

  public static Diagnosis of(String code) {
    return builder().code(Icd10Code.of(code)).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDiagnosis.Builder {}
}
