package io.covercrit.examples.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;

/**
 * The requests whose outcome changed between two runs over the same input: two policy versions
 * (an as-of date on each side of a revision, or two releases of a policy jar) or two as-of dates.
 * Lines are matched by {@code line}; a line only one run has is a change too (its other side is
 * null), and {@link #requireSameInput} refuses runs whose matched lines hold other request ids.
 */
public final class RunDiff {
  private RunDiff() {}

  /**
   * Rows {@code (line, requestId, before, after, nowUnmet, noLongerUnmet)} for each line whose
   * {@link RunSummary#result()} differs, in line order: {@code before}/{@code after} are the
   * outcomes (or {@code ERROR <code>}), {@code nowUnmet} the clauses unmet after and not before,
   * {@code noLongerUnmet} the reverse.
   */
  public static Dataset<Row> changes(Dataset<Row> before, Dataset<Row> after) {
    Dataset<Row> b = side(before, "b");
    Dataset<Row> a = side(after, "a");
    Column emptyArray = array().cast(DataTypes.createArrayType(DataTypes.StringType));
    Column beforeUnmet = coalesce(col("b_unmet"), emptyArray);
    Column afterUnmet = coalesce(col("a_unmet"), emptyArray);
    return b.join(a, b.col("b_line").equalTo(a.col("a_line")), "full_outer")
        .filter(not(col("b_result").eqNullSafe(col("a_result"))))
        .select(
            coalesce(col("a_line"), col("b_line")).as("line"),
            coalesce(col("a_requestId"), col("b_requestId")).as("requestId"),
            col("b_result").as("before"),
            col("a_result").as("after"),
            array_except(afterUnmet, beforeUnmet).as("nowUnmet"),
            array_except(beforeUnmet, afterUnmet).as("noLongerUnmet"))
        .orderBy("line");
  }

  /**
   * Writes {@code changes} to the directory {@code output} as JSON Lines, one object per changed
   * line in line order, with the checks and permissions of {@link SparkBatch#write}.
   */
  public static void write(Dataset<Row> changes, String output, boolean overwrite) {
    SparkBatch.writeAtomically(changes.sparkSession(), output, overwrite,
        // A line only one run has keeps its null side, written as null rather than left out.
        into -> changes.write().mode(SaveMode.Append).option("ignoreNullFields", "false").json(into));
  }

  /**
   * Refuses two runs that are not over the same input: a line both runs have must hold the same
   * request id in both (when both sides have one). Runs one Spark job.
   *
   * @throws IllegalArgumentException naming how many lines differ and the first of them
   */
  public static void requireSameInput(Dataset<Row> before, Dataset<Row> after) {
    Dataset<Row> b = before.select(col("line").as("b_line"), col("requestId").as("b_id"));
    Dataset<Row> a = after.select(col("line").as("a_line"), col("requestId").as("a_id"));
    Row mismatch = b.join(a, b.col("b_line").equalTo(a.col("a_line")))
        .filter(col("b_id").isNotNull().and(col("a_id").isNotNull()).and(not(col("b_id").equalTo(col("a_id")))))
        .agg(count(lit(1)), min("b_line"))
        .first();
    if (mismatch.getLong(0) > 0) {
      // Line numbers only: request ids are the caller's data.
      throw new IllegalArgumentException(String.format(
          "the runs are not over the same input: %,d lines hold another request id in each (the first: line %d)",
          mismatch.getLong(0), mismatch.getLong(1)));
    }
  }

  /** Rows {@code (before, after, lines)} of {@code changes}: how many lines moved from each result to each. */
  public static Dataset<Row> transitions(Dataset<Row> changes) {
    return changes.groupBy("before", "after").agg(count(lit(1)).as("lines"))
        .orderBy(col("lines").desc(), col("before"), col("after"));
  }

  /** A plain-text report of the transitions, for a terminal. */
  public static String report(Dataset<Row> changes) {
    List<Row> rows = transitions(changes).collectAsList();
    long total = rows.stream().mapToLong(r -> r.getLong(2)).sum();
    StringBuilder out = new StringBuilder(String.format("%,d lines changed outcome%n", total));
    for (Row r : rows) {
      out.append(String.format("  %,12d  %s -> %s%n", r.getLong(2), orNone(r.getString(0)), orNone(r.getString(1))));
    }
    return out.toString();
  }

  private static String orNone(String result) {
    return result != null ? result : "(no such line)";
  }

  private static Dataset<Row> side(Dataset<Row> run, String prefix) {
    return run.select(
        col("line").as(prefix + "_line"),
        col("requestId").as(prefix + "_requestId"),
        RunSummary.result().as(prefix + "_result"),
        col("unmetClauses").as(prefix + "_unmet"));
  }
}
