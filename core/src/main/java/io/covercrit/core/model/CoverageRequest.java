package io.covercrit.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Everything known about one coverage request: the drug, the patient, the diagnoses it is to
 * treat, prior therapy, labs, the prescriber and the plan.
 *
 * <p>Absence is meaningful: an absent fact makes the clauses that need it MISSING (documentation
 * to gather), not NOT_MET. Immutable and thread-safe; validated on construction, with
 * {@link InvalidInputException}s that name the field.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableCoverageRequest.class)
@JsonDeserialize(as = ImmutableCoverageRequest.class)
public abstract class CoverageRequest {
  // Compiled once: String.matches compiles its pattern on every call, i.e. on every request read.
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern POLICY_ID = Pattern.compile("[a-z0-9-]{1,40}/[A-Za-z0-9.-]{1,40}");

  /** The caller's own reference for the request; must not be a patient identifier. */
  public abstract Optional<String> requestId();

  /** Policy to evaluate under, e.g. {@code cigna/IP0369}; may instead be given at call time. */
  public abstract Optional<String> policyId();

  public abstract Drug requestedDrug();

  @Value.Default
  public RequestType requestType() {
    return RequestType.INITIAL;
  }

  @Value.Default
  public Urgency urgency() {
    return Urgency.STANDARD;
  }

  public abstract Patient patient();

  /** Diagnoses the requested drug is to treat (not every comorbidity). */
  public abstract List<Diagnosis> diagnoses();

  /** Prior and current trials of other therapies. */
  public abstract List<TherapyTrial> therapyTrials();

  /** Drugs the patient will keep using together with the requested drug. */
  public abstract List<Drug> concurrentMedications();

  public abstract List<LabResult> labResults();

  public abstract Optional<Prescriber> prescriber();

  public abstract Optional<SkinInvolvement> skinInvolvement();

  public abstract List<Flare> flares();

  public abstract List<BiomarkerResult> biomarkers();

  /** Extent of a solid tumour (size, nodes, resection, stage, metastasis), for oncology policies. */
  public abstract Optional<TumorStaging> tumorStaging();
  /** Symptoms, examination and biopsy findings, procedures and assessments not captured elsewhere. */
  public abstract List<ClinicalFinding> clinicalFindings();

  /**
   * Lists the clinic declares complete for a period, so that an empty or short list there means
   * "none" rather than "not documented" (see {@link HistoryReview}). Written only when not empty.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<HistoryReview> historyReviews();

  /**
   * Whether a review declares {@code history} complete from {@code first} to {@code last}; a
   * review without an end date covers up to any {@code last}.
   */
  public boolean reviewed(RecordedHistory history, LocalDate first, LocalDate last) {
    List<HistoryReview> reviews = historyReviews();
    for (int i = 0; i < reviews.size(); i++) {
      HistoryReview r = reviews.get(i);
      if (r.history() == history && r.covers(first, last)) {
        return true;
      }
    }
    return false;
  }

  /** Response to the requested drug so far (reauthorization). */
  public abstract Optional<ResponseAssessment> response();

  /** Where the plan is regulated (the member's state for fully insured plans). */
  public abstract Optional<Jurisdiction> jurisdiction();

  public abstract Optional<PlanType> planType();

  /** Date the request is made; the CLI uses it as the default as-of date. */
  public abstract Optional<LocalDate> requestDate();

  /** Free-text note for the reviewer; carried, never logged. */
  public abstract Optional<String> notes();

  @Value.Check
  void check() {
    if (requestId().isPresent() && !REQUEST_ID.matcher(requestId().get()).matches()) {
      throw InvalidInputException.invalid("requestId", "must be 1 to 64 letters, digits or . _ : -");
    }
    if (policyId().isPresent() && !POLICY_ID.matcher(policyId().get()).matches()) {
      throw InvalidInputException.invalid("policyId", "must look like payer/POLICY, e.g. cigna/IP0369");
    }
    if (notes().isPresent() && notes().get().length() > 10_000) {
      throw InvalidInputException.invalid("notes", "must have at most 10000 characters");
    }
    checkSize("diagnoses", diagnoses());
    checkSize("therapyTrials", therapyTrials());
    checkSize("concurrentMedications", concurrentMedications());
    checkSize("labResults", labResults());
    checkSize("flares", flares());
    checkSize("biomarkers", biomarkers());
    checkSize("clinicalFindings", clinicalFindings());
    checkSize("historyReviews", historyReviews());
  }

  /** Upper bound on each list, so that a hostile request cannot make evaluation quadratic. */
  public static final int MAX_LIST_SIZE = 200;

  private static void checkSize(String field, List<?> list) {
    if (list.size() > MAX_LIST_SIZE) {
      throw InvalidInputException.invalid(field, "must have at most " + MAX_LIST_SIZE + " entries");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableCoverageRequest.Builder {}
}
