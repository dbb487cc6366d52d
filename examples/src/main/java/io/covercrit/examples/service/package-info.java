/**
 * An HTTP JSON service that embeds covercrit, built on an embedded Jetty 12 server:
 * see {@link io.covercrit.examples.service.CovercritService}. Run it with {@code covercrit serve}.
 */
package io.covercrit.examples.service;
