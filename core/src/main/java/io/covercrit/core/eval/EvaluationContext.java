package io.covercrit.core.eval;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The inputs of one evaluation: the request, the as-of date, and the code set. The as-of date is
 * fixed for the whole evaluation; nothing reads the clock. It must lie in the years 1 to 9999
 * (ISO-8601 four-digit years): beyond them date arithmetic such as an approval's end date
 * overflows.
 */
public final class EvaluationContext {
  private final CoverageRequest request;
  private final LocalDate asOf;
  private final Icd10CodeSet codes;
  /** Derivations several clauses share, made once per evaluation (see {@link #remember}). */
  private IdentityHashMap<Object, Object> remembered;

  /** @throws InvalidInputException naming {@code asOf} if it lies outside the years 1 to 9999 */
  public EvaluationContext(CoverageRequest request, LocalDate asOf, Icd10CodeSet codes) {
    this.request = Objects.requireNonNull(request, "request");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    if (asOf.getYear() < 1 || asOf.getYear() > 9999) {
      throw InvalidInputException.invalid("asOf", "must be a date in the years 1 to 9999");
    }
    this.codes = Objects.requireNonNull(codes, "codes");
  }

  public CoverageRequest request() {
    return request;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Icd10CodeSet codes() {
    return codes;
  }

  /**
   * A value derived from this evaluation's inputs once and then reused: several clauses of a policy
   * often derive the same thing (the trials of the requested drug, the baseline date). {@code key}
   * names the derivation by identity (the clause helper that owns it, or a drug predicate held in a
   * constant); {@code derive} must be a pure function of the context and the key, and its value
   * immutable. A method reference that captures nothing ({@code Owner::derive}) costs nothing to
   * pass. Synchronized: a determination may word its findings later, on another thread.
   */
  @SuppressWarnings("unchecked")
  public synchronized <K, T> T remember(K key, BiFunction<EvaluationContext, K, T> derive) {
    if (remembered == null) {
      remembered = new IdentityHashMap<>(4);
    }
    Object value = remembered.get(key);
    if (value == null) {
      value = Objects.requireNonNull(derive.apply(this, key), "a derivation gave null");
      remembered.put(key, value);
    }
    return (T) value;
  }
}
