package io.covercrit.jurisdictions;

/**
 * What the request is for. The CMS-0057-F prior-authorization clocks cover items and services
 * and exclude drugs, so the distinction changes which federal clocks apply.
 */
public enum RequestedItem {
  /** A drug, under either benefit channel (the default). */
  DRUG,
  /** A medical item or service other than a drug. */
  ITEM_OR_SERVICE
}
