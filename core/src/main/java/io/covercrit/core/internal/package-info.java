/**
 * Not API, and not exported by the {@code io.covercrit.core} module: the Jackson version checks
 * and the UTF-8 buffers the JSON writers share. It sits below both {@code core.eval} (whose
 * determination serializer uses it) and {@code core.json}, so that neither package needs the
 * other back.
 */
package io.covercrit.core.internal;
