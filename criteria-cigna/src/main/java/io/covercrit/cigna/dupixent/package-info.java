/**
 * Cigna's Dupixent (dupilumab) prior authorization policy, {@code cigna/IP0453}, encoded from a
 * close secondary digest: every indication, see {@link io.covercrit.cigna.dupixent.DupixentIp0453}.
 */
package io.covercrit.cigna.dupixent;
