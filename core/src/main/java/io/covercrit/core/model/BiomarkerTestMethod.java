package io.covercrit.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The laboratory method of a biomarker test, recognised from the free-text
 * {@link BiomarkerResult#method()} so that policies can reason about it ("detected by an approved
 * test") while requests keep the wording of the lab report.
 */
public enum BiomarkerTestMethod {
  /** Fluorescence in situ hybridisation, e.g. a break-apart probe. */
  FISH,
  /** Immunohistochemistry, e.g. the ALK (D5F3) antibody on a Ventana platform. */
  IHC,
  /** Next-generation sequencing of tissue or plasma (DNA or RNA), e.g. FoundationOne CDx. */
  NGS,
  /** Polymerase chain reaction, including RT-PCR. */
  PCR,
  /** A method documented but none of the above. */
  OTHER;

  /**
   * The method a lab report's wording names: "FISH", "fluorescence in situ hybridization",
   * "Vysis break apart" are {@link #FISH}; "IHC", "immunohistochemistry", "D5F3", "Ventana" are
   * {@link #IHC}; "NGS", "next-generation sequencing", "FoundationOne" are {@link #NGS}; "PCR",
   * "RT-PCR", "polymerase chain reaction" are {@link #PCR}. Anything else, or wording that names
   * two methods, is {@link #OTHER}. Case and punctuation are ignored.
   */
  public static BiomarkerTestMethod fromDescription(String description) {
    List<String> words = words(description);
    String text = " " + String.join(" ", words) + " ";
    List<BiomarkerTestMethod> named = new ArrayList<>();
    if (words.contains("fish") || text.contains(" fluorescence in situ hybridization ")
        || text.contains(" fluorescence in situ hybridisation ") || words.contains("vysis")) {
      named.add(FISH);
    }
    if (words.contains("ihc") || words.contains("immunohistochemistry") || words.contains("immunohistochemical")
        || words.contains("d5f3") || words.contains("ventana")) {
      named.add(IHC);
    }
    if (words.contains("ngs") || text.contains(" next generation sequencing ") || words.contains("foundationone")) {
      named.add(NGS);
    }
    if (words.contains("pcr") || words.contains("qpcr") || words.contains("rtpcr") || words.contains("ddpcr")
        || text.contains(" polymerase chain reaction ")) {
      named.add(PCR);
    }
    return named.size() == 1 ? named.get(0) : OTHER;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // ASCII only: lower-casing other scripts depends on the locale.
      if (c < 128 && Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
