package io.covercrit.benchmarks;

import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.PlanType;
import io.covercrit.core.model.Urgency;
import io.covercrit.jurisdictions.BenefitChannel;
import io.covercrit.jurisdictions.CaseEvent;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.DeadlineCalculator;
import io.covercrit.jurisdictions.ReviewRoute;
import io.covercrit.jurisdictions.Timeline;
import io.covercrit.jurisdictions.TimelineQuery;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target: the full appeal timeline of one denial, federal and state rules together, in under
 * 5 µs. A fully insured North Carolina plan (federal claims and internal-appeal rules, NC
 * External Review): after the initial denial (internal appeal due, later stages pending), and
 * after the final internal denial (external review deadlines).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimelineBenchmark {
  /** Which events the case has so far. */
  public enum Scenario {
    INITIAL_DENIAL,
    FINAL_INTERNAL_DENIAL
  }

  @Param({"INITIAL_DENIAL", "FINAL_INTERNAL_DENIAL"})
  public Scenario scenario;

  private DeadlineCalculator calculator;
  private TimelineQuery query;

  @Setup
  public void prepare() {
    calculator = DeadlineCalculator.standard();
    TimelineQuery.Builder builder = TimelineQuery.builder()
        .planType(PlanType.FULLY_INSURED_COMMERCIAL)
        .memberState(Jurisdiction.NC)
        .benefitChannel(BenefitChannel.PHARMACY)
        .urgency(Urgency.STANDARD)
        .addEvents(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, LocalDate.of(2026, 1, 12))
            .noticeDated(LocalDate.of(2026, 1, 8)));
    if (scenario == Scenario.FINAL_INTERNAL_DENIAL) {
      builder.addEvents(CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2)),
          CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2026, 3, 2))
              .noticeDated(LocalDate.of(2026, 2, 27)));
    }
    query = builder.build();
    Timeline timeline = compute();
    if (timeline.route() != ReviewRoute.STATE_EXTERNAL_REVIEW || timeline.deadlines().isEmpty()) {
      throw new IllegalStateException(scenario + " gave route " + timeline.route() + " with "
          + timeline.deadlines().size() + " deadlines");
    }
  }

  @Benchmark
  public Timeline compute() {
    return calculator.compute(query);
  }
}
