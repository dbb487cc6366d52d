package io.covercrit.core.json;

import com.fasterxml.jackson.core.Version;
import io.covercrit.core.CovercritException;
import io.covercrit.core.internal.JacksonSupport;

/**
 * The host's class or module path holds a Jackson module older than the oldest this library
 * supports ({@value #MINIMUM}), so {@link CovercritJson} cannot be built. The message names the
 * module and version found; the fix is a newer Jackson (for example through {@code jackson-bom}).
 */
public final class UnsupportedJacksonException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** The error code. */
  public static final String CODE = "CC-JSON-010";
  /** The oldest supported Jackson line. */
  public static final String MINIMUM = "2.15.0";

  UnsupportedJacksonException(Version found) {
    super(CODE, "covercrit needs Jackson " + MINIMUM + " or newer (2.x); found "
        + found.getArtifactId() + " " + found + ". Align the host's Jackson, e.g. with com.fasterxml.jackson:jackson-bom "
        + JacksonSupport.NEWEST_TESTED.getMajorVersion() + "." + JacksonSupport.NEWEST_TESTED.getMinorVersion() + ".x", null);
  }
}
