package io.covercrit.fhir;

import io.covercrit.core.CovercritException;

/**
 * The host's class path holds a HAPI FHIR outside the range this module is tested with
 * ({@value #OLDEST} to the 8.x line), so {@link FhirRequestMapper} cannot be built. The message
 * names the version found; the fix is a HAPI FHIR 8.x of at least {@value #OLDEST}.
 */
public final class UnsupportedHapiException extends CovercritException {
  private static final long serialVersionUID = 1L;

  /** The error code. */
  public static final String CODE = "CC-FHIR-010";
  /** The oldest HAPI FHIR tested (the build runs the mapping tests on it and on the newest). */
  public static final String OLDEST = "8.6.4";
  /** The newest HAPI FHIR tested. */
  public static final String NEWEST_TESTED = "8.12.1";

  UnsupportedHapiException(String found) {
    super(CODE, "covercrit-fhir needs HAPI FHIR " + OLDEST + " or newer in the 8.x line (tested up to " + NEWEST_TESTED
        + "); found " + found + ". Align ca.uhn.hapi.fhir:hapi-fhir-base and hapi-fhir-structures-r4, e.g. with "
        + "ca.uhn.hapi.fhir:hapi-fhir-bom " + NEWEST_TESTED, null);
  }

  /** Whether a HAPI FHIR version (as {@code VersionUtil} reports it, e.g. {@code 8.12.1}) is in range. */
  static boolean supported(String version) {
    int[] found = numbers(version);
    int[] oldest = numbers(OLDEST);
    if (found[0] != oldest[0]) {
      return false; // another major line may change the model classes the mapping reads
    }
    for (int i = 1; i < 3; i++) {
      if (found[i] != oldest[i]) {
        return found[i] > oldest[i];
      }
    }
    return true;
  }

  private static int[] numbers(String version) {
    int[] out = new int[3];
    String[] parts = version.split("[.-]");
    for (int i = 0; i < 3 && i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        out[i] = 0;
      }
    }
    return out;
  }
}
