/**
 * Cigna Coverage Policy IP0235, Ilaris (canakinumab): see
 * {@link io.covercrit.cigna.ilaris.IlarisIp0235} for the clauses, where each comes from (patient
 * guides and analog policies: the policy body was not available), the conflicts between the
 * sources and the readings encoded.
 */
package io.covercrit.cigna.ilaris;
