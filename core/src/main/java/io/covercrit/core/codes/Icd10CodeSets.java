package io.covercrit.core.codes;

import java.io.IOException;
import java.io.Reader;

/** Factories for the shipped {@link Icd10CodeSet}s. */
public final class Icd10CodeSets {
  private Icd10CodeSets() {}

  /**
   * The built-in table of the codes the shipped policies use (ICD-10-CM FY2026), complete for
   * the categories it covers in full (atopic dermatitis {@code L20}, vitiligo {@code L80},
   * alopecia areata {@code L63}) and partial elsewhere, where it answers
   * {@link Icd10CodeSet.CodeStatus#UNKNOWN} rather than guessing.
   */
  public static Icd10CodeSet curated() {
    return CuratedIcd10CodeSet.INSTANCE;
  }

  /**
   * Reads the official ICD-10-CM "order" file ({@code icd10cm_order_YYYY.txt} from the CMS or
   * CDC release): fixed columns, one code per line, with the flag that tells billable codes from
   * headers. The result is authoritative for every code.
   *
   * @param source the file's text; read to the end, not closed
   * @param name what to call the set, e.g. {@code "CMS ICD-10-CM FY2026"}
   * @throws CodeSetFormatException naming the line number if a line is not in the order format
   * @throws IOException if reading fails
   */
  public static Icd10CodeSet fromOrderFile(Reader source, String name) throws IOException {
    return OrderFileReader.read(source, name);
  }
}
