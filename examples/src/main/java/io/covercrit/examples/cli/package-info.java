/**
 * The {@code covercrit} command line, an example host built on the public API only: see
 * {@link io.covercrit.examples.cli.CovercritCli}.
 */
package io.covercrit.examples.cli;
