package io.covercrit.core.eval;

import io.covercrit.core.json.CovercritJson;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ways a host reads a determination, each giving a value to compare. An evaluated
 * determination builds its parts on first read; reading them in any order, on any thread, must
 * give what a determination built eagerly gives.
 */
enum DeterminationReads {
  TRACE(Determination::trace),
  CHECKLIST(Determination::checklist),
  SUMMARY(Determination::summary),
  APPROVAL(Determination::approval),
  NEXT_STEPS(Determination::nextSteps),
  UNMET_CLAUSES(Determination::unmetClauses),
  CLAUSE(d -> d.clause("T1 1.B")),
  OUTCOME_PATHWAY_PROVENANCE(d -> List.of(d.outcome(), d.pathway(), d.provenance())),
  JSON(d -> Shared.JSON.writeDetermination(d, false)),
  PRETTY_JSON(d -> Shared.JSON.writeDetermination(d, true)),
  HASH_CODE(Determination::hashCode),
  TO_STRING(Determination::toString),
  BUILT_COPY(d -> Determination.builder().from(d).build());

  private final Function<Determination, Object> read;

  DeterminationReads(Function<Determination, Object> read) {
    this.read = read;
  }

  Object readFrom(Determination d) {
    return read.apply(d);
  }

  /** Every read, {@code first} first and then the others in declaration order. */
  static Map<DeterminationReads, Object> readAll(Determination d, DeterminationReads first) {
    Map<DeterminationReads, Object> values = new EnumMap<>(DeterminationReads.class);
    values.put(first, first.readFrom(d));
    for (DeterminationReads read : values()) {
      if (read != first) {
        values.put(read, read.readFrom(d));
      }
    }
    return values;
  }

  /** One thread-safe writer for all reads (enum constants cannot refer to the enum's own statics). */
  private static final class Shared {
    static final CovercritJson JSON = CovercritJson.create();
  }
}
