package io.covercrit.core.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.covercrit.core.InvalidInputException;

/**
 * A structurally valid ICD-10-CM code, normalised to upper case with the dot after the third
 * character ({@code l209} and {@code L20.9} are the same code).
 *
 * <p>Structure only: whether the code exists, and whether it is billable, is a question for an
 * {@link Icd10CodeSet}. The structure follows the ICD-10-CM conventions: a letter, a digit, a
 * digit or letter (as in {@code C4A}, {@code M1A}, {@code Z3A}), then up to four letters or digits
 * (including the placeholder {@code X}) for 3 to 7 characters in all.
 *
 * <p>Immutable and thread-safe.
 */
public final class Icd10Code implements Comparable<Icd10Code> {
  private final String compact;
  // The dotted spelling, made on first use: findings and JSON print codes many times. A benign
  // race, as String caches its hash: every thread computes the same immutable value.
  private String dotted;

  private Icd10Code(String compact) {
    this.compact = compact;
  }

  /**
   * Parses a code in any common spelling: surrounding spaces, lower case and a missing or
   * present dot after the third character are accepted.
   *
   * @throws InvalidInputException naming the field {@code code} if the text is not an ICD-10-CM
   *     code; the message never repeats the text
   */
  @JsonCreator
  public static Icd10Code of(String text) {
    if (text == null) {
      throw InvalidInputException.required("code");
    }
    String trimmed = text.strip();
    int length = trimmed.length();
    if (length < 3 || length > 8) {
      throw InvalidInputException.invalid("code", "an ICD-10-CM code has 3 to 7 characters");
    }
    char[] chars = new char[7];
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = trimmed.charAt(i);
      if (c == '.') {
        if (i != 3 || i == length - 1) {
          throw InvalidInputException.invalid("code", "a dot may only follow the third character");
        }
        continue;
      }
      if (n == 7) {
        throw InvalidInputException.invalid("code", "an ICD-10-CM code has 3 to 7 characters");
      }
      // ASCII only: Character.toUpperCase maps e.g. U+0131 (dotless i) to 'I'.
      chars[n++] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
    if (n < 3) {
      throw InvalidInputException.invalid("code", "an ICD-10-CM code has 3 to 7 characters");
    }
    if (!isAsciiLetter(chars[0]) || !isAsciiDigit(chars[1]) || !isAsciiLetterOrDigit(chars[2])) {
      throw InvalidInputException.invalid(
          "code", "an ICD-10-CM code starts with a letter, a digit and a letter or digit");
    }
    for (int i = 3; i < n; i++) {
      if (!isAsciiLetterOrDigit(chars[i])) {
        throw InvalidInputException.invalid("code", "an ICD-10-CM code has only letters and digits");
      }
    }
    return new Icd10Code(new String(chars, 0, n));
  }

  /** The canonical spelling, with the dot: {@code L20.9}, {@code L80}. */
  @JsonValue
  public String value() {
    String value = dotted;
    if (value == null) {
      value = compact.length() == 3 ? compact : compact.substring(0, 3) + "." + compact.substring(3);
      dotted = value;
    }
    return value;
  }

  /** The spelling without a dot, as in the CMS order file: {@code L209}. */
  public String compact() {
    return compact;
  }

  /** The three-character category: {@code L20} for {@code L20.84}. */
  public Icd10Code category() {
    return compact.length() == 3 ? this : new Icd10Code(compact.substring(0, 3));
  }

  /** Number of characters without the dot (3 to 7). */
  public int length() {
    return compact.length();
  }

  /**
   * True when this code is {@code ancestor} or lies below it in the hierarchy:
   * {@code L20.84} is within {@code L20} and {@code L20.8}, not within {@code L2}.
   */
  public boolean isWithin(Icd10Code ancestor) {
    return compact.startsWith(ancestor.compact);
  }

  /** Same as {@link #isWithin(Icd10Code)} with a code spelt as text. */
  public boolean isWithin(String ancestor) {
    return isWithin(of(ancestor));
  }

  @Override
  public int compareTo(Icd10Code other) {
    return compact.compareTo(other.compact);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Icd10Code && ((Icd10Code) o).compact.equals(compact);
  }

  @Override
  public int hashCode() {
    return compact.hashCode();
  }

  @Override
  public String toString() {
    return value();
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c);
  }
}
