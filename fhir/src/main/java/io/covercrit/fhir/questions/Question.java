package io.covercrit.fhir.questions;

import java.util.List;
import java.util.Objects;

/**
 * One question for a missing fact, independent of how it is rendered (a FHIR SDC Questionnaire
 * item, an NCPDP SCRIPT ePA question). Its {@link #linkId()} is the request field's path, so an
 * answer goes back into the request by that path; an attachment's is {@code document:<id>}.
 */
public final class Question {
  private final String linkId;
  private final String text;
  private final QuestionType type;
  private final boolean repeats;
  private final List<String> options;
  private final List<Question> items;
  private final List<String> clauseIds;
  private final List<String> clauseTexts;
  private final List<String> initial;

  Question(String linkId, String text, QuestionType type, boolean repeats, List<String> options, List<Question> items,
      List<String> clauseIds, List<String> clauseTexts, List<String> initial) {
    this.linkId = Objects.requireNonNull(linkId);
    this.text = Objects.requireNonNull(text);
    this.type = Objects.requireNonNull(type);
    this.repeats = repeats;
    this.options = List.copyOf(options);
    this.items = List.copyOf(items);
    this.clauseIds = List.copyOf(clauseIds);
    this.clauseTexts = List.copyOf(clauseTexts);
    this.initial = List.copyOf(initial);
  }

  /** The request field's path ({@code skinInvolvement.bodySurfaceAreaPercent}), or {@code document:<id>}. */
  public String linkId() {
    return linkId;
  }

  /** The question, from the request schema's description of the field or the document's description. */
  public String text() {
    return text;
  }

  public QuestionType type() {
    return type;
  }

  /** Whether several answers (or repetitions of a group) may be given. */
  public boolean repeats() {
    return repeats;
  }

  /** For {@link QuestionType#CHOICE}: the allowed codes. */
  public List<String> options() {
    return options;
  }

  /** For {@link QuestionType#GROUP}: the questions of one repetition. */
  public List<Question> items() {
    return items;
  }

  /** The policy clauses (section ids) whose MISSING status this question would decide. */
  public List<String> clauseIds() {
    return clauseIds;
  }

  /** The policy's text of each of {@link #clauseIds()}, in the same order. */
  public List<String> clauseTexts() {
    return clauseTexts;
  }

  /** The record's answer already in the request (as text: a code, a date, a number), if any. */
  public List<String> initial() {
    return initial;
  }

  Question withClause(String id, String clauseText) {
    if (clauseIds.contains(id)) {
      return this;
    }
    List<String> ids = new java.util.ArrayList<>(clauseIds);
    ids.add(id);
    List<String> texts = new java.util.ArrayList<>(clauseTexts);
    texts.add(clauseText);
    return new Question(linkId, text, type, repeats, options, items, ids, texts, initial);
  }
}
