package io.covercrit.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A qualitative biomarker test, e.g. ALK rearrangement positive by FISH. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableBiomarkerResult.class)
@JsonDeserialize(as = ImmutableBiomarkerResult.class)
public abstract class BiomarkerResult {
  /** Biomarker name, e.g. "ALK", "EGFR". */
  public abstract String biomarker();

  public abstract BiomarkerStatus status();

  /** Test method as the lab report words it, e.g. "FISH", "IHC (D5F3)", "NGS (FoundationOne CDx)". */
  public abstract Optional<String> method();

  /**
   * The method recognised from {@link #method()} (see {@link BiomarkerTestMethod#fromDescription});
   * empty when no method is documented. Derived, so it is not part of the JSON form.
   */
  @JsonIgnore
  public Optional<BiomarkerTestMethod> testMethod() {
    return method().map(BiomarkerTestMethod::fromDescription);
  }

  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    if (biomarker().isBlank() || biomarker().length() > 50) {
      throw InvalidInputException.invalid("biomarker", "must have 1 to 50 characters");
    }
    if (method().isPresent() && method().get().length() > 50) {
      throw InvalidInputException.invalid("method", "must have at most 50 characters");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableBiomarkerResult.Builder {}
}
