package io.covercrit.core.clauses;

import io.covercrit.core.eval.Check;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.DocumentRequirement;
import java.util.List;
import java.util.Objects;

/**
 * A check clause of the library, carrying its clause type's default text, documents and remedies
 * until the policy overrides them; {@link #build()} makes the {@link Criterion}. Not thread-safe:
 * build policies once, then share the criteria.
 *
 * <pre>{@code
 * Criterion age = Ages.atLeastYears("ACME 1.A", 18)
 *     .whenNotMet("The patient is younger than 18 years.", "Coverage starts at age 18.")
 *     .build();
 * }</pre>
 */
public final class ClauseBuilder {
  private final String id;
  private String text;
  private List<DocumentRequirement> documents;
  private String notMetReason;
  private String notMetFix;
  private String missingReason;
  private String missingFix;
  private final Check check;

  ClauseBuilder(String id, String text, DocumentRequirement document, Check check) {
    this.id = id;
    this.text = text;
    this.documents = List.of(document);
    this.check = Objects.requireNonNull(check, "check");
  }

  /** The clause's own text, as the policy words it. */
  public ClauseBuilder text(String clauseText) {
    this.text = clauseText;
    return this;
  }

  /** Replaces the default documents that show the clause is met. */
  public ClauseBuilder documents(DocumentRequirement... required) {
    this.documents = List.of(required);
    return this;
  }

  public ClauseBuilder whenNotMet(String denialReason, String howToFix) {
    this.notMetReason = denialReason;
    this.notMetFix = howToFix;
    return this;
  }

  public ClauseBuilder whenMissing(String denialReason, String howToFix) {
    this.missingReason = denialReason;
    this.missingFix = howToFix;
    return this;
  }

  /** The clause id this builder was started with. */
  public String id() {
    return id;
  }

  public Criterion build() {
    return Criterion.check(id, text)
        .documents(documents.toArray(new DocumentRequirement[0]))
        .whenNotMet(notMetReason, notMetFix)
        .whenMissing(missingReason, missingFix)
        .by(check);
  }
}
