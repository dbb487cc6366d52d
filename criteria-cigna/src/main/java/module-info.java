/**
 * covercrit criteria for Cigna: one evaluator per policy, installed through the
 * {@link io.covercrit.core.eval.PolicyProvider} service, so that
 * {@link io.covercrit.core.eval.PolicyRegistry#installed()} finds them on the module path as on
 * the class path.
 *
 * <p>Exports the policy packages and {@code io.covercrit.cigna}; {@code io.covercrit.cigna.internal}
 * (the shared clause helpers and the Cigna directory) is not exported.
 */
module io.covercrit.cigna {
  requires transitive io.covercrit.core;
  // CignaAppealRules answers in the jurisdictions module's types.
  requires transitive io.covercrit.jurisdictions;
  requires static org.immutables.value;

  exports io.covercrit.cigna;
  exports io.covercrit.cigna.alecensa;
  exports io.covercrit.cigna.dupixent;
  exports io.covercrit.cigna.ilaris;
  exports io.covercrit.cigna.opzelura;

  provides io.covercrit.core.eval.PolicyProvider with io.covercrit.cigna.CignaPolicyProvider;
}
