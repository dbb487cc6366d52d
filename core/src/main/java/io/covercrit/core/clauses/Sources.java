package io.covercrit.core.clauses;

import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sources of a policy whose facts were gathered on one date, as a policy's usually are: every
 * {@link SourceRef} checked on that date and every {@link Provenance} gathered on it, in one call
 * each. Immutable.
 *
 * <pre>{@code
 * private static final Sources SOURCES = Sources.gatheredOn(LocalDate.of(2026, 11, 24));
 * private static final SourceRef POLICY = SOURCES.source("Acme T100", null, Reliability.POLICY_TEXT);
 * ... .provenance(SOURCES.provenance(Reliability.POLICY_TEXT, List.of(POLICY)))
 * }</pre>
 */
public final class Sources {
  private final LocalDate gatheredOn;

  private Sources(LocalDate gatheredOn) {
    this.gatheredOn = Objects.requireNonNull(gatheredOn, "gatheredOn");
  }

  /** Sources read, and facts gathered, on {@code date}. */
  public static Sources gatheredOn(LocalDate date) {
    return new Sources(date);
  }

  /**
   * The source {@code title}, checked on the date.
   *
   * @param url its address, or {@code null} where there is no public copy to link
   */
  public SourceRef source(String title, String url, Reliability reliability) {
    return SourceRef.builder().title(title).url(Optional.ofNullable(url)).reliability(reliability)
        .checkedOn(gatheredOn).build();
  }

  /**
   * Criteria resting on {@code sources}, gathered on the date.
   *
   * @param reliability the weakest of the sources the criteria depend on
   * @param readings the conflicts between the sources and the reading encoded, in order
   */
  public Provenance provenance(Reliability reliability, List<SourceRef> sources, String... readings) {
    return Provenance.builder().reliability(reliability).gatheredOn(gatheredOn).addAllSources(sources)
        .addReadings(readings).build();
  }
}
