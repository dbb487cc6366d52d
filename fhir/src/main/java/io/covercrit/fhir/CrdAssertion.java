package io.covercrit.fhir;

import io.covercrit.core.eval.Determination;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a CRD answer says beside the determination: the {@code Coverage} it applies to, its
 * assertion id, and optionally the DTR questionnaire and the SMART launch URL of the host's DTR app.
 * Immutable; {@code with…} returns a copy.
 */
public final class CrdAssertion {
  private final String coverageReference;
  private final String assertionId;
  private final String dtrLaunchUrl;

  private CrdAssertion(String coverageReference, String assertionId, String dtrLaunchUrl) {
    this.coverageReference = coverageReference;
    this.assertionId = assertionId;
    this.dtrLaunchUrl = dtrLaunchUrl;
  }

  /** An assertion about the coverage at {@code coverageReference}, e.g. {@code Coverage/cov-1}. */
  public static CrdAssertion forCoverage(String coverageReference) {
    return new CrdAssertion(Objects.requireNonNull(coverageReference, "coverageReference"), null, null);
  }

  /** The payer's own assertion id; by default one is derived from the determination (the same answer, the same id). */
  public CrdAssertion withAssertionId(String id) {
    return new CrdAssertion(coverageReference, Objects.requireNonNull(id, "assertionId"), dtrLaunchUrl);
  }

  /** The host's DTR SMART app, linked from a card when documentation is needed. */
  public CrdAssertion withDtrLaunchUrl(String url) {
    return new CrdAssertion(coverageReference, assertionId, Objects.requireNonNull(url, "dtrLaunchUrl"));
  }

  public String coverageReference() {
    return coverageReference;
  }

  public Optional<String> dtrLaunchUrl() {
    return Optional.ofNullable(dtrLaunchUrl);
  }

  /** The assertion id: the one given, or a name-based UUID of the policy version, request, date and outcome. */
  public String assertionId(Determination d) {
    if (assertionId != null) {
      return assertionId;
    }
    String key = d.policy().id() + "|" + d.policy().version() + "|" + d.requestId().orElse("") + "|" + d.asOf() + "|"
        + d.outcome() + "|" + coverageReference;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
