package io.covercrit.examples.spark;

import io.covercrit.examples.batch.JsonLinesBatch;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What every line of a run is evaluated with, as {@code covercrit batch}'s options say it: the
 * output form, an optional policy and as-of override, and the "today" the driver read once from
 * the clock (the as-of date of a request with no {@code requestDate} when no override is set).
 * Small and serializable: Spark ships it to every task.
 */
public final class JobSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final JsonLinesBatch.OutputForm outputForm;
  private final String policyId;
  private final LocalDate asOf;
  private final LocalDate today;

  private JobSettings(JsonLinesBatch.OutputForm outputForm, String policyId, LocalDate asOf, LocalDate today) {
    this.outputForm = Objects.requireNonNull(outputForm, "outputForm");
    this.policyId = policyId;
    this.asOf = asOf;
    this.today = Objects.requireNonNull(today, "today");
  }

  /** The decision form, each request's own policy and date, and {@code today} for undated requests. */
  public static JobSettings decisions(LocalDate today) {
    return new JobSettings(JsonLinesBatch.OutputForm.DECISION, null, null, today);
  }

  /** These settings writing {@code form} instead. */
  public JobSettings withOutput(JsonLinesBatch.OutputForm form) {
    return new JobSettings(form, policyId, asOf, today);
  }

  /** These settings evaluating every line under {@code id} ({@code null}: each request's own). */
  public JobSettings withPolicyId(String id) {
    return new JobSettings(outputForm, id, asOf, today);
  }

  /** These settings evaluating every line as of {@code date} ({@code null}: each request's date, else today). */
  public JobSettings withAsOf(LocalDate date) {
    return new JobSettings(outputForm, policyId, date, today);
  }

  public JsonLinesBatch.OutputForm outputForm() {
    return outputForm;
  }

  public Optional<String> policyId() {
    return Optional.ofNullable(policyId);
  }

  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  public LocalDate today() {
    return today;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JobSettings)) {
      return false;
    }
    JobSettings other = (JobSettings) o;
    return outputForm == other.outputForm && Objects.equals(policyId, other.policyId)
        && Objects.equals(asOf, other.asOf) && today.equals(other.today);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outputForm, policyId, asOf, today);
  }
}
