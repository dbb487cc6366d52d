package io.covercrit.core.clauses;

import io.covercrit.core.model.Drug;
import io.covercrit.core.model.DrugClass;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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

  /**
   * Matches a drug recorded with one of the {@code classes}, or naming one of {@code names} (lower
   * case, as made by {@link #lowerCase}): "a biologic or any of the products in the appendix".
   */
  public static Predicate<Drug> classOrNamed(Set<DrugClass> classes, Set<String> names) {
    Set<DrugClass> accepted = classes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(classes));
    return drug -> drug.drugClass().map(accepted::contains).orElse(false) || mentionsAny(drug, names);
  }

  /** Lower-cases a fixed name list (used for catalogue constants). Iterates in sorted order. */
  public static Set<String> lowerCase(String... names) {
    Set<String> sorted = new TreeSet<>();
    for (String n : names) {
      sorted.add(n.toLowerCase(Locale.ROOT));
    }
    return new NameSet(sorted.toArray(new String[0]));
  }

  /**
   * An immutable set of lower-case names in an open-addressing table with the names' hashes
   * beside them: a drug's words (whose hashes {@link String} caches) are looked up with one array
   * probe and, on a hash match, one comparison; no node objects to follow.
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
        int slot = spread(name.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = name;
        tableHashes[slot] = name.hashCode();
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof String)) {
        return false;
      }
      String name = (String) o;
      int hash = name.hashCode();
      for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
        if (tableHashes[slot] == hash && table[slot].equals(name)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Iterator<String> iterator() {
      return Collections.unmodifiableList(Arrays.asList(sorted)).iterator();
    }

    @Override
    public int size() {
      return sorted.length;
    }
  }
}
