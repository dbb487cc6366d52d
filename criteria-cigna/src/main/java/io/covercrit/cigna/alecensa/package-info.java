/**
 * Cigna prior authorization for Alecensa (alectinib), oncology, {@code cigna/CNF-494}
 * (number unverified): see {@link io.covercrit.cigna.alecensa.AlecensaCnf494} for the clauses,
 * the sources each pathway rests on, the readings and the step therapy conflict.
 */
package io.covercrit.cigna.alecensa;
