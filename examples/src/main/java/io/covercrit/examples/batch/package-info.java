/**
 * JSON Lines batch evaluation in bounded memory, on all cores: see
 * {@link io.covercrit.examples.batch.JsonLinesBatch}. Used by {@code covercrit batch}.
 */
package io.covercrit.examples.batch;
