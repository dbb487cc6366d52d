/**
 * Cigna coverage policies. Put this jar on the class path and
 * {@link io.covercrit.core.eval.PolicyRegistry#installed()} finds them:
 *
 * <ul>
 *   <li>{@code cigna/IP0369}: Opzelura (ruxolitinib) 1.5% cream, two versions
 *       ({@link io.covercrit.cigna.opzelura.OpzeluraIp0369}).
 * </ul>
 */
package io.covercrit.cigna;
