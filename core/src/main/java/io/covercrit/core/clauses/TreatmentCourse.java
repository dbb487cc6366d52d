package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The treatment history of one drug, usually the requested one, for the clauses that look at its
 * own doses: the baseline that "before starting" evidence is judged against (the first documented
 * dose, or the as-of date when the drug has not been started), the last dose (a trial's end date is
 * the day of its last administration), established on the current course, given before or not, a
 * response to the previous course, a new flare since the last dose, and the days since it.
 *
 * <p>A dose is a trial of the drug that is not merely contraindicated; samples count (a first dose
 * is a first dose). The therapy history is taken as complete for the drug: no trial of it means it
 * was not given. Immutable.
 */
public final class TreatmentCourse {
  private final Predicate<Drug> drug;
  private final String name;
  private final String dose;

  private TreatmentCourse(Predicate<Drug> drug, String name, String dose) {
    this.drug = Objects.requireNonNull(drug, "drug");
    this.name = Objects.requireNonNull(name, "name");
    this.dose = Objects.requireNonNull(dose, "dose");
  }

  /**
   * The course of the drugs that {@code drug} matches.
   *
   * @param name the drug in words, as in "the first {@code name} dose", e.g. "Ilaris"
   * @param dose one administration in words, as in "the date of the first Ilaris {@code dose}", e.g. "injection"
   */
  public static TreatmentCourse of(Predicate<Drug> drug, String name, String dose) {
    return new TreatmentCourse(drug, name, dose);
  }

  /** The drug in words, as given to {@link #of}. */
  public String name() {
    return name;
  }

  /** A date evidence is judged against, with its words, or the finding that it is unknown. Immutable. */
  public static final class Anchor {
    private final LocalDate date;
    private final Supplier<String> words;
    private final Finding problem;

    private Anchor(LocalDate date, Supplier<String> words, Finding problem) {
      this.date = date;
      this.words = words;
      this.problem = problem;
    }

    /** The as-of date, "the request (2026-03-01)": for evidence judged before the request. */
    public static Anchor asOf(EvaluationContext ctx) {
      return new Anchor(ctx.asOf(), () -> "the request (" + ctx.asOf() + ")", null);
    }

    /** The date; {@code null} when {@link #problem()} is present. */
    public LocalDate date() {
      return date;
    }

    /** What the date is, e.g. "the first Ilaris dose on 2026-01-05"; formatted on read. */
    public String words() {
      return words.get();
    }

    /** The finding that the date is not known (MISSING) or does not exist (NOT_MET). */
    public Optional<Finding> problem() {
      return Optional.ofNullable(problem);
    }
  }

  /** The trials of the drug that were given (not merely contraindicated), samples included, in request order. */
  public List<TherapyTrial> given(EvaluationContext ctx) {
    // Every clause of a course asks for these (baseline, last dose, not given before): derived once.
    return ctx.remember(this, TreatmentCourse::deriveGiven);
  }

  private static List<TherapyTrial> deriveGiven(EvaluationContext ctx, TreatmentCourse course) {
    List<TherapyTrial> given = new ArrayList<>();
    for (TherapyTrial t : ctx.request().therapyTrials()) {
      if (course.drug.test(t.drug()) && t.outcome() != TrialOutcome.CONTRAINDICATED) {
        given.add(t);
      }
    }
    return Collections.unmodifiableList(given);
  }


  /**
   * The first documented dose on or before the as-of date; without one, the as-of date (an initial
   * request before the drug is started). A dose without a start date, or a reauthorization without
   * any dose, is MISSING.
   */
  public Anchor baseline(EvaluationContext ctx) {
    LocalDate first = null;
    for (TherapyTrial t : given(ctx)) {
      if (t.start().isEmpty()) {
        return new Anchor(null, null, Finding.missing("Date of the first " + name + " dose not documented")
            .because("The evidence before starting " + name + " is judged against the first dose, whose date is not"
                    + " documented.", "Document the date of the first " + name + " " + dose + "."));
      }
      LocalDate start = t.start().get();
      if (!start.isAfter(ctx.asOf()) && (first == null || start.isBefore(first))) {
        first = start;
      }
    }
    if (first != null) {
      LocalDate firstDose = first;
      return new Anchor(firstDose, () -> "the first " + name + " dose on " + firstDose, null);
    }
    if (ctx.request().requestType() == RequestType.REAUTHORIZATION) {
      return new Anchor(null, null, Finding.missing("Reauthorization, but no " + name + " dose documented")
          .because("The evidence before starting " + name + " is judged against the first dose, and no " + name
                  + " treatment is documented.",
              "Add the " + name + " treatment (first " + dose + " date) to the therapy history."));
    }
    return Anchor.asOf(ctx);
  }

  /**
   * The day of the last dose: the latest end date. No dose is NOT_MET, a dose without an end date
   * MISSING, a last dose after the as-of date NOT_MET.
   */
  public Anchor lastDose(EvaluationContext ctx) {
    List<TherapyTrial> given = given(ctx);
    if (given.isEmpty()) {
      return new Anchor(null, null, Finding.notMet(() -> "No previous " + name + " treatment documented"));
    }
    LocalDate last = null;
    for (TherapyTrial t : given) {
      if (t.end().isEmpty()) {
        return new Anchor(null, null, Finding.missing(() -> "Date of the last " + name + " dose not documented ("
            + t.drug().name() + " has no end date)"));
      }
      if (last == null || t.end().get().isAfter(last)) {
        last = t.end().get();
      }
    }
    LocalDate lastDose = last;
    if (last.isAfter(ctx.asOf())) {
      return new Anchor(null, null, Finding.notMet(() -> "Last " + name + " dose dated " + lastDose + ", after "
          + ctx.asOf()));
    }
    return new Anchor(lastDose, () -> "the last " + name + " dose on " + lastDose, null);
  }

  /** The trial with the latest last dose (its end, else its start). */
  public Optional<TherapyTrial> latest(EvaluationContext ctx) {
    TherapyTrial latest = null;
    for (TherapyTrial t : given(ctx)) {
      if (latest == null || lastKnownDay(t).compareTo(lastKnownDay(latest)) > 0) {
        latest = t;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static LocalDate lastKnownDay(TherapyTrial t) {
    return t.end().orElse(t.start().orElse(LocalDate.MIN));
  }

  /**
   * "Has been established on the drug for at least {@code months} months", counted on the current
   * course: trials that overlap or follow each other within {@code dosingInterval} (from a trial's
   * last dose) are one course; a restart after a longer pause counts from the restart. NOT_MET when
   * the drug is not in use on the as-of date (a trial ongoing, or a current medication); MISSING for
   * an undated trial, or a current medication whose documented course ended more than one interval
   * ago (the restart date is unknown).
   */
  public ClauseBuilder established(String id, int months, Period dosingInterval) {
    return new ClauseBuilder(id, "Has been established on " + name + " for at least " + months + " months",
        StandardDocuments.REQUESTED_DRUG_HISTORY, ctx -> establishedFinding(ctx, months, dosingInterval))
        .whenNotMet("The patient has not been on " + name + " for " + months + " months.",
            "A patient on " + name + " for less than " + months + " months, or restarting it, is reviewed under the"
                + " initial criteria: submit an initial request.")
        .whenMissing("The " + name + " treatment (first dose date) is not documented.",
            "Attach the " + name + " administration record with the date of the first " + dose + ".");
  }

  private Finding establishedFinding(EvaluationContext ctx, int months, Period dosingInterval) {
    List<TherapyTrial> given = given(ctx);
    if (given.isEmpty()) {
      return Finding.missing("No " + name + " treatment documented");
    }
    boolean current = false;
    for (TherapyTrial t : given) {
      if (t.start().isEmpty()) {
        return Finding.missing(() -> "Start of " + t.drug().name() + " not documented");
      }
      current |= t.isOngoingOn(ctx.asOf());
    }
    for (Drug d : ctx.request().concurrentMedications()) {
      current |= drug.test(d);
    }
    if (!current) {
      return Finding.notMet(name + " was stopped; not currently receiving it");
    }
    Optional<Course> course = Course.current(given, ctx.asOf(), dosingInterval);
    if (course.isEmpty()) {
      return Finding.notMet(() -> name + " documented only from a date after " + ctx.asOf());
    }
    LocalDate first = course.get().first;
    if (course.get().last.plus(dosingInterval).isBefore(ctx.asOf())) {
      return Finding.missing(() -> name + " is a current medication, but the documented course ended on "
          + course.get().last + "; the restart date is not documented");
    }
    Supplier<String> detail = () -> "On the current course of " + name + " since " + first + (course.get().restarted
        ? " (restarted after a pause longer than the dosing interval; earlier courses do not count)" : "")
        + " (" + months + " months required, reached on " + first.plusMonths(months) + ")";
    return first.plusMonths(months).isAfter(ctx.asOf()) ? Finding.notMet(detail) : Finding.met(detail);
  }

  /** The latest run of trials joined across pauses no longer than one dosing interval. */
  private static final class Course {
    final LocalDate first;
    final LocalDate last;
    final boolean restarted;

    private Course(LocalDate first, LocalDate last, boolean restarted) {
      this.first = first;
      this.last = last;
      this.restarted = restarted;
    }

    /** Empty when no dated trial starts on or before {@code asOf}. */
    static Optional<Course> current(List<TherapyTrial> trials, LocalDate asOf, Period dosingInterval) {
      List<TherapyTrial> sorted = new ArrayList<>();
      for (TherapyTrial t : trials) {
        if (t.start().isPresent() && !t.start().get().isAfter(asOf)) {
          sorted.add(t);
        }
      }
      sorted.sort(Comparator.comparing((TherapyTrial t) -> t.start().get()));
      Course course = null;
      for (TherapyTrial t : sorted) {
        LocalDate end = t.end().orElse(asOf);
        LocalDate last = end.isAfter(asOf) ? asOf : end;
        if (course == null) {
          course = new Course(t.start().get(), last, false);
        } else if (t.start().get().isAfter(course.last.plus(dosingInterval))) {
          course = new Course(t.start().get(), last, true);
        } else if (last.isAfter(course.last)) {
          course = new Course(course.first, last, course.restarted);
        }
      }
      return Optional.ofNullable(course);
    }
  }

  /** "Has not been treated with the drug before": MET without a dose, NOT_MET with one (never MISSING). */
  public ClauseBuilder notGivenBefore(String id, String text) {
    Finding never = Finding.met("No previous " + name + " documented");
    return new ClauseBuilder(id, text, StandardDocuments.MEDICATION_HISTORY, ctx -> {
      List<TherapyTrial> given = given(ctx);
      if (given.isEmpty()) {
        return never;
      }
      return Finding.notMet(() -> name + " given before" + given.get(0).start().map(s -> " (from " + s + ")").orElse(""));
    })
        .whenNotMet(name + " has been given before; a first treatment is not available.", "Request retreatment instead.")
        .whenMissing("Previous " + name + " treatment is not documented.", "Attach the medication history.");
  }

  /**
   * "Previously treated with the drug, with a beneficial response", judged on the latest course:
   * EFFECTIVE meets it, FAILED or INTOLERANT does not; otherwise a response assessment naming one of
   * the {@code accepted} markers meets it, and without one the response is MISSING. No dose is NOT_MET.
   *
   * @param notAcceptedWording as for {@link Responses#documentedResponse}
   */
  public ClauseBuilder previousResponse(String id, Set<ResponseMarker> accepted, String notAcceptedWording) {
    Set<ResponseMarker> markers = Collections.unmodifiableSet(EnumSet.copyOf(accepted));
    String noneBefore = "No previous " + name + " treatment documented";
    return new ClauseBuilder(id, "Previously treated with " + name + ", with a beneficial response",
        StandardDocuments.RESPONSE_TO_THERAPY, ctx -> {
          Optional<TherapyTrial> latest = latest(ctx);
          if (latest.isEmpty()) {
            return Finding.notMet(noneBefore);
          }
          TherapyTrial t = latest.get();
          switch (t.outcome()) {
            case EFFECTIVE:
              return Finding.met(() -> t.drug().name() + ": beneficial response");
            case FAILED:
            case INTOLERANT:
              return Finding.notMet(() -> t.drug().name() + ": " + t.outcome().name().toLowerCase(java.util.Locale.ROOT));
            default:
              Finding documented = Responses.documentedResponse(ctx, markers, notAcceptedWording);
              if (documented.status() == io.covercrit.core.eval.Status.MET) {
                return documented;
              }
              return Finding.missing(() -> t.drug().name() + ": response not documented");
          }
        })
        .whenNotMet(name + " has not been given before, or did not help.",
            "If the previous dose helped, document the response.")
        .whenMissing("The response to the previous " + name + " dose is not documented.",
            "Attach notes on the response to the previous " + name + " dose.");
  }

  /**
   * "A flare after the last dose" (retreatment for a new flare): a flare after the last dose, on or
   * before the as-of date. No flare documented is MISSING unless a review of the flares covers the
   * days since the last dose.
   */
  public ClauseBuilder flareSinceLastDose(String id) {
    return new ClauseBuilder(id, "Needs retreatment for a new flare (a flare after the last " + name + " dose)",
        StandardDocuments.EVENT_HISTORY, ctx -> {
          Anchor last = lastDose(ctx);
          if (last.problem != null) {
            return last.problem;
          }
          if (ctx.request().flares().isEmpty()
              && !ctx.request().reviewed(RecordedHistory.FLARES, last.date.plusDays(1), ctx.asOf())) {
            return Finding.missing("No flare documented");
          }
          for (Flare f : ctx.request().flares()) {
            if (f.date().isAfter(last.date) && !f.date().isAfter(ctx.asOf())) {
              return Finding.met(() -> "Flare on " + f.date() + ", after the last dose on " + last.date);
            }
          }
          return Finding.notMet(() -> "No flare after the last dose on " + last.date);
        })
        .whenNotMet("No new flare after the last " + name + " dose is documented.", "Document the new flare with its date.")
        .whenMissing("The new flare or the date of the last " + name + " dose is not documented.",
            "Attach the date of the new flare and the " + name + " administration record.");
  }

  /**
   * "At least {@code days} days since the last dose", counted from the day of the last dose to the
   * as-of date; NOT_MET names the first eligible day.
   *
   * @param requiredWords the interval as the finding words it, e.g. "12 weeks = 84 days"
   */
  public ClauseBuilder daysSinceLastDose(String id, int days, String requiredWords) {
    return new ClauseBuilder(id, "At least " + days + " days since the last " + name + " dose",
        StandardDocuments.REQUESTED_DRUG_HISTORY, ctx -> {
          Anchor last = lastDose(ctx);
          if (last.problem != null) {
            return last.problem;
          }
          long since = ChronoUnit.DAYS.between(last.date, ctx.asOf());
          Supplier<String> detail = () -> "Last dose " + last.date + ", " + since + " days before " + ctx.asOf() + " ("
              + days + " required)";
          if (since >= days) {
            return Finding.met(detail);
          }
          return Finding.notMet(detail)
              .because("Only " + since + " days have passed since the last " + name + " dose (" + requiredWords
                      + " required).",
                  "Retreatment is covered from " + last.date.plusDays(days) + "; re-request on or after that date.");
        })
        .whenNotMet("Less than " + days + " days have passed since the last " + name + " dose.",
            "Retreatment is covered once " + days + " days have passed since the last dose; re-request then.")
        .whenMissing("The date of the last " + name + " dose is not documented.",
            "Attach the " + name + " administration record with the date of the last " + dose + ".");
  }
}
