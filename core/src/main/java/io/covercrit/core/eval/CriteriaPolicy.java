package io.covercrit.core.eval;

import io.covercrit.core.codes.Icd10CodeSet;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link CoveragePolicy} made of the usual parts of a drug policy: conditions not covered
 * (exclusions), pathways of which ONE must be met, reauthorization, approval durations and next
 * steps. The clause trees are built once, when the policy is built; an evaluation only walks them.
 *
 * <p>How the outcome is decided:
 * <ol>
 *   <li>An exclusion clause that is NOT_MET (the excluded condition applies) makes the outcome
 *       {@link Outcome#NOT_COVERED}.
 *   <li>Otherwise the outcome follows the three-valued AND of the exclusions and the ANY-OF of
 *       the pathways: MET gives {@link Outcome#MEETS_CRITERIA}, MISSING
 *       {@link Outcome#NEEDS_DOCUMENTATION}, NOT_MET {@link Outcome#DOES_NOT_MEET_CRITERIA}.
 *   <li>A pathway is <em>relevant</em> unless its diagnosis clause is NOT_MET. The matched pathway
 *       is the first met one, else the first relevant one that decides the outcome. The checklist
 *       draws on relevant pathways only, so a vitiligo request is not asked for eczema documents.
 * </ol>
 *
 * <p>Immutable and thread-safe if its checks and planner are pure.
 */
public final class CriteriaPolicy implements CoveragePolicy {
  private final PolicyDescriptor descriptor;
  private final Criterion exclusions;
  private final List<Pathway> pathways;
  /** {@code Optional.of(MatchedPathway)} per pathway, built once: determinations share them. */
  private final List<Optional<MatchedPathway>> matchedPathways;
  private final Criterion initialRoot;
  private final Criterion reauthorizationRoot;
  private final NextStepPlanner planner;
  private final List<String> notes;

  private CriteriaPolicy(Builder b) {
    this.descriptor = Objects.requireNonNull(b.descriptor, "descriptor");
    if (b.pathways.isEmpty()) {
      throw new IllegalStateException(descriptor.id() + ": a policy needs at least one pathway");
    }
    this.pathways = List.copyOf(b.pathways);
    for (String id : descriptor.pathwayProvenance().keySet()) {
      if (pathways.stream().noneMatch(p -> p.id().equals(id))) {
        throw new IllegalStateException(descriptor.id() + ": provenance declared for unknown pathway " + id);
      }
    }
    this.exclusions = b.exclusions.isEmpty() ? null : Criterion.allOf(b.exclusionsId, b.exclusionsText, b.exclusions);
    List<Criterion> initial = new ArrayList<>();
    List<Criterion> reauth = new ArrayList<>();
    for (Pathway p : pathways) {
      initial.add(p.initialCriteria());
      reauth.add(p.reauthorizationCriteria());
    }
    this.initialRoot = Criterion.anyOf(b.necessityId, b.necessityText, initial);
    this.reauthorizationRoot = Criterion.anyOf(b.reauthorizationId, b.reauthorizationText, reauth);
    this.planner = b.planner;
    this.notes = List.copyOf(b.notes);
    List<Optional<MatchedPathway>> matched = new ArrayList<>();
    for (Pathway p : pathways) {
      matched.add(Optional.of(MatchedPathway.of(p.id(), p.title())));
    }
    this.matchedPathways = List.copyOf(matched);
  }

  public static Builder builder(PolicyDescriptor descriptor) {
    return new Builder(descriptor);
  }

  @Override
  public PolicyDescriptor descriptor() {
    return descriptor;
  }

  /** Top-level clause trees: exclusions, initial criteria, reauthorization criteria. */
  @Override
  public List<Criterion> criteriaTrees() {
    List<Criterion> trees = new ArrayList<>();
    if (exclusions != null) {
      trees.add(exclusions);
    }
    trees.add(initialRoot);
    trees.add(reauthorizationRoot);
    return trees;
  }

  public List<Pathway> pathways() {
    return pathways;
  }

  /** The caveats every determination of this version carries. */
  List<String> notes() {
    return notes;
  }

  /**
   * Runs every check and decides the outcome and the pathway; the clause results and the rest
   * are built from the kept findings when first read (see {@link EvaluatedDetermination}).
   */
  @Override
  public Determination evaluate(CoverageRequest request, LocalDate asOf, Icd10CodeSet codes) {
    EvaluationContext context = new EvaluationContext(request, asOf, codes);
    boolean reauthorization = request.requestType() == RequestType.REAUTHORIZATION;
    Criterion necessityRoot = reauthorization ? reauthorizationRoot : initialRoot;
    int necessityAt = exclusions == null ? 0 : exclusions.size();
    Finding[] nodes = new Finding[necessityAt + necessityRoot.size()];
    Status exclusionStatus = exclusions == null ? Status.MET : exclusions.decide(context, nodes, 0);
    Status necessityStatus = necessityRoot.decide(context, nodes, necessityAt);

    Outcome outcome;
    if (exclusionStatus == Status.NOT_MET) {
      outcome = Outcome.NOT_COVERED;
    } else {
      switch (exclusionStatus.and(necessityStatus)) {
        case MET:
          outcome = Outcome.MEETS_CRITERIA;
          break;
        case MISSING:
          outcome = Outcome.NEEDS_DOCUMENTATION;
          break;
        default:
          outcome = Outcome.DOES_NOT_MEET_CRITERIA;
      }
    }

    // The first met pathway; else, unless not covered, the first relevant one (its diagnosis clause,
    // the pathway's first child, is not NOT_MET) whose status decides the outcome.
    Status deciding = outcome == Outcome.NEEDS_DOCUMENTATION ? Status.MISSING : Status.NOT_MET;
    int firstMet = -1;
    int firstDeciding = -1;
    int at = necessityAt + 1;
    for (int i = 0; i < pathways.size() && firstMet < 0; i++) {
      Status status = nodes[at].status();
      if (status == Status.MET) {
        firstMet = i;
      } else if (firstDeciding < 0 && status == deciding && nodes[at + 1].status() != Status.NOT_MET) {
        firstDeciding = i;
      }
      at += necessityRoot.children().get(i).size();
    }
    int matched = firstMet >= 0 ? firstMet : outcome == Outcome.NOT_COVERED ? -1 : firstDeciding;
    Optional<MatchedPathway> pathway = matched < 0 ? Optional.empty() : matchedPathways.get(matched);
    Provenance provenance = matched < 0 ? descriptor.provenance() : descriptor.provenanceOf(pathway.get().id());
    return new EvaluatedDetermination(this, context, nodes, necessityAt, reauthorization, outcome, matched, pathway,
        provenance);
  }

  /** What a determination formats on first read: its clause results, checklist and summary. */
  static final class Explanation {
    private final List<ClauseResult> trace;
    private final List<ChecklistItem> checklist;
    private final String summary;

    Explanation(List<ClauseResult> trace, List<ChecklistItem> checklist, String summary) {
      this.trace = trace;
      this.checklist = checklist;
      this.summary = summary;
    }

    List<ClauseResult> trace() {
      return trace;
    }

    List<ChecklistItem> checklist() {
      return checklist;
    }

    String summary() {
      return summary;
    }
  }

  Explanation explain(EvaluatedDetermination d) {
    Finding[] nodes = d.nodes();
    Outcome outcome = d.outcome();
    int matched = d.matched();
    ClauseResult excluded = exclusions == null ? null : exclusions.explain(nodes, 0);
    ClauseResult necessity = (d.reauthorization() ? reauthorizationRoot : initialRoot).explain(nodes, d.necessityAt());

    List<ClauseResult> relevant = new ArrayList<>(pathways.size());
    for (ClauseResult p : necessity.children()) {
      if (p.children().get(0).status() != Status.NOT_MET) {
        relevant.add(p);
      }
    }
    List<ClauseResult> checklistSources = new ArrayList<>(pathways.size() + 1);
    if (outcome == Outcome.MEETS_CRITERIA) {
      if (excluded != null) {
        checklistSources.add(excluded);
      }
      checklistSources.add(necessity.children().get(matched));
    } else {
      if (excluded != null && excluded.status() != Status.MET) {
        checklistSources.add(excluded);
      }
      if (outcome != Outcome.NOT_COVERED) {
        if (relevant.isEmpty()) {
          necessity.children().forEach(p -> checklistSources.add(p.children().get(0)));
        } else {
          checklistSources.addAll(relevant);
        }
      }
    }
    List<ClauseResult> trace = excluded == null ? List.of(necessity) : List.of(excluded, necessity);
    return new Explanation(trace, checklist(checklistSources, outcome == Outcome.MEETS_CRITERIA),
        summary(outcome, d.pathway(), excluded, matched < 0 ? null : necessity.children().get(matched)));
  }

  /** Present when the outcome is MEETS_CRITERIA: the pathway's period, capped by its course limit. */
  Optional<ApprovalDuration> approval(EvaluatedDetermination d) {
    if (d.outcome() != Outcome.MEETS_CRITERIA) {
      return Optional.empty();
    }
    Pathway p = pathways.get(d.matched());
    Period max = d.reauthorization() ? p.reauthorizationApproval() : p.initialApproval();
    LocalDate end = d.asOf().plus(max);
    Optional<LocalDate> cap = p.approvalCap(d.context());
    if (cap.isPresent() && cap.get().isBefore(end)) {
      end = cap.get();
    }
    return Optional.of(ApprovalDuration.builder().maximum(max).endsNoLaterThan(end).build());
  }

  List<NextStep> nextSteps(EvaluatedDetermination d) {
    return planner == null ? List.of() : List.copyOf(planner.plan(d.outcome(), d.pathway(), d.context()));
  }

  private static List<ChecklistItem> checklist(List<ClauseResult> sources, boolean metClauses) {
    // Few documents per policy: parallel lists searched linearly beat hash maps here.
    List<DocumentRequirement> documents = new ArrayList<>();
    List<List<String>> clauseIds = new ArrayList<>();
    for (ClauseResult source : sources) {
      // Met: the evidence of every met check. Not met: only what decides the failure.
      collectDocuments(source, metClauses, documents, clauseIds);
    }
    List<ChecklistItem> items = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      items.add(ChecklistItem.builder().document(documents.get(i)).clauseIds(clauseIds.get(i)).build());
    }
    return List.copyOf(items);
  }

  /**
   * Visits {@code clause} and its descendants, parents first: all of them for a met checklist
   * (as {@link ClauseResult#forEachClause}), else only through unmet clauses (as
   * {@link ClauseResult#forEachUnmetClause}); records each check's documents by first appearance.
   */
  private static void collectDocuments(ClauseResult clause, boolean metClauses, List<DocumentRequirement> documents,
      List<List<String>> clauseIds) {
    if (!metClauses && clause.status() == Status.MET) {
      return;
    }
    if (clause.kind() == ClauseKind.CHECK && (!metClauses || clause.status() == Status.MET)) {
      List<DocumentRequirement> required = clause.documents();
      for (int r = 0; r < required.size(); r++) {
        DocumentRequirement d = required.get(r);
        int index = indexOfDocument(documents, d);
        if (index < 0) {
          documents.add(d);
          clauseIds.add(new ArrayList<>(2));
          index = documents.size() - 1;
        }
        List<String> ids = clauseIds.get(index);
        if (!ids.contains(clause.id())) {
          ids.add(clause.id());
        }
      }
    }
    List<ClauseResult> children = clause.children();
    for (int c = 0; c < children.size(); c++) {
      collectDocuments(children.get(c), metClauses, documents, clauseIds);
    }
  }

  private static int indexOfDocument(List<DocumentRequirement> documents, DocumentRequirement d) {
    for (int i = 0; i < documents.size(); i++) {
      DocumentRequirement known = documents.get(i);
      // Policies share their document constants: identity first, then the id.
      if (known == d || known.id().equals(d.id())) {
        return i;
      }
    }
    return -1;
  }

  private static String summary(Outcome outcome, Optional<MatchedPathway> pathway, ClauseResult excluded, ClauseResult decisive) {
    switch (outcome) {
      case MEETS_CRITERIA:
        return "Meets criteria under " + pathway.get().id() + " (" + pathway.get().title() + ").";
      case NOT_COVERED:
        return "Not covered: " + leaves(excluded, Status.NOT_MET) + " applies.";
      case NEEDS_DOCUMENTATION:
        // An undocumented exclusion blocks approval even when a pathway is met: name it first.
        List<String> undocumented = new ArrayList<>();
        if (excluded != null && excluded.status() == Status.MISSING) {
          undocumented.add(leaves(excluded, Status.MISSING));
        }
        if (decisive != null && decisive.status() == Status.MISSING) {
          undocumented.add(leaves(decisive, Status.MISSING));
        }
        return "Needs documentation: "
            + (undocumented.isEmpty() ? "a clause" : String.join(", ", undocumented)) + " not documented.";
      default:
        return decisive == null
            ? "Does not meet criteria: no covered diagnosis."
            : "Does not meet criteria: " + leaves(decisive, Status.NOT_MET) + " not met.";
    }
  }

  /**
   * Ids of the clauses that decide {@code root}'s status: checks reached through all-of clauses,
   * and an any-of as a whole (each of its alternatives failed, naming one would mislead).
   */
  private static String leaves(ClauseResult root, Status status) {
    if (root == null) {
      return "a clause";
    }
    List<String> ids = new ArrayList<>();
    collectDecisive(root, status, ids);
    return ids.isEmpty() ? root.id() : String.join(", ", ids);
  }

  private static void collectDecisive(ClauseResult clause, Status status, List<String> ids) {
    if (clause.status() != status) {
      return;
    }
    if (clause.kind() == ClauseKind.ALL_OF) {
      clause.children().forEach(child -> collectDecisive(child, status, ids));
    } else {
      ids.add(clause.id());
    }
  }

  /** Builds a {@link CriteriaPolicy}. */
  public static final class Builder {
    private final PolicyDescriptor descriptor;
    private String exclusionsId;
    private String exclusionsText;
    private final List<Criterion> exclusions = new ArrayList<>();
    private String necessityId;
    private String necessityText;
    private String reauthorizationId;
    private String reauthorizationText;
    private final List<Pathway> pathways = new ArrayList<>();
    private NextStepPlanner planner;
    private final List<String> notes = new ArrayList<>();

    private Builder(PolicyDescriptor descriptor) {
      this.descriptor = descriptor;
      String prefix = descriptor.id().substring(descriptor.id().indexOf('/') + 1);
      this.exclusionsId = prefix + " Conditions Not Covered";
      this.exclusionsText = "No condition the policy does not cover applies";
      this.necessityId = prefix + " Medical Necessity";
      this.necessityText = "ONE of the following is met";
      this.reauthorizationId = prefix + " Reauthorization";
      this.reauthorizationText = "Medical necessity criteria are met AND there is documentation of beneficial response";
    }

    /**
     * Adds a condition not covered. The clause is phrased positively: MET means the excluded
     * condition does not apply; NOT_MET means it applies and the outcome is NOT_COVERED.
     */
    public Builder exclusion(Criterion notExcluded) {
      exclusions.add(notExcluded);
      return this;
    }

    public Builder exclusionsSection(String id, String text) {
      this.exclusionsId = id;
      this.exclusionsText = text;
      return this;
    }

    public Builder medicalNecessitySection(String id, String text) {
      this.necessityId = id;
      this.necessityText = text;
      return this;
    }

    public Builder reauthorizationSection(String id, String text) {
      this.reauthorizationId = id;
      this.reauthorizationText = text;
      return this;
    }

    public Builder pathway(Pathway pathway) {
      pathways.add(pathway);
      return this;
    }

    public Builder nextSteps(NextStepPlanner planner) {
      this.planner = planner;
      return this;
    }

    /** A caveat printed with every determination of this version. */
    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    public CriteriaPolicy build() {
      return new CriteriaPolicy(this);
    }
  }
}
