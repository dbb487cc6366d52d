package io.covercrit.fhir.questions;

/** The answer a question takes; each renders as a FHIR Questionnaire item type or an NCPDP ePA question type. */
public enum QuestionType {
  /** A repeating set of questions, one repetition per record (a flare, a trial). */
  GROUP,
  BOOLEAN,
  DECIMAL,
  INTEGER,
  /** A calendar date. */
  DATE,
  STRING,
  /** One of {@link Question#options()} (the request's enum names). */
  CHOICE,
  /** A document to attach: no request field carries its fact. */
  ATTACHMENT
}
