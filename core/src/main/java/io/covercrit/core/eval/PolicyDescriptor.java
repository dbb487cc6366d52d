package io.covercrit.core.eval;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Identity and provenance of one policy version. */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutablePolicyDescriptor.class)
@JsonDeserialize(as = ImmutablePolicyDescriptor.class)
public abstract class PolicyDescriptor {
  /** Registry id, {@code payer/POLICY}, e.g. {@code cigna/IP0369}. */
  public abstract String id();

  public abstract String payer();

  public abstract String title();

  /** Drugs the policy covers, brand and generic. */
  public abstract List<String> drugs();

  /** Version label, usually the revision date. */
  public abstract String version();

  /** First day the version is in force; absent when the source does not say. */
  public abstract Optional<LocalDate> effectiveFrom();

  /** Where the encoded criteria come from, for the policy as a whole. */
  public abstract Provenance provenance();

  /**
   * Pathways whose criteria rest on other sources than the policy as a whole, by pathway clause
   * id (e.g. a digest for one indication, a patient guide for another).
   */
  public abstract Map<String, Provenance> pathwayProvenance();

  /** The provenance of pathway {@code pathwayId}: its own where declared, else the policy's. */
  public Provenance provenanceOf(String pathwayId) {
    return pathwayProvenance().getOrDefault(pathwayId, provenance());
  }

  @Value.Check
  void check() {
    if (!id().matches("[a-z0-9-]{1,40}/[A-Za-z0-9.-]{1,40}")) {
      throw new IllegalArgumentException("policy id must look like payer/POLICY");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePolicyDescriptor.Builder {}
}
