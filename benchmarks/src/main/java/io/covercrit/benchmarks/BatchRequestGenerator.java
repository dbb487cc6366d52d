package io.covercrit.benchmarks;

import io.covercrit.core.json.CovercritJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N Opzelura requests as JSON Lines, the input of {@code covercrit batch}:
 *
 * <pre>{@code
 * java -cp 'benchmarks/target/*:benchmarks/target/lib/*' io.covercrit.benchmarks.BatchRequestGenerator \
 *     1000000 target/requests-1m.jsonl [--invalid-every K]
 * }</pre>
 *
 * <p>The lines cycle through {@link OpzeluraCase} (approvable, not met, excluded), each with its
 * own {@code requestId} ({@code batch-0000001}, ...). With {@code --invalid-every K}, every K-th
 * line is malformed JSON, to exercise the error records. Deterministic: the same arguments give
 * the same bytes. An output of {@code -} writes to standard output.
 */
public final class BatchRequestGenerator {
  private static final String ID_PLACEHOLDER = "batch-PLACEHOLDER";

  private BatchRequestGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && !(args.length == 4 && args[2].equals("--invalid-every"))) {
      System.err.println("usage: BatchRequestGenerator COUNT OUT.jsonl|- [--invalid-every K]");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    long invalidEvery = args.length == 4 ? Long.parseLong(args[3]) : 0;
    Writer out = args[1].equals("-")
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
        : Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
    try (out) {
      write(count, invalidEvery, out);
    }
  }

  /** Writes {@code count} lines to {@code out}; every {@code invalidEvery}-th is malformed (0: none). */
  public static void write(long count, long invalidEvery, Writer out) throws IOException {
    // Each case is rendered once with a placeholder id: the file is the library's own JSON,
    // and a million lines take a second, not a minute.
    CovercritJson json = CovercritJson.create();
    OpzeluraCase[] cases = OpzeluraCase.values();
    String[][] templates = new String[cases.length][];
    for (int c = 0; c < cases.length; c++) {
      String line = json.writeRequest(cases[c].request(ID_PLACEHOLDER), false);
      int at = line.indexOf(ID_PLACEHOLDER);
      templates[c] = new String[] {line.substring(0, at), line.substring(at + ID_PLACEHOLDER.length())};
    }
    for (long i = 1; i <= count; i++) {
      if (invalidEvery > 0 && i % invalidEvery == 0) {
        out.write("{\"requestId\": \"batch-" + i + "\", this line is not JSON\n");
        continue;
      }
      String[] template = templates[(int) ((i - 1) % cases.length)];
      out.write(template[0]);
      out.write(String.format("batch-%07d", i));
      out.write(template[1]);
      out.write('\n');
    }
  }
}
