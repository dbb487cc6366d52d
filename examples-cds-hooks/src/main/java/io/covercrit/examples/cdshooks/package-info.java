/**
 * A CDS Hooks 2.0 service answering Da Vinci CRD {@code order-select} and {@code order-sign}
 * on an embedded Jetty 12 server: see {@link io.covercrit.examples.cdshooks.CdsHooksService}.
 * Run it with {@code ./covercrit-cds-hooks --port 8080}.
 */
package io.covercrit.examples.cdshooks;
