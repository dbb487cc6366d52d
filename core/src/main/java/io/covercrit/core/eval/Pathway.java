package io.covercrit.core.eval;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One way to qualify under a policy (e.g. "1. Mild to Moderate Atopic Dermatitis"): a diagnosis
 * clause, the lettered clauses that must all be met, the clause that documents response for a
 * reauthorization, and the approval durations. Immutable.
 *
 * <p>By default a reauthorization needs the initial criteria plus the response clause (Cigna's
 * "continuation: the medical necessity criteria are met AND beneficial response"). Policies whose
 * continuation criteria stand alone ("6 months of therapy received AND a documented response")
 * give them with {@link Builder#reauthorization(Criterion...)} instead. A pathway with neither
 * (the policy has no continuation section) judges a reauthorization on the initial criteria.
 */
public final class Pathway {
  private final String id;
  private final String title;
  private final Criterion initial;
  private final Criterion reauthorization;
  private final Period initialApproval;
  private final Period reauthorizationApproval;
  private final Function<EvaluationContext, Optional<LocalDate>> approvalCap;

  private Pathway(Builder b) {
    this.id = b.id;
    this.title = b.title;
    List<Criterion> clauses = new ArrayList<>();
    clauses.add(Objects.requireNonNull(b.diagnosis, id + ": diagnosis clause"));
    clauses.addAll(b.criteria);
    this.initial = Criterion.allOf(id, title, clauses);
    List<Criterion> reauth = new ArrayList<>();
    if (b.reauthorization.isEmpty()) {
      reauth.addAll(clauses);
      if (b.response != null) {
        reauth.add(b.response);
      }
    } else {
      reauth.add(b.diagnosis);
      reauth.addAll(b.reauthorization);
      if (b.response != null) {
        reauth.add(b.response);
      }
    }
    this.reauthorization = Criterion.allOf(id, title + " (reauthorization)", reauth);
    this.initialApproval = Objects.requireNonNull(b.initialApproval, id + ": initial approval");
    this.reauthorizationApproval = Objects.requireNonNull(b.reauthorizationApproval, id + ": reauthorization approval");
    this.approvalCap = b.approvalCap;
  }

  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The diagnosis clause followed by the pathway's criteria, all of which must be met. */
  public Criterion initialCriteria() {
    return initial;
  }

  /**
   * The initial criteria plus the documented-response clause (the initial criteria alone when the
   * pathway has no response clause); or, where the pathway has its own reauthorization clauses,
   * the diagnosis clause followed by them.
   */
  public Criterion reauthorizationCriteria() {
    return reauthorization;
  }

  public Period initialApproval() {
    return initialApproval;
  }

  public Period reauthorizationApproval() {
    return reauthorizationApproval;
  }

  /**
   * The latest date an approval under this pathway may end for this request, when the policy
   * limits the total course (e.g. "2 years in total" counted from the first dose); empty when
   * only the approval period applies.
   */
  public Optional<LocalDate> approvalCap(EvaluationContext context) {
    return approvalCap == null ? Optional.empty() : approvalCap.apply(context);
  }

  /** Builds a {@link Pathway}. */
  public static final class Builder {
    private final String id;
    private final String title;
    private Criterion diagnosis;
    private final List<Criterion> criteria = new ArrayList<>();
    private Criterion response;
    private final List<Criterion> reauthorization = new ArrayList<>();
    private Period initialApproval;
    private Period reauthorizationApproval;
    private Function<EvaluationContext, Optional<LocalDate>> approvalCap;

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /** The clause that tells whether the request's diagnosis belongs to this pathway. */
    public Builder diagnosis(Criterion diagnosis) {
      this.diagnosis = diagnosis;
      return this;
    }

    public Builder criteria(Criterion... clauses) {
      criteria.addAll(List.of(clauses));
      return this;
    }

    /** The beneficial-response clause required for reauthorization; optional. */
    public Builder response(Criterion response) {
      this.response = response;
      return this;
    }

    /**
     * Reauthorization clauses that replace the initial criteria on a reauthorization: the
     * request is then judged on the diagnosis clause and these (and the response clause, if one
     * is also set).
     */
    public Builder reauthorization(Criterion... clauses) {
      reauthorization.addAll(List.of(clauses));
      return this;
    }

    public Builder approvals(Period initial, Period reauthorization) {
      this.initialApproval = initial;
      this.reauthorizationApproval = reauthorization;
      return this;
    }

    /**
     * Caps every approval under this pathway at a date computed from the request (a total course
     * length): the approval then ends on the earlier of the as-of date plus the approval period
     * and this date. The function must be pure.
     */
    public Builder approvalCap(Function<EvaluationContext, Optional<LocalDate>> latestEnd) {
      this.approvalCap = Objects.requireNonNull(latestEnd, "latestEnd");
      return this;
    }

    public Pathway build() {
      return new Pathway(this);
    }
  }
}
