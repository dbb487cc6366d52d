/**
 * Request problems in a form safe to write anywhere (code, JSONPath, rule; never a value from the
 * request), and the strict UTF-8 decoding that finds one of them, shared by the batch command and
 * the HTTP services.
 */
package io.covercrit.examples.errors;
