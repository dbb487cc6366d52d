package io.covercrit.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.covercrit.core.codes.Icd10CodeSet.CodeStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code icd10cm_order_excerpt.txt} copies the CMS order-file layout column for column: order
 * number (1-5, zero padded), code without dot (7-13), flag (15), short description padded to 60
 * characters (17-76), long description (78 on). Order numbers are renumbered for the excerpt.
 */
class OrderFileCodeSetTest {
  private static final String A00_HEADER =
      "00001 A00     0 Cholera                                                      Cholera";
  private static final String A000_BILLABLE =
      "00002 A000    1 Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to Vibrio cholerae 01, biovar cholerae";

  private static Icd10CodeSet excerpt;

  @BeforeAll
  static void readTheExcerpt() throws IOException {
    InputStream in = Objects.requireNonNull(
        OrderFileCodeSetTest.class.getResourceAsStream("icd10cm_order_excerpt.txt"), "test resource");
    try (Reader reader = new InputStreamReader(in, StandardCharsets.US_ASCII)) {
      excerpt = Icd10CodeSets.fromOrderFile(reader, "CMS ICD-10-CM excerpt");
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "L20,      NOT_BILLABLE",
    "L20.0,    BILLABLE",
    "L20.8,    NOT_BILLABLE",
    "L20.84,   BILLABLE",
    "L20.9,    BILLABLE",
    "L80,      BILLABLE",
    "A00,      NOT_BILLABLE",
    "A00.0,    BILLABLE",
    "S52.521A, BILLABLE",
    "L20.99,   DOES_NOT_EXIST",
    "J45.50,   DOES_NOT_EXIST",
    "H02.73A,  DOES_NOT_EXIST",
  })
  void the_flag_column_tells_billable_codes_from_headers_and_the_file_is_authoritative(
      String code, CodeStatus status) {
    assertThat(excerpt.status(Icd10Code.of(code))).isEqualTo(status);
    assertThat(excerpt.isAuthoritativeFor(Icd10Code.of(code))).isTrue();
  }

  @Test
  void the_long_description_is_kept_and_the_name_is_the_one_given() {
    assertThat(excerpt.name()).isEqualTo("CMS ICD-10-CM excerpt");
    assertThat(excerpt.find(Icd10Code.of("S52.521A")).orElseThrow().description())
        .isEqualTo("Torus fracture of lower end of right radius, initial encounter for closed fracture");
    assertThat(excerpt.find(Icd10Code.of("L20.83")).orElseThrow().description())
        .isEqualTo("Infantile (acute) (chronic) eczema");
  }

  @Test
  void a_line_without_a_long_description_falls_back_to_the_short_one() throws IOException {
    Icd10CodeSet set = read("00001 L80     1 Vitiligo");
    assertThat(set.find(Icd10Code.of("L80")).orElseThrow().description()).isEqualTo("Vitiligo");
  }

  @Test
  void blank_lines_and_windows_line_ends_are_accepted() throws IOException {
    Icd10CodeSet set = read(A00_HEADER + "\r\n\r\n" + A000_BILLABLE + "\r\n");
    assertThat(set.status(Icd10Code.of("A00"))).isEqualTo(CodeStatus.NOT_BILLABLE);
    assertThat(set.status(Icd10Code.of("A00.0"))).isEqualTo(CodeStatus.BILLABLE);
  }

  @Test
  void the_source_is_read_but_not_closed() throws IOException {
    StringReader source = new StringReader(A00_HEADER + "\n");
    Icd10CodeSets.fromOrderFile(source, "open");
    assertThatCode(source::ready).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a line shorter than 16 characters | 00003 L209    1",
    "no blank in column 6              | 000003L209    1 Atopic dermatitis, unspecified",
    "no blank in column 14             | 00003 L209XXXX1 Atopic dermatitis, unspecified",
    "a flag other than 0 or 1          | 00003 L209    2 Atopic dermatitis, unspecified",
    "a flag that is blank              | '00003 L209      Atopic dermatitis, unspecified'",
    "a code column that is no code     | 00003 2L09    1 Atopic dermatitis, unspecified",
    "an empty code column              | '00003         1 Atopic dermatitis, unspecified'",
    "a repeated code                   | 00003 L20     1 Atopic dermatitis",
  })
  void a_malformed_third_line_is_reported_with_its_line_number(String problem, String line) {
    // The first line lists L20, so the repeated-code case repeats it.
    String file = "00001 L20     0 Atopic dermatitis\n" + A000_BILLABLE + "\n" + line + "\n"
        + "00004 L80     1 Vitiligo\n";
    CodeSetFormatException e = catchThrowableOfType(CodeSetFormatException.class, () -> read(file));
    assertThat(e).as(problem).isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.errorCode()).isEqualTo(CodeSetFormatException.CODE);
    assertThat(e.getMessage()).startsWith("code set line 3: ").doesNotContain("Atopic").doesNotContain("L209");
  }

  @Test
  void a_code_listed_twice_names_the_second_line() {
    String file = A00_HEADER + "\n" + A000_BILLABLE + "\n\n" + "00003 A000    1 Cholera again\n";
    CodeSetFormatException e = catchThrowableOfType(CodeSetFormatException.class, () -> read(file));
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("twice");
  }

  @Test
  void an_empty_file_is_rejected() {
    CodeSetFormatException e = catchThrowableOfType(CodeSetFormatException.class, () -> read(""));
    assertThat(e.getMessage()).contains("no codes");
    CodeSetFormatException blank = catchThrowableOfType(CodeSetFormatException.class, () -> read("\n  \n\n"));
    assertThat(blank.getMessage()).contains("no codes");
    assertThat(blank.line()).isEqualTo(3);
  }

  private static Icd10CodeSet read(String text) throws IOException {
    return Icd10CodeSets.fromOrderFile(new StringReader(text), "test");
  }
}
