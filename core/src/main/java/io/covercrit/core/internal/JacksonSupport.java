package io.covercrit.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.util.List;
import java.util.Optional;

/**
 * The Jackson versions this library runs on, and the features it uses only where the host's
 * Jackson has them. A host does not always choose its Jackson (a CQL engine or a Spring Boot
 * line brings its own), so features newer than {@link #OLDEST} are looked up by name, never
 * linked: a missing one turns a fast path off instead of failing with {@code NoSuchFieldError}.
 */
public final class JacksonSupport {
  /** The oldest Jackson 2 line supported: the first with {@code StreamReadConstraints}. */
  public static final Version OLDEST = new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-core");
  /** The newest Jackson line this build was tested on; newer 2.x lines are expected to work. */
  public static final Version NEWEST_TESTED = new Version(2, 23, 0, null, "com.fasterxml.jackson.core", "jackson-core");

  /** Writes a surrogate pair as one 4-byte UTF-8 sequence (2.18 on); else absent. */
  public static final Optional<JsonWriteFeature> COMBINE_SURROGATES_IN_UTF8 =
      writeFeature("COMBINE_UNICODE_SURROGATES_IN_UTF8");
  /** A generator can escape {@code /} (2.17 on); before that, none does. */
  public static final Optional<JsonGenerator.Feature> ESCAPE_FORWARD_SLASHES =
      generatorFeature("ESCAPE_FORWARD_SLASHES");
  /** Generators carry {@code StreamWriteConstraints}, a nesting limit among them (2.16 on). */
  public static final boolean HAS_WRITE_CONSTRAINTS = atLeast(coreVersion(), 2, 16);
  /** {@code StreamReadConstraints} limits document and name lengths (2.16 on). */
  public static final boolean HAS_DOCUMENT_AND_NAME_LIMITS = atLeast(coreVersion(), 2, 16);

  private JacksonSupport() {}

  /**
   * The first Jackson module this library uses that is older than {@link #OLDEST}, if any. Reads
   * only the version classes, which every 2.x has, so it can run before anything an old Jackson
   * could not link.
   */
  public static Optional<Version> firstUnsupported() {
    for (Version version : versionsFound()) {
      if (version.getMajorVersion() != OLDEST.getMajorVersion()
          || !atLeast(version, OLDEST.getMajorVersion(), OLDEST.getMinorVersion())) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /** jackson-core, -databind, -datatype-jsr310 and -datatype-jdk8, as found on the class or module path. */
  public static List<Version> versionsFound() {
    return List.of(coreVersion(),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION);
  }

  static Version coreVersion() {
    return com.fasterxml.jackson.core.json.PackageVersion.VERSION;
  }

  static boolean atLeast(Version version, int major, int minor) {
    return version.getMajorVersion() > major
        || (version.getMajorVersion() == major && version.getMinorVersion() >= minor);
  }

  private static Optional<JsonWriteFeature> writeFeature(String name) {
    for (JsonWriteFeature feature : JsonWriteFeature.values()) {
      if (feature.name().equals(name)) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonGenerator.Feature> generatorFeature(String name) {
    for (JsonGenerator.Feature feature : JsonGenerator.Feature.values()) {
      if (feature.name().equals(name)) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }
}
