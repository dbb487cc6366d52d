/**
 * The shared vocabulary of policy clauses: parameterised checks (age, diagnosis within ICD-10-CM
 * families, prescriber specialty, body surface area, laboratory thresholds, therapy trials,
 * concurrent use, documented findings, events in a window, response, time on the requested drug)
 * that a policy declares instead of re-implementing.
 *
 * <p>Each clause type comes with default wording and documents; a policy overrides any of them on
 * the returned {@link io.covercrit.core.clauses.ClauseBuilder} where its text says otherwise. The
 * {@code ...Finding} methods are public too, so a policy-specific clause can combine them. Every
 * check here is pure: it reads the request, the as-of date and the code set, nothing else.
 *
 * <p>See {@code docs/AUTHORING.md} for a walk through writing a policy with them.
 */
package io.covercrit.core.clauses;
