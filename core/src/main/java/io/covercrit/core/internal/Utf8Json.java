package io.covercrit.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON text built as UTF-8 bytes, then handed to a Jackson generator as raw values.
 *
 * <p>Strings are escaped by the rules of Jackson's UTF-8 generator in its default configuration
 * (its own escape table, upper-case hex, non-ASCII as UTF-8): {@link #string} refuses a string
 * holding a UTF-16 surrogate, whose form depends on generator features, so that the caller writes
 * those through the generator instead. {@code Utf8JsonTest} compares every non-surrogate character
 * with the generator's output. Not API: public only for the determination serializer in
 * {@code core.eval}.
 */
public final class Utf8Json {
  private static final Tables TABLES = new Tables();
  /** Bytes per raw write: small enough that a write that does not fit the generator's buffer copies little. */
  private static final int SLICE = 512;

  /** A buffer grown past this is not kept for the next determination. */
  private static final int MAX_KEPT = 256 * 1024;

  private final int capacity;
  private byte[] bytes;
  private int size;

  public Utf8Json(int capacity) {
    this.capacity = capacity;
    this.bytes = new byte[capacity];
  }

  /** Empties the buffer for reuse, giving back memory an unusually large determination took. */
  public void clear() {
    size = 0;
    if (bytes.length > MAX_KEPT) {
      bytes = new byte[capacity];
    }
  }

  public int size() {
    return size;
  }

  /** The buffer's length, for tests. */
  public int capacity() {
    return bytes.length;
  }

  /** The bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** Appends JSON text known in advance: punctuation and field names. */
  public void raw(Fragment json) {
    raw(json.bytes);
  }

  /** Appends bytes that are JSON already (e.g. a string escaped once and kept). */
  public void raw(byte[] json) {
    raw(json, 0, json.length);
  }

  public void raw(byte[] json, int offset, int length) {
    ensure(length);
    System.arraycopy(json, offset, bytes, size, length);
    size += length;
  }

  public void raw(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  /** Replaces the last byte, e.g. a trailing comma by a closing bracket. */
  public void replaceLast(byte b) {
    bytes[size - 1] = b;
  }

  /**
   * Appends {@code text} as a quoted JSON string, or returns false having appended nothing
   * usable when it holds a surrogate (the caller then abandons this buffer).
   */
  public boolean string(String text) {
    // The JDK encodes ASCII and Latin-1 text in bulk; most policy and finding text then needs no
    // escape and is copied as is. A '?' may stand for a lone surrogate the encoder replaced.
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    boolean[] notCopiedAsIs = TABLES.notCopiedAsIs;
    for (byte b : utf8) {
      if (notCopiedAsIs[b & 0xFF]) {
        return escapedString(text);
      }
    }
    ensure(utf8.length + 2);
    bytes[size] = '"';
    System.arraycopy(utf8, 0, bytes, size + 1, utf8.length);
    size += utf8.length + 2;
    bytes[size - 1] = '"';
    return true;
  }

  /** Read-only tables, built once. */
  private static final class Tables {
    /** Jackson's escapes of ASCII characters: 0 none, -1 a unicode escape, else the escaping letter. */
    final int[] escapes = CharTypes.get7BitOutputEscapes();
    final byte[] hex = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** UTF-8 bytes that {@link #string} does not copy as they are: escapes, '?', 4-byte sequences. */
    final boolean[] notCopiedAsIs = new boolean[256];

    Tables() {
      for (int b = 0; b < 0x80; b++) {
        notCopiedAsIs[b] = escapes[b] != 0 || b == '?';
      }
      for (int b = 0xF0; b < 0x100; b++) {
        notCopiedAsIs[b] = true;
      }
    }
  }

  /** ASCII JSON text known in advance, encoded once. */
  public static final class Fragment {
    private final byte[] bytes;

    public Fragment(String json) {
      this.bytes = json.getBytes(StandardCharsets.US_ASCII);
    }
  }

  private boolean escapedString(String text) {
    int length = text.length();
    ensure(6 * length + 2);
    byte[] out = bytes;
    int at = size;
    out[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        int escape = TABLES.escapes[c];
        if (escape == 0) {
          out[at++] = (byte) c;
        } else if (escape > 0) {
          out[at++] = '\\';
          out[at++] = (byte) escape;
        } else {
          out[at++] = '\\';
          out[at++] = 'u';
          out[at++] = '0';
          out[at++] = '0';
          out[at++] = TABLES.hex[c >> 4];
          out[at++] = TABLES.hex[c & 0xF];
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        return false;
      } else {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    out[at++] = '"';
    size = at;
    return true;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
    }
  }

  /**
   * Writes bytes {@code [from, to)} as one raw JSON value: the generator places the comma or
   * colon before it as for any value, then copies the bytes.
   */
  public void writeValue(JsonGenerator gen, int from, int to) throws IOException {
    Slice slice = new Slice(bytes);
    int end = Math.min(to, from + SLICE);
    slice.range(from, end);
    gen.writeRawValue(slice);
    for (int at = end; at < to; at = end) {
      end = Math.min(to, at + SLICE);
      slice.range(at, end);
      gen.writeRaw(slice);
    }
  }

  /**
   * A range of the buffer as Jackson's raw-text type. Only the unquoted forms exist: the range is
   * JSON already, not a string value to quote.
   */
  private static final class Slice implements SerializableString {
    private final byte[] bytes;
    private int from;
    private int to;

    Slice(byte[] bytes) {
      this.bytes = bytes;
    }

    void range(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public String getValue() {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return Arrays.copyOfRange(bytes, from, to);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      int length = to - from;
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, from, buffer, offset, length);
      return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String value = getValue();
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes, from, to - from);
      return to - from;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      int length = to - from;
      if (length > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes, from, length);
      return length;
    }

    @Override
    public char[] asQuotedChars() {
      throw notAString();
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw notAString();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw notAString();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw notAString();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
      throw notAString();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      throw notAString();
    }

    private static UnsupportedOperationException notAString() {
      return new UnsupportedOperationException("raw JSON, not a string value");
    }
  }
}
