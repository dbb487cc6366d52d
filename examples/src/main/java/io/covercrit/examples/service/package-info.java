/**
 * An HTTP JSON service that embeds covercrit, built on the JDK's {@code com.sun.net.httpserver}:
 * see {@link io.covercrit.examples.service.CovercritService}. Run it with {@code covercrit serve}.
 */
package io.covercrit.examples.service;
