/**
 * An HTTP JSON service that embeds covercrit, built on an embedded Jetty 12 server:
 * see {@link io.covercrit.examples.service.CovercritService}. Run it with {@code covercrit serve}.
 * Its hardened HTTP scaffolding, {@link io.covercrit.examples.service.JsonHttpServer}, also serves
 * the CDS Hooks example.
 */
package io.covercrit.examples.service;
