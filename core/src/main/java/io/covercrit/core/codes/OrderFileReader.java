package io.covercrit.core.codes;

import io.covercrit.core.CovercritException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code icd10cm_order_YYYY.txt}. Its layout (CMS "ICD-10-CM order file format"):
 * columns 1-5 order number, 7-13 code without dot, 15 a flag (1 = valid for HIPAA-covered
 * transactions, 0 = header), 17-76 short description, 78 onwards long description.
 */
final class OrderFileReader {
  private OrderFileReader() {}

  static Icd10CodeSet read(Reader source, String name) throws IOException {
    BufferedReader reader = source instanceof BufferedReader ? (BufferedReader) source : new BufferedReader(source);
    Map<Icd10Code, Icd10Entry> entries = new HashMap<>();
    String line;
    long number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() < 16 || line.charAt(5) != ' ' || line.charAt(13) != ' ') {
        throw new CodeSetFormatException(number, "not in the fixed-column order file layout");
      }
      Icd10Code code;
      try {
        code = Icd10Code.of(line.substring(6, 13).strip());
      } catch (CovercritException e) {
        throw new CodeSetFormatException(number, "columns 7-13 do not hold an ICD-10-CM code");
      }
      char flag = line.charAt(14);
      if (flag != '0' && flag != '1') {
        throw new CodeSetFormatException(number, "column 15 must be 0 (header) or 1 (billable)");
      }
      String description = line.length() > 77 ? line.substring(77).strip() : line.substring(16).strip();
      if (entries.put(code, Icd10Entry.of(code, flag == '1', description)) != null) {
        throw new CodeSetFormatException(number, "code listed twice");
      }
    }
    if (entries.isEmpty()) {
      throw new CodeSetFormatException(number, "the file lists no codes");
    }
    return new LoadedCodeSet(name, Collections.unmodifiableMap(entries));
  }

  private static final class LoadedCodeSet implements Icd10CodeSet {
    private final String name;
    private final Map<Icd10Code, Icd10Entry> entries;

    LoadedCodeSet(String name, Map<Icd10Code, Icd10Entry> entries) {
      this.name = name;
      this.entries = entries;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<Icd10Entry> find(Icd10Code code) {
      return Optional.ofNullable(entries.get(code));
    }

    @Override
    public boolean isAuthoritativeFor(Icd10Code code) {
      return true;
    }
  }
}
