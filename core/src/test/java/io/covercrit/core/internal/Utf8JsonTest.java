package io.covercrit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Utf8Json} writes the bytes Jackson's UTF-8 generator writes, character for character. */
class Utf8JsonTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static byte[] jackson(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.writeString(text);
    }
    return out.toByteArray();
  }

  private static byte[] ours(String text) {
    Utf8Json out = new Utf8Json(4);
    assertThat(out.string(text)).as("accepted").isTrue();
    return out.toByteArray();
  }

  /**
   * Each character alone (copied as is when it can be), and after a '?' (which sends the whole
   * string through the escaping loop), against the generator.
   */
  @Test
  void every_character_but_a_surrogate_is_written_as_the_generator_writes_it() throws IOException {
    int compared = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      for (String text : new String[] {"a" + (char) c + "z", "?" + (char) c}) {
        byte[] expected = jackson(text);
        if (!Arrays.equals(ours(text), expected)) {
          assertThat(new String(ours(text), StandardCharsets.ISO_8859_1))
              .as("U+%04X in %s", c, text.charAt(0) == '?' ? "the escaping loop" : "the copy")
              .isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2 * (0x10000 - 0x800));
  }

  @Test
  void long_mixed_text_is_written_as_the_generator_writes_it() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append((char) (i * 7919 % 0xD7FF)).append("plain words ");
    }
    assertThat(ours(text.toString())).isEqualTo(jackson(text.toString()));
    assertThat(ours("")).isEqualTo(jackson(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lone high \uD800 here", "lone low \uDC00", "\uDBFF", "a pair \uD83D\uDE00 is refused too"})
  void a_string_with_a_surrogate_is_refused_for_the_generator_to_write(String text) {
    Utf8Json out = new Utf8Json(4);
    out.raw((byte) '[');

    assertThat(out.string(text)).isFalse();
  }

  /**
   * Raw values pass through the generator's buffer in slices: a value far longer than the buffer,
   * after another value, comes out whole and in place.
   */
  @Test
  void a_raw_value_longer_than_the_generators_buffer_is_written_whole_after_a_comma() throws IOException {
    Utf8Json out = new Utf8Json(16);
    out.raw((byte) '[');
    StringBuilder expected = new StringBuilder("[\"first\",[");
    for (int i = 0; i < 3000; i++) {
      String text = "item " + i + " \u00e9\u2265";
      assertThat(out.string(text)).isTrue();
      out.raw((byte) ',');
      expected.append('"').append(text).append("\",");
    }
    out.replaceLast((byte) ']');
    expected.setLength(expected.length() - 1);
    expected.append("],\"last\"]");

    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (JsonGenerator gen = FACTORY.createGenerator(written)) {
      gen.writeStartArray();
      gen.writeString("first");
      gen.writeRaw(""); // nothing: the next raw value still gets its comma
      out.writeValue(gen, 0, out.size());
      gen.writeString("last");
      gen.writeEndArray();
    }

    assertThat(out.size()).isGreaterThan(3 * 8000);
    assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void a_cleared_buffer_starts_again_and_gives_back_an_unusually_large_array() {
    Utf8Json out = new Utf8Json(8);
    out.string("x".repeat(300_000));
    assertThat(out.capacity()).isGreaterThan(300_000);
    out.clear();

    assertThat(out.size()).isZero();
    assertThat(out.capacity()).isEqualTo(8);
    out.raw((byte) '1');
    assertThat(out.toByteArray()).containsExactly('1');
  }
}
