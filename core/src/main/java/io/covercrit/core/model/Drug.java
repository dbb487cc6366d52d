package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A drug product as the prescriber recorded it. Policies recognise products by {@link #name()}
 * and {@link #activeIngredient()} (brand or generic, biosimilar suffixes allowed) and by
 * {@link #drugClass()} where given.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableDrug.class)
@JsonDeserialize(as = ImmutableDrug.class)
public abstract class Drug {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern RXNORM_CUI = Pattern.compile("[0-9]{1,10}");
  private static final Pattern NDC_CHARACTERS = Pattern.compile("[0-9-]{10,13}");

  /** Brand or generic name as written, e.g. "Protopic" or "tacrolimus 0.1% ointment". */
  public abstract String name();

  /** Generic active ingredient, e.g. "tacrolimus". */
  public abstract Optional<String> activeIngredient();

  /** Strength as labelled, e.g. "0.1%". */
  public abstract Optional<String> strength();

  public abstract Optional<DosageForm> form();

  public abstract Optional<DrugClass> drugClass();

  /** Required by policies that grade topical corticosteroids; only valid for that class. */
  public abstract Optional<TopicalSteroidPotency> potency();

  /** RxNorm concept id, where known. */
  public abstract Optional<String> rxNormCui();

  /** National Drug Code (10 or 11 digits, hyphens allowed), where known. */
  public abstract Optional<String> ndc();

  /**
   * The lower-case words of {@link #name()} and then of {@link #activeIngredient()}: maximal runs
   * of letters and digits ({@link Character#isLetterOrDigit(char)}), lower-cased character by
   * character ({@link Character#toLowerCase(char)}), so "Adalimumab-atto 40 MG" gives
   * {@code [adalimumab, atto, 40, mg]}.
   *
   * <p>Computed once per drug, on first use, and not part of equality or JSON: policies match
   * every trial's drug against several name lists on every evaluation.
   */
  @Value.Lazy
  public List<String> nameWords() {
    List<String> words = new ArrayList<>(4);
    addWords(name(), words);
    if (activeIngredient().isPresent()) {
      addWords(activeIngredient().get(), words);
    }
    return List.copyOf(words);
  }

  private static void addWords(String text, List<String> words) {
    int length = text.length();
    int start = 0;
    while (start < length) {
      while (start < length && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (end > start) {
        char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
          word[i - start] = Character.toLowerCase(text.charAt(i));
        }
        words.add(new String(word));
      }
      start = end;
    }
  }

  /** Whether this drug is of {@code drugClass}. */
  public boolean isOfClass(DrugClass drugClass) {
    return drugClass().orElse(null) == drugClass;
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().length() > 200) {
      throw InvalidInputException.invalid("name", "must have 1 to 200 characters");
    }
    if (activeIngredient().isPresent() && (activeIngredient().get().isBlank() || activeIngredient().get().length() > 200)) {
      throw InvalidInputException.invalid("activeIngredient", "must have 1 to 200 characters");
    }
    if (strength().isPresent() && strength().get().length() > 50) {
      throw InvalidInputException.invalid("strength", "must have at most 50 characters");
    }
    if (potency().isPresent() && !isOfClass(DrugClass.TOPICAL_CORTICOSTEROID)) {
      throw InvalidInputException.invalid("potency", "applies only to drugClass TOPICAL_CORTICOSTEROID");
    }
    if (rxNormCui().isPresent() && !RXNORM_CUI.matcher(rxNormCui().get()).matches()) {
      throw InvalidInputException.invalid("rxNormCui", "must be 1 to 10 digits");
    }
    if (ndc().isPresent() && !isNdc(ndc().get())) {
      throw InvalidInputException.invalid("ndc", "must be 10 or 11 digits, hyphens allowed");
    }
  }

  private static boolean isNdc(String ndc) {
    if (!NDC_CHARACTERS.matcher(ndc).matches()) {
      return false;
    }
    int digits = ndc.replace("-", "").length();
    return digits == 10 || digits == 11;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A drug known only by name. */
  public static Drug named(String name) {
    return builder().name(name).build();
  }

  public static class Builder extends ImmutableDrug.Builder {}
}
