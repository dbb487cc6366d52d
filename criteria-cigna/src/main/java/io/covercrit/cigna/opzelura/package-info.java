/**
 * Cigna Coverage Policy IP0369, Opzelura (ruxolitinib) 1.5% cream: see
 * {@link io.covercrit.cigna.opzelura.OpzeluraIp0369} for the clauses, the readings of the text
 * and the differences from the secondary guide.
 */
package io.covercrit.cigna.opzelura;
