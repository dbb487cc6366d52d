package io.covercrit.examples.spark;

import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.MatchedPathway;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.examples.batch.JsonLinesBatch;
import io.covercrit.examples.errors.InputProblem;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
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
   * The rows of {@code input}, one JSON Lines file (any Hadoop file system; a compressed file is
   * read as one partition), evaluated with {@code settings}. Numbering the lines runs one Spark
   * job at once (it counts the lines of each partition); the evaluation runs when the rows are used.
   *
   * @throws IllegalArgumentException if {@code input} is not one readable file
   */
  public static Dataset<Row> evaluate(SparkSession spark, String input, JobSettings settings) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    requireOneFile(input, conf);
    boolean byteOrderMark = startsWithByteOrderMark(input, conf);
    // Hadoop's default splits at \r too; covercrit batch splits at \n and drops a trailing \r.
    conf.set("textinputformat.record.delimiter", "\n");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // The reader reuses one Text per split: copy each line before it moves on.
    JavaRDD<byte[]> lines = context.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, conf)
        .map(record -> Arrays.copyOf(record._2().getBytes(), record._2().getLength()));
    // One file's splits are its partitions in offset order, so the index is the line number - 1.
    JavaRDD<Row> rows = lines.zipWithIndex()
        .mapPartitions(partition -> evaluatePartition(partition, settings, byteOrderMark));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Writes {@code run} to the directory {@code output} in {@code format}, replacing it only if
   * {@code overwrite}. The run is written beside it into a hidden directory open to its owner only
   * (mode 700 where the file system has modes: HDFS, local disks; object stores have their
   * bucket's policy) and moved into place when complete: a failed run leaves {@code output} as it
   * was, as {@code covercrit batch} leaves its OUT. A run holds health data.
   *
   * @throws IllegalArgumentException if {@code output} exists and {@code overwrite} is false
   */
  public static void write(Dataset<Row> run, String output, Format format, boolean overwrite) {
    writeAtomically(run.sparkSession(), output, overwrite, into -> {
      if (format == Format.PARQUET) {
        run.write().mode(SaveMode.Append).parquet(into);
      } else {
        // No sort: the rows' partitions are the file's splits in order, and part files are
        // numbered by partition, so part-00000, part-00001... are already in line order.
        run.select("json").write().mode(SaveMode.Append).option("lineSep", "\n").text(into);
      }
    });
  }

  /**
   * Refuses an {@code output} that exists (unless {@code overwrite}) or holds one of
   * {@code inputs}, before any work is done.
   */
  public static void requireWritable(SparkSession spark, String output, boolean overwrite, String... inputs) {
    try {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path qualified = fs.makeQualified(out);
      for (String input : inputs) {
        Path in = new Path(input);
        String inputPath = in.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(in).toString();
        if (inputPath.equals(qualified.toString()) || inputPath.startsWith(qualified + "/")) {
          throw new IllegalArgumentException("the output " + output + " holds the input " + input);
        }
      }
      if (!overwrite && fs.exists(out)) {
        throw new IllegalArgumentException("the output " + output + " exists (--overwrite replaces it)");
      }
    } catch (java.io.IOException e) {
      // The path is the caller's argument, not request content: safe to name.
      throw new IllegalArgumentException("cannot check the output " + output + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Runs {@code writeInto} on a new hidden directory beside {@code output}, open to its owner only
   * (Hadoop's writers leave file modes to the process umask; a closed directory holds whatever
   * they create), then moves it to {@code output}, replacing it only if {@code overwrite}.
   */
  static void writeAtomically(SparkSession spark, String output, boolean overwrite, Consumer<String> writeInto) {
    requireWritable(spark, output, overwrite);
    Path out = new Path(output);
    FileSystem fs;
    Path temporary;
    try {
      fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path parent = fs.makeQualified(out).getParent();
      if (parent == null) {
        throw new IllegalArgumentException("the output cannot be a file system's root: " + output);
      }
      temporary = new Path(parent, "." + out.getName() + ".tmp-" + UUID.randomUUID());
      if (!fs.mkdirs(temporary, OWNER_ONLY)) {
        throw new IllegalArgumentException("cannot create a directory beside the output " + output);
      }
      fs.setPermission(temporary, OWNER_ONLY); // mkdirs applies the umask
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot create the output " + output + " (" + e.getClass().getSimpleName() + ")", e);
    }
    try {
      writeInto.accept(temporary.toString());
      if (fs.exists(out)) {
        if (!overwrite) {
          throw new IllegalArgumentException("the output " + output + " appeared while the run was written");
        }
        fs.delete(out, true);
      }
      if (!fs.rename(temporary, out)) {
        throw new IllegalArgumentException("cannot move the run into place at " + output);
      }
    } catch (java.io.IOException e) {
      deleteQuietly(fs, temporary);
      throw new IllegalArgumentException("cannot move the run into place at " + output + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (RuntimeException e) {
      deleteQuietly(fs, temporary);
      throw e;
    }
  }

  private static void deleteQuietly(FileSystem fs, Path path) {
    try {
      fs.delete(path, true);
    } catch (java.io.IOException ignored) {
      // The run already failed; a leftover hidden directory is the lesser harm.
    }
  }

  /**
   * The lines and the error records of a run written to {@code output} in {@code format}, read
   * back in one pass. In JSON Lines an error record is a line that opens
   * with {@code {"line":} (a determination in either form opens with {@code {"schemaVersion":}).
   */
  public static Counts countWritten(SparkSession spark, String output, Format format) {
    Column isError = format == Format.PARQUET
        ? functions.col("errorCode").isNotNull()
        : functions.col("value").startsWith(ERROR_RECORD_START);
    Dataset<Row> rows = format == Format.PARQUET
        ? spark.read().parquet(output).select("errorCode")
        : spark.read().option("lineSep", "\n").text(output);
    Row counts = rows.agg(functions.count(functions.lit(1)), functions.count(functions.when(isError, 1))).first();
    return new Counts(counts.getLong(0), counts.getLong(1));
  }

  /** How many lines a written run has, and how many of them are error records. */
  public record Counts(long lines, long errors) {}

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
    Path path = new Path(input);
    // Hadoop's input format would read these as a glob, a list, or skip the file as hidden.
    if (input.matches(".*[*?\\[\\]{},\\\\].*") || path.getName().startsWith("_") || path.getName().startsWith(".")) {
      throw new IllegalArgumentException("the input must name one file, without glob characters, commas or a"
          + " leading _ or . in its name: " + input);
    }
    FileStatus status;
    try {
      status = path.getFileSystem(conf).getFileStatus(path);
    } catch (java.io.IOException | IllegalArgumentException e) {
      // The path is the caller's argument, not request content: safe to name.
      throw new IllegalArgumentException("cannot read the input " + input + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!status.isFile()) {
      throw new IllegalArgumentException("the input must be one JSON Lines file (line numbers are positions in it): "
          + input);
    }
  }

  /**
   * Whether the file's (decompressed) content opens with a UTF-8 byte order mark. Hadoop's line
   * reader drops it from line 1 before the job sees it; the job puts it back, so that line 1
   * meets the line limit and a second mark as {@code covercrit batch} sees them.
   */
  private static boolean startsWithByteOrderMark(String input, Configuration conf) {
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem(conf);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      try (InputStream in = codec == null ? fs.open(path) : codec.createInputStream(fs.open(path))) {
        return Arrays.equals(in.readNBytes(3), byteOrderMark());
      }
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read the input " + input + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** UTF-8's byte order mark (a new array each time: arrays are mutable). */
  private static byte[] byteOrderMark() {
    return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  }

  private static Iterator<Row> evaluatePartition(Iterator<Tuple2<byte[], Long>> lines, JobSettings settings,
      boolean byteOrderMark) {
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
        byte[] record = line._1();
        if (number == 1 && byteOrderMark) {
          byte[] mark = byteOrderMark();
          byte[] withMark = Arrays.copyOf(mark, mark.length + record.length);
          System.arraycopy(record, 0, withMark, mark.length, record.length);
          record = withMark;
        }
        return row(number, batch.evaluateRecord(number, record, record.length));
      }
    };
  }

  static Row row(long number, JsonLinesBatch.LineResult result) {
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
