/**
 * The versioned JSON form of requests and determinations; see
 * {@link io.covercrit.core.json.CovercritJson} for the format and the limits, and
 * {@code docs/JSON.md} in the repository for a field-by-field description.
 */
package io.covercrit.core.json;
