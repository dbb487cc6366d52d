package io.covercrit.examples.spark;

import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.examples.batch.JsonLinesBatch;
import io.covercrit.examples.errors.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * {@code covercrit batch} as a Spark job: each line of a JSON Lines file of requests becomes one
 * row holding the input line number and exactly the line {@code covercrit batch} writes for it
 * (its {@code json} column), plus the columns a payer filters and counts by.
 *
 * <p>Lines are split at {@code \n} only and numbered from 1 in file order, so that after a sort by
 * {@code line} row N answers input line N, as in the command line's output. Each line is evaluated
 * by {@link JsonLinesBatch#evaluateRecord}, the code {@code covercrit batch} runs, with one policy
 * registry per executor JVM, built once on first use. A line that cannot be evaluated is an error
 * record (never a failed task): the run always has one row per input line.
 *
 * <p>Columns ({@link #SCHEMA}): {@code line} (long), {@code requestId}, {@code policyId},
 * {@code policyVersion}, {@code outcome} (null for an error record), {@code pathway},
 * {@code unmetClauses} (the ids of the decision form's unmet clauses, in trace order),
 * {@code errorCode} and {@code errorPath} (null unless an error record), {@code json}.
 */
public final class SparkBatch {
  /** The rows of a run. */
  public static final StructType SCHEMA = new StructType()
      .add("line", DataTypes.LongType, false)
      .add("requestId", DataTypes.StringType, true)
      .add("policyId", DataTypes.StringType, true)
      .add("policyVersion", DataTypes.StringType, true)
      .add("outcome", DataTypes.StringType, true)
      .add("pathway", DataTypes.StringType, true)
      .add("unmetClauses", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("errorCode", DataTypes.StringType, true)
      .add("errorPath", DataTypes.StringType, true)
      .add("json", DataTypes.StringType, false);

  /** How a run is written. */
  public enum Format {
    /** Every column, as Parquet: the input of {@link RunSummary} and {@link RunDiff}. */
    PARQUET,
    /**
     * The {@code json} column alone, as text files ordered by line: the part files, concatenated
     * in name order, are byte for byte what {@code covercrit batch} writes.
     */
    JSONL
  }

  /** rwx for the owner only: runs hold health data. */
  static final FsPermission OWNER_ONLY = new FsPermission((short) 0700);

  private SparkBatch() {}

  /**
   * The rows of {@code input}, one JSON Lines file (any Hadoop file system; compressed files are
   * read whole), evaluated with {@code settings}. Lazy: nothing runs until the rows are used.
   *
   * @throws IllegalArgumentException if {@code input} is not one readable file
   */
  public static Dataset<Row> evaluate(SparkSession spark, String input, JobSettings settings) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    requireOneFile(input, conf);
    // Hadoop's default splits at \r too; covercrit batch splits at \n and drops a trailing \r.
    conf.set("textinputformat.record.delimiter", "\n");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // The reader reuses one Text per split: copy each line before it moves on.
    JavaRDD<byte[]> lines = context.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, conf)
        .map(record -> Arrays.copyOf(record._2().getBytes(), record._2().getLength()));
    // One file's splits are its partitions in offset order, so the index is the line number - 1.
    JavaRDD<Row> rows = lines.zipWithIndex().mapPartitions(partition -> evaluatePartition(partition, settings));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Writes {@code run} to the directory {@code output} in {@code format}, replacing it only if
   * {@code overwrite}. The directory is open to its owner only (mode 700), as {@code covercrit
   * batch} creates its output file: a run holds health data.
   *
   * @throws IllegalArgumentException if {@code output} exists and {@code overwrite} is false
   */
  public static void write(Dataset<Row> run, String output, Format format, boolean overwrite) {
    if (format == Format.PARQUET) {
      writer(run, output, overwrite).parquet(output);
    } else {
      // A global sort: part-00000 holds the first lines, each part in line order.
      writer(run.orderBy("line").select("json"), output, overwrite).option("lineSep", "\n").text(output);
    }
  }

  /**
   * A writer of {@code rows} into a new directory {@code output} that only its owner can enter
   * (Hadoop's writers leave file modes to the process umask; a closed directory holds whatever
   * they create), replacing an existing one only if {@code overwrite}.
   */
  static DataFrameWriter<Row> writer(Dataset<Row> rows, String output, boolean overwrite) {
    Path path = new Path(output);
    try {
      FileSystem fs = path.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration());
      if (fs.exists(path)) {
        if (!overwrite) {
          throw new IllegalArgumentException("the output " + output + " exists (--overwrite replaces it)");
        }
        fs.delete(path, true);
      }
      if (!fs.mkdirs(path, OWNER_ONLY)) {
        throw new IllegalArgumentException("cannot create the output " + output);
      }
      fs.setPermission(path, OWNER_ONLY); // mkdirs applies the umask
    } catch (java.io.IOException e) {
      // The path is the caller's argument, not request content: safe to name.
      throw new IllegalArgumentException("cannot create the output " + output + " (" + e.getClass().getSimpleName() + ")", e);
    }
    // Into the directory just made, empty.
    return rows.write().mode(SaveMode.Append);
  }

  /**
   * The lines and the error records of a run written to {@code output} in {@code format}, read
   * back: {@code {lines, errors}}. In JSON Lines an error record is a line that opens with
   * {@code {"line":} (a determination in either form opens with {@code {"schemaVersion":}).
   */
  public static long[] countWritten(SparkSession spark, String output, Format format) {
    if (format == Format.PARQUET) {
      Dataset<Row> run = spark.read().parquet(output).select("errorCode");
      return new long[] {run.count(), run.filter(functions.col("errorCode").isNotNull()).count()};
    }
    Dataset<Row> lines = spark.read().option("lineSep", "\n").text(output);
    return new long[] {lines.count(), lines.filter(functions.col("value").startsWith(ERROR_RECORD_START)).count()};
  }

  /** How every error record's JSON opens, and no determination's. */
  static final String ERROR_RECORD_START = "{\"line\":";

  /** Reads back a run written as {@link Format#PARQUET}. */
  public static Dataset<Row> read(SparkSession spark, String run) {
    return spark.read().schema(SCHEMA).parquet(run);
  }

  /** Rows that are error records. */
  public static Dataset<Row> errors(Dataset<Row> run) {
    return run.filter(functions.col("errorCode").isNotNull());
  }

  private static void requireOneFile(String input, Configuration conf) {
    FileStatus status;
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      status = fs.getFileStatus(path);
    } catch (java.io.IOException | IllegalArgumentException e) {
      // The path is the caller's argument, not request content: safe to name.
      throw new IllegalArgumentException("cannot read the input " + input + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!status.isFile()) {
      throw new IllegalArgumentException("the input must be one JSON Lines file (line numbers are positions in it): "
          + input);
    }
  }

  private static Iterator<Row> evaluatePartition(Iterator<Tuple2<byte[], Long>> lines, JobSettings settings) {
    JsonLinesBatch batch = ExecutorRegistry.batch(settings);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        Tuple2<byte[], Long> line = lines.next();
        long number = line._2() + 1;
        return row(number, batch.evaluateRecord(number, line._1(), line._1().length), settings);
      }
    };
  }

  static Row row(long number, JsonLinesBatch.LineResult result, JobSettings settings) {
    String json = new String(result.json(), StandardCharsets.UTF_8);
    if (result.isError()) {
      InputProblem problem = result.problem().orElseThrow();
      return RowFactory.create(number, null, null, null, null, null, new String[0], problem.code(), problem.path(), json);
    }
    Determination d = result.determination().orElseThrow();
    List<ClauseResult> unmet = result.decision().orElseThrow().unmetClauses();
    String[] unmetIds = new String[unmet.size()];
    for (int i = 0; i < unmetIds.length; i++) {
      unmetIds[i] = unmet.get(i).id();
    }
    return RowFactory.create(number, d.requestId().orElse(null), d.policy().id(), d.policy().version(),
        d.outcome().name(), d.pathway().map(MatchedPathway::id).orElse(null), unmetIds, null, null, json);
  }

  /**
   * What each executor JVM builds once: the installed policies and the JSON mapper, both
   * immutable and thread-safe, shared by every task of the executor.
   */
  static final class ExecutorRegistry {
    private ExecutorRegistry() {}

    // Initialised on first use in each JVM (the holder idiom), never shipped with a task.
    private static final class Holder {
      static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
      static final CovercritJson JSON = CovercritJson.create();
    }

    static JsonLinesBatch batch(JobSettings settings) {
      JsonLinesBatch.Builder builder = JsonLinesBatch.builder(Holder.REGISTRY, settings.today())
          .json(Holder.JSON)
          .output(settings.outputForm())
          .threads(1);
      settings.policyId().ifPresent(builder::policyId);
      settings.asOf().ifPresent(builder::asOf);
      return builder.build();
    }
  }
}
