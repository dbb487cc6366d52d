package io.covercrit.core.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where encoded criteria come from and how far to trust them: the payer's own text, a close
 * secondary digest, or a patient guide or analog policy. A host can badge a determination whose
 * rules rest on anything less than {@link Reliability#POLICY_TEXT} instead of presenting it as
 * the payer's word.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  /** The weakest source the encoded criteria depend on. */
  public abstract Reliability reliability();

  /** When the facts were gathered from the sources. */
  public abstract LocalDate gatheredOn();

  public abstract List<SourceRef> sources();

  /** Conflicts between sources and the reading encoded, in words a reviewer can check. */
  public abstract List<String> readings();

  /** True unless the criteria come from the payer's policy text itself. */
  @JsonIgnore
  public boolean isSecondHand() {
    return reliability() != Reliability.POLICY_TEXT;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableProvenance.Builder {}
}
