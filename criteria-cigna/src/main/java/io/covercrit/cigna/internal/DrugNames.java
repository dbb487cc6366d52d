package io.covercrit.cigna.internal;

import io.covercrit.core.model.Drug;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches recorded drug names against brand and generic names by whole words, so that
 * "adalimumab-atto" matches "adalimumab" but "deuruxolitinib" does not match "ruxolitinib".
 *
 * <p>A word is a maximal run of letters and digits ({@link Character#isLetterOrDigit(char)}),
 * lower-cased character by character ({@link Character#toLowerCase(char)}). Matching against a
 * set made by {@link #lowerCase} scans the names in place and allocates nothing: policies match
 * every trial's drug against several lists on every evaluation.
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
    if (!(names instanceof NameSet)) {
      for (String word : words(drug)) {
        if (names.contains(word)) {
          return true;
        }
      }
      return false;
    }
    NameSet set = (NameSet) names;
    if (set.matchesAWordOf(drug.name())) {
      return true;
    }
    Optional<String> ingredient = drug.activeIngredient();
    return ingredient.isPresent() && set.matchesAWordOf(ingredient.get());
  }

  /** Whether {@code word} (lower case) is one of the drug's {@link #words}. */
  public static boolean mentions(Drug drug, String word) {
    if (hasWord(drug.name(), word)) {
      return true;
    }
    Optional<String> ingredient = drug.activeIngredient();
    return ingredient.isPresent() && hasWord(ingredient.get(), word);
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

  private static boolean hasWord(String text, String word) {
    int length = text.length();
    int start = 0;
    while (start < length) {
      while (start < length && !isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < length && isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (end > start && sameWord(text, start, end, word)) {
        return true;
      }
      start = end;
    }
    return false;
  }

  /** Whether text[start, end), lower-cased character by character, equals {@code word}. */
  private static boolean sameWord(String text, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (toLowerCase(text.charAt(i)) != word.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isLetterOrDigit(char)}, without the Unicode table look-up for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  /** {@link Character#toLowerCase(char)}, without the Unicode table look-up for ASCII. */
  private static char toLowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /** Lower-cases a fixed name list (used for catalogue constants). Iterates in sorted order. */
  public static Set<String> lowerCase(String... names) {
    Set<String> set = new TreeSet<>();
    for (String n : names) {
      set.add(n.toLowerCase(Locale.ROOT));
    }
    return new NameSet(set.toArray(new String[0]));
  }

  /**
   * An immutable set of lower-case names with an open-addressing table keyed by
   * {@link String#hashCode()}, so that a word can be looked up while it is still a range of the
   * drug's name: its hash is accumulated during the scan.
   */
  private static final class NameSet extends AbstractSet<String> {
    private final String[] sorted;
    private final String[] table;
    private final int[] tableHashes;
    private final int mask;

    NameSet(String[] sorted) {
      this.sorted = sorted;
      int capacity = Integer.highestOneBit(Math.max(4, sorted.length * 4) - 1) << 1;
      this.table = new String[capacity];
      this.tableHashes = new int[capacity];
      this.mask = capacity - 1;
      for (String name : sorted) {
        int slot = name.hashCode() & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = name;
        tableHashes[slot] = name.hashCode();
      }
    }

    boolean matchesAWordOf(String text) {
      int length = text.length();
      int start = 0;
      while (start < length) {
        while (start < length && !isLetterOrDigit(text.charAt(start))) {
          start++;
        }
        int end = start;
        int hash = 0;
        while (end < length) {
          char c = text.charAt(end);
          if (!isLetterOrDigit(c)) {
            break;
          }
          hash = 31 * hash + toLowerCase(c);
          end++;
        }
        if (end > start && containsWord(text, start, end, hash)) {
          return true;
        }
        start = end;
      }
      return false;
    }

    private boolean containsWord(String text, int start, int end, int hash) {
      for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
        if (tableHashes[slot] == hash && sameWord(text, start, end, table[slot])) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof String)) {
        return false;
      }
      String name = (String) o;
      for (int slot = name.hashCode() & mask; table[slot] != null; slot = (slot + 1) & mask) {
        if (table[slot].equals(name)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(sorted).iterator();
    }

    @Override
    public int size() {
      return sorted.length;
    }
  }
}
