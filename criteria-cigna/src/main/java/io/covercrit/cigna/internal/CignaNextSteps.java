package io.covercrit.cigna.internal;

import io.covercrit.core.clauses.NextStepsTemplate;
import io.covercrit.core.clauses.Step;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.NextStep;
import java.util.List;

/**
 * Next steps every Cigna policy gives in the same words: the Cigna prior authorization and appeal
 * process is the same whatever the drug, so the clinic should read the same instructions. The shape
 * is the library's {@link NextStepsTemplate}; contacts and timings come from {@link CignaDirectory};
 * what differs per policy (actor, appeal documents, contact points) is a parameter.
 */
public final class CignaNextSteps {
  /** The appeal instruction for policies whose appeal needs no drug-specific documents. */
  public static final String FIRST_LEVEL_APPEAL = "If Cigna denies the request: file a first-level internal appeal with"
      + " the denial letter, a letter of medical necessity and updated notes; external review follows a final internal"
      + " denial";

  private CignaNextSteps() {}

  /**
   * The Cigna submission (the directory's contact points and timings, by id) in the shared
   * next-steps template; each policy adds its steps after approval, its appeal and its wording.
   */
  public static NextStepsTemplate.Builder template(CignaDirectory directory, String actor, List<String> contactIds,
      List<String> standardTimingIds, List<String> expeditedTimingIds) {
    return NextStepsTemplate.builder().submission(actor, directory.contacts(contactIds),
        directory.timings(standardTimingIds), directory.timings(expeditedTimingIds));
  }

  /** The internal appeal, with the appeal window from the directory and the named contact points in order. */
  public static NextStep appeal(CignaDirectory directory, String action, String actor, String... contactIds) {
    return Step.timed(action, actor, directory.timing("internal-appeal-window"),
        directory.contacts(List.of(contactIds)).toArray(ContactPoint[]::new));
  }
}
