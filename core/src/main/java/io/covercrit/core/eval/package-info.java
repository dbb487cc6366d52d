/**
 * Evaluation: policies as pure functions of (request, as-of date) to a
 * {@link io.covercrit.core.eval.Determination}.
 *
 * <ul>
 *   <li>{@link io.covercrit.core.eval.Criterion}: a clause tree node (all-of, any-of or a check),
 *       carrying the policy's own section id so a reviewer can hold the code beside the PDF;
 *   <li>{@link io.covercrit.core.eval.Status}: MET, NOT_MET or MISSING, combined in three-valued
 *       logic; MISSING means "the document that decides this is absent", never a silent failure;
 *   <li>{@link io.covercrit.core.eval.CriteriaPolicy}: exclusions, pathways, reauthorization,
 *       durations and next steps assembled into a {@link io.covercrit.core.eval.CoveragePolicy};
 *   <li>{@link io.covercrit.core.eval.PolicyRegistry}: finds policies installed through
 *       {@link io.covercrit.core.eval.PolicyProvider} ({@link java.util.ServiceLoader}) and picks
 *       the version in force on the as-of date.
 * </ul>
 *
 * <p>Thread safety: every type here is immutable except the builders.
 */
package io.covercrit.core.eval;
