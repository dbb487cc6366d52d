package io.covercrit.jurisdictions.internal;

import static io.covercrit.jurisdictions.ClockLength.businessDays;
import static io.covercrit.jurisdictions.ClockLength.calendarDays;
import static io.covercrit.jurisdictions.ClockLength.calendarMonths;
import static io.covercrit.jurisdictions.ClockLength.hours;
import static io.covercrit.jurisdictions.internal.ClockRule.rule;
import static io.covercrit.jurisdictions.internal.FederalRules.STEP_ER_FILE;
import static io.covercrit.jurisdictions.internal.FederalRules.STEP_INITIAL;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.jurisdictions.CountsFrom;
import io.covercrit.jurisdictions.CaliforniaRegulator;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.Circumstance;
import io.covercrit.jurisdictions.ClockLength;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.Party;
import io.covercrit.jurisdictions.RuleBasis;
import io.covercrit.jurisdictions.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state programs of the project's fact sheet (shared/jurisdictions/jurisdictions.md, 19
 * jurisdictions), one method per program. Each rule carries the sheet's confidence tag; where
 * the sheet records a conflict, the official or regulatory value is the rule and the other
 * reading is either a note or an alternative rule in the same step (so that its date shows).
 */
final class StatePrograms {
  private StatePrograms() {}

  static final String STEP_ER_DECISION = "external-review.decision";

  /** The encoded program for a state, if any. */
  static Optional<StateProgram> forState(Jurisdiction state, Optional<CaliforniaRegulator> californiaRegulator) {
    switch (state) {
      case NC: return Optional.of(northCarolina());
      // The query requires the regulator for state-regulated CA plans; DMHC stands in only for listings.
      case CA: return Optional.of(californiaRegulator.orElse(CaliforniaRegulator.DMHC) == CaliforniaRegulator.CDI
          ? californiaCdi() : californiaDmhc());
      case NY: return Optional.of(newYork());
      case TX: return Optional.of(texas());
      case FL: return Optional.of(florida());
      case PA: return Optional.of(pennsylvania());
      case IL: return Optional.of(illinois());
      case OH: return Optional.of(ohio());
      case GA: return Optional.of(georgia());
      case NJ: return Optional.of(newJersey());
      case VA: return Optional.of(virginia());
      case WA: return Optional.of(washington());
      case MI: return Optional.of(michigan());
      case MA: return Optional.of(massachusetts());
      case AZ: return Optional.of(arizona());
      case CO: return Optional.of(colorado());
      case DC: return Optional.of(districtOfColumbia());
      case MT: return Optional.of(montana());
      case OR: return Optional.of(oregon());
      default: return Optional.empty();
    }
  }

  /** Shorthand for one program's rules. */
  private static final class Ctx {
    final String key;
    final String program;
    final List<ContactPoint> contacts;
    final Party filedWith;
    final String filedWithName;

    Ctx(String key, String program, List<ContactPoint> contacts, Party filedWith, String filedWithName) {
      this.key = key;
      this.program = program;
      this.contacts = contacts;
      this.filedWith = filedWith;
      this.filedWithName = filedWithName;
    }

    ClockRule.Builder state(String suffix, Stage stage) {
      return rule(key + "." + suffix).stage(stage).basis(RuleBasis.STATE).program(program);
    }

    ClockRule.Builder er(String suffix) {
      return state("external-review." + suffix, Stage.EXTERNAL_REVIEW).contacts(contacts);
    }

    ClockRule.Builder file(String suffix, Trigger trigger, CountsFrom anchor, ClockLength length) {
      return er(suffix).step(STEP_ER_FILE).title("Request external review (" + program + ")")
          .actor(Party.MEMBER).filedWith(filedWith, filedWithName).startsAt(trigger, anchor).lasts(length)
          .fulfilledBy(CaseEventType.EXTERNAL_REVIEW_REQUESTED);
    }

    ClockRule.Builder file(Trigger trigger, ClockLength length) {
      return file("file", trigger, CountsFrom.RECEIPT, length);
    }

    ClockRule.Builder decision(RuleFacts facts, Trigger trigger, ClockLength standard, ClockLength expedited) {
      return er(facts.expedited() ? "decision.expedited" : "decision.standard").step(STEP_ER_DECISION)
          .title(facts.expedited() ? "Independent reviewer decides the expedited external review"
              : "Independent reviewer decides the external review")
          .actor(Party.INDEPENDENT_REVIEWER).startsAt(trigger).lasts(facts.expedited() ? expedited : standard);
    }

    /**
     * A filing window the state's sources do not confirm: a qualifying state process must allow at
     * least 4 months (45 CFR 147.136(c)(2)(vi)), so filing within 4 months is safe.
     */
    ClockRule minimumFilingWindow() {
      return rule(key + ".external-review.file.federal-minimum").step(STEP_ER_FILE).stage(Stage.EXTERNAL_REVIEW)
          .title("Request external review (" + program + "; at least the federal minimum of 4 months)")
          .actor(Party.MEMBER).filedWith(filedWith, filedWithName)
          .startsAt(Trigger.FINAL_INTERNAL_DENIAL).lasts(calendarMonths(4))
          .fulfilledBy(CaseEventType.EXTERNAL_REVIEW_REQUESTED)
          .cite("45 CFR 147.136(c)(2)(vi) (a state process must allow at least 4 months)", Sources.ACA_HHS)
          .confidence(Confidence.UNCERTAIN).basis(RuleBasis.FEDERAL_FALLBACK).program(program).contacts(contacts)
          .note("The state's own deadline was not confirmed. A state process that meets the federal standard must"
              + " allow at least 4 months, so filing by this date is safe; the state may allow longer.")
          .build();
    }

    /** Decision clocks the state's sources do not give: the NAIC model values that 45 CFR 147.136(c) requires. */
    ClockRule naicDecision(RuleFacts facts) {
      return rule(key + ".external-review.decision." + (facts.expedited() ? "expedited" : "standard") + ".naic-model")
          .step(STEP_ER_DECISION).stage(Stage.EXTERNAL_REVIEW)
          .title(facts.expedited() ? "Independent reviewer decides the expedited external review"
              : "Independent reviewer decides the external review")
          .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED)
          .lasts(facts.expedited() ? hours(72) : calendarDays(45))
          .cite("45 CFR 147.136(c) (state processes must meet the NAIC Uniform Model Act)", Sources.NAIC_MODEL, Sources.ACA_HHS)
          .confidence(Confidence.UNCERTAIN).basis(RuleBasis.FEDERAL_FALLBACK).program(program).contacts(contacts)
          .note("The state's own decision clock was not retrieved; the NAIC model values (45 days, 72 hours) that a"
              + " qualifying state process must meet are shown instead.")
          .build();
    }
  }

  private static List<String> expeditedConcurrentNote(RuleFacts facts, String cite) {
    return facts.expedited()
        ? List.of("An expedited external review may be requested at the same time as an expedited internal appeal (" + cite + ").")
        : List.of();
  }

  // --- North Carolina ------------------------------------------------------------------------

  static StateProgram northCarolina() {
    Ctx nc = new Ctx("NC", "Health Insurance Smart NC", Contacts.NC, Party.REGULATOR,
        "the NC Commissioner of Insurance (Health Insurance Smart NC)");
    return new StateProgram("NC", Jurisdiction.NC, nc.program, nc.filedWith, nc.filedWithName, null, false, false,
        Contacts.NC, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          rules.add(nc.file(Trigger.FINAL_INTERNAL_DENIAL, calendarDays(120))
              .cite("N.C. Gen. Stat. § 58-50-80(a)", Sources.NC_58_50_80).confidence(Confidence.VERIFIED)
              .note("120 days after receipt of the final internal denial notice, not after the first denial.").build());
          rules.add(nc.er("missing-information").title("Send the information missing from an incomplete request")
              .actor(Party.MEMBER).filedWith(Party.REGULATOR, nc.filedWithName)
              .startsAt(Trigger.FINAL_INTERNAL_DENIAL).lasts(calendarDays(150))
              .condition("only if the Commissioner finds the request incomplete")
              .cite("N.C. Gen. Stat. § 58-50-80", Sources.NC_58_50_80).confidence(Confidence.VERIFIED).build());
          rules.add(nc.er("insurer-information").title("Insurer sends the information the Commissioner requested")
              .actor(Party.PLAN).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(3))
              .stateBusinessDays(Jurisdiction.NC)
              .cite("N.C. Gen. Stat. § 58-50-80(b)(1)", Sources.NC_58_50_80).confidence(Confidence.VERIFIED)
              .note("Runs from the insurer's receipt of the Commissioner's request, which comes at or after the"
                  + " filing: the earliest possible date is shown.").build());
          rules.add(nc.er("preliminary-review").title("Commissioner completes the preliminary review")
              .actor(Party.REGULATOR).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(10))
              .stateBusinessDays(Jurisdiction.NC)
              .cite("N.C. Gen. Stat. § 58-50-80", Sources.NC_58_50_80).confidence(Confidence.VERIFIED).build());
          rules.add(nc.er("file-to-reviewer").title("Insurer sends the case file to the IRO")
              .actor(Party.PLAN).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(calendarDays(7))
              .cite("N.C. Gen. Stat. § 58-50-80", Sources.NC_58_50_80).confidence(Confidence.VERIFIED).build());
          rules.add(nc.er("member-information").title("Send added information to the IRO")
              .actor(Party.MEMBER).filedWith(Party.INDEPENDENT_REVIEWER, "the assigned IRO")
              .startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(calendarDays(7))
              .condition("optional: only if the member wants the IRO to consider more information")
              .cite("N.C. Gen. Stat. § 58-50-80", Sources.NC_58_50_80).confidence(Confidence.VERIFIED).build());
          if (facts.expedited()) {
            rules.add(nc.decision(facts, Trigger.EXTERNAL_REVIEW_REQUESTED, calendarDays(45), calendarDays(3))
                .cite("N.C. Gen. Stat. § 58-50-82; NCDOI FAQ", Sources.NCDOI_FAQ, Sources.NC_58_50_82)
                .confidence(Confidence.VERIFIED)
                .note("Conflict: NCDOI says 'within 3 days'; type2.wiki says '3 business days'. Encoded: 3 calendar"
                    + " days (the agency's wording); the business-day reading is listed as an alternative.").build());
            rules.add(nc.er("decision.expedited.business-day-reading").step(STEP_ER_DECISION)
                .title("Independent reviewer decides the expedited external review (3 business days reading)")
                .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(3))
                .stateBusinessDays(Jurisdiction.NC)
                .cite("type2.wiki NC pages", Sources.TYPE2_NC).confidence(Confidence.SECONDARY).build());
          } else {
            rules.add(nc.decision(facts, Trigger.EXTERNAL_REVIEW_REQUESTED, calendarDays(45), calendarDays(3))
                .cite("NCDOI FAQ (45 days from the request)", Sources.NCDOI_FAQ, Sources.NC_58_50_80)
                .confidence(Confidence.VERIFIED).build());
          }
          rules.add(nc.state("compliance.coverage-after-overturn", Stage.COMPLIANCE)
              .step("compliance").title("Insurer provides coverage after the IRO overturns the denial")
              .actor(Party.PLAN).startsAt(Trigger.OVERTURNED).lasts(businessDays(3)).stateBusinessDays(Jurisdiction.NC)
              .cite("Opzelura Cigna NC appeals guide (unverified)", Sources.NC_CIGNA_GUIDE)
              .confidence(Confidence.UNCERTAIN).contacts(Contacts.NC)
              .note("Unverified: a patient guide states 3 business days; the retrieved text of G.S. 58-50-80 and"
                  + " 58-50-82 does not confirm it.").build());
          return rules;
        },
        facts -> {
          List<String> notes = new ArrayList<>(expeditedConcurrentNote(facts, "N.C. Gen. Stat. §§ 58-50-77(b), 58-50-82(a);"
              + " the Commissioner decides whether the internal review must finish first"));
          notes.add("North Carolina's program also covers the State Health Plan and the high-risk pool"
              + " (G.S. 58-50-75(b)); self-funded ERISA plans are excluded.");
          notes.add("No North Carolina drug prior-authorization statute was verified: the federal claims clocks apply.");
          return notes;
        });
  }

  // --- California ----------------------------------------------------------------------------

  static StateProgram californiaDmhc() {
    Ctx ca = new Ctx("CA-DMHC", "DMHC Independent Medical Review", Contacts.CA_DMHC, Party.REGULATOR,
        "the DMHC Help Center (Department of Managed Health Care)");
    return new StateProgram("CA-DMHC", Jurisdiction.CA, ca.program, ca.filedWith, ca.filedWithName, null, false, false,
        Contacts.CA_DMHC, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          if (facts.pharmacy() && facts.drug()) {
            rules.add(ca.state("drug-prior-authorization", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Plan decides the prescription drug prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(facts.expedited() ? 24 : 72))
                .cite("Cal. Health & Safety Code § 1367.241(b)", Sources.CA_HSC_1367_241).confidence(Confidence.VERIFIED)
                .note("A completed request is deemed granted if the plan does not answer in time.")
                .note("An older law (SB 282, 2015) used 2 business days; superseded by the 72 h / 24 h clocks.").build());
          }
          for (int level = 1; level <= facts.appealLevels(); level++) {
            rules.add(ca.state("grievance." + level + ".decision", Stage.INTERNAL_APPEAL)
                .step(FederalRules.appealDecisionStep(level))
                .title("Plan resolves the grievance (level " + level + ")").actor(Party.PLAN)
                .startsAt(Trigger.APPEAL_RECEIVED).level(level).lasts(calendarDays(facts.expedited() ? 3 : 30))
                .cite("DMHC IMR page (plan grievance: 30 days, 3 days if urgent)", Sources.DMHC_IMR)
                .confidence(Confidence.VERIFIED).build());
          }
          rules.add(ca.file("file", Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.NOTICE_DATE, calendarMonths(6))
              .cite("DMHC IMR page; Cal. Health & Safety Code § 1374.30", Sources.DMHC_IMR, Sources.CA_HSC_1374_30)
              .confidence(Confidence.VERIFIED)
              .note("6 months after the plan's written decision (the date on the notice). DMHC may accept a later"
                  + " application when circumstances prevented timely filing.").build());
          if (facts.has(Circumstance.EXPERIMENTAL_OR_INVESTIGATIONAL)) {
            rules.add(ca.file("file.experimental", Trigger.INITIAL_DENIAL, CountsFrom.NOTICE_DATE, calendarMonths(6))
                .cite("Cal. Health & Safety Code § 1374.31(a)", Sources.CA_HSC_1374_30).confidence(Confidence.VERIFIED)
                .note("Experimental or investigational denials need no plan grievance first: the window runs from the"
                    + " initial denial.").build());
          }
          rules.add(ca.er("acknowledgement").title("DMHC acknowledges the IMR application").actor(Party.REGULATOR)
              .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(calendarDays(5))
              .cite("DMHC IMR page", Sources.DMHC_IMR).confidence(Confidence.VERIFIED).build());
          rules.add(ca.er("records").title("Plan sends the records to the IMR organisation").actor(Party.PLAN)
              .startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(facts.expedited() ? hours(24) : businessDays(3))
              .stateBusinessDays(Jurisdiction.CA)
              .cite(facts.expedited() ? "Cal. Health & Safety Code § 1374.31(a)" : "Cal. Health & Safety Code § 1374.30(n)",
                  Sources.CA_HSC_1374_30).confidence(Confidence.VERIFIED)
              .note("Runs from the plan's receipt of DMHC's notice of the review.").build());
          if (facts.expedited()) {
            rules.add(ca.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(30), calendarDays(3))
                .cite("Cal. Health & Safety Code § 1374.33(c)", Sources.CA_HSC_1374_33, Sources.DMHC_IMR)
                .confidence(Confidence.UNCERTAIN)
                .note("Conflict: the statute (cited by 1374.31(a); its text not retrieved) says 3 days for an imminent"
                    + " and serious threat; the DMHC page says 'within 3 to 7 days if urgent'. Encoded: 3 days from"
                    + " receipt of the application and documents; 7 days is the agency's practical outer bound.").build());
            rules.add(ca.er("decision.expedited.agency-outer-bound").step(STEP_ER_DECISION)
                .title("IMR decision, urgent case (DMHC page: 3 to 7 days)").actor(Party.INDEPENDENT_REVIEWER)
                .startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(calendarDays(7))
                .cite("DMHC IMR page", Sources.DMHC_IMR).confidence(Confidence.VERIFIED).build());
          } else {
            rules.add(ca.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(30), calendarDays(3))
                .cite("DMHC IMR page; Cal. Health & Safety Code § 1374.33", Sources.DMHC_IMR)
                .confidence(Confidence.VERIFIED)
                .note("The DMHC Help Center says overall handling takes at least 45 days.").build());
          }
          return rules;
        },
        facts -> List.of(
            "California: Knox-Keene plans (HMOs, Kaiser, most Covered California plans) go to DMHC; insured PPO and"
                + " indemnity policies go to CDI.",
            "Exhaustion exceptions: experimental/investigational denials, a plan that did not decide the grievance within"
                + " 30 days, and DMHC waivers in extraordinary and compelling cases (HSC 1374.31(a))."));
  }

  static StateProgram californiaCdi() {
    Ctx ca = new Ctx("CA-CDI", "CDI Independent Medical Review", Contacts.CA_CDI, Party.REGULATOR,
        "the California Department of Insurance (Health Claims Bureau)");
    return new StateProgram("CA-CDI", Jurisdiction.CA, ca.program, ca.filedWith, ca.filedWithName, null, false, false,
        Contacts.CA_CDI, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          if (facts.pharmacy() && facts.drug()) {
            rules.add(ca.state("drug-prior-authorization", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Insurer decides the prescription drug prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(facts.expedited() ? 24 : 72))
                .cite("Cal. Ins. Code § 10123.191", Sources.CA_INS_10123_191).confidence(Confidence.SECONDARY)
                .note("Parallels Health & Safety Code § 1367.241 (deemed granted if not answered in time).").build());
          }
          rules.add(ca.file("file", Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.NOTICE_DATE, calendarMonths(6))
              .cite("Cal. Ins. Code § 10169 et seq.", Sources.CA_INS_10169).confidence(Confidence.SECONDARY)
              .note("Mirrors the DMHC scheme; the exact subsection was not retrieved.").build());
          if (facts.expedited()) {
            rules.add(ca.er("records.expedited").title("Insurer sends the records to the IMR organisation")
                .actor(Party.PLAN).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(hours(24))
                .cite("Cal. Ins. Code § 10169.1(a)", Sources.CA_INS_10169_1).confidence(Confidence.VERIFIED)
                .note("For an imminent and serious threat: within 24 hours after the review is approved.").build());
          }
          rules.add(ca.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(30), calendarDays(3))
              .cite(facts.expedited() ? "Cal. Ins. Code § 10169.3(c) (referenced in 10169.1)" : "Cal. Ins. Code § 10169.3",
                  Sources.CA_INS_10169).confidence(Confidence.UNCERTAIN)
              .note("Taken as parallel to DMHC; CDI's own subsection was not retrieved.").build());
          return rules;
        },
        facts -> List.of("California: insured PPO and indemnity policies go to CDI; Knox-Keene plans go to DMHC.",
            "The Department may waive exhaustion in extraordinary and compelling cases (Ins. Code 10169.1(a))."));
  }

  // --- New York ------------------------------------------------------------------------------

  static StateProgram newYork() {
    Ctx ny = new Ctx("NY", "NY DFS External Appeal", Contacts.NY, Party.REGULATOR,
        "the NY Department of Financial Services");
    return new StateProgram("NY", Jurisdiction.NY, ny.program, ny.filedWith, ny.filedWithName, null, false, false,
        Contacts.NY, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          boolean formularyException = facts.pharmacy() && facts.drug() && facts.has(Circumstance.FORMULARY_EXCEPTION);
          if (formularyException) {
            rules.add(ny.state("formulary-exception", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Insurer decides the formulary exception request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(facts.expedited() ? 24 : 72))
                .cite("N.Y. Ins. Law § 3242", Sources.NY_3242)
                .confidence(facts.expedited() ? Confidence.SECONDARY : Confidence.VERIFIED).build());
          } else {
            rules.add(ny.state("utilization-review", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Insurer decides the prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(facts.expedited() ? hours(72) : businessDays(3))
                .stateBusinessDays(Jurisdiction.NY)
                .cite("N.Y. Ins. Law § 4903", Sources.NY_4903).confidence(Confidence.UNCERTAIN)
                .note("From secondary summaries; a deemed-approval effect is claimed but not confirmed.").build());
          }
          rules.add(ny.file(Trigger.FIRST_LEVEL_APPEAL_DENIAL, calendarMonths(4))
              .cite("N.Y. Ins. Law § 4914(b)(1); Public Health Law § 4914(2)(a)", Sources.NY_4914, Sources.NY_DFS)
              .confidence(Confidence.VERIFIED)
              .note("4 months from the final adverse determination of the first-level appeal: an optional second level"
                  + " does not extend the deadline.").build());
          rules.add(ny.er("file.provider").step("external-review.file.provider")
              .title("Provider requests an external appeal on its own behalf").actor(Party.PROVIDER)
              .filedWith(Party.REGULATOR, ny.filedWithName)
              .startsAt(Trigger.FIRST_LEVEL_APPEAL_DENIAL).lasts(calendarDays(60))
              .fulfilledBy(CaseEventType.EXTERNAL_REVIEW_REQUESTED)
              .condition("only when the provider appeals on its own behalf")
              .cite("N.Y. Ins. Law § 4914(b)(1)", Sources.NY_4914).confidence(Confidence.VERIFIED).build());
          ClockLength expedited = formularyException ? hours(24) : hours(72);
          rules.add(ny.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(30), expedited)
              .cite("NY DFS external appeal Q&A", Sources.NY_SECONDARY).confidence(Confidence.SECONDARY)
              .note(formularyException && facts.expedited() ? "24 hours for an urgent formulary-exception case." : "Decision clock from secondary sources.")
              .build());
          return rules;
        },
        facts -> List.of("New York: the plan may charge a $25 external appeal fee, capped at $75 per plan year and"
            + " waived for hardship or Medicaid (Ins. Law 4914).",
            "Exhaustion is required unless the plan and member jointly waive it or the member is deemed to have exhausted."));
  }

  // --- Texas ---------------------------------------------------------------------------------

  static StateProgram texas() {
    Ctx tx = new Ctx("TX", "TDI independent review (IRO)", Contacts.TX, Party.PLAN,
        "the insurer or its utilization review agent (form LHL009; it forwards the request to TDI)");
    return new StateProgram("TX", Jurisdiction.TX, tx.program, tx.filedWith, tx.filedWithName, null, false, false,
        Contacts.TX, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          boolean shortTrack = facts.expedited() || facts.has(Circumstance.LIFE_THREATENING)
              || facts.has(Circumstance.ONGOING_DRUG_THERAPY) || facts.has(Circumstance.STEP_THERAPY_EXCEPTION);
          if (shortTrack) {
            rules.add(tx.er("decision.three-day-track").step(STEP_ER_DECISION)
                .title("IRO decides (3-day track: life-threatening, ongoing drugs or infusions, step-therapy exception)")
                .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(calendarDays(3))
                .cite("Tex. Ins. Code § 4202.003(1)", Sources.TX_4202_003).confidence(Confidence.VERIFIED)
                .note("The earlier of 3 days after the IRO has the information it needs and 3 days after it receives the"
                    + " request; the latter is shown. The pre-2007 statute's 5/8-day clocks are superseded.").build());
          } else {
            rules.add(tx.er("decision.standard").step(STEP_ER_DECISION).title("IRO decides the independent review")
                .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(calendarDays(20))
                .cite("Tex. Ins. Code § 4202.003(2)", Sources.TX_4202_003).confidence(Confidence.VERIFIED)
                .note("The earlier of 15 days after the IRO has the information it needs and 20 days after it receives"
                    + " the request; the latter is shown.").build());
          }
          return rules;
        },
        facts -> {
          List<String> notes = new ArrayList<>();
          notes.add("Texas: TDI's consumer page (2017) says there is no deadline to request an IRO review, but to ask"
              + " promptly; secondary guides use 4 months. No filing deadline is computed: file as soon as possible.");
          if (facts.has(Circumstance.LIFE_THREATENING) || facts.has(Circumstance.ONGOING_DRUG_THERAPY)) {
            notes.add("Texas: a life-threatening condition, or the denial of drugs or infusions already being received,"
                + " may go straight to an IRO without the internal appeal (Tex. Ins. Code 4201.360, 4201.3601).");
          }
          notes.add("No Texas drug prior-authorization statute was verified: the federal claims clocks apply.");
          return notes;
        });
  }

  // --- Florida -------------------------------------------------------------------------------

  static StateProgram florida() {
    Ctx fl = new Ctx("FL", "HHS-administered federal external review (Florida)", Contacts.FEDERAL_HHS, Party.REGULATOR,
        "the HHS-administered federal external review (Maximus Federal Services)");
    return new StateProgram("FL", Jurisdiction.FL, fl.program, fl.filedWith, fl.filedWithName, null, false, true,
        Contacts.FL, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          rules.add(fl.file("file.conflicting-guide", Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.RECEIPT, calendarDays(60))
              .title("Request external review (one guide's reading: 60 days)")
              .cite("Consumer coverage-rights summary", Sources.FL_CONFLICTING_GUIDE).confidence(Confidence.UNCERTAIN)
              .basis(RuleBasis.STATE).build());
          rules.add(fl.er(facts.expedited() ? "decision.expedited.conflicting-guide" : "decision.standard.conflicting-guide")
              .step(STEP_ER_DECISION).title("External review decision (one guide's reading)")
              .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED)
              .lasts(facts.expedited() ? businessDays(4) : calendarDays(60))
              .cite("Consumer coverage-rights summary", Sources.FL_CONFLICTING_GUIDE).confidence(Confidence.UNCERTAIN)
              .build());
          return rules;
        },
        facts -> List.of("Florida has no state external-review program meeting the federal standard: insured plans use"
                + " the HHS-administered federal process (4 months / 45 days / 72 hours). One guide's 60 days / 60 days /"
                + " 4 business days are listed as alternative readings.",
            "Florida HMO grievances (F.S. 641.511: 30 days, 72 hours if urgent) are secondary and not encoded."));
  }

  // --- Pennsylvania --------------------------------------------------------------------------

  static final LocalDate PA_ACT_146_LIVE = LocalDate.of(2024, 1, 1);

  static StateProgram pennsylvania() {
    Ctx pa = new Ctx("PA", "Pennsylvania Insurance Department external review (Act 146)", Contacts.PA, Party.REGULATOR,
        "the Pennsylvania Insurance Department");
    return new StateProgram("PA", Jurisdiction.PA, pa.program, pa.filedWith, pa.filedWithName, PA_ACT_146_LIVE, false,
        false, Contacts.PA, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          rules.add(pa.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
              .cite("40 P.S. 991.2164g(a)(1)", Sources.PA_991_2164).confidence(Confidence.VERIFIED).build());
          rules.add(pa.er("eligibility").title("Department tells the member whether the request is eligible")
              .actor(Party.REGULATOR).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(5))
              .stateBusinessDays(Jurisdiction.PA)
              .cite("PA Insurance Department guidance", Sources.PA_SECONDARY).confidence(Confidence.SECONDARY).build());
          if (facts.expedited()) {
            rules.add(pa.er("expedited.notify-insurer").title("Department notifies the insurer of the expedited request")
                .actor(Party.REGULATOR).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(hours(24))
                .cite("40 P.S. 991.2164g", Sources.PA_991_2164).confidence(Confidence.VERIFIED).build());
            rules.add(pa.er("expedited.insurer-eligibility").title("Insurer decides whether the expedited request is eligible")
                .actor(Party.PLAN).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(hours(48))
                .cite("40 P.S. 991.2164g", Sources.PA_991_2164).confidence(Confidence.VERIFIED)
                .note("24 hours after the Department's notice, which comes within 24 hours of the request: 48 hours after"
                    + " the request at the latest.").build());
          }
          rules.add(pa.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
              .cite("Act 146 of 2022 (decision clocks not retrieved)", Sources.PA_SECONDARY).confidence(Confidence.UNCERTAIN)
              .build());
          return rules;
        },
        facts -> List.of("Pennsylvania's own external review took cases from 2024-01-01 (Act 146 of 2022); before that"
            + " the federal HHS process applied."));
  }

  // --- Illinois ------------------------------------------------------------------------------

  static StateProgram illinois() {
    Ctx il = new Ctx("IL", "Illinois Department of Insurance external review", Contacts.IL, Party.REGULATOR,
        "the Illinois Department of Insurance (Office of Consumer Health Insurance)");
    return new StateProgram("IL", Jurisdiction.IL, il.program, il.filedWith, il.filedWithName, null, true, false,
        Contacts.IL, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          if (facts.expedited()) {
            rules.add(il.state("internal-appeal.expedited-48-hours", Stage.INTERNAL_APPEAL)
                .title("Carrier decides the expedited internal appeal; after this the member may go to expedited external review")
                .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(1).lasts(hours(48))
                .cite("215 ILCS 180/40(a)(3)", Sources.IL_180_40).confidence(Confidence.VERIFIED).build());
          }
          rules.add(il.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
              .cite("215 ILCS 180; IDOI External Review page", Sources.IL_IDOI).confidence(Confidence.VERIFIED)
              .note("4 months from the written notice that internal appeals are exhausted.").build());
          rules.add(il.er("preliminary-review").title("Carrier completes the preliminary review").actor(Party.PLAN)
              .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(5)).stateBusinessDays(Jurisdiction.IL)
              .cite("215 ILCS 180 (secondary summary)", Sources.IL_SECONDARY).confidence(Confidence.SECONDARY).build());
          rules.add(il.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
              .cite("215 ILCS 180 (secondary summary)", Sources.IL_SECONDARY).confidence(Confidence.SECONDARY).build());
          return rules;
        },
        facts -> {
          List<String> notes = new ArrayList<>(expeditedConcurrentNote(facts, "215 ILCS 180/40(a)"));
          notes.add("Illinois: exhaustion is required except in urgent circumstances. Self-insured, union, church and"
              + " non-federal governmental plans may opt in to the state review.");
          return notes;
        });
  }

  // --- Ohio ----------------------------------------------------------------------------------

  static StateProgram ohio() {
    Ctx oh = new Ctx("OH", "Ohio Department of Insurance external review (ORC 3922)", Contacts.OH, Party.PLAN,
        "the health plan issuer (in writing or electronically; expedited requests may be oral)");
    return new StateProgram("OH", Jurisdiction.OH, oh.program, oh.filedWith, oh.filedWithName, null, false, false,
        Contacts.OH, facts -> List.of(
            oh.file(Trigger.FINAL_INTERNAL_DENIAL, calendarDays(180))
                .cite("Ohio Rev. Code § 3922.02(B)", Sources.OH_3922_02).confidence(Confidence.VERIFIED).build(),
            oh.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
                .cite("Ohio Rev. Code Chapter 3922 (secondary summary)", Sources.OH_SECONDARY)
                .confidence(Confidence.SECONDARY).build()),
        facts -> List.of("Ohio: ODI assigns an accredited IRO for medical-judgment disputes; the Superintendent decides"
            + " contract-only disputes (ORC 3922.05)."));
  }

  // --- Georgia -------------------------------------------------------------------------------

  static StateProgram georgia() {
    Ctx ga = new Ctx("GA", "Georgia independent review (Patient's Right to Independent Review Act)", Contacts.GA,
        Party.REGULATOR, "the Georgia Office of Commissioner of Insurance (recipient not confirmed)");
    return new StateProgram("GA", Jurisdiction.GA, ga.program, ga.filedWith, ga.filedWithName, null, false, false,
        Contacts.GA, facts -> List.of(
            ga.minimumFilingWindow(),
            ga.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(30), hours(72))
                .cite("O.C.G.A. § 33-20A-37", Sources.GA_33_20A).confidence(Confidence.SECONDARY).build()),
        facts -> List.of("Georgia: the retrieved statute (O.C.G.A. 33-20A-35) sets no deadline to request review; one"
                + " guide cites 120 days for ACA plans. The federal minimum of 4 months is shown, marked uncertain.",
            "Georgia: whether the state process fully meets the federal standard is uncertain."));
  }

  // --- New Jersey ----------------------------------------------------------------------------

  static StateProgram newJersey() {
    Ctx nj = new Ctx("NJ", "NJ Independent Health Care Appeals Program (IHCAP)", Contacts.NJ, Party.REGULATOR,
        "IHCAP through the Maximus portal (for the Department of Banking and Insurance)");
    return new StateProgram("NJ", Jurisdiction.NJ, nj.program, nj.filedWith, nj.filedWithName, null, false, false,
        Contacts.NJ, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          int[] standardDays = {10, 20};
          for (int level = 1; level <= Math.min(2, facts.appealLevels()); level++) {
            rules.add(nj.state("internal-appeal." + level + ".decision", Stage.INTERNAL_APPEAL)
                .step(FederalRules.appealDecisionStep(level))
                .title("Carrier decides the stage " + level + " appeal").actor(Party.PLAN)
                .startsAt(Trigger.APPEAL_RECEIVED).level(level)
                .lasts(facts.expedited() ? hours(72) : calendarDays(standardDays[level - 1]))
                .cite("NJ DOBI internal appeal stages (older page)", Sources.NJ_OLDER_STAGES)
                .confidence(Confidence.UNCERTAIN)
                .note("From an official DOBI page that may be out of date.").build());
          }
          rules.add(nj.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
              .cite("N.J.A.C. 11:24A-3.6", Sources.NJ_11_24A).confidence(Confidence.SECONDARY).build());
          rules.add(nj.er("preliminary-review").title("Independent utilization review organisation completes the preliminary review")
              .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(5))
              .stateBusinessDays(Jurisdiction.NJ)
              .cite("NJ DOBI IHCAP page", Sources.NJ_IHCAP).confidence(Confidence.VERIFIED).build());
          rules.add(nj.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
              .cite("IHCAP (decision clocks not confirmed)", Sources.NJ_UNCONFIRMED).confidence(Confidence.UNCERTAIN)
              .build());
          return rules;
        },
        facts -> List.of("New Jersey: a $25 filing fee may be billed. Exceptions to exhaustion: carrier waiver, missed"
            + " carrier deadlines, expedited review in parallel."));
  }

  // --- Virginia ------------------------------------------------------------------------------

  static StateProgram virginia() {
    Ctx va = new Ctx("VA", "Virginia Bureau of Insurance external review", Contacts.VA, Party.REGULATOR,
        "the State Corporation Commission, Bureau of Insurance (Form 216-A)");
    return new StateProgram("VA", Jurisdiction.VA, va.program, va.filedWith, va.filedWithName, null, true, false,
        Contacts.VA, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          if (!facts.expedited()) {
            rules.add(va.state("internal-appeal.deemed-exhausted", Stage.INTERNAL_APPEAL)
                .title("Plan decides the internal appeal, or the appeal is deemed exhausted and external review opens")
                .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(1).lasts(calendarDays(30))
                .cite("Va. Code § 38.2-3560", Sources.VA_38_2_3560).confidence(Confidence.VERIFIED).build());
          }
          rules.add(va.file(Trigger.FINAL_INTERNAL_DENIAL, calendarDays(120))
              .cite("Va. Code § 38.2-3556 et seq.; 14VAC5-216", Sources.VA_SECONDARY).confidence(Confidence.SECONDARY)
              .build());
          if (facts.has(Circumstance.CANCER_TREATMENT)) {
            rules.add(va.file("file.cancer", Trigger.INITIAL_DENIAL, CountsFrom.RECEIPT, calendarDays(120))
                .title("Request external review without an internal appeal (cancer treatment)")
                .cite("Va. Code § 38.2-3560(A)", Sources.VA_38_2_3560, Sources.VA_SECONDARY)
                .confidence(Confidence.SECONDARY)
                .note("No internal appeal is needed for a denial about treatment of the member's cancer (verified);"
                    + " the 120-day window is from secondary sources.").build());
          }
          rules.add(va.decision(facts, Trigger.EXTERNAL_REVIEW_REQUESTED, calendarDays(45), hours(72))
              .cite("Va. Code § 38.2-3556 et seq. (secondary summary)", Sources.VA_SECONDARY)
              .confidence(Confidence.SECONDARY)
              .note(facts.expedited() ? "Physician certification (Form 216-C) supports an expedited request."
                  : "45 days after receipt; the whole process takes about 60 days.").build());
          return rules;
        },
        facts -> {
          List<String> notes = new ArrayList<>(expeditedConcurrentNote(facts,
              "Va. Code 38.2-3560(C); the IRO decides whether the internal review must finish first"));
          if (facts.has(Circumstance.CANCER_TREATMENT)) {
            notes.add("Virginia: cancer treatment denials may skip the internal appeal (Va. Code 38.2-3560(A)).");
          }
          notes.add("Virginia lets self-insured plans opt in to the state review (14VAC5-216-130, section title only).");
          return notes;
        });
  }

  // --- Washington ----------------------------------------------------------------------------

  static StateProgram washington() {
    Ctx wa = new Ctx("WA", "Washington independent review (OIC registry)", Contacts.WA, Party.PLAN,
        "the carrier (it assigns a certified IRO from the OIC rotational registry)");
    return new StateProgram("WA", Jurisdiction.WA, wa.program, wa.filedWith, wa.filedWithName, null, false, false,
        Contacts.WA, facts -> List.of(
            wa.minimumFilingWindow(),
            wa.er("assignment-report").title("Carrier reports the IRO assignment to the OIC").actor(Party.PLAN)
                .startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(businessDays(3)).stateBusinessDays(Jurisdiction.WA)
                .cite("WAC 284-43A-140", Sources.WA_WAC).confidence(Confidence.VERIFIED).build(),
            wa.er("member-information").title("Send added information to the IRO").actor(Party.MEMBER)
                .filedWith(Party.INDEPENDENT_REVIEWER, "the assigned IRO")
                .startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(facts.expedited() ? hours(24) : businessDays(5))
                .stateBusinessDays(Jurisdiction.WA)
                .condition("optional: only if the member wants the IRO to consider more information")
                .cite("WAC 284-43A (formerly WAC 246-305-050)", Sources.WA_WAC).confidence(Confidence.VERIFIED).build(),
            wa.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(20), hours(72))
                .cite("WAC 284-43A (formerly WAC 246-305-050)", Sources.WA_WAC).confidence(Confidence.VERIFIED)
                .note(facts.expedited() ? "72 hours after referral."
                    : "The earlier of 15 days after the IRO receives the information it needs and 20 days after"
                        + " referral (25 days at most if information is incomplete); 20 days is shown.").build()),
        facts -> List.of("Washington: the deadline to request review was not confirmed; the federal minimum of 4 months"
                + " is shown, marked uncertain.",
            "Washington: the internal grievance process must be exhausted first (RCW 48.43.535)."));
  }

  // --- Michigan ------------------------------------------------------------------------------

  static StateProgram michigan() {
    Ctx mi = new Ctx("MI", "Michigan DIFS external review (PRIRA)", Contacts.MI, Party.REGULATOR,
        "the Michigan Department of Insurance and Financial Services (form FIS 0018)");
    return new StateProgram("MI", Jurisdiction.MI, mi.program, mi.filedWith, mi.filedWithName, null, false, false,
        Contacts.MI, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          rules.add(mi.file(Trigger.FINAL_INTERNAL_DENIAL, calendarDays(127))
              .cite("DIFS appeals page; MCL 550.1911", Sources.MI_DIFS).confidence(Confidence.VERIFIED)
              .note("Conflict: older BCBSM, UMich HR and type2.wiki pages say 60 days (one BCBSM HMO page '60 business"
                  + " days', an older PPO page 120 days). Encoded: 127 days, the DIFS value.").build());
          rules.add(mi.file("file.older-pages", Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.RECEIPT, calendarDays(60))
              .title("Request external review (older pages: 60 days)")
              .cite("Older BCBSM / UMich HR / type2.wiki pages", Sources.MI_OLDER).confidence(Confidence.UNCERTAIN).build());
          if (facts.expedited()) {
            rules.add(mi.file("file.expedited", Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.RECEIPT, calendarDays(10))
                .step("external-review.file.expedited").title("Request expedited external review (DIFS)")
                .cite("MCL 550.1913(1)", Sources.MI_550_1913).confidence(Confidence.VERIFIED)
                .note("10 days after the adverse determination; it may also be filed with an expedited internal grievance.")
                .build());
          }
          rules.add(mi.er(facts.expedited() ? "recommendation.expedited" : "recommendation.standard")
              .step("external-review.recommendation").title("IRO sends its recommendation to the DIFS director")
              .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED)
              .lasts(facts.expedited() ? hours(36) : calendarDays(14))
              .cite("PRIRA, MCL 550.1901 et seq. (secondary summary)", Sources.MI_SECONDARY)
              .confidence(Confidence.SECONDARY).build());
          rules.add(mi.er(facts.expedited() ? "director-decision.expedited" : "director-decision.standard")
              .step(STEP_ER_DECISION).title("DIFS director decides on the IRO's recommendation")
              .actor(Party.REGULATOR).startsAt(Trigger.REVIEWER_RECOMMENDATION)
              .lasts(facts.expedited() ? hours(24) : businessDays(7)).stateBusinessDays(Jurisdiction.MI)
              .cite("PRIRA, MCL 550.1901 et seq.", Sources.MI_DIFS, Sources.MI_SECONDARY).confidence(Confidence.SECONDARY)
              .note("Two steps: the IRO recommends, the director decides (the decision is the director's, verified).")
              .build());
          return rules;
        },
        facts -> List.of("Michigan: exhaustion is required (MCL 550.1907(2)) unless an expedited review is filed with an"
            + " expedited internal grievance or the carrier misses its deadline."));
  }

  // --- Massachusetts -------------------------------------------------------------------------

  static StateProgram massachusetts() {
    Ctx ma = new Ctx("MA", "Massachusetts Office of Patient Protection external review", Contacts.MA, Party.REGULATOR,
        "the Office of Patient Protection (Health Policy Commission)");
    return new StateProgram("MA", Jurisdiction.MA, ma.program, ma.filedWith, ma.filedWithName, null, false, false,
        Contacts.MA, facts -> List.of(
            ma.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
                .cite("958 CMR 3.400(1)", Sources.MA_958_CMR).confidence(Confidence.VERIFIED).build(),
            ma.er("ineligibility-notice").title("OPP notifies the member if the request is not eligible")
                .actor(Party.REGULATOR).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED)
                .lasts(facts.expedited() ? hours(72) : businessDays(10)).stateBusinessDays(Jurisdiction.MA)
                .condition("only if the request is not eligible")
                .cite("958 CMR 3.406", Sources.MA_958_CMR).confidence(Confidence.VERIFIED).build(),
            ma.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
                .cite(facts.expedited() ? "M.G.L. c.176O § 14 (secondary summary)" : "OPP FAQ",
                    facts.expedited() ? Sources.MA_SECONDARY : Sources.MA_OPP)
                .confidence(facts.expedited() ? Confidence.SECONDARY : Confidence.VERIFIED).build()),
        facts -> List.of("Massachusetts: no minimum dollar threshold. Exceptions to exhaustion: simultaneous expedited"
            + " review, carrier waiver, carrier missing c.176O § 13 deadlines."));
  }

  // --- Arizona -------------------------------------------------------------------------------

  static StateProgram arizona() {
    Ctx az = new Ctx("AZ", "Arizona DIFI external independent review", Contacts.AZ, Party.PLAN,
        "the insurer (it forwards the request to DIFI)");
    return new StateProgram("AZ", Jurisdiction.AZ, az.program, az.filedWith, az.filedWithName, null, false, false,
        Contacts.AZ, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          if (facts.pharmacy() && facts.drug()) {
            rules.add(az.state("drug-prior-authorization", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Insurer decides the drug prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(calendarDays(facts.expedited() ? 5 : 14))
                .cite("A.R.S. § 20-3404", Sources.AZ_20_3404).confidence(Confidence.SECONDARY)
                .note("Silence counts as approval.").build());
          }
          rules.add(az.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
              .cite("A.R.S. § 20-2537(B)", Sources.AZ_20_2537).confidence(Confidence.SECONDARY).build());
          rules.add(az.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(21), hours(72))
              .cite("A.R.S. § 20-2537 (secondary summary)", Sources.AZ_20_2537).confidence(Confidence.SECONDARY).build());
          return rules;
        },
        facts -> List.of("Arizona's own internal steps (informal reconsideration, a 2-year window for the initial"
            + " appeal, a voluntary appeal within 60 days under A.R.S. 20-2536(A)) are not modelled: the federal"
            + " internal-appeal clocks are shown."));
  }

  // --- Colorado ------------------------------------------------------------------------------

  static StateProgram colorado() {
    Ctx co = new Ctx("CO", "Colorado Division of Insurance external review", Contacts.CO, Party.PLAN,
        "the carrier (it forwards the request to the Division of Insurance)");
    return new StateProgram("CO", Jurisdiction.CO, co.program, co.filedWith, co.filedWithName, null, false, false,
        Contacts.CO, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          if (facts.pharmacy() && facts.drug()) {
            ClockRule.Builder drugPa = co.state("drug-prior-authorization", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Carrier answers the drug prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).stateBusinessDays(Jurisdiction.CO)
                .note("Deemed granted if not answered in time. Kaiser-type single-medical-group HMOs are exempt.");
            if (facts.expedited()) {
              drugPa.lasts(businessDays(1)).cite("C.R.S. § 10-16-124.5 (urgent, oral or fax)", Sources.CO_10_16_124_5_S)
                  .confidence(Confidence.SECONDARY);
            } else if (facts.has(Circumstance.ELECTRONIC_PRIOR_AUTHORIZATION)) {
              drugPa.lasts(businessDays(2)).cite("C.R.S. § 10-16-124.5", Sources.CO_10_16_124_5)
                  .confidence(Confidence.VERIFIED);
            } else {
              drugPa.lasts(businessDays(3)).cite("C.R.S. § 10-16-124.5 (non-electronic)", Sources.CO_10_16_124_5_S)
                  .confidence(Confidence.SECONDARY);
            }
            rules.add(drugPa.build());
          }
          if (!facts.pharmacy() && facts.expedited()) {
            rules.add(co.state("medical-prior-authorization.urgent.business-days", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Carrier decides the urgent prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(businessDays(2)).stateBusinessDays(Jurisdiction.CO)
                .cite("C.R.S. § 10-16-112.5(3)(a)(II)", Sources.CO_10_16_112_5).confidence(Confidence.VERIFIED)
                .note("Within 2 business days and no more than 72 hours, whichever comes first; deemed granted otherwise.")
                .build());
            rules.add(co.state("medical-prior-authorization.urgent.hours", Stage.INITIAL_DECISION).step(STEP_INITIAL)
                .title("Carrier decides the urgent prior-authorization request").actor(Party.PLAN)
                .startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(72))
                .cite("C.R.S. § 10-16-112.5(3)(a)(II)", Sources.CO_10_16_112_5).confidence(Confidence.VERIFIED)
                .build());
          }
          rules.add(co.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
              .cite("C.R.S. § 10-16-113.5(7)", Sources.CO_10_16_113_5).confidence(Confidence.SECONDARY)
              .note("About 60 days after a voluntary second-level denial, per secondary sources (not encoded).").build());
          if (facts.expedited()) {
            rules.add(co.er("expedited.carrier-notice").title("Carrier tells the Division of the expedited request")
                .actor(Party.PLAN).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(1))
                .stateBusinessDays(Jurisdiction.CO)
                .cite("3 CCR 702-4-2-21-9", Sources.CO_3CCR_702_4).confidence(Confidence.VERIFIED).build());
            rules.add(co.er("expedited.assignment").title("Division assigns an independent review entity")
                .actor(Party.REGULATOR).startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(2))
                .stateBusinessDays(Jurisdiction.CO)
                .cite("3 CCR 702-4-2-21-9", Sources.CO_3CCR_702_4).confidence(Confidence.VERIFIED)
                .note("1 business day after the carrier's notice, which comes within 1 business day of the request:"
                    + " 2 business days after the request at the latest. Physician certification is required.").build());
          }
          rules.add(co.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
              .cite("C.R.S. § 10-16-113.5 (secondary summary)", Sources.CO_10_16_113_5).confidence(Confidence.SECONDARY)
              .build());
          return rules;
        },
        facts -> List.of("Colorado: exhaust first (individual plans: one level; group: a voluntary second level);"
            + " exceptions for expedited cases and missed carrier deadlines."));
  }

  // --- District of Columbia ------------------------------------------------------------------

  static StateProgram districtOfColumbia() {
    Ctx dc = new Ctx("DC", "DC Office of Health Care Ombudsman external review", Contacts.DC, Party.REGULATOR,
        "the DC Office of Health Care Ombudsman and Bill of Rights");
    return new StateProgram("DC", Jurisdiction.DC, dc.program, dc.filedWith, dc.filedWithName, null, false, false,
        Contacts.DC, facts -> {
          List<ClockRule> rules = new ArrayList<>();
          rules.add(dc.state("prior-authorization", Stage.INITIAL_DECISION).step(STEP_INITIAL)
              .title("Carrier decides the prior-authorization request").actor(Party.PLAN)
              .startsAt(Trigger.COVERAGE_REQUEST).stateBusinessDays(Jurisdiction.DC)
              .lasts(facts.expedited() ? hours(24)
                  : businessDays(facts.has(Circumstance.ELECTRONIC_PRIOR_AUTHORIZATION) ? 3 : 5))
              .cite("D.C. Code § 31-3875.01 et seq.", Sources.DC_PA_LAW).confidence(Confidence.SECONDARY)
              .note("Deemed approved if not decided in time.").build());
          rules.add(dc.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
              .cite("Current consumer guides; 45 CFR 147.136(c)(2)(vi) requires at least 4 months", Sources.DC_GUIDES,
                  Sources.ACA_HHS).confidence(Confidence.UNCERTAIN)
              .note("Conflict: the statute mirror (D.C. Code 44-301.07(b)) says 30 business days, possibly superseded;"
                  + " a qualifying state process must allow at least 4 months (45 CFR 147.136(c)(2)(vi)). Encoded: 4 months;"
                  + " the 30-business-day reading is listed as an alternative.").build());
          rules.add(dc.file("file.older-statute", Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.RECEIPT, businessDays(30))
              .title("Request external review (older statute: 30 business days)").stateBusinessDays(Jurisdiction.DC)
              .cite("D.C. Code § 44-301.07(b)", Sources.DC_44_301_07).confidence(Confidence.UNCERTAIN).build());
          rules.add(dc.er("acceptance").title("Ombudsman accepts or rejects the request").actor(Party.REGULATOR)
              .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(facts.expedited() ? hours(24) : businessDays(5))
              .stateBusinessDays(Jurisdiction.DC)
              .cite("22-B DCMR 6007", Sources.DC_22B_6007).confidence(Confidence.VERIFIED).build());
          rules.add(dc.decision(facts, Trigger.EXTERNAL_REVIEW_ASSIGNED, calendarDays(45), hours(72))
              .cite("DC external review (secondary summary)", Sources.DC_GUIDES).confidence(Confidence.SECONDARY).build());
          return rules;
        },
        facts -> List.of("DC: the Ombudsman's phone number is printed as \"(977) 685-6391\" in the source, likely a typo"
            + " for 877; it is left out."));
  }

  // --- Montana and Oregon --------------------------------------------------------------------

  static StateProgram montana() {
    Ctx mt = new Ctx("MT", "Montana external review", Contacts.MT, Party.PLAN,
        "the insurer (the Commissioner of Securities and Insurance assists)");
    return new StateProgram("MT", Jurisdiction.MT, mt.program, mt.filedWith, mt.filedWithName, null, false, false,
        Contacts.MT, facts -> List.of(
            mt.file(Trigger.FINAL_INTERNAL_DENIAL, calendarMonths(4))
                .cite("Montana external review (type2.wiki)", Sources.MT_TYPE2).confidence(Confidence.SECONDARY).build(),
            mt.er("eligibility").title("Insurer decides whether the request is eligible").actor(Party.PLAN)
                .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(calendarDays(5))
                .cite("Montana external review (type2.wiki)", Sources.MT_TYPE2).confidence(Confidence.SECONDARY).build(),
            mt.er("file-to-reviewer").title("Insurer sends the file to the IRO").actor(Party.PLAN)
                .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(calendarDays(10))
                .cite("Montana external review (type2.wiki)", Sources.MT_TYPE2).confidence(Confidence.SECONDARY)
                .note("5 days for eligibility, then 5 more days: 10 days after the request at the latest.").build(),
            mt.er("member-information").title("Send added information to the IRO").actor(Party.MEMBER)
                .filedWith(Party.INDEPENDENT_REVIEWER, "the assigned IRO").startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED)
                .lasts(businessDays(10)).stateBusinessDays(Jurisdiction.MT)
                .condition("optional: only if the member wants the IRO to consider more information")
                .cite("Montana external review (type2.wiki)", Sources.MT_TYPE2).confidence(Confidence.SECONDARY).build(),
            mt.naicDecision(facts)),
        facts -> List.of("Montana: decision clocks were not retrieved; the NAIC model values are shown, marked uncertain."));
  }

  static StateProgram oregon() {
    Ctx or = new Ctx("OR", "Oregon external review (Division of Financial Regulation)", List.of(), Party.PLAN,
        "the insurer (it forwards the request to the Division of Financial Regulation)");
    return new StateProgram("OR", Jurisdiction.OR, or.program, or.filedWith, or.filedWithName, null, false, false,
        List.of(), facts -> List.of(
            or.file(Trigger.FINAL_INTERNAL_DENIAL, calendarDays(180))
                .cite("Oregon external review (type2.wiki)", Sources.OR_TYPE2).confidence(Confidence.UNCERTAIN)
                .note("Identification uncertain: the only source names just the Division of Financial Regulation.").build(),
            or.naicDecision(facts)),
        facts -> List.of("Oregon: the whole row is uncertain; decision clocks were not retrieved and the NAIC model values"
            + " are shown."));
  }
}
