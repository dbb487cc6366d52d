package io.covercrit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.examples.cli.CovercritCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What {@code covercrit batch} writes for a file, run in-process as a user runs it. */
final class CliOutput {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private CliOutput() {}

  /** The bytes of OUT after {@code covercrit batch ARGS... IN OUT}; the exit code is 0 or 3. */
  static byte[] batch(Path in, Path dir, String... args) {
    Path out = dir.resolve("cli-" + System.nanoTime() + ".jsonl");
    List<String> all = new ArrayList<>(List.of("batch"));
    all.addAll(Arrays.asList(args));
    all.add(in.toString());
    all.add(out.toString());
    StringWriter err = new StringWriter();
    int exit = CovercritCli.commandLine(PolicyRegistry.installed(), new ByteArrayInputStream(new byte[0]), CLOCK)
        .setErr(new PrintWriter(err, true))
        .execute(all.toArray(String[]::new));
    assertThat(exit).as("exit code; stderr: %s", err).isIn(0, 3);
    try {
      return Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code bytes} split after each {@code \n}, without it (the CLI ends every line with one). */
  static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    assertThat(start).as("the output ends with a line end").isEqualTo(bytes.length);
    return lines;
  }
}
