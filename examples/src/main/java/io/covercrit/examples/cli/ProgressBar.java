package io.covercrit.examples.cli;

import io.covercrit.examples.batch.JsonLinesBatch;
import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place at most a few times a second:
 * the share of the input read (when its size is known), lines written and errors.
 */
final class ProgressBar implements JsonLinesBatch.Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long totalBytes;
  private long lastDraw;
  private boolean drawn;

  /** {@code totalBytes}: the input's size, or a negative number when unknown (standard input). */
  ProgressBar(PrintWriter err, long totalBytes) {
    this.err = err;
    this.totalBytes = totalBytes;
  }

  @Override
  public void update(long lines, long errors, long bytesRead) {
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print('\r' + line(lines, errors, bytesRead));
    err.flush();
  }

  /** Draws the final state and ends the line. */
  void finish(long lines, long errors, long bytesRead) {
    err.println('\r' + line(lines, errors, bytesRead));
    err.flush();
  }

  String line(long lines, long errors, long bytesRead) {
    StringBuilder line = new StringBuilder("batch ");
    if (totalBytes > 0) {
      long percent = Math.min(100, bytesRead * 100 / totalBytes);
      int filled = (int) (percent * WIDTH / 100);
      line.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
          .append(String.format("%3d%% ", percent));
    }
    line.append(String.format("%,d lines, %,d errors", lines, errors));
    return line.toString();
  }
}
