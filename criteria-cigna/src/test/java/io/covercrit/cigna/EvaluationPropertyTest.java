package io.covercrit.cigna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.cigna.opzelura.OpzeluraArbitraries;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.DeterminationInvariants;
import io.covercrit.core.eval.PolicyNotInForceException;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every policy on the class path ({@link PolicyRegistry#installed()}, so policies added later
 * are covered without a change here) is total and deterministic over random valid requests:
 * it returns a well-formed determination, never throws, and the same request and as-of date
 * give an equal determination and the same JSON bytes.
 */
class EvaluationPropertyTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();
  private static final CovercritJson JSON = CovercritJson.create();

  @Property
  void every_installed_policy_answers_every_valid_request(@ForAll("cases") RequestCase c) {
    assertThat(REGISTRY.policyIds()).isNotEmpty();
    for (String id : REGISTRY.policyIds()) {
      if (REGISTRY.find(id, c.asOf()).isEmpty()) {
        assertThatThrownBy(() -> REGISTRY.evaluate(id, c.request(), c.asOf())).isInstanceOf(PolicyNotInForceException.class);
      } else {
        Determination d = REGISTRY.evaluate(id, c.request(), c.asOf());
        DeterminationInvariants.check(d, id, c.request(), c.asOf());
        Statistics.label(id).collect(d.outcome());
      }
      // Each version on its own too, also on dates before it took effect.
      for (CoveragePolicy version : REGISTRY.versions(id)) {
        DeterminationInvariants.check(version.evaluate(c.request(), c.asOf()), id, c.request(), c.asOf());
      }
    }
  }

  @Property
  void the_same_request_and_date_give_an_equal_determination_and_the_same_json_bytes(@ForAll("cases") RequestCase c) {
    // An equal request that is not the same object, evaluated by a registry built anew.
    CoverageRequest copy = JSON.readRequest(JSON.writeRequest(c.request(), false));
    PolicyRegistry fresh = PolicyRegistry.installed();
    for (String id : REGISTRY.policyIds()) {
      if (REGISTRY.find(id, c.asOf()).isEmpty()) {
        continue;
      }
      Determination first = REGISTRY.evaluate(id, c.request(), c.asOf());
      Determination second = fresh.evaluate(id, copy, c.asOf());
      Determination third = REGISTRY.evaluate(id, c.request(), c.asOf());
      assertThat(second).isEqualTo(first);
      assertThat(third).isEqualTo(first);
      byte[] bytes = JSON.writeDeterminationBytes(first);
      assertThat(JSON.writeDeterminationBytes(second)).isEqualTo(bytes);
      assertThat(JSON.writeDeterminationBytes(third)).isEqualTo(bytes);
      // What a host stores reads back as the same determination.
      assertThat(JSON.readDetermination(JSON.writeDetermination(first, true))).isEqualTo(first);
    }
  }

  /**
   * Any date a {@link LocalDate} can hold: within the years 1 to 9999 a determination, outside
   * them an {@link InvalidInputException} naming {@code asOf}, never an arithmetic overflow.
   */
  @Property
  void an_as_of_date_anywhere_in_the_calendar_gives_a_determination_or_names_as_of(
      @ForAll("cases") RequestCase c, @ForAll("anyDates") LocalDate asOf) {
    for (String id : REGISTRY.policyIds()) {
      for (CoveragePolicy version : REGISTRY.versions(id)) {
        if (asOf.getYear() >= 1 && asOf.getYear() <= 9999) {
          DeterminationInvariants.check(version.evaluate(c.request(), asOf), id, c.request(), asOf);
        } else {
          assertThatThrownBy(() -> version.evaluate(c.request(), asOf))
              .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("asOf"));
        }
      }
    }
  }

  /** Generic requests, and requests near the decisions of each policy that has a generator for them. */
  @Provide
  Arbitrary<RequestCase> cases() {
    return Arbitraries.oneOf(CoverageRequestArbitraries.cases(), OpzeluraArbitraries.cases());
  }

  @Provide
  Arbitrary<LocalDate> anyDates() {
    return Arbitraries.oneOf(
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(0, 12, 31),
            LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29)),
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay));
  }
}
