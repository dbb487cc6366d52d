package io.covercrit.cigna.internal;

import io.covercrit.core.model.Drug;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches recorded drug names against brand and generic names by whole words, so that
 * "adalimumab-atto" matches "adalimumab" but "deuruxolitinib" does not match "ruxolitinib".
 */
public final class DrugNames {
  private DrugNames() {}

  /** Lower-case words of the drug's name and active ingredient (letters and digits only). */
  public static List<String> words(Drug drug) {
    List<String> words = new ArrayList<>();
    addWords(drug.name(), words);
    drug.activeIngredient().ifPresent(ingredient -> addWords(ingredient, words));
    return words;
  }

  /** Whether any word of the drug's names is in {@code names} (lower case). */
  public static boolean mentionsAny(Drug drug, Set<String> names) {
    for (String word : words(drug)) {
      if (names.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static void addWords(String text, List<String> words) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
  }

  /** Lower-cases a fixed name list (used for catalogue constants). */
  public static Set<String> lowerCase(String... names) {
    Set<String> set = new java.util.TreeSet<>();
    for (String n : names) {
      set.add(n.toLowerCase(Locale.ROOT));
    }
    return java.util.Collections.unmodifiableSet(set);
  }
}
