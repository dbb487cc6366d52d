/**
 * Request problems in a form safe to write anywhere (code, JSONPath, rule; never a value from the
 * request), shared by the batch command and the HTTP service.
 */
package io.covercrit.examples.errors;
