package io.covercrit.core.internal;

import java.io.OutputStream;
import java.util.Objects;

/**
 * A growable in-memory byte sink meant to be kept between documents (one per thread): Jackson's own
 * byte builder allocated and zeroed a chain of blocks for every document, then copied them into
 * the result. Not API: {@code CovercritJson} writes determinations to bytes through it.
 */
public final class ByteSink extends OutputStream {
  private static final int CAPACITY = 32 * 1024;

  private final Utf8Json bytes = new Utf8Json(CAPACITY);
  private boolean inUse;

  /**
   * Marks the sink in use and returns it, or returns a new sink when it is in use already (a
   * document written while this one is being written, e.g. from a lazy finding).
   */
  public ByteSink take() {
    if (inUse) {
      return new ByteSink().take();
    }
    inUse = true;
    return this;
  }

  /** The bytes written since {@link #take()}. */
  public byte[] toByteArray() {
    return bytes.toByteArray();
  }

  /** Empties the sink for the next document (giving back an unusually large buffer). */
  public void release() {
    bytes.clear();
    inUse = false;
  }

  @Override
  public void write(int b) {
    bytes.raw((byte) b);
  }

  @Override
  public void write(byte[] b, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, b.length);
    bytes.raw(b, offset, length);
  }
}
