package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Clinical findings over time: how long a symptom has lasted, how often it occurs, and findings
 * whose presence fails a clause ("no secondary cause"). As in {@link ClinicalFindings}, a finding
 * documented absent decides, one not recorded at all is MISSING. A finding's kind is named in the
 * findings by its kind in words ({@code PRURITUS} is "pruritus").
 */
public final class FindingHistory {
  private FindingHistory() {}

  /**
   * "{@code kind} for at least {@code durationWords}": the earliest-onset finding documented present
   * has lasted {@code days} days or more, its onset and the as-of date both counted.
   *
   * @param durationWords the duration in words, e.g. "6 weeks"
   */
  public static ClauseBuilder lastingAtLeast(String id, String text, ClinicalFindingKind kind, int days,
      String durationWords) {
    return lasting(id, text, kind, days, false, durationWords);
  }

  /** As {@link #lastingAtLeast}, for "more than {@code days}" days: {@code days} + 1 or more. */
  public static ClauseBuilder lastingMoreThan(String id, String text, ClinicalFindingKind kind, int days,
      String durationWords) {
    return lasting(id, text, kind, days, true, durationWords);
  }

  private static ClauseBuilder lasting(String id, String text, ClinicalFindingKind kind, int days, boolean strictly,
      String durationWords) {
    String symptom = words(kind);
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES,
        ctx -> lastingFinding(ctx, kind, days, strictly, durationWords))
        .whenNotMet("The documented " + symptom + " has lasted less than " + durationWords + ".",
            "Re-request once the " + symptom + " has lasted " + durationWords + ", documenting when it began.")
        .whenMissing("When the " + symptom + " began is not documented.",
            "Document the " + symptom + " and the date it began.");
  }

  private static Finding lastingFinding(EvaluationContext ctx, ClinicalFindingKind kind, int days, boolean strictly,
      String durationWords) {
    String symptom = capitalised(words(kind));
    Optional<ClinicalFinding> finding = ClinicalFindings.earliestPresent(ctx, kind);
    if (finding.isEmpty()) {
      return notPresent(ctx, kind, symptom);
    }
    if (finding.get().since().isEmpty()) {
      return Finding.missing(() -> symptom + " documented without its onset date");
    }
    LocalDate since = finding.get().since().get();
    long lasted = since.isAfter(ctx.asOf()) ? 0 : ChronoUnit.DAYS.between(since, ctx.asOf()) + 1;
    Supplier<String> detail = () -> symptom + " since " + since + ": " + lasted + " days (" + durationWords + " = "
        + (strictly ? "more than " + days : days + " or more") + " days required)";
    boolean enough = strictly ? lasted > days : lasted >= days;
    return enough ? Finding.met(detail) : Finding.notMet(detail);
  }

  /**
   * "{@code kind} on more than {@code days} days a week", from the earliest-onset finding documented
   * present; a finding without its days a week is MISSING.
   *
   * @param kind a finding named in the plural, as in "Hives occur on 3 days a week or fewer."
   */
  public static ClauseBuilder daysPerWeekMoreThan(String id, String text, ClinicalFindingKind kind, int days) {
    String symptoms = words(kind);
    String capitalised = capitalised(symptoms);
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<ClinicalFinding> finding = ClinicalFindings.earliestPresent(ctx, kind);
      if (finding.isEmpty()) {
        return notPresent(ctx, kind, capitalised);
      }
      if (finding.get().daysPerWeek().isEmpty()) {
        return Finding.missing(() -> "Days a week with " + symptoms + " not documented");
      }
      int documented = finding.get().daysPerWeek().get();
      Supplier<String> detail = () -> capitalised + " on " + documented + " days a week (more than " + days + " required)";
      return documented > days ? Finding.met(detail) : Finding.notMet(detail);
    })
        .whenNotMet(capitalised + " occur on " + days + " days a week or fewer.",
            "Document how many days a week the " + symptoms + " occur.")
        .whenMissing("How often the " + symptoms + " occur is not documented.",
            "Document how many days a week the " + symptoms + " occur.");
  }

  /**
   * "No {@code kind}" (a finding whose presence fails the clause): MET when documented absent,
   * NOT_MET when documented present, MISSING when not recorded. The policy words the remedies.
   *
   * @param notDocumented the finding when nothing is recorded, e.g. "Secondary causes not documented"
   * @param present the finding when present, e.g. "Secondary cause documented"
   * @param absent the finding when documented absent, e.g. "No secondary cause found"
   */
  public static ClauseBuilder absent(String id, String text, ClinicalFindingKind kind, String notDocumented,
      String present, String absent) {
    Finding missing = Finding.missing(notDocumented);
    Finding notMet = Finding.notMet(present);
    Finding met = Finding.met(absent);
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<Boolean> documented = ClinicalFindings.documented(ctx, kind);
      return documented.isEmpty() ? missing : documented.get() ? notMet : met;
    })
        .whenNotMet("It is documented that: " + present + ".", "The clause requires that " + absent.toLowerCase(Locale.ROOT)
            + " is documented.")
        .whenMissing("It is not documented whether: " + words(kind) + ".", "Document " + words(kind) + " in the clinical"
            + " notes, present or absent.");
  }

  private static Finding notPresent(EvaluationContext ctx, ClinicalFindingKind kind, String capitalised) {
    return ClinicalFindings.documented(ctx, kind).isPresent() ? Finding.notMet(() -> capitalised + " documented absent")
        : Finding.missing(() -> capitalised + " not documented");
  }

  /** The kind in words: {@code REDUCED_OR_LOST_SMELL} is "reduced or lost smell". */
  public static String words(ClinicalFindingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
