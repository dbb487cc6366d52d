package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a fact comes from, and how reliable that source is. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableSourceRef.class)
@JsonDeserialize(as = ImmutableSourceRef.class)
public abstract class SourceRef {
  /** Title of the source document. */
  public abstract String title();

  public abstract Optional<String> url();

  public abstract Reliability reliability();

  /** When the fact was last checked against the source. */
  public abstract LocalDate checkedOn();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableSourceRef.Builder {}
}
