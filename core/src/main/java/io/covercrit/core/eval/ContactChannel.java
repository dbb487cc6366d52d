package io.covercrit.core.eval;

/** How a contact point is reached. */
public enum ContactChannel {
  PHONE,
  FAX,
  WEB,
  MAIL,
  EMAIL
}
