package io.covercrit.examples.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark for every test class of the JVM, as DEPENDENCIES.md says it runs here. */
final class TestSpark {
  private TestSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .appName("covercrit-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        // Keep both shuffle partitions, so a sorted write has more than one part file to order.
        .config("spark.sql.adaptive.coalescePartitions.enabled", "false")
        // Small splits: a file of a few MB becomes dozens of partitions, and long lines cross splits.
        .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", "65536")
        .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
