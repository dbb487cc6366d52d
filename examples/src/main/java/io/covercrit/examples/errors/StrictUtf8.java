package io.covercrit.examples.errors;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of input (batch lines, HTTP bodies): a malformed or unmappable byte
 * sequence is an error the caller answers ({@link InputProblem#notUtf8()} or its own), never a
 * U+FFFD that would change the request's meaning unseen.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /** The text of {@code bytes}. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return decode(bytes, 0, bytes.length);
  }

  /** The text of {@code bytes[offset..offset + length)}. */
  public static String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
    // A new decoder each call: decoders are stateful and not thread-safe.
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, length))
        .toString();
  }
}
