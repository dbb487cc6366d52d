package io.covercrit.fhir.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the mapper knows of a product from its name: ingredient, drug class, dosage form and, for a
 * topical corticosteroid, the potency of its strength. A product is recognised by a brand or
 * ingredient name as a whole word; a class that depends on the form (tacrolimus is a topical
 * calcineurin inhibitor only as an ointment) is given only when the form is known. Read once from
 * {@code product-catalog.json}; immutable.
 */
public final class ProductCatalog {
  /** A product's known attributes; absent ones stay absent in the request. */
  public static final class Product {
    final List<String> names;
    final String ingredient;
    final String drugClass;
    final String form;
    final Set<String> onlyForms;
    final String defaultForm;
    final Map<String, String> potencies;
    final String note;

    Product(JsonNode node) {
      List<String> n = new ArrayList<>();
      node.get("names").forEach(v -> n.add(v.asText()));
      names = Collections.unmodifiableList(n);
      ingredient = text(node, "ingredient");
      drugClass = text(node, "drugClass");
      form = text(node, "form");
      Set<String> only = new HashSet<>();
      if (node.has("onlyForms")) {
        node.get("onlyForms").forEach(v -> only.add(v.asText()));
      }
      onlyForms = Collections.unmodifiableSet(only);
      defaultForm = text(node, "defaultForm");
      Map<String, String> p = new LinkedHashMap<>();
      if (node.has("potencies")) {
        node.get("potencies").fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
      }
      potencies = Collections.unmodifiableMap(p);
      note = text(node, "note");
    }

    private static String text(JsonNode node, String field) {
      return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    public Optional<String> ingredient() {
      return Optional.ofNullable(ingredient);
    }

    public Optional<String> note() {
      return Optional.ofNullable(note);
    }
  }

  /** What the catalogue says of one named product in one form. */
  public static final class Reading {
    public final Optional<Product> product;
    public final Optional<String> form;
    public final Optional<String> drugClass;
    public final Optional<String> potency;
    /** Why a class or potency was not given, when the product is known; else empty. */
    public final Optional<String> doubt;

    Reading(Product product, String form, String drugClass, String potency, String doubt) {
      this.product = Optional.ofNullable(product);
      this.form = Optional.ofNullable(form);
      this.drugClass = Optional.ofNullable(drugClass);
      this.potency = Optional.ofNullable(potency);
      this.doubt = Optional.ofNullable(doubt);
    }
  }

  private static final Map<String, String> FORM_WORDS = Map.ofEntries(
      Map.entry("cream", "CREAM"), Map.entry("ointment", "OINTMENT"), Map.entry("lotion", "LOTION"),
      Map.entry("gel", "GEL"), Map.entry("foam", "FOAM"), Map.entry("tablet", "TABLET"), Map.entry("tablets", "TABLET"),
      Map.entry("capsule", "CAPSULE"), Map.entry("capsules", "CAPSULE"), Map.entry("inhaler", "INHALER"),
      Map.entry("hfa", "INHALER"), Map.entry("diskus", "INHALER"), Map.entry("ellipta", "INHALER"));

  private final List<Product> products;

  private ProductCatalog(List<Product> products) {
    this.products = products;
  }

  /** The catalogue shipped with the module. */
  public static ProductCatalog standard(ObjectMapper mapper) {
    try (InputStream in = ProductCatalog.class.getResourceAsStream("product-catalog.json")) {
      if (in == null) {
        throw new IllegalStateException("product-catalog.json is missing from the covercrit-fhir jar");
      }
      List<Product> list = new ArrayList<>();
      mapper.readTree(in).forEach(node -> list.add(new Product(node)));
      return new ProductCatalog(Collections.unmodifiableList(list));
    } catch (IOException e) {
      throw new UncheckedIOException("product-catalog.json cannot be read", e);
    }
  }

  /** The lower-case words of a name, split at anything but letters, digits, '.' and '%'. */
  static List<String> words(String name) {
    return Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^a-z0-9.%]+"));
  }

  /**
   * Reads a product name, with the form the record gives (a {@code DosageForm} name) if any.
   */
  public Reading read(String name, Optional<String> recordedForm) {
    List<String> words = words(name);
    String form = recordedForm.orElseGet(() -> formFromWords(words));
    for (Product p : products) {
      if (p.names.stream().noneMatch(words::contains)) {
        continue;
      }
      String productForm = form != null ? form : p.form;
      if (!p.onlyForms.isEmpty()) {
        if (productForm == null && p.defaultForm != null) {
          productForm = p.defaultForm;
        }
        if (productForm == null || !p.onlyForms.contains(productForm)) {
          return new Reading(p, productForm, null, null, productForm == null
              ? "its dosage form is not recorded and its drug class depends on it: class not set"
              : "not in a form the drug class applies to: class not set");
        }
      }
      String potency = null;
      String doubt = null;
      if (!p.potencies.isEmpty()) {
        for (Map.Entry<String, String> e : p.potencies.entrySet()) {
          if (words.contains(e.getKey())) {
            potency = e.getValue();
          }
        }
        if (potency == null) {
          doubt = "its strength is not one whose potency the catalogue knows: potency not set";
        }
      }
      return new Reading(p, productForm, p.drugClass, potency, doubt);
    }
    return new Reading(null, form, null, null, null);
  }

  private static String formFromWords(List<String> words) {
    for (String w : words) {
      String form = FORM_WORDS.get(w);
      if (form != null) {
        return form;
      }
    }
    return null;
  }
}
