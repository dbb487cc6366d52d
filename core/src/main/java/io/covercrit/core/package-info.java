/**
 * covercrit: decides whether a drug request meets a payer's coverage criteria, explains every
 * clause, and lists what to do next.
 *
 * <ul>
 *   <li>{@link io.covercrit.core.model}: the facts of a request (patient, diagnoses, therapy
 *       trials, labs, prescriber, plan), immutable and validated on construction;
 *   <li>{@link io.covercrit.core.eval}: policies as pure functions of (request, as-of date), the
 *       three-valued clause engine, determinations and the policy registry;
 *   <li>{@link io.covercrit.core.codes}: ICD-10-CM codes and pluggable code sets;
 *   <li>{@link io.covercrit.core.json}: the versioned JSON form of requests and determinations.
 * </ul>
 *
 * <p>Nothing in the library reads the system clock: every evaluation takes its as-of date as an
 * argument, so the same input always gives the same determination. Exceptions and log lines name
 * fields and rules, never patient values.
 */
package io.covercrit.core;
