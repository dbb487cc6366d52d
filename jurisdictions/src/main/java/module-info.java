/**
 * covercrit jurisdictions: per-state and federal appeal and external-review rules, and the
 * deadline timeline of a case.
 *
 * <p>Exports only {@code io.covercrit.jurisdictions}; it is opened to Jackson databind, which
 * builds its value types (their generated implementations are package-private).
 */
module io.covercrit.jurisdictions {
  requires transitive io.covercrit.core;
  requires static org.immutables.value;

  exports io.covercrit.jurisdictions;

  opens io.covercrit.jurisdictions to com.fasterxml.jackson.databind;
}
