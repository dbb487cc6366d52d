package io.covercrit.core.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a {@link Check} found: a status, a short description of the facts it rests on, and
 * optionally a more specific remedy than the clause's default one.
 *
 * <p>The description may be given as a {@link Supplier}: it is then formatted only when someone
 * reads the clause trace (see {@link Determination#trace()}), so an evaluation that is asked only
 * for its outcome formats no text. Such a supplier must be pure and must capture only values that
 * are not changed afterwards (the request, the context, local results): it may run later, on
 * another thread, and more than once.
 */
public final class Finding {
  private final Status status;
  /** A {@link String}, or a {@code Supplier<String>} formatted on read. */
  private final Object detail;
  private final Remedy remedy;

  /** What an all-of or any-of found, by {@link Status#ordinal()}: its status only, shared. */
  static final List<Finding> COMPOSITE = List.of(
      new Finding(Status.MET, "", null), new Finding(Status.NOT_MET, "", null), new Finding(Status.MISSING, "", null));

  private Finding(Status status, Object detail, Remedy remedy) {
    this.status = Objects.requireNonNull(status, "status");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.remedy = remedy;
  }

  public static Finding met(String detail) {
    return new Finding(Status.MET, detail, null);
  }

  /** MET, with a description formatted only when read. */
  public static Finding met(Supplier<String> detail) {
    return new Finding(Status.MET, detail, null);
  }

  public static Finding notMet(String detail) {
    return new Finding(Status.NOT_MET, detail, null);
  }

  /** NOT_MET, with a description formatted only when read. */
  public static Finding notMet(Supplier<String> detail) {
    return new Finding(Status.NOT_MET, detail, null);
  }

  public static Finding missing(String detail) {
    return new Finding(Status.MISSING, detail, null);
  }

  /** MISSING, with a description formatted only when read. */
  public static Finding missing(Supplier<String> detail) {
    return new Finding(Status.MISSING, detail, null);
  }

  public static Finding of(Status status, String detail) {
    return new Finding(status, detail, null);
  }

  /** A finding of {@code status}, with a description formatted only when read. */
  public static Finding of(Status status, Supplier<String> detail) {
    return new Finding(status, detail, null);
  }

  /** This finding with a remedy specific to what was found. */
  public Finding because(String denialReason, String howToFix) {
    return new Finding(status, detail, Remedy.of(denialReason, howToFix));
  }

  public Status status() {
    return status;
  }

  /**
   * The description; a supplied one is formatted on each call.
   *
   * @throws IllegalStateException if a supplier returned null
   */
  public String detail() {
    if (detail instanceof String) {
      return (String) detail;
    }
    @SuppressWarnings("unchecked")
    String formatted = ((Supplier<String>) detail).get();
    if (formatted == null) {
      throw new IllegalStateException("a finding's detail supplier returned null");
    }
    return formatted;
  }

  public Optional<Remedy> remedy() {
    return Optional.ofNullable(remedy);
  }

  /** {@link #remedy()} without the Optional, for the evaluation loop. */
  Remedy remedyOrNull() {
    return remedy;
  }
}
