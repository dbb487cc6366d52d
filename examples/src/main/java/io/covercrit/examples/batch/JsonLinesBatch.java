package io.covercrit.examples.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.covercrit.core.CovercritException;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.examples.errors.InputProblem;
import io.covercrit.examples.errors.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a JSON Lines stream: one request per input line, one compact JSON line per input
 * line out, in the same order.
 *
 * <p>A line that holds a valid request becomes its determination in the chosen {@link OutputForm}:
 * by default the full determination (the same JSON as {@link CovercritJson#writeDetermination}),
 * or its {@link DecisionRecord decision form}. Any other line becomes an error record,
 * {@code {"line":N,"error":{"code":...,"path":...,"problem":...}}}, and the run goes on: malformed
 * JSON, an invalid field, an unknown policy, a line over {@value #MAX_LINE_BYTES} bytes, bytes
 * that are not UTF-8, and blank lines (so that output line N always answers input line N).
 * Error records never quote the input.
 *
 * <p>Lines are evaluated on a fixed pool of threads while at most {@link Builder#inFlight} lines
 * wait for their turn to be written, so memory stays bounded whatever the input size. The as-of
 * date of each line is the {@code asOf} override, else the request's {@code requestDate}, else the
 * {@code today} the caller read once at start. Instances are immutable and may run several
 * streams, one after the other or at once.
 */
public final class JsonLinesBatch {
  /** Longest line accepted, in bytes: the JSON document limit (a character is at least one byte). */
  public static final int MAX_LINE_BYTES = CovercritJson.MAX_DOCUMENT_CHARS;

  /** Receives counts while a batch runs, from the thread that called {@link #run}. */
  @FunctionalInterface
  public interface Progress {
    void update(long linesWritten, long errors, long bytesRead);

    /** Ignores every update. */
    static Progress none() {
      return (lines, errors, bytes) -> { };
    }
  }

  /** What a line that holds a valid request becomes. */
  public enum OutputForm {
    /** The whole determination, as {@link CovercritJson#writeDetermination} writes it. */
    FULL,
    /**
     * Its {@link DecisionRecord}: the outcome and what to fix, without the policy text and
     * provenance every line of a policy version would repeat (about 1 KB a line, not 13-55 KB).
     */
    DECISION
  }

  /** Counts of a finished run. */
  public static final class Summary {
    private final long lines;
    private final long errors;

    Summary(long lines, long errors) {
      this.lines = lines;
      this.errors = errors;
    }

    /** Lines read, equal to lines written. */
    public long lines() {
      return lines;
    }

    /** Lines written as error records. */
    public long errors() {
      return errors;
    }
  }

  /**
   * The answer to one input line: the output line as UTF-8 bytes (without the {@code \n}), encoded
   * on the worker so the writing thread only copies, and what it says.
   */
  public static final class LineResult {
    private final byte[] json;
    private final Determination determination;
    private final DecisionRecord decision;
    private final InputProblem problem;

    private LineResult(byte[] json, Determination determination, DecisionRecord decision, InputProblem problem) {
      this.json = json;
      this.determination = determination;
      this.decision = decision;
      this.problem = problem;
    }

    /** The output line, UTF-8, without the line end; the array is the caller's to keep, not to change. */
    public byte[] json() {
      return json;
    }

    /** Whether the line is an error record. */
    public boolean isError() {
      return problem != null;
    }

    /** The determination the line holds, in either output form; empty for an error record. */
    public Optional<Determination> determination() {
      return Optional.ofNullable(determination);
    }

    /**
     * The decision form of the determination (the one the line holds in that form, else made
     * now); empty for an error record.
     */
    public Optional<DecisionRecord> decision() {
      if (determination == null) {
        return Optional.empty();
      }
      return Optional.of(decision != null ? decision : DecisionRecord.of(determination));
    }

    /** Why the line is an error record; empty when it holds a determination. */
    public Optional<InputProblem> problem() {
      return Optional.ofNullable(problem);
    }
  }

  private static final ObjectMapper ERROR_WRITER = new ObjectMapper();

  private final PolicyRegistry registry;
  private final CovercritJson json;
  private final String policyId;
  private final LocalDate asOf;
  private final LocalDate today;
  private final int threads;
  private final int inFlight;
  private final OutputForm outputForm;

  private JsonLinesBatch(Builder b) {
    this.registry = Objects.requireNonNull(b.registry, "registry");
    this.json = b.json != null ? b.json : CovercritJson.create();
    this.policyId = b.policyId;
    this.asOf = b.asOf;
    this.today = Objects.requireNonNull(b.today, "today");
    this.threads = b.threads;
    this.inFlight = b.inFlight > 0 ? b.inFlight : 4 * b.threads;
    this.outputForm = b.outputForm;
  }

  /**
   * A batch over {@code registry}; {@code today} is the as-of date of requests that have no
   * {@code requestDate} when no override is set (read the clock once, at the edge).
   */
  public static Builder builder(PolicyRegistry registry, LocalDate today) {
    return new Builder(registry, today);
  }

  /**
   * Reads {@code in} to its end and writes one line per input line to {@code out}. Does not
   * close either stream.
   *
   * @throws IOException if reading or writing fails; {@code out} then holds a prefix of the output
   */
  public Summary run(InputStream in, OutputStream out, Progress progress) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<LineResult>> pending = new ArrayDeque<>(inFlight);
    LineReader reader = new LineReader(in, MAX_LINE_BYTES);
    long lineNumber = 0;
    long written = 0;
    long errors = 0;
    try {
      LineReader.Line line;
      while ((line = reader.next()) != null) {
        long number = ++lineNumber;
        if (line.tooLong()) {
          pending.add(CompletableFuture.completedFuture(tooLong(number)));
        } else {
          byte[] bytes = line.bytes();
          pending.add(pool.submit(() -> evaluateLine(number, bytes)));
        }
        if (pending.size() >= inFlight) {
          errors += write(pending.poll(), out);
          written++;
          progress.update(written, errors, reader.bytesRead());
        }
      }
      while (!pending.isEmpty()) {
        errors += write(pending.poll(), out);
        written++;
        progress.update(written, errors, reader.bytesRead());
      }
      out.flush();
      return new Summary(written, errors);
    } finally {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private static int write(Future<LineResult> next, OutputStream out) throws IOException, InterruptedException {
    LineResult result;
    try {
      result = next.get();
    } catch (ExecutionException e) {
      // evaluateLine catches every exception; only an Error (out of memory, a stack overflow) gets here.
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("a batch line failed unexpectedly", cause);
    }
    out.write(result.json);
    out.write('\n');
    return result.isError() ? 1 : 0;
  }

  /**
   * The answer to input line {@code number} (1-based), as a splitter at {@code \n} hands it over:
   * {@code record[0..length)} without the {@code \n}, of any length (read during the call, not kept). Gives the same line
   * {@link #run} writes for it: a trailing {@code \r} is dropped, a line over
   * {@value #MAX_LINE_BYTES} bytes is an error record, and a UTF-8 byte order mark opening line 1
   * is dropped. For hosts that split the input themselves (a distributed job); thread-safe.
   */
  public LineResult evaluateRecord(long number, byte[] record, int length) {
    int end = LineReader.contentEnd(record, length);
    if (end > MAX_LINE_BYTES) {
      return tooLong(number);
    }
    // Decoded where it lies: the record is read, not kept.
    int start = LineReader.contentStart(record, end, number == 1);
    return evaluateLine(number, record, start, end - start);
  }

  /** The error record of a line over {@value #MAX_LINE_BYTES} bytes. */
  static LineResult tooLong(long number) {
    return errorRecord(number, InputProblem.tooLong(MAX_LINE_BYTES, "bytes"));
  }

  /** The answer to line {@code number}, whose content (line end, byte order mark removed) is {@code bytes}. */
  LineResult evaluateLine(long number, byte[] bytes) {
    return evaluateLine(number, bytes, 0, bytes.length);
  }

  /** The answer to line {@code number}, whose content is {@code bytes[offset..offset + length)}. */
  private LineResult evaluateLine(long number, byte[] bytes, int offset, int length) {
    String text;
    try {
      text = StrictUtf8.decode(bytes, offset, length);
    } catch (CharacterCodingException e) {
      return errorRecord(number, InputProblem.notUtf8());
    }
    if (text.isBlank()) {
      return errorRecord(number, InputProblem.blankLine());
    }
    try {
      CoverageRequest request = json.readRequest(text);
      LocalDate date = asOf != null ? asOf : request.requestDate().orElse(today);
      Determination d = policyId != null ? registry.evaluate(policyId, request, date) : registry.evaluate(request, date);
      if (outputForm == OutputForm.DECISION) {
        DecisionRecord decision = DecisionRecord.of(d);
        return new LineResult(decision.toJsonBytes(), d, decision, null);
      }
      return new LineResult(json.writeDeterminationBytes(d), d, null, null);
    } catch (CovercritException e) {
      return errorRecord(number, InputProblem.of(e));
    } catch (RuntimeException e) {
      // A defect in a policy must not cost the other lines their answers.
      return errorRecord(number, InputProblem.internal(e));
    }
  }

  /** The error record of line {@code number}. */
  static LineResult errorRecord(long number, InputProblem problem) {
    ObjectNode record = ERROR_WRITER.createObjectNode();
    record.put("line", number);
    ObjectNode error = record.putObject("error");
    error.put("code", problem.code());
    error.put("path", problem.path());
    error.put("problem", problem.problem());
    try {
      return new LineResult(ERROR_WRITER.writeValueAsBytes(record), null, null, problem);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "covercrit-batch-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a batch. Not thread-safe; the batch it builds is. */
  public static final class Builder {
    private final PolicyRegistry registry;
    private final LocalDate today;
    private CovercritJson json;
    private String policyId;
    private LocalDate asOf;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int inFlight;
    private OutputForm outputForm = OutputForm.FULL;

    private Builder(PolicyRegistry registry, LocalDate today) {
      this.registry = registry;
      this.today = today;
    }

    /** Evaluates every line under this policy instead of the one each request names. */
    public Builder policyId(String policyId) {
      this.policyId = policyId;
      return this;
    }

    /** Evaluates every line as of this date instead of its request date. */
    public Builder asOf(LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /** Worker threads (default: the number of available processors). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Lines read ahead of the one being written (default: 4 per thread); bounds memory. */
    public Builder inFlight(int inFlight) {
      if (inFlight < 1) {
        throw new IllegalArgumentException("inFlight must be at least 1");
      }
      this.inFlight = inFlight;
      return this;
    }

    /** What each evaluated line becomes (default: {@link OutputForm#FULL}). */
    public Builder output(OutputForm form) {
      this.outputForm = Objects.requireNonNull(form, "form");
      return this;
    }

    public Builder json(CovercritJson json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    public JsonLinesBatch build() {
      return new JsonLinesBatch(this);
    }
  }
}
