package io.covercrit.core.eval;

/**
 * One test of a request's facts. Implementations must be pure: read only the context, no I/O,
 * no clock, no shared mutable state (the architecture tests enforce this for shipped policies).
 */
@FunctionalInterface
public interface Check {
  Finding test(EvaluationContext context);
}
