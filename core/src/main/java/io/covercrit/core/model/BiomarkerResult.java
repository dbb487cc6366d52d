package io.covercrit.core.model;

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

  /** Test method, e.g. "FISH", "IHC", "NGS". */
  public abstract Optional<String> method();

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
