package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.ClinicalFinding;
import io.covercrit.core.model.ClinicalFindingKind;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
    String capitalised = capitalised(symptom);
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES,
        ctx -> lastingFinding(ctx, kind, capitalised, days, strictly, durationWords))
        .whenNotMet("The documented " + symptom + " has lasted less than " + durationWords + ".",
            "Re-request once the " + symptom + " has lasted " + durationWords + ", documenting when it began.")
        .whenMissing("When the " + symptom + " began is not documented.",
            "Document the " + symptom + " and the date it began.");
  }

  /** {@code symptom}: the finding's words, capitalised once when the clause is built. */
  private static Finding lastingFinding(EvaluationContext ctx, ClinicalFindingKind kind, String symptom, int days,
      boolean strictly, String durationWords) {
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

  /**
   * "At least {@code needed} of {@code kinds}, each for at least {@code months} months": counts the
   * kinds whose earliest-onset finding documented present began {@code months} months or more before
   * the as-of date. MISSING when the kinds not recorded, or recorded without an onset date, could
   * still make up the number; a kind documented absent counts for nothing.
   *
   * <p>The findings name the kinds in their enum order, whatever the order of {@code kinds}.
   */
  public static ClauseBuilder atLeastOfLasting(String id, String text, Set<ClinicalFindingKind> kinds, int needed,
      int months) {
    Set<ClinicalFindingKind> all = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      List<String> qualifying = new ArrayList<>();
      List<String> shorter = new ArrayList<>();
      int undecided = 0;
      for (ClinicalFindingKind kind : all) {
        Optional<ClinicalFinding> finding = ClinicalFindings.earliestPresent(ctx, kind);
        if (finding.isEmpty()) {
          undecided += ClinicalFindings.documented(ctx, kind).isEmpty() ? 1 : 0;
          continue;
        }
        Optional<LocalDate> since = finding.get().since();
        if (since.isEmpty()) {
          undecided++;
        } else if (!since.get().isAfter(ctx.asOf()) && DaySpan.of(since.get(), ctx.asOf()).spansMonths(months)) {
          qualifying.add(words(kind) + " since " + since.get());
        } else {
          shorter.add(words(kind) + " since " + since.get());
        }
      }
      Supplier<String> detail = () -> qualifying.size() + " for " + months + " months or more"
          + (qualifying.isEmpty() ? "" : ": " + qualifying) + (shorter.isEmpty() ? "" : "; shorter: " + shorter);
      if (qualifying.size() >= needed) {
        return Finding.met(detail);
      }
      int unknown = undecided;
      return qualifying.size() + unknown >= needed
          ? Finding.missing(() -> detail.get() + "; " + unknown + " not documented or undated")
          : Finding.notMet(detail);
    })
        .whenNotMet("Fewer than " + needed + " of the findings have lasted " + months + " months.",
            "Document the findings with the date each began.")
        .whenMissing("The findings and their onset dates are not documented.",
            "Document which of the findings are present, and since when.");
  }

  /**
   * Any of {@code kinds} documented present (MET, naming the kind and the date it was observed);
   * NOT_MET when only documented absent, MISSING when none is recorded.
   *
   * @param absentDetail the finding when only documented absent, e.g. "Examination documented without nasal polyps"
   * @param missingDetail the finding when none is recorded, e.g. "No confirming examination documented"
   */
  public static ClauseBuilder anyPresent(String id, String text, Set<ClinicalFindingKind> kinds, String absentDetail,
      String missingDetail) {
    Set<ClinicalFindingKind> all = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      boolean documentedAbsent = false;
      for (ClinicalFinding f : ctx.request().clinicalFindings()) {
        if (all.contains(f.kind())) {
          if (f.present()) {
            return Finding.met(() -> words(f.kind()) + f.observedOn().map(d -> " on " + d).orElse(""));
          }
          documentedAbsent = true;
        }
      }
      return documentedAbsent ? Finding.notMet(absentDetail) : Finding.missing(missingDetail);
    })
        .whenNotMet("The findings documented are absent.", "Attach the report that shows the finding.")
        .whenMissing("The finding is not documented.", "Attach the report that shows the finding.");
  }

  /**
   * {@code kind} documented present (MET, with the date it began where known: "Nasal polyp surgery
   * on 2024-05-01"); NOT_MET when documented absent, MISSING when not recorded (silence is not
   * evidence of absence).
   */
  public static ClauseBuilder present(String id, String text, ClinicalFindingKind kind, String absentDetail,
      String missingDetail) {
    String capitalised = capitalised(words(kind));
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<ClinicalFinding> finding = ClinicalFindings.earliestPresent(ctx, kind);
      if (finding.isPresent()) {
        return Finding.met(() -> capitalised + finding.get().since().map(d -> " on " + d).orElse(""));
      }
      return ClinicalFindings.documented(ctx, kind).isPresent() ? Finding.notMet(absentDetail)
          : Finding.missing(missingDetail);
    })
        .whenNotMet("It is documented that the patient has not: " + words(kind) + ".", "Document " + words(kind) + ".")
        .whenMissing("It is not documented whether: " + words(kind) + ".",
            "Document " + words(kind) + " in the clinical notes, present or absent.");
  }

  /**
   * "At least {@code needed} {@code counted} on {@code sitesWords}": a finding of {@code kind}
   * documented present with a count of {@code needed} or more, all on the {@code sites}. A count
   * without its sites, or one over these and other sites together (which may have made up part of
   * it), is MISSING; so is a finding without a count.
   *
   * @param counted what is counted, e.g. "nodular lesions"
   * @param sitesWords the sites in words, e.g. "the arms, legs or trunk"
   * @param noneDetail the finding when no count is recorded, e.g. "No nodular lesion count documented"
   */
  public static ClauseBuilder countAtLeast(String id, String text, ClinicalFindingKind kind, int needed,
      Set<BodySite> sites, String counted, String sitesWords, String noneDetail) {
    Set<BodySite> accepted = Collections.unmodifiableSet(EnumSet.copyOf(sites));
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      List<String> missing = new ArrayList<>();
      List<String> notMet = new ArrayList<>();
      for (ClinicalFinding f : ctx.request().clinicalFindings()) {
        if (f.kind() != kind || !f.present()) {
          continue;
        }
        String count = f.count().map(n -> n + " " + counted).orElse(null);
        if (count == null) {
          missing.add(counted + " documented without a count");
        } else if (f.count().get() < needed) {
          notMet.add(count + " (" + needed + " or more required)");
        } else if (f.sites().isEmpty()) {
          missing.add(count + "; body areas not documented");
        } else if (f.sites().stream().noneMatch(accepted::contains)) {
          notMet.add(count + " on " + f.sites() + ", none on " + sitesWords);
        } else if (!accepted.containsAll(f.sites())) {
          missing.add(count + " on " + f.sites() + ", counted together with areas other than " + sitesWords);
        } else {
          return Finding.met(() -> count + " on " + f.sites());
        }
      }
      if (!missing.isEmpty()) {
        return Finding.missing(() -> String.join("; ", missing));
      }
      return notMet.isEmpty() ? Finding.missing(noneDetail) : Finding.notMet(() -> String.join("; ", notMet));
    })
        .whenNotMet("Fewer than " + needed + " " + counted + " on " + sitesWords + " are documented.",
            "Document a new dated count of the " + counted + " naming " + sitesWords + ".")
        .whenMissing("The number and location of the " + counted + " are not documented.",
            "Attach dated notes counting the " + counted + " and naming where they are.");
  }

  /**
   * "At least {@code needed} {@code counted}" at the peak: the highest count among the findings of
   * {@code kind} documented present. A finding without a count leaves a lower peak MISSING.
   *
   * @param counted what is counted, e.g. "eosinophils per high-power field"
   * @param uncountedDetail the finding when a finding has no count, e.g. "Biopsy documented without an eosinophil count"
   * @param noneDetail the finding when none is recorded, e.g. "No esophageal biopsy result documented"
   */
  public static ClauseBuilder peakCountAtLeast(String id, String text, ClinicalFindingKind kind, int needed,
      String counted, String uncountedDetail, String noneDetail) {
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Integer peak = null;
      boolean uncounted = false;
      for (ClinicalFinding f : ctx.request().clinicalFindings()) {
        if (f.kind() != kind || !f.present()) {
          continue;
        }
        if (f.count().isEmpty()) {
          uncounted = true;
        } else if (peak == null || f.count().get() > peak) {
          peak = f.count().get();
        }
      }
      Integer peakCount = peak;
      Supplier<String> detail = () -> "Peak " + peakCount + " " + counted + " (" + needed + " or more required)";
      if (peakCount != null && peakCount >= needed) {
        return Finding.met(detail);
      }
      if (uncounted) {
        return Finding.missing(uncountedDetail);
      }
      return peakCount == null ? Finding.missing(noneDetail) : Finding.notMet(detail);
    })
        .whenNotMet("The documented peak is fewer than " + needed + " " + counted + ".",
            "Attach a report showing " + needed + " or more " + counted + ".")
        .whenMissing("The count is not documented.", "Attach the report with the peak count of " + counted + ".");
  }

  /**
   * A finding only a trial can show ("worsens when oral corticosteroids are tapered"): MET when
   * documented present, NOT_MET when documented absent. Not recorded, it is MISSING when a trial
   * of the {@code tried} kind (not contraindicated) is documented, NOT_MET when none is.
   *
   * @param presentDetail the finding when documented present; {@code absentDetail} when documented
   *     absent; {@code triedDetail} when a trial is documented but not the finding;
   *     {@code notTriedDetail} when neither is
   */
  public static ClauseBuilder afterTrial(String id, String text, ClinicalFindingKind kind, Predicate<Drug> tried,
      String presentDetail, String absentDetail, String triedDetail, String notTriedDetail) {
    Finding present = Finding.met(presentDetail);
    Finding absent = Finding.notMet(absentDetail);
    Finding triedOnly = Finding.missing(triedDetail);
    Finding notTried = Finding.notMet(notTriedDetail);
    return new ClauseBuilder(id, text, StandardDocuments.CLINICAL_NOTES, ctx -> {
      Optional<Boolean> documented = ClinicalFindings.documented(ctx, kind);
      if (documented.isPresent()) {
        return documented.get() ? present : absent;
      }
      for (TherapyTrial trial : ctx.request().therapyTrials()) {
        if (tried.test(trial.drug()) && trial.outcome() != TrialOutcome.CONTRAINDICATED) {
          return triedOnly;
        }
      }
      return notTried;
    })
        .whenNotMet("It is not documented that: " + words(kind) + ".", "Document " + words(kind) + ".")
        .whenMissing("A trial is documented but not whether: " + words(kind) + ".",
            "Document whether " + words(kind) + " followed the trial.");
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
