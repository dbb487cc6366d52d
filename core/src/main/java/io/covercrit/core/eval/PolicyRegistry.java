package io.covercrit.core.eval;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds policies by id and picks the version in force on an as-of date.
 *
 * <p>A version is in force from its effective date until the next version's; a version without
 * an effective date is in force before every dated version. Immutable and thread-safe: build it
 * once and share it.
 */
public final class PolicyRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyRegistry.class);

  private final Map<String, NavigableMap<LocalDate, CoveragePolicy>> versionsById;
  private final Icd10CodeSet codes;

  private PolicyRegistry(Map<String, NavigableMap<LocalDate, CoveragePolicy>> versionsById, Icd10CodeSet codes) {
    this.versionsById = versionsById;
    this.codes = codes;
  }

  /** Every policy found through {@link ServiceLoader} on this class's class loader. */
  public static PolicyRegistry installed() {
    return installed(PolicyRegistry.class.getClassLoader());
  }

  /** Every policy found through {@link ServiceLoader} on {@code loader}. */
  public static PolicyRegistry installed(ClassLoader loader) {
    List<CoveragePolicy> policies = new ArrayList<>();
    for (PolicyProvider provider : ServiceLoader.load(PolicyProvider.class, loader)) {
      List<CoveragePolicy> provided = provider.policies();
      LOG.debug("{} provides {} policy versions", provider.getClass().getName(), provided.size());
      policies.addAll(provided);
    }
    return of(policies);
  }

  /**
   * A registry of exactly {@code policies}, checking diagnosis codes against the curated set.
   *
   * @throws IllegalArgumentException if two versions of one policy share an effective date
   */
  public static PolicyRegistry of(Collection<? extends CoveragePolicy> policies) {
    Map<String, NavigableMap<LocalDate, CoveragePolicy>> byId = new TreeMap<>();
    for (CoveragePolicy policy : policies) {
      PolicyDescriptor d = policy.descriptor();
      LocalDate from = d.effectiveFrom().orElse(LocalDate.MIN);
      CoveragePolicy previous = byId.computeIfAbsent(d.id(), k -> new TreeMap<>()).put(from, policy);
      if (previous != null) {
        throw new IllegalArgumentException("two versions of " + d.id() + " take effect on " + from);
      }
    }
    Map<String, NavigableMap<LocalDate, CoveragePolicy>> frozen = new TreeMap<>();
    byId.forEach((id, versions) -> frozen.put(id, Collections.unmodifiableNavigableMap(versions)));
    return new PolicyRegistry(Collections.unmodifiableMap(frozen), Icd10CodeSets.curated());
  }

  /** This registry, checking diagnosis codes against {@code codes} (e.g. the official files). */
  public PolicyRegistry withCodeSet(Icd10CodeSet codes) {
    return new PolicyRegistry(versionsById, Objects.requireNonNull(codes, "codes"));
  }

  /** The version of {@code policyId} in force on {@code asOf}, if any. */
  public Optional<CoveragePolicy> find(String policyId, LocalDate asOf) {
    NavigableMap<LocalDate, CoveragePolicy> versions = versionsById.get(policyId);
    if (versions == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, CoveragePolicy> entry = versions.floorEntry(asOf);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * The version of {@code policyId} in force on {@code asOf}.
   *
   * @throws UnknownPolicyException if no policy has that id
   * @throws PolicyNotInForceException if the as-of date precedes every version
   */
  public CoveragePolicy require(String policyId, LocalDate asOf) {
    if (!versionsById.containsKey(policyId)) {
      throw new UnknownPolicyException(policyId);
    }
    return find(policyId, asOf).orElseThrow(() -> new PolicyNotInForceException(policyId, asOf));
  }

  /**
   * Evaluates {@code request} under the policy it names ({@link CoverageRequest#policyId()}).
   *
   * @throws InvalidInputException if the request names no policy
   */
  public Determination evaluate(CoverageRequest request, LocalDate asOf) {
    String policyId = request.policyId().orElseThrow(() -> InvalidInputException.required("policyId"));
    return evaluate(policyId, request, asOf);
  }

  /** Evaluates {@code request} under the version of {@code policyId} in force on {@code asOf}. */
  public Determination evaluate(String policyId, CoverageRequest request, LocalDate asOf) {
    return require(policyId, asOf).evaluate(request, asOf, codes);
  }

  /** Ids of all registered policies, sorted. */
  public List<String> policyIds() {
    return List.copyOf(versionsById.keySet());
  }

  /** Every registered version, by id then effective date. */
  public List<PolicyDescriptor> descriptors() {
    List<PolicyDescriptor> all = new ArrayList<>();
    versionsById.values().forEach(versions -> versions.values().forEach(p -> all.add(p.descriptor())));
    return Collections.unmodifiableList(all);
  }

  /** Every registered version of {@code policyId}, oldest first. */
  public List<CoveragePolicy> versions(String policyId) {
    NavigableMap<LocalDate, CoveragePolicy> versions = versionsById.get(policyId);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }
}
