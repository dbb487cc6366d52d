package io.covercrit.core.eval;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.model.CoverageRequest;
import java.time.LocalDate;
import java.util.Objects;

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
}
