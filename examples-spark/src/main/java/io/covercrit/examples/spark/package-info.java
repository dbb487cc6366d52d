/**
 * Payer-scale re-evaluation on Apache Spark: the {@code covercrit batch} evaluation of JSON Lines
 * requests as a Spark job ({@link io.covercrit.examples.spark.SparkBatch}), the summary a payer
 * reads after a policy change ({@link io.covercrit.examples.spark.RunSummary}) and the requests
 * whose outcome changed between two runs ({@link io.covercrit.examples.spark.RunDiff}); the
 * {@code spark-submit} entry point is {@link io.covercrit.examples.spark.CovercritSpark}. An
 * application built on the public API, like the other examples; not published.
 */
package io.covercrit.examples.spark;
