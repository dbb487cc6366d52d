package io.covercrit.core.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Check} found: a status, a short description of the facts it rests on, and
 * optionally a more specific remedy than the clause's default one.
 */
public final class Finding {
  private final Status status;
  private final String detail;
  private final Remedy remedy;

  private Finding(Status status, String detail, Remedy remedy) {
    this.status = Objects.requireNonNull(status, "status");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.remedy = remedy;
  }

  public static Finding met(String detail) {
    return new Finding(Status.MET, detail, null);
  }

  public static Finding notMet(String detail) {
    return new Finding(Status.NOT_MET, detail, null);
  }

  public static Finding missing(String detail) {
    return new Finding(Status.MISSING, detail, null);
  }

  public static Finding of(Status status, String detail) {
    return new Finding(status, detail, null);
  }

  /** This finding with a remedy specific to what was found. */
  public Finding because(String denialReason, String howToFix) {
    return new Finding(status, detail, Remedy.of(denialReason, howToFix));
  }

  public Status status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  public Optional<Remedy> remedy() {
    return Optional.ofNullable(remedy);
  }

  /** {@link #remedy()} without the Optional, for the evaluation loop. */
  Remedy remedyOrNull() {
    return remedy;
  }
}
