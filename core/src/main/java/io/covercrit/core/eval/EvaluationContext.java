package io.covercrit.core.eval;

import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The inputs of one evaluation: the request, the as-of date, and the code set. The as-of date is
 * fixed for the whole evaluation; nothing reads the clock.
 */
public final class EvaluationContext {
  private final CoverageRequest request;
  private final LocalDate asOf;
  private final Icd10CodeSet codes;

  public EvaluationContext(CoverageRequest request, LocalDate asOf, Icd10CodeSet codes) {
    this.request = Objects.requireNonNull(request, "request");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
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
}
