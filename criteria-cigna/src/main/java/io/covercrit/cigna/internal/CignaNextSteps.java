package io.covercrit.cigna.internal;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.NextStep;

/**
 * Next steps every Cigna policy gives in the same words: the Cigna prior authorization and appeal
 * process is the same whatever the drug, so the clinic should read the same instructions. Contacts
 * and timings come from {@link CignaDirectory}; what differs per policy (actor, appeal documents,
 * contact points) is a parameter.
 */
public final class CignaNextSteps {
  /** The appeal instruction for policies whose appeal needs no drug-specific documents. */
  public static final String FIRST_LEVEL_APPEAL = "If Cigna denies the request: file a first-level internal appeal with"
      + " the denial letter, a letter of medical necessity and updated notes; external review follows a final internal"
      + " denial";

  private CignaNextSteps() {}

  /** "Submit the prior authorization request" (marked expedited when it is), then {@code withWhat}. */
  public static String submitAction(boolean expedited, String withWhat) {
    return (expedited ? "Submit the prior authorization request marked expedited (urgent)"
        : "Submit the prior authorization request") + " " + withWhat;
  }

  /** The step for a request with clauses marked MISSING. */
  public static NextStep gatherDocuments(String actor) {
    return NextStep.builder()
        .action("Gather the documents in the checklist: the clauses marked MISSING cannot be decided without them")
        .actor(actor)
        .build();
  }

  /** The step for a request with clauses marked NOT_MET. */
  public static NextStep resolveNotMet(String actor) {
    return NextStep.builder()
        .action("Resolve the clauses marked NOT_MET (each says how) before submitting; as documented, the request"
            + " would be denied")
        .actor(actor)
        .build();
  }

  /** The internal appeal, with the appeal window from the directory and the named contact points in order. */
  public static NextStep appeal(CignaDirectory directory, String action, String actor, String... contactIds) {
    ContactPoint[] contacts = new ContactPoint[contactIds.length];
    for (int i = 0; i < contactIds.length; i++) {
      contacts[i] = directory.contact(contactIds[i]);
    }
    return NextStep.builder()
        .action(action)
        .actor(actor)
        .addContacts(contacts)
        .addTiming(directory.timing("internal-appeal-window"))
        .build();
  }
}
