package io.covercrit.jurisdictions.internal;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.jurisdictions.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A state's external-review program and its other encoded clocks (drug prior authorization,
 * internal grievance), as functions of the case facts. Immutable.
 *
 * @param key e.g. {@code NC} or {@code CA-DMHC}
 * @param effectiveFrom first day the program takes cases (final internal denials received from
 *     then on), or null
 * @param usesFederalProcess the state relies on the HHS-administered federal process (Florida)
 */
record StateProgram(
    String key,
    Jurisdiction state,
    String name,
    Party filedWith,
    String filedWithName,
    LocalDate effectiveFrom,
    boolean allowsSelfFundedOptIn,
    boolean usesFederalProcess,
    List<ContactPoint> contacts,
    Function<RuleFacts, List<ClockRule>> rules,
    Function<RuleFacts, List<String>> notes) {}
