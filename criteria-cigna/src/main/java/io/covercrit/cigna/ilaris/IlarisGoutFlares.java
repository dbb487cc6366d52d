package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.FLARE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.GOUT_FLARE_THERAPY_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_ADMINISTRATION;
import static io.covercrit.cigna.internal.CignaDocuments.ILARIS_RESPONSE;
import static io.covercrit.cigna.internal.CignaDocuments.URATE_LOWERING_THERAPY;
import static io.covercrit.core.clauses.Trials.continuing;
import static io.covercrit.core.clauses.Trials.triedWithoutSuccess;

import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.FlareHistory;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.Drug;
import java.time.Period;
import java.util.List;
import java.util.function.Predicate;

/**
 * IP0235 pathway 6, gout flares: the diagnosis (6.dx), age (6.A), first treatment (6.B.i) or
 * retreatment (6.B.ii), urate-lowering therapy (6.C), prescriber (6.D) and Reauthorization 6 (a
 * response to the previous dose). Every criterion comes from Medical Mutual's Ilaris gout policy
 * (see {@link IlarisIp0235}).
 */
final class IlarisGoutFlares {
  static final int GOUT_MINIMUM_AGE = 18;
  static final int GOUT_FLARES = 3;
  static final int GOUT_RETREATMENT_DAYS = 12 * 7;
  static final String ID = "IP0235 6";

  static final Period GOUT_APPROVAL = Period.ofWeeks(12);

  private IlarisGoutFlares() {}

  static Pathway pathway() {
    return Pathway.builder(ID, "Gout Flares")
        .diagnosis(Criterion.check("IP0235 6.dx", "Diagnosis of gout (ICD-10-CM M10.- or chronic gout M1A.-)")
            .documents(DIAGNOSIS_NOTES)
            .whenNotMet("The request is not for gout.",
                "Submit under the pathway that matches the diagnosis, or document gout (M10.- or M1A.-).")
            .whenMissing("The diagnosis is not documented.",
                "Attach clinical notes with the gout diagnosis and its billable ICD-10-CM code.")
            .by(ctx -> Diagnoses.codedFinding(ctx,
                code -> code.isWithin(IlarisClauses.GOUT) || code.isWithin(IlarisClauses.CHRONIC_GOUT), "gout (M10.-, M1A.-)")))
        .criteria(
            IlarisClauses.ageAtLeast("IP0235 6.A", GOUT_MINIMUM_AGE),
            Criterion.anyOf("IP0235 6.B", "ONE of the following (6.B.i first treatment, or 6.B.ii retreatment)",
                Remedy.of("Neither first treatment (6.B.i) nor retreatment (6.B.ii) criteria are met.",
                    "For a first treatment document 3 flares in 12 months and why NSAIDs, colchicine and repeated"
                        + " corticosteroids do not fit; for a retreatment document the response to the last dose, the new"
                        + " flare, and 12 weeks since the last dose."),
                List.of(
                    Criterion.allOf("IP0235 6.B.i", "First treatment: ALL of a to e", List.of(
                        IlarisClauses.ILARIS.notGivenBefore("IP0235 6.B.i.a", "Has not been treated with Ilaris for gout before")
                            .documents(CURRENT_MEDICATIONS)
                            .whenNotMet("Ilaris has been given before; a first treatment is not available.",
                                "Request retreatment instead (6.B.ii): document the response to the last dose, the new"
                                    + " flare and the date of the last dose.")
                            .build(),
                        FlareHistory.atLeast("IP0235 6.B.i.b", "At least " + GOUT_FLARES + " gout flares in the past 12"
                                + " months", FlareHistory.Count.of(GOUT_FLARES, IlarisClauses.YEAR))
                            .documents(FLARE_HISTORY)
                            .whenNotMet("Fewer than 3 gout flares in the past 12 months are documented.",
                                "Document every gout flare of the past 12 months with its date (clinic, urgent care or"
                                    + " emergency visits).")
                            .whenMissing("The gout flare history is not documented.",
                                "Attach the dates of the gout flares of the past 12 months.")
                            .build(),
                        goutTherapy("IP0235 6.B.i.c", "NSAIDs are contraindicated, not tolerated or ineffective",
                            "NSAIDs", IlarisDrugs.NSAID, false),
                        goutTherapy("IP0235 6.B.i.d", "Colchicine is contraindicated, not tolerated or ineffective",
                            "colchicine", IlarisDrugs.COLCHICINE, false),
                        goutTherapy("IP0235 6.B.i.e", "Not a candidate for repeated courses of corticosteroids"
                                + " (contraindicated, not tolerated or ineffective)",
                            "corticosteroids", IlarisDrugs::isSystemicCorticosteroid, true))),
                    Criterion.allOf("IP0235 6.B.ii", "Retreatment: ALL of a to c", List.of(
                        previousIlarisResponse("IP0235 6.B.ii.a"),
                        IlarisClauses.ILARIS.flareSinceLastDose("IP0235 6.B.ii.b")
                            .documents(FLARE_HISTORY, ILARIS_ADMINISTRATION)
                            .whenNotMet("No new gout flare after the last Ilaris dose is documented.",
                                "Document the new flare with its date.")
                            .build(),
                        IlarisClauses.ILARIS.daysSinceLastDose("IP0235 6.B.ii.c", GOUT_RETREATMENT_DAYS, "12 weeks = 84 days")
                            .text("At least 12 weeks (84 days) since the last Ilaris dose")
                            .documents(ILARIS_ADMINISTRATION)
                            .whenNotMet("Less than 12 weeks have passed since the last Ilaris dose.",
                                "Retreatment is covered once 12 weeks have passed since the last dose; re-request then.")
                            .build())))),
            Criterion.check("IP0235 6.C", "Taking, or will take, urate-lowering therapy, unless contraindicated")
                .documents(URATE_LOWERING_THERAPY, CURRENT_MEDICATIONS)
                .whenNotMet("Urate-lowering therapy has been stopped and no contraindication is documented.",
                    "Restart urate-lowering therapy (allopurinol, febuxostat, probenecid or pegloticase) and list it as a current"
                        + " medication, or document the contraindication.")
                .whenMissing("Urate-lowering therapy is not documented.",
                    "List the current urate-lowering therapy with its start date, or document the contraindication.")
                .by(ctx -> continuing(ctx, IlarisDrugs.URATE_LOWERING, "urate-lowering therapy", false)),
            IlarisClauses.prescribedBy("IP0235 6.D", IlarisClauses.RHEUMATOLOGIST, "a rheumatologist"))
        .response(previousIlarisResponse("IP0235 Reauthorization 6"))
        .approvals(GOUT_APPROVAL, GOUT_APPROVAL)
        .build();
  }

  private static Criterion goutTherapy(String id, String text, String what, Predicate<Drug> drugs, boolean corticosteroids) {
    return Criterion.check(id, text)
        .documents(GOUT_FLARE_THERAPY_HISTORY)
        .whenNotMet(corticosteroids
                ? "Corticosteroids controlled the flares, and no reason is documented why repeated courses are not appropriate."
                : "The " + what + " controlled the gout flares: documented as effective.",
            corticosteroids
                ? "Document why repeated corticosteroid courses are not appropriate (e.g. diabetes, intolerance, an"
                    + " inadequate response)."
                : "Document the contraindication, intolerance or inadequate response to " + what + ".")
        .whenMissing("The use of " + what + " for gout flares is not documented.",
            "Attach the record of " + what + " for gout flares: dates and response, or the contraindication.")
        .by(ctx -> triedWithoutSuccess(ctx, drugs, what));
  }

  private static Criterion previousIlarisResponse(String id) {
    return IlarisClauses.ILARIS.previousResponse(id, IlarisClauses.RESPONSE_MARKERS, IlarisClauses.NOT_MEASURES)
        .documents(ILARIS_ADMINISTRATION, ILARIS_RESPONSE)
        .whenNotMet("Ilaris has not been given before, or did not help.",
            "A first treatment is reviewed under 6.B.i; if the previous dose helped, document the response.")
        .whenMissing("The response to the previous Ilaris dose is not documented.",
            "Attach notes on the response to the previous Ilaris dose (flare resolved, pain and swelling improved).")
        .build();
  }
}
