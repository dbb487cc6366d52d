/**
 * Cigna coverage policies. Put this jar on the class path and
 * {@link io.covercrit.core.eval.PolicyRegistry#installed()} finds them:
 *
 * <ul>
 *   <li>{@code cigna/IP0369}: Opzelura (ruxolitinib) 1.5% cream, two versions
 *       ({@link io.covercrit.cigna.opzelura.OpzeluraIp0369}).
 *   <li>{@code cigna/CNF-494}: Alecensa (alectinib), adjuvant and advanced/metastatic ALK-positive
 *       NSCLC, from secondary sources only, with provenance per pathway
 *       ({@link io.covercrit.cigna.alecensa.AlecensaCnf494}).
 *   <li>{@code cigna/IP0235}: Ilaris (canakinumab), criteria reconstructed from patient guides and
 *       analog policies ({@link io.covercrit.cigna.ilaris.IlarisIp0235}).
 * </ul>
 */
package io.covercrit.cigna;
