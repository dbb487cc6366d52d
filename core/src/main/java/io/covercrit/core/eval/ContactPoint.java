package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A way to reach someone, with its source and the date it was last checked: contact data is data. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableContactPoint.class)
@JsonDeserialize(as = ImmutableContactPoint.class)
public abstract class ContactPoint {
  /** What to use it for, e.g. "Prior authorization fax". */
  public abstract String purpose();

  /** Organisation reached, e.g. "Cigna Healthcare" or "Accredo". */
  public abstract String organization();

  public abstract ContactChannel channel();

  /** The number, address or URL. */
  public abstract String value();

  /** Opening hours or other usage notes, where the source gives them. */
  public abstract Optional<String> hours();

  public abstract SourceRef source();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableContactPoint.Builder {}
}
