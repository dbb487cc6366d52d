package io.covercrit.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped), holding at
 * most {@code maxLineBytes} of one line in memory: a longer line is skipped to its end and
 * reported as too long. Splitting bytes rather than characters is safe for UTF-8 (no multi-byte
 * sequence contains {@code \n}) and lets each line be decoded, and rejected, on its own.
 */
final class LineReader {
  /** One line: its bytes, or {@code null} when it was too long. */
  static final class Line {
    private final byte[] bytes;

    private Line(byte[] bytes) {
      this.bytes = bytes;
    }

    boolean tooLong() {
      return bytes == null;
    }

    byte[] bytes() {
      return bytes;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private long bytesRead;
  private boolean first = true;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Bytes consumed so far, for progress. */
  long bytesRead() {
    return bytesRead;
  }

  /** The next line, or {@code null} at the end of input. */
  Line next() throws IOException {
    int length = 0;
    boolean sawAnything = false;
    boolean tooLong = false;
    while (true) {
      if (position == limit) {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
          if (!sawAnything) {
            return null;
          }
          break;
        }
        position = 0;
        limit = n;
        bytesRead += n;
      }
      sawAnything = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      // One byte of slack for the \r that is dropped below.
      if (!tooLong && length + chunk > maxLineBytes + 1) {
        tooLong = true;
      }
      if (!tooLong) {
        ensureCapacity(length + chunk);
        System.arraycopy(buffer, start, line, length, chunk);
        length += chunk;
      }
      if (position < limit) {
        position++; // the \n
        break;
      }
    }
    boolean firstLine = first;
    first = false;
    return new Line(tooLong ? null : content(line, length, firstLine, maxLineBytes));
  }

  /**
   * A line's content from its bytes {@code line[0..length)} without the {@code \n}, copied: a
   * trailing {@code \r} dropped, then {@code null} if over {@code maxLineBytes}, then the byte
   * order mark of the first line dropped (it counts towards the limit, as it is read before it is known).
   */
  static byte[] content(byte[] line, int length, boolean firstLine, int maxLineBytes) {
    int end = contentEnd(line, length);
    if (end > maxLineBytes) {
      return null;
    }
    return Arrays.copyOfRange(line, contentStart(line, end, firstLine), end);
  }

  /** Where the content of {@code line[0..length)} ends: before a trailing {@code \r}. */
  static int contentEnd(byte[] line, int length) {
    return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
  }

  /** Where the content of {@code line[0..end)} starts: after the first line's byte order mark. */
  static int contentStart(byte[] line, int end, boolean firstLine) {
    // A UTF-8 byte order mark, as some editors write, is not part of the first request.
    boolean mark = firstLine && end >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    return mark ? 3 : 0;
  }

  private void ensureCapacity(int needed) {
    if (needed > line.length) {
      line = Arrays.copyOf(line, Math.max(needed, Math.min(line.length * 2, maxLineBytes + 1)));
    }
  }
}
