package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The prescriber's assessment of response to the requested drug, for reauthorization. An
 * assessment with no improvements documents a lack of response.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableResponseAssessment.class)
@JsonDeserialize(as = ImmutableResponseAssessment.class)
public abstract class ResponseAssessment {
  public abstract Optional<LocalDate> assessedOn();

  public abstract Set<ResponseMarker> improvements();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableResponseAssessment.Builder {}
}
