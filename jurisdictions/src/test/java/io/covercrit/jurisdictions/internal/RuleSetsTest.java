package io.covercrit.jurisdictions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.CaliforniaRegulator;
import io.covercrit.jurisdictions.CaseEvent;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.Circumstance;
import io.covercrit.jurisdictions.DeadlineCalculator;
import io.covercrit.jurisdictions.Timeline;
import io.covercrit.jurisdictions.TimelineQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rule sets are built once per combination of the facts they ask about and shared: a calculator
 * that has computed many other cases gives each case the timeline a new calculator gives it.
 */
class RuleSetsTest {
  private static final List<List<CaseEvent>> EVENT_SETS = List.of(
      List.of(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, LocalDate.of(2026, 1, 12)).noticeDated(LocalDate.of(2026, 1, 8))),
      List.of(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, LocalDate.of(2026, 1, 12)),
          CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2)),
          CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 2, LocalDate.of(2026, 3, 2)),
          CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2026, 4, 1))),
      List.of());
  private static final List<Set<Circumstance>> CIRCUMSTANCES = List.of(
      Set.of(), EnumSet.allOf(Circumstance.class), EnumSet.of(Circumstance.EXPERIMENTAL_OR_INVESTIGATIONAL));

  /** Every plan type, jurisdiction, channel, urgency, a few event histories and circumstances. */
  private static List<TimelineQuery> queries() {
    List<TimelineQuery> queries = new ArrayList<>();
    for (PlanType plan : PlanType.values()) {
      for (Jurisdiction state : Jurisdiction.values()) {
        for (BenefitChannel channel : BenefitChannel.values()) {
          for (Urgency urgency : Urgency.values()) {
            for (List<CaseEvent> events : EVENT_SETS) {
              for (Set<Circumstance> circumstances : CIRCUMSTANCES) {
                boolean californiaStateRegulated = state == Jurisdiction.CA
                    && (plan == PlanType.FULLY_INSURED_COMMERCIAL || plan == PlanType.INDIVIDUAL_MARKETPLACE);
                for (Optional<CaliforniaRegulator> regulator : californiaStateRegulated
                    ? List.of(Optional.of(CaliforniaRegulator.DMHC), Optional.of(CaliforniaRegulator.CDI))
                    : List.of(Optional.<CaliforniaRegulator>empty())) {
                  TimelineQuery.Builder query = TimelineQuery.builder().planType(plan).memberState(state)
                      .benefitChannel(channel).urgency(urgency).events(events).circumstances(circumstances)
                      .californiaRegulator(regulator);
                  if (state == Jurisdiction.FEDERAL) {
                    query.timeZone(ZoneId.of("America/New_York"));
                  }
                  queries.add(query.build());
                }
              }
            }
          }
        }
      }
    }
    return queries;
  }

  @Test
  void a_calculator_shared_by_many_cases_gives_each_the_timeline_a_new_calculator_gives() {
    List<TimelineQuery> queries = queries();
    Collections.shuffle(queries, new Random(7));
    DeadlineCalculator shared = DeadlineCalculator.standard();
    int compared = 0;
    for (int round = 0; round < 2; round++) {
      for (TimelineQuery query : queries) {
        Optional<Timeline> fresh = computed(DeadlineCalculator.standard(), query);
        assertThat(computed(shared, query)).as("%s", query).isEqualTo(fresh);
        compared += fresh.isPresent() ? 1 : 0;
      }
    }
    assertThat(compared).isGreaterThan(queries.size());
  }

  private static Optional<Timeline> computed(DeadlineCalculator calculator, TimelineQuery query) {
    try {
      return Optional.of(calculator.compute(query));
    } catch (RuntimeException invalidCombination) {
      return Optional.empty();
    }
  }

  /** Rule sets are kept by program name: no two programs may share one. */
  @Test
  void every_state_program_has_its_own_name() {
    Set<String> names = new HashSet<>();
    int programs = 0;
    for (Jurisdiction state : Jurisdiction.values()) {
      for (CaliforniaRegulator regulator : CaliforniaRegulator.values()) {
        Optional<StateProgram> program = StatePrograms.forState(state, Optional.of(regulator));
        if (program.isPresent() && (state == Jurisdiction.CA || regulator == CaliforniaRegulator.values()[0])) {
          names.add(program.get().name());
          programs++;
        }
      }
    }
    assertThat(programs).isGreaterThan(19);
    assertThat(names).hasSize(programs).doesNotContain("federal claims and internal appeal");
  }
}
