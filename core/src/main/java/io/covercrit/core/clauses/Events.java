package io.covercrit.core.clauses;

import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.RecordedHistory;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Counts of flares or exacerbations within a window before the as-of date ("2 or more
 * exacerbations in the previous year"). An empty flare list is MISSING (the request does not say
 * whether there were none) unless a {@link io.covercrit.core.model.HistoryReview} of the flares
 * covers the window: then it counts as none.
 */
public final class Events {
  private Events() {}

  /**
   * At least {@code needed} flares that {@code counts} within {@code window} before the as-of date
   * (both ends counted).
   *
   * @param words the counted events in words, e.g. "exacerbation(s) treated with systemic corticosteroids"
   */
  public static ClauseBuilder atLeast(String id, String text, int needed, Period window, Predicate<Flare> counts,
      String words) {
    return new ClauseBuilder(id, text, StandardDocuments.EVENT_HISTORY,
        ctx -> countFinding(ctx, needed, window, counts, words))
        .whenNotMet("Fewer than " + needed + " " + words + " are documented in the window.",
            "Document each event in the window with its date and treatment.")
        .whenMissing("The event history is not documented.", "Attach notes or claims for the events, with dates.");
  }

  public static Finding countFinding(EvaluationContext ctx, int needed, Period window, Predicate<Flare> counts,
      String words) {
    LocalDate windowStart = ctx.asOf().minus(window);
    if (ctx.request().flares().isEmpty() && !ctx.request().reviewed(RecordedHistory.FLARES, windowStart, ctx.asOf())) {
      return Finding.missing("No exacerbation history documented");
    }
    List<LocalDate> dates = datesWithin(ctx, windowStart, counts);
    Supplier<String> detail = () -> dates.size() + " " + words + " since " + windowStart
        + (dates.isEmpty() ? "" : " " + dates) + " (" + needed + " or more required)";
    return dates.size() >= needed ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** The number of flares that {@code counts} from {@code from} through {@code to}, both included. */
  public static int count(List<Flare> flares, LocalDate from, LocalDate to, Predicate<Flare> counts) {
    int n = 0;
    for (Flare f : flares) {
      if (!f.date().isBefore(from) && !f.date().isAfter(to) && counts.test(f)) {
        n++;
      }
    }
    return n;
  }

  /** Dates of the flares that {@code counts} from {@code from} through the as-of date, in request order. */
  public static List<LocalDate> datesWithin(EvaluationContext ctx, LocalDate from, Predicate<Flare> counts) {
    List<LocalDate> dates = new ArrayList<>();
    for (Flare flare : ctx.request().flares()) {
      if (!flare.date().isBefore(from) && !flare.date().isAfter(ctx.asOf()) && counts.test(flare)) {
        dates.add(flare.date());
      }
    }
    return dates;
  }
}
