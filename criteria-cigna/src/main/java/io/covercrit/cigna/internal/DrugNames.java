package io.covercrit.cigna.internal;

import io.covercrit.core.model.Drug;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches recorded drug names against brand and generic names by whole words, so that
 * "adalimumab-atto" matches "adalimumab" but "deuruxolitinib" does not match "ruxolitinib".
 *
 * <p>The words are the drug's {@link Drug#nameWords()}, split and lower-cased once per drug;
 * matching looks each of them up in a hash set, so policies can match every trial's drug against
 * several lists on every evaluation at the cost of a few look-ups.
 */
public final class DrugNames {
  private DrugNames() {}

  /** Lower-case words of the drug's name and active ingredient (letters and digits only). */
  public static List<String> words(Drug drug) {
    return drug.nameWords();
  }

  /** Whether any word of the drug's names is in {@code names} (lower case). */
  public static boolean mentionsAny(Drug drug, Set<String> names) {
    List<String> words = drug.nameWords();
    for (int i = 0; i < words.size(); i++) {
      if (names.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} (lower case) is one of the drug's {@link #words}. */
  public static boolean mentions(Drug drug, String word) {
    return drug.nameWords().contains(word);
  }

  /** Lower-cases a fixed name list (used for catalogue constants). Iterates in sorted order. */
  public static Set<String> lowerCase(String... names) {
    Set<String> sorted = new TreeSet<>();
    for (String n : names) {
      sorted.add(n.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
  }
}
