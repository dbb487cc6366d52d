package io.covercrit.core.codes.internal;

import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.codes.Icd10Entry;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codes the shipped policies use, from the ICD-10-CM FY2026 tabular list.
 *
 * <p>A category is marked complete only where every code under it is listed here; elsewhere the
 * set answers UNKNOWN instead of claiming a code does not exist. The eyelid vitiligo subcategory
 * H02.73 is listed but not marked complete, because later releases added bilateral and
 * upper-and-lower-eyelid codes to several H02 subcategories.
 */
public final class CuratedIcd10CodeSet implements Icd10CodeSet {
  private static final List<String> COMPLETE_CATEGORIES = List.of("L20", "L80", "L63");

  // Declared after the fields its constructor reads.
  public static final CuratedIcd10CodeSet INSTANCE = new CuratedIcd10CodeSet();

  /** Each row: code, billable (B) or header (H), description. A method, so no array is shared. */
  private static String[][] rows() {
    return new String[][] {
      {"L20", "H", "Atopic dermatitis"},
      {"L20.0", "B", "Besnier's prurigo"},
      {"L20.8", "H", "Other atopic dermatitis"},
      {"L20.81", "B", "Atopic neurodermatitis"},
      {"L20.82", "B", "Flexural eczema"},
      {"L20.83", "B", "Infantile (acute) (chronic) eczema"},
      {"L20.84", "B", "Intrinsic (allergic) eczema"},
      {"L20.89", "B", "Other atopic dermatitis"},
      {"L20.9", "B", "Atopic dermatitis, unspecified"},
      {"L80", "B", "Vitiligo"},
      {"H02.73", "H", "Vitiligo of eyelid and periocular area"},
      {"H02.731", "B", "Vitiligo of right upper eyelid and periocular area"},
      {"H02.732", "B", "Vitiligo of right lower eyelid and periocular area"},
      {"H02.733", "B", "Vitiligo of right eye, unspecified eyelid and periocular area"},
      {"H02.734", "B", "Vitiligo of left upper eyelid and periocular area"},
      {"H02.735", "B", "Vitiligo of left lower eyelid and periocular area"},
      {"H02.736", "B", "Vitiligo of left eye, unspecified eyelid and periocular area"},
      {"H02.739", "B", "Vitiligo of unspecified eye, unspecified eyelid and periocular area"},
      {"L63", "H", "Alopecia areata"},
      {"L63.0", "B", "Alopecia (capitis) totalis"},
      {"L63.1", "B", "Alopecia universalis"},
      {"L63.2", "B", "Ophiasis"},
      {"L63.8", "B", "Other alopecia areata"},
      {"L63.9", "B", "Alopecia areata, unspecified"},
      {"L64", "H", "Androgenic alopecia"},
      {"L64.0", "B", "Drug-induced androgenic alopecia"},
      {"L64.8", "B", "Other androgenic alopecia"},
      {"L64.9", "B", "Androgenic alopecia, unspecified"},
      {"L40", "H", "Psoriasis"},
      {"L40.0", "B", "Psoriasis vulgaris"},
      {"L40.1", "B", "Generalized pustular psoriasis"},
      {"L40.4", "B", "Guttate psoriasis"},
      {"L40.9", "B", "Psoriasis, unspecified"},
    };
  }

  private final Map<Icd10Code, Icd10Entry> entries;

  private CuratedIcd10CodeSet() {
    Map<Icd10Code, Icd10Entry> map = new TreeMap<>();
    for (String[] row : rows()) {
      Icd10Code code = Icd10Code.of(row[0]);
      map.put(code, Icd10Entry.of(code, row[1].equals("B"), row[2]));
    }
    this.entries = Collections.unmodifiableMap(map);
  }

  @Override
  public String name() {
    return "covercrit curated ICD-10-CM FY2026 subset";
  }

  @Override
  public Optional<Icd10Entry> find(Icd10Code code) {
    return Optional.ofNullable(entries.get(code));
  }

  @Override
  public boolean isAuthoritativeFor(Icd10Code code) {
    return COMPLETE_CATEGORIES.contains(code.category().value());
  }
}
