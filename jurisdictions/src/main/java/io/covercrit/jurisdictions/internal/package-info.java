/**
 * Implementation of the jurisdictions module: the encoded rules (federal and per state, with their
 * sources copied from the project's fact sheet), date arithmetic, the federal holiday calendar,
 * the timeline engine and the iCalendar writer. Not API: may change without notice.
 */
package io.covercrit.jurisdictions.internal;
