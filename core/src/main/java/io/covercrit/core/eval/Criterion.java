package io.covercrit.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A clause of a policy, defined once per policy version and evaluated many times: an all-of or
 * any-of over other clauses, or a single {@link Check}.
 *
 * <p>Instances are immutable and thread-safe if their checks are pure.
 *
 * <pre>{@code
 * Criterion age = Criterion.check("IP0369 1.A", "Age 12 years or older")
 *     .documents(BIRTH_DATE_VERIFICATION)
 *     .whenNotMet("Patient is younger than 12", "Coverage starts at age 12")
 *     .whenMissing("Age not documented", "Attach birth date verification")
 *     .by(ctx -> ...);
 * }</pre>
 */
public abstract class Criterion {
  private final String id;
  private final String text;

  private Criterion(String id, String text) {
    this.id = requireText(id, "id");
    this.text = requireText(text, "text");
  }

  /** The policy's section id, e.g. {@code IP0369 1.C}. */
  public final String id() {
    return id;
  }

  public final String text() {
    return text;
  }

  public abstract ClauseKind kind();

  /** Sub-clauses; empty for a check. */
  public abstract List<Criterion> children();

  /** Evaluates this clause and its sub-clauses against one request. */
  public final ClauseResult evaluate(EvaluationContext context) {
    Finding[] nodes = new Finding[size()];
    decide(context, nodes, 0);
    return explain(nodes, 0);
  }

  /** The number of clauses in this tree, this one included. */
  abstract int size();

  /**
   * Runs the checks of this tree and stores what each clause found in {@code nodes}, in depth-first
   * pre-order from {@code at} ({@link #size()} slots); formats nothing.
   *
   * @return this clause's status
   */
  abstract Status decide(EvaluationContext context, Finding[] nodes, int at);

  /** The clause results of this tree from what {@link #decide} stored at {@code at}. */
  abstract ClauseResult explain(Finding[] nodes, int at);

  /** All children must be met. {@code remedy} may be null: one is then derived from the children. */
  public static Criterion allOf(String id, String text, Remedy remedy, List<Criterion> children) {
    return new Composite(id, text, ClauseKind.ALL_OF, remedy, children);
  }

  public static Criterion allOf(String id, String text, List<Criterion> children) {
    return allOf(id, text, null, children);
  }

  /** One child must be met. {@code remedy} may be null: one is then derived from the children. */
  public static Criterion anyOf(String id, String text, Remedy remedy, List<Criterion> children) {
    return new Composite(id, text, ClauseKind.ANY_OF, remedy, children);
  }

  public static Criterion anyOf(String id, String text, List<Criterion> children) {
    return anyOf(id, text, null, children);
  }

  /** Starts a single check. */
  public static CheckBuilder check(String id, String text) {
    return new CheckBuilder(id, text);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Builds a {@link ClauseKind#CHECK} clause; both remedies are required. */
  public static final class CheckBuilder {
    private final String id;
    private final String text;
    private final List<DocumentRequirement> documents = new ArrayList<>();
    private Remedy whenNotMet;
    private Remedy whenMissing;

    private CheckBuilder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /** Documents that show the clause is met. */
    public CheckBuilder documents(DocumentRequirement... required) {
      documents.addAll(List.of(required));
      return this;
    }

    public CheckBuilder whenNotMet(String denialReason, String howToFix) {
      this.whenNotMet = Remedy.of(denialReason, howToFix);
      return this;
    }

    public CheckBuilder whenMissing(String denialReason, String howToFix) {
      this.whenMissing = Remedy.of(denialReason, howToFix);
      return this;
    }

    public Criterion by(Check check) {
      Objects.requireNonNull(check, "check");
      if (whenNotMet == null || whenMissing == null) {
        throw new IllegalStateException(id + ": a check needs both a NOT_MET and a MISSING remedy");
      }
      if (documents.isEmpty()) {
        throw new IllegalStateException(id + ": a check needs the documents that show it is met");
      }
      return new Leaf(id, text, List.copyOf(documents), whenNotMet, whenMissing, check);
    }
  }

  private static final class Leaf extends Criterion {
    private final Check check;
    // Built once per policy version, indexed by Status.ordinal(): everything but the finding is
    // known in advance, so an evaluation makes one object per clause (two with a specific remedy).
    private final ImmutableClauseResult[] resultByStatus;

    Leaf(String id, String text, List<DocumentRequirement> documents, Remedy whenNotMet, Remedy whenMissing, Check check) {
      super(id, text);
      this.check = check;
      ImmutableClauseResult met = (ImmutableClauseResult) ClauseResult.builder()
          .id(id)
          .text(text)
          .kind(ClauseKind.CHECK)
          .status(Status.MET)
          .documents(documents)
          .build();
      this.resultByStatus = new ImmutableClauseResult[Status.values().length];
      resultByStatus[Status.MET.ordinal()] = met;
      resultByStatus[Status.NOT_MET.ordinal()] = met.withStatus(Status.NOT_MET).withRemedy(whenNotMet);
      resultByStatus[Status.MISSING.ordinal()] = met.withStatus(Status.MISSING).withRemedy(whenMissing);
    }

    @Override
    public ClauseKind kind() {
      return ClauseKind.CHECK;
    }

    @Override
    public List<Criterion> children() {
      return List.of();
    }

    @Override
    int size() {
      return 1;
    }

    @Override
    Status decide(EvaluationContext context, Finding[] nodes, int at) {
      Finding finding = check.test(context);
      if (finding == null) {
        throw new IllegalStateException(id() + ": the check returned no finding");
      }
      nodes[at] = finding;
      return finding.status();
    }

    @Override
    ClauseResult explain(Finding[] nodes, int at) {
      Finding finding = nodes[at];
      ImmutableClauseResult result = resultByStatus[finding.status().ordinal()].withFinding(finding.detail());
      Remedy specific = finding.remedyOrNull();
      // A MET clause carries no remedy, whatever the check said.
      return specific == null || finding.status() == Status.MET ? result : result.withRemedy(specific);
    }
  }

  private static final class Composite extends Criterion {
    /** Children a set of decisive children can name in the key of a derived remedy. */
    private static final int MAX_CACHED_CHILDREN = 61;
    /** Combinations of decisive children remembered per clause: a few in practice. */
    private static final int MAX_CACHED_COMBINATIONS = 256;

    private final ClauseKind kind;
    private final List<Criterion> children;
    // The children again, for the evaluation loop: an array needs no iterator.
    private final Criterion[] childArray;
    // Built once per policy version, indexed by Status.ordinal(), with the explicit remedy if any.
    private final ImmutableClauseResult[] resultByStatus;
    // Derived remedies naming exactly one decisive child, by [status ordinal][child index]: the
    // usual case, so its strings are not rebuilt on every evaluation. Null with an explicit remedy.
    private final Remedy[][] singleDecisiveRemedy;
    // Derived remedies naming several decisive children, by status and the set of those children,
    // made on first need: their text is the policy's alone, and each combination recurs.
    private final ConcurrentHashMap<Long, Remedy> severalDecisiveRemedy = new ConcurrentHashMap<>();
    private final int size;

    Composite(String id, String text, ClauseKind kind, Remedy remedy, List<Criterion> children) {
      super(id, text);
      if (children.isEmpty()) {
        throw new IllegalArgumentException(id + ": a composite clause needs children");
      }
      this.kind = kind;
      this.children = List.copyOf(children);
      requireUniqueIds(this);
      this.childArray = this.children.toArray(new Criterion[0]);
      int nodes = 1;
      for (Criterion child : this.children) {
        nodes += child.size();
      }
      this.size = nodes;
      ImmutableClauseResult met = (ImmutableClauseResult) ClauseResult.builder()
          .id(id)
          .text(text)
          .kind(kind)
          .status(Status.MET)
          .build();
      this.resultByStatus = new ImmutableClauseResult[Status.values().length];
      resultByStatus[Status.MET.ordinal()] = met;
      for (Status status : List.of(Status.NOT_MET, Status.MISSING)) {
        resultByStatus[status.ordinal()] = remedy == null ? met.withStatus(status) : met.withStatus(status).withRemedy(remedy);
      }
      if (remedy == null) {
        this.singleDecisiveRemedy = new Remedy[Status.values().length][this.children.size()];
        for (Status status : List.of(Status.NOT_MET, Status.MISSING)) {
          for (int i = 0; i < this.children.size(); i++) {
            singleDecisiveRemedy[status.ordinal()][i] = remedyNaming(status, this.children.get(i).id());
          }
        }
      } else {
        this.singleDecisiveRemedy = null;
      }
    }

    @Override
    public ClauseKind kind() {
      return kind;
    }

    @Override
    public List<Criterion> children() {
      return children;
    }

    @Override
    int size() {
      return size;
    }

    @Override
    Status decide(EvaluationContext context, Finding[] nodes, int at) {
      Status status = kind == ClauseKind.ALL_OF ? Status.MET : Status.NOT_MET;
      int next = at + 1;
      for (Criterion child : childArray) {
        Status s = child.decide(context, nodes, next);
        next += child.size();
        status = kind == ClauseKind.ALL_OF ? status.and(s) : status.or(s);
      }
      nodes[at] = Finding.COMPOSITE.get(status.ordinal());
      return status;
    }

    @Override
    ClauseResult explain(Finding[] nodes, int at) {
      ClauseResult[] results = new ClauseResult[children.size()];
      int next = at + 1;
      for (int i = 0; i < results.length; i++) {
        Criterion child = children.get(i);
        results[i] = child.explain(nodes, next);
        next += child.size();
      }
      Status status = nodes[at].status();
      ImmutableClauseResult result = resultByStatus[status.ordinal()].withChildren(results);
      if (status != Status.MET && singleDecisiveRemedy != null) {
        result = result.withRemedy(derivedRemedy(status, results));
      }
      return result;
    }

    private boolean decides(Status status, ClauseResult child) {
      return kind == ClauseKind.ALL_OF ? child.status() == status : child.status() != Status.MET;
    }

    /** Points at the children that decide the result, so every failing clause says why. */
    private Remedy derivedRemedy(Status status, ClauseResult[] results) {
      int decisiveCount = 0;
      int lastDecisive = -1;
      long decisiveSet = 0;
      for (int i = 0; i < results.length; i++) {
        if (decides(status, results[i])) {
          decisiveCount++;
          lastDecisive = i;
          decisiveSet |= 1L << (i & 63);
        }
      }
      if (decisiveCount == 1) {
        return singleDecisiveRemedy[status.ordinal()][lastDecisive];
      }
      if (results.length > MAX_CACHED_CHILDREN) {
        return severalDecisive(status, results);
      }
      Long key = decisiveSet << 2 | status.ordinal();
      Remedy remedy = severalDecisiveRemedy.get(key);
      if (remedy == null) {
        remedy = severalDecisive(status, results);
        if (severalDecisiveRemedy.size() < MAX_CACHED_COMBINATIONS) {
          severalDecisiveRemedy.putIfAbsent(key, remedy);
        }
      }
      return remedy;
    }

    private Remedy severalDecisive(Status status, ClauseResult[] results) {
      StringBuilder decisive = new StringBuilder();
      for (ClauseResult r : results) {
        if (decides(status, r)) {
          if (decisive.length() > 0) {
            decisive.append(", ");
          }
          decisive.append(r.id());
        }
      }
      return remedyNaming(status, decisive.toString());
    }

    private Remedy remedyNaming(Status status, String decisive) {
      String what = status == Status.MISSING ? "not documented" : "not met";
      String reason = id() + " " + what + ": " + decisive;
      String fix = kind == ClauseKind.ALL_OF
          ? "Resolve each of " + decisive + "."
          : "Meet any one of " + decisive + ".";
      return Remedy.of(reason, fix);
    }
  }

  /**
   * Rejects a tree in which two clauses share an id: a reviewer finds a clause by its section id,
   * and determinations, checklists and remedies name clauses by id alone.
   */
  private static void requireUniqueIds(Criterion root) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Criterion> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Criterion c = todo.pop();
      if (!seen.add(c.id())) {
        throw new IllegalStateException(root.id() + ": the clause id '" + c.id() + "' is used twice in one tree");
      }
      c.children().forEach(todo::push);
    }
  }

  @Override
  public String toString() {
    return id + " " + kind() + " " + text;
  }

  /** Depth-first search for the clause with {@code id}. */
  public Optional<Criterion> find(String clauseId) {
    if (id.equals(clauseId)) {
      return Optional.of(this);
    }
    for (Criterion child : children()) {
      Optional<Criterion> found = child.find(clauseId);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
