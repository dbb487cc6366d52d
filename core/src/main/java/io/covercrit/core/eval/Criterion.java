package io.covercrit.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
  public abstract ClauseResult evaluate(EvaluationContext context);

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
    private final List<DocumentRequirement> documents;
    private final Remedy whenNotMet;
    private final Remedy whenMissing;
    private final Check check;

    Leaf(String id, String text, List<DocumentRequirement> documents, Remedy whenNotMet, Remedy whenMissing, Check check) {
      super(id, text);
      this.documents = documents;
      this.whenNotMet = whenNotMet;
      this.whenMissing = whenMissing;
      this.check = check;
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
    public ClauseResult evaluate(EvaluationContext context) {
      Finding finding = check.test(context);
      ClauseResult.Builder result = ClauseResult.builder()
          .id(id())
          .text(text())
          .kind(ClauseKind.CHECK)
          .status(finding.status())
          .finding(finding.detail())
          .documents(documents);
      if (finding.status() != Status.MET) {
        Remedy fallback = finding.status() == Status.NOT_MET ? whenNotMet : whenMissing;
        result.remedy(finding.remedy().orElse(fallback));
      }
      return result.build();
    }
  }

  private static final class Composite extends Criterion {
    private final ClauseKind kind;
    private final Remedy remedy;
    private final List<Criterion> children;

    Composite(String id, String text, ClauseKind kind, Remedy remedy, List<Criterion> children) {
      super(id, text);
      if (children.isEmpty()) {
        throw new IllegalArgumentException(id + ": a composite clause needs children");
      }
      this.kind = kind;
      this.remedy = remedy;
      this.children = List.copyOf(children);
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
    public ClauseResult evaluate(EvaluationContext context) {
      List<ClauseResult> results = new ArrayList<>(children.size());
      Status status = kind == ClauseKind.ALL_OF ? Status.MET : Status.NOT_MET;
      for (Criterion child : children) {
        ClauseResult r = child.evaluate(context);
        results.add(r);
        status = kind == ClauseKind.ALL_OF ? status.and(r.status()) : status.or(r.status());
      }
      ClauseResult.Builder result = ClauseResult.builder()
          .id(id())
          .text(text())
          .kind(kind)
          .status(status)
          .children(results);
      if (status != Status.MET) {
        result.remedy(remedy != null ? remedy : derivedRemedy(status, results));
      }
      return result.build();
    }

    /** Points at the children that decide the result, so every failing clause says why. */
    private Remedy derivedRemedy(Status status, List<ClauseResult> results) {
      StringBuilder decisive = new StringBuilder();
      for (ClauseResult r : results) {
        boolean decides = kind == ClauseKind.ALL_OF ? r.status() == status : r.status() != Status.MET;
        if (decides) {
          if (decisive.length() > 0) {
            decisive.append(", ");
          }
          decisive.append(r.id());
        }
      }
      String what = status == Status.MISSING ? "not documented" : "not met";
      String reason = id() + " " + what + ": " + decisive;
      String fix = kind == ClauseKind.ALL_OF
          ? "Resolve each of " + decisive + "."
          : "Meet any one of " + decisive + ".";
      return Remedy.of(reason, fix);
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
