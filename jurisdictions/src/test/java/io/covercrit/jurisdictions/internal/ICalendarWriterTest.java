package io.covercrit.jurisdictions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICalendarWriterTest {
  @ParameterizedTest(name = "[{0}] escapes to [{1}]")
  @CsvSource(delimiter = '|', value = {
      "a,b|a\\,b",
      "a;b|a\\;b",
      "a\\b|a\\\\b",
      "plain text|plain text",
  })
  void text_values_escape_commas_semicolons_and_backslashes(String raw, String escaped) {
    assertThat(ICalendarWriter.text(raw)).isEqualTo(escaped);
  }

  @Test
  void newlines_become_backslash_n() {
    assertThat(ICalendarWriter.text("one\ntwo\r\nthree")).isEqualTo("one\\ntwo\\nthree");
  }

  @Test
  void long_lines_fold_at_75_octets_with_a_leading_space() {
    String line = "DESCRIPTION:" + "x".repeat(200);
    String folded = ICalendarWriter.fold(line);
    for (String part : folded.split("\r\n")) {
      assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
  }

  @Test
  void folding_never_splits_a_multi_byte_character() {
    String line = "SUMMARY:" + "§".repeat(60) + "😀".repeat(20);
    String folded = ICalendarWriter.fold(line);
    for (String part : folded.split("\r\n")) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isLessThanOrEqualTo(75);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(part);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
  }
}
