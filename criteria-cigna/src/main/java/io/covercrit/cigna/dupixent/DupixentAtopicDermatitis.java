package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentClauses.*;
import static io.covercrit.cigna.dupixent.DupixentIp0453.*;
import static io.covercrit.cigna.internal.CignaDocuments.AFFECTED_SITES;
import static io.covercrit.cigna.internal.CignaDocuments.BIRTH_DATE_VERIFICATION;
import static io.covercrit.cigna.internal.CignaDocuments.SEVERITY_AND_TYPE_NOTES;

import io.covercrit.core.clauses.Ages;
import io.covercrit.core.clauses.BodySurfaceArea;
import io.covercrit.core.clauses.Diagnoses;
import io.covercrit.core.clauses.Prescribers;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Pathway;
import io.covercrit.core.eval.Remedy;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiseaseSeverity;
import io.covercrit.core.model.SkinInvolvement;
import io.covercrit.core.model.Specialty;
import io.covercrit.core.model.TopicalSteroidPotency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** IP0453 2. Atopic Dermatitis: the pathway and the clauses only it uses. */
final class DupixentAtopicDermatitis {
  private DupixentAtopicDermatitis() {}

  static Pathway pathway() {
    return Pathway.builder(P + "2", "Atopic Dermatitis")
        .diagnosis(Diagnoses.within(P + "2.dx", "Diagnosis of atopic dermatitis (ICD-10-CM L20.-)", "atopic dermatitis (L20.-)",
            ATOPIC_DERMATITIS).build())
        .criteria(
            Ages.atLeastMonths(P + "2.A", 6).build(),
            Criterion.anyOf(P + "2.B", "ONE of the following (2.B.a or 2.B.b)",
                Remedy.of("Neither 10% or more of the body surface area nor moderate-to-severe hand or foot atopic"
                        + " dermatitis (age 12 or older) is documented.",
                    "Document the affected body surface area (%), or moderate-to-severe involvement of the hands or feet."),
                List.of(bodySurfaceAreaAtLeast10(P + "2.B.a"), handOrFootDisease(P + "2.B.b"))),
            topicalSteroidTrial(P + "2.C", EnumSet.of(TopicalSteroidPotency.MEDIUM, TopicalSteroidPotency.HIGH,
                    TopicalSteroidPotency.SUPER_HIGH), AD_STEROID_DAYS,
                "medium, medium-high, high, or super-high potency"),
            Prescribers.prescribedBy(P + "2.D", EnumSet.of(Specialty.ALLERGY, Specialty.IMMUNOLOGY, Specialty.DERMATOLOGY),
                "an allergist, immunologist, or dermatologist").build())
        .reauthorization(
            dupixentReceived(P + "2.R1", 4),
            responded(P + "2.R2", AD_RESPONSE, true,
                "less erythema, papulation, pruritus or affected body surface area, or less need for other therapies"))
        .approvals(FOUR_MONTHS, ONE_YEAR)
        .build();
  }

  private static Criterion bodySurfaceAreaAtLeast10(String id) {
    return BodySurfaceArea.atLeast(id, AD_MIN_BSA_PERCENT, "atopic dermatitis")
        .text("Atopic dermatitis involves at least 10% of the body surface area")
        .whenNotMet("Less than 10% of the body surface area is affected.",
            "Meet 2.B.b instead, or document a new dated estimate of the affected body surface area.")
        .build();
  }

  private static Criterion handOrFootDisease(String id) {
    return Criterion.check(id, "Moderate-to-severe atopic dermatitis of the hands and/or feet, in a patient 12 years or older")
        .documents(AFFECTED_SITES, SEVERITY_AND_TYPE_NOTES, BIRTH_DATE_VERIFICATION)
        .whenNotMet("Moderate-to-severe hand or foot atopic dermatitis in a patient 12 or older is not documented.",
            "Meet 2.B.a instead, or document moderate-to-severe involvement of the hands or feet.")
        .whenMissing("The affected sites, the severity or the age is not documented.",
            "Document the affected body sites, the severity of the atopic dermatitis and the birth date.")
        .by(ctx -> {
          List<String> missing = new ArrayList<>();
          List<String> notMet = new ArrayList<>();
          Set<BodySite> sites = ctx.request().skinInvolvement().map(SkinInvolvement::sites).orElse(Set.of());
          if (sites.isEmpty()) {
            missing.add("affected sites not documented");
          } else if (!sites.contains(BodySite.HANDS) && !sites.contains(BodySite.FEET)) {
            notMet.add("affected sites " + sites + " include neither hands nor feet");
          }
          Optional<DiseaseSeverity> severity = Optional.empty();
          for (Diagnosis d : ctx.request().diagnoses()) {
            if (d.code().isWithin(ATOPIC_DERMATITIS) && d.severity().isPresent()) {
              severity = d.severity();
            }
          }
          if (severity.isEmpty()) {
            missing.add("severity not documented");
          } else if (severity.get() == DiseaseSeverity.MILD) {
            notMet.add("severity documented as mild");
          }
          OptionalInt age = ctx.request().patient().ageOn(ctx.asOf());
          if (age.isEmpty()) {
            missing.add("age not documented");
          } else if (age.getAsInt() < 12) {
            notMet.add("age " + age.getAsInt() + " (12 or older required)");
          }
          if (!notMet.isEmpty()) {
            return Finding.notMet(() -> String.join("; ", notMet));
          }
          if (!missing.isEmpty()) {
            return Finding.missing(() -> String.join("; ", missing));
          }
          DiseaseSeverity documentedSeverity = severity.get();
          return Finding.met(() -> "Hand or foot involvement, " + documentedSeverity.name().toLowerCase() + ", age "
              + age.getAsInt());
        });
  }
}
