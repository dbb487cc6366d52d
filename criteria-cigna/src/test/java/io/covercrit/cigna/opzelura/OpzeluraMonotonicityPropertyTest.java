package io.covercrit.cigna.opzelura;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.DeterminationInvariants;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Monotone properties that follow from IP0369's text, over random requests near its decisions.
 *
 * <h2>Orders</h2>
 * <ul>
 *   <li><b>Truth order of a clause</b>: {@code NOT_MET < MISSING < MET}. All-of is the minimum and
 *       any-of the maximum in this order (Kleene's three-valued logic), so a change that lowers no
 *       check lowers no clause.
 *   <li><b>Outcome order</b>, by how near the request is to approval:
 *       {@code NOT_COVERED < DOES_NOT_MEET_CRITERIA < NEEDS_DOCUMENTATION < MEETS_CRITERIA}. An
 *       exclusion cannot be cured within the policy; a documented failure needs other therapy or
 *       facts; missing documentation needs only paperwork; met is approvable. The outcome is
 *       monotone in the truth order of the two top clauses: NOT_COVERED exactly when the
 *       exclusions are NOT_MET, otherwise the AND of exclusions and necessity, with NOT_MET,
 *       MISSING and MET giving the three other outcomes in order.
 *   <li><b>Information order of a clause</b>: MISSING below both NOT_MET and MET (less is known).
 *       Kleene's logic is monotone in this order too.
 * </ul>
 *
 * <h2>What holds</h2>
 * <ol>
 *   <li>A failed trial made longer (earlier start, later end, never newly running past the as-of
 *       date) raises no clause in the truth order and never lowers the outcome.
 *   <li>A biologic or JAK inhibitor added to the concurrent medications makes the outcome
 *       NOT_COVERED (the lowest), through {@code IP0369 Not Covered 1}, and changes nothing else.
 *   <li>A document removed (birth date, skin involvement, BSA, body sites, prescriber, response,
 *       all diagnoses, a vitiligo subtype, a corticosteroid's potency, a trial's dates) lowers
 *       clauses only in the information order: each clause keeps its status or becomes MISSING.
 *       So MISSING never becomes MET or NOT_MET, MET never NOT_MET, NOT_MET never MET; the
 *       outcome stays or becomes NEEDS_DOCUMENTATION, and NOT_COVERED may also become
 *       DOES_NOT_MEET_CRITERIA. Not in the list, because the policy's reading makes them facts
 *       rather than documents: a diagnosis's severity (undocumented severity is read as mild to
 *       moderate) and a trial's end alone (a trial without an end counts through the as-of date).
 *   <li>An entry removed from a list (a trial, a concurrent medication) is a changed fact, not
 *       missing documentation: no medical-necessity clause becomes MET, no exclusion clause gets
 *       worse, and while the exclusions stay as they were the outcome becomes MEETS_CRITERIA only
 *       if it was.
 * </ol>
 */
class OpzeluraMonotonicityPropertyTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  private static final String EXCLUSIONS = "IP0369 Not Covered";

  @Property
  void a_longer_failed_trial_never_makes_a_clause_or_the_outcome_worse(@ForAll("cases") RequestCase c,
      @ForAll int which, @ForAll @IntRange(max = 120) int daysEarlier, @ForAll @IntRange(max = 120) int daysLater) {
    List<Integer> failed = new ArrayList<>();
    for (int i = 0; i < c.request().therapyTrials().size(); i++) {
      TherapyTrial trial = c.request().therapyTrials().get(i);
      if (trial.outcome() == TrialOutcome.FAILED && trial.start().isPresent()) {
        failed.add(i);
      }
    }
    Assume.that(!failed.isEmpty());
    int index = failed.get(Math.floorMod(which, failed.size()));
    TherapyTrial trial = c.request().therapyTrials().get(index);
    TherapyTrial.Builder longer = TherapyTrial.builder().from(trial).start(trial.start().get().minusDays(daysEarlier));
    trial.end().ifPresent(end -> {
      LocalDate later = end.plusDays(daysLater);
      // A trial that had ended by the as-of date still has: running past it is current use.
      longer.end(end.isAfter(c.asOf()) || later.isBefore(c.asOf()) ? later : c.asOf());
    });
    CoverageRequest extended = withTrial(c.request(), index, longer.build());

    Determination before = evaluate(c.request(), c.asOf());
    Determination after = evaluate(extended, c.asOf());
    List<ClauseResult> was = clauses(before);
    List<ClauseResult> is = clauses(after);
    boolean rose = false;
    for (int i = 0; i < was.size(); i++) {
      assertThat(truth(is.get(i).status())).as("%s was %s, is %s", was.get(i).id(), was.get(i).status(), is.get(i).status())
          .isGreaterThanOrEqualTo(truth(was.get(i).status()));
      rose |= is.get(i).status() != was.get(i).status();
    }
    assertThat(rank(after.outcome())).as("%s became %s", before.outcome(), after.outcome())
        .isGreaterThanOrEqualTo(rank(before.outcome()));
    Statistics.label("outcome").collect(before.outcome() == after.outcome() ? "same" : before.outcome() + " -> " + after.outcome());
    // Not vacuous: longer trials do decide clauses.
    Statistics.label("clauses").collect(rose ? "a clause rose" : "none changed")
        .coverage(coverage -> coverage.check("a clause rose").percentage(p -> p >= 2));
  }

  @Property
  void a_biologic_or_jak_inhibitor_in_concurrent_use_makes_any_request_not_covered(@ForAll("cases") RequestCase c,
      @ForAll("biologicsAndJakInhibitors") Drug drug) {
    CoverageRequest withDrug = CoverageRequest.builder().from(c.request()).addConcurrentMedications(drug).build();

    Determination before = evaluate(c.request(), c.asOf());
    Determination after = evaluate(withDrug, c.asOf());
    assertThat(after.outcome()).as("with %s", drug).isEqualTo(Outcome.NOT_COVERED);
    assertThat(after.clause("IP0369 Not Covered 1").map(ClauseResult::status)).contains(Status.NOT_MET);
    assertThat(rank(after.outcome())).isLessThanOrEqualTo(rank(before.outcome()));
    assertThat(necessity(after)).isEqualTo(necessity(before));
    Statistics.label("before").collect(before.outcome())
        .coverage(coverage -> coverage.check(Outcome.MEETS_CRITERIA).percentage(p -> p >= 5));
  }

  enum Removal {
    BIRTH_DATE, SKIN_INVOLVEMENT, BODY_SURFACE_AREA, BODY_SITES, PRESCRIBER, RESPONSE, ALL_DIAGNOSES,
    DIAGNOSIS_SUBTYPE, TRIAL_POTENCY, TRIAL_DATES
  }

  @Property
  void a_removed_document_turns_clauses_missing_and_decides_nothing_new(@ForAll("cases") RequestCase c,
      @ForAll Removal removal, @ForAll int which) {
    CoverageRequest less = remove(c.request(), removal, which);

    Determination before = evaluate(c.request(), c.asOf());
    Determination after = evaluate(less, c.asOf());
    List<ClauseResult> was = clauses(before);
    List<ClauseResult> is = clauses(after);
    for (int i = 0; i < was.size(); i++) {
      assertThat(is.get(i).status()).as("%s without %s (was %s)", was.get(i).id(), removal, was.get(i).status())
          .isIn(was.get(i).status(), Status.MISSING);
    }
    Set<Outcome> allowed = EnumSet.of(before.outcome(), Outcome.NEEDS_DOCUMENTATION);
    if (before.outcome() == Outcome.NOT_COVERED) {
      allowed.add(Outcome.DOES_NOT_MEET_CRITERIA);
    }
    assertThat(after.outcome()).as("%s without %s", before.outcome(), removal).isIn(allowed);
    Statistics.label("removal").collect(removal, less.equals(c.request()) ? "nothing to remove" : "removed");
  }

  @Property
  void a_removed_trial_or_medication_makes_no_necessity_clause_met_and_no_exclusion_worse(
      @ForAll("cases") RequestCase c, @ForAll boolean trial, @ForAll int which) {
    List<TherapyTrial> trials = new ArrayList<>(c.request().therapyTrials());
    List<Drug> concurrent = new ArrayList<>(c.request().concurrentMedications());
    List<?> list = trial ? trials : concurrent;
    Assume.that(!list.isEmpty());
    list.remove(Math.floorMod(which, list.size()));
    CoverageRequest fewer = CoverageRequest.builder().from(c.request()).therapyTrials(trials).concurrentMedications(concurrent).build();

    Determination before = evaluate(c.request(), c.asOf());
    Determination after = evaluate(fewer, c.asOf());
    List<ClauseResult> was = clauses(before);
    List<ClauseResult> is = clauses(after);
    for (int i = 0; i < was.size(); i++) {
      String id = was.get(i).id();
      if (id.startsWith(EXCLUSIONS)) {
        assertThat(truth(is.get(i).status())).as("%s was %s, is %s", id, was.get(i).status(), is.get(i).status())
            .isGreaterThanOrEqualTo(truth(was.get(i).status()));
      } else if (is.get(i).status() == Status.MET) {
        assertThat(was.get(i).status()).as("%s met only after a removal", id).isEqualTo(Status.MET);
      }
    }
    boolean exclusionsAsBefore = exclusions(after).equals(exclusions(before));
    if (exclusionsAsBefore && after.outcome() == Outcome.MEETS_CRITERIA) {
      assertThat(before.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    }
    if (!trial) {
      assertThat(necessity(after)).isEqualTo(necessity(before));
    }
    Statistics.label("exclusions").collect(exclusionsAsBefore ? "as before" : "changed");
  }

  // ------------------------------------------------------------------ helpers

  private static Determination evaluate(CoverageRequest request, LocalDate asOf) {
    Determination d = REGISTRY.evaluate(OpzeluraIp0369.POLICY_ID, request, asOf);
    DeterminationInvariants.check(d, OpzeluraIp0369.POLICY_ID, request, asOf);
    return d;
  }

  /** Every clause of the trace, depth first: the same positions for requests of one type. */
  private static List<ClauseResult> clauses(Determination d) {
    List<ClauseResult> all = new ArrayList<>();
    d.trace().forEach(root -> root.forEachClause(all::add));
    return all;
  }

  private static Optional<ClauseResult> exclusions(Determination d) {
    return d.trace().stream().filter(root -> root.id().startsWith(EXCLUSIONS)).findFirst();
  }

  private static Optional<ClauseResult> necessity(Determination d) {
    return d.trace().stream().filter(root -> !root.id().startsWith(EXCLUSIONS)).findFirst();
  }

  /** Truth order: NOT_MET < MISSING < MET. */
  static int truth(Status status) {
    switch (status) {
      case NOT_MET:
        return 0;
      case MISSING:
        return 1;
      default:
        return 2;
    }
  }

  /** Outcome order: NOT_COVERED < DOES_NOT_MEET_CRITERIA < NEEDS_DOCUMENTATION < MEETS_CRITERIA. */
  static int rank(Outcome outcome) {
    switch (outcome) {
      case NOT_COVERED:
        return 0;
      case DOES_NOT_MEET_CRITERIA:
        return 1;
      case NEEDS_DOCUMENTATION:
        return 2;
      default:
        return 3;
    }
  }

  private static CoverageRequest withTrial(CoverageRequest request, int index, TherapyTrial trial) {
    List<TherapyTrial> trials = new ArrayList<>(request.therapyTrials());
    trials.set(index, trial);
    return CoverageRequest.builder().from(request).therapyTrials(trials).build();
  }

  private static CoverageRequest remove(CoverageRequest request, Removal removal, int which) {
    CoverageRequest.Builder less = CoverageRequest.builder().from(request);
    switch (removal) {
      case BIRTH_DATE:
        return less.patient(Patient.builder().from(request.patient()).birthDate(Optional.empty()).build()).build();
      case SKIN_INVOLVEMENT:
        return less.skinInvolvement(Optional.empty()).build();
      case BODY_SURFACE_AREA:
        return less.skinInvolvement(request.skinInvolvement()
            .map(s -> SkinInvolvement.builder().from(s).bodySurfaceAreaPercent(Optional.empty()).build())).build();
      case BODY_SITES:
        return less.skinInvolvement(request.skinInvolvement()
            .map(s -> SkinInvolvement.builder().from(s).sites(Set.of()).build())).build();
      case PRESCRIBER:
        return less.prescriber(Optional.empty()).build();
      case RESPONSE:
        return less.response(Optional.empty()).build();
      case ALL_DIAGNOSES:
        return less.diagnoses(List.of()).build();
      case DIAGNOSIS_SUBTYPE: {
        if (request.diagnoses().isEmpty()) {
          return request;
        }
        List<Diagnosis> diagnoses = new ArrayList<>(request.diagnoses());
        int i = Math.floorMod(which, diagnoses.size());
        diagnoses.set(i, Diagnosis.builder().from(diagnoses.get(i)).subtype(Optional.empty()).build());
        return less.diagnoses(diagnoses).build();
      }
      case TRIAL_POTENCY: {
        if (request.therapyTrials().isEmpty()) {
          return request;
        }
        int i = Math.floorMod(which, request.therapyTrials().size());
        TherapyTrial trial = request.therapyTrials().get(i);
        Drug drug = Drug.builder().from(trial.drug()).potency(Optional.empty()).build();
        return withTrial(request, i, TherapyTrial.builder().from(trial).drug(drug).build());
      }
      default: {
        if (request.therapyTrials().isEmpty()) {
          return request;
        }
        int i = Math.floorMod(which, request.therapyTrials().size());
        TherapyTrial trial = request.therapyTrials().get(i);
        return withTrial(request, i,
            TherapyTrial.builder().from(trial).start(Optional.empty()).end(Optional.empty()).build());
      }
    }
  }

  @Provide
  Arbitrary<RequestCase> cases() {
    return OpzeluraArbitraries.cases();
  }

  @Provide
  Arbitrary<Drug> biologicsAndJakInhibitors() {
    return OpzeluraArbitraries.biologicsAndJakInhibitors();
  }
}
