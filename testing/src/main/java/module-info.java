/**
 * covercrit testing: what a policy author's tests need. {@link io.covercrit.testing.RowTable} for
 * clause boundary tests read from a policy's constants, {@link io.covercrit.testing.PolicyArchitecture}
 * for a one-call purity and architecture check of a policy module, and the ArchUnit rules the
 * covercrit modules check themselves with ({@link io.covercrit.testing.CovercritArchitectureRules}).
 * For test scope only.
 */
module io.covercrit.testing {
  requires transitive io.covercrit.core;
  requires transitive com.tngtech.archunit;

  exports io.covercrit.testing;
}
