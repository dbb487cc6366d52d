package io.covercrit.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a payer reads first after re-running requests: how many lines ended in each outcome (error
 * records by error code), and how often each clause was what stood in the way.
 */
public final class RunSummary {
  /** The {@code result} of an error record: {@value}, then its code. */
  public static final String ERROR = "ERROR";

  private RunSummary() {}

  /**
   * The outcome of each row, or {@code ERROR <code>} for an error record: the value
   * {@link #byOutcome} counts and {@link RunDiff} compares.
   */
  public static Column result() {
    return when(col("errorCode").isNotNull(), concat(lit(ERROR + " "), col("errorCode")))
        .otherwise(col("outcome"));
  }

  /** Rows {@code (result, lines)}, most lines first, then by result. */
  public static Dataset<Row> byOutcome(Dataset<Row> run) {
    return run.groupBy(result().as("result"))
        .agg(count(lit(1)).as("lines"))
        .orderBy(col("lines").desc(), col("result"));
  }

  /**
   * Rows {@code (policyId, clauseId, outcome, lines)}: in how many lines of each outcome each
   * clause was unmet (NOT_MET or MISSING), most first. A line counts once per unmet clause.
   */
  public static Dataset<Row> byUnmetClause(Dataset<Row> run) {
    return run.filter(col("errorCode").isNull())
        .select(col("policyId"), explode(col("unmetClauses")).as("clauseId"), col("outcome"))
        .groupBy("policyId", "clauseId", "outcome")
        .agg(count(lit(1)).as("lines"))
        .orderBy(col("lines").desc(), col("policyId"), col("clauseId"), col("outcome"));
  }

  /** A plain-text report of both counts, for a terminal. */
  public static String report(Dataset<Row> run) {
    StringBuilder out = new StringBuilder();
    List<Row> outcomes = byOutcome(run).collectAsList();
    long total = outcomes.stream().mapToLong(r -> r.getLong(1)).sum();
    out.append(String.format("%,d lines%n%nby outcome%n", total));
    for (Row r : outcomes) {
      out.append(String.format("  %,12d  %s%n", r.getLong(1), r.getString(0)));
    }
    out.append(String.format("%nby unmet clause (lines in which the clause was NOT_MET or MISSING)%n"));
    for (Row r : byUnmetClause(run).collectAsList()) {
      out.append(String.format("  %,12d  %s  %s  (%s)%n", r.getLong(3), r.getString(0), r.getString(1), r.getString(2)));
    }
    return out.toString();
  }
}
