package io.covercrit.jurisdictions.internal;

import static io.covercrit.jurisdictions.ClockLength.businessDays;
import static io.covercrit.jurisdictions.ClockLength.calendarDays;
import static io.covercrit.jurisdictions.ClockLength.calendarMonths;
import static io.covercrit.jurisdictions.ClockLength.hours;
import static io.covercrit.jurisdictions.internal.ClockRule.rule;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.jurisdictions.CountsFrom;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.Party;
import io.covercrit.jurisdictions.RuleBasis;
import io.covercrit.jurisdictions.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Federal baselines: ERISA claims rule, ACA external review, Medicare Part C/D, Medicaid. */
final class FederalRules {
  private FederalRules() {}

  static final String STEP_INITIAL = "initial-decision";
  static final String STEP_APPEAL_FILE = "internal-appeal-1.file";
  static final String STEP_ER_FILE = "external-review.file";

  static String appealDecisionStep(int level) {
    return "internal-appeal-" + level + ".decision";
  }

  static String appealFileStep(int level) {
    return "internal-appeal-" + level + ".file";
  }

  /** CMS-0057-F prior-authorization clocks apply to requests received from this date. */
  static final LocalDate CMS_0057_F_EFFECTIVE = LocalDate.of(2026, 1, 1);

  // --- Commercial, individual and self-funded plans: initial decision and internal appeal -----

  /** Pre-service claim clocks of 29 CFR 2560.503-1, which ACA rules apply to insured plans too. */
  static List<ClockRule> claimsAndInternalAppeal(RuleFacts facts) {
    String program = facts.individualMarket()
        ? "Internal appeal, individual market (45 CFR 147.136(b)(3))"
        : "ERISA claims procedure (29 CFR 2560.503-1)";
    String appealCite = facts.individualMarket() ? "45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(h)(3)(i)"
        : "29 CFR 2560.503-1(h)(3)(i)";
    List<ClockRule> rules = new ArrayList<>();
    if (facts.expedited()) {
      rules.add(rule("FED.initial-decision.urgent").step(STEP_INITIAL).stage(Stage.INITIAL_DECISION)
          .title("Plan decides the urgent pre-service request").actor(Party.PLAN)
          .startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(72))
          .cite("29 CFR 2560.503-1(f)(2)(i)", Sources.ERISA_CLAIMS).confidence(Confidence.VERIFIED)
          .basis(RuleBasis.FEDERAL).program(program)
          .note("Conflict: a 2010 employer notice gives 24 hours (from the 2010 ACA interim final rule); the"
              + " 2011 amendment restored the ERISA 72-hour rule. Encoded: 72 hours (confirm 29 CFR"
              + " 2590.715-2719(b)(2)(ii)(B) on eCFR).")
          .build());
    } else {
      rules.add(rule("FED.initial-decision.pre-service").step(STEP_INITIAL).stage(Stage.INITIAL_DECISION)
          .title("Plan decides the pre-service request").actor(Party.PLAN)
          .startsAt(Trigger.COVERAGE_REQUEST).lasts(calendarDays(15))
          .cite("29 CFR 2560.503-1(f)(2)(iii)(A)", Sources.ERISA_CLAIMS).confidence(Confidence.VERIFIED)
          .basis(RuleBasis.FEDERAL).program(program)
          .note("One 15-day extension is allowed with notice; the claimant then has 45 days to supply missing information.")
          .build());
    }
    rules.add(rule("FED.internal-appeal.file").step(STEP_APPEAL_FILE).fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1).stage(Stage.INTERNAL_APPEAL)
        .title("File the internal appeal with the plan").actor(Party.MEMBER).filedWith(Party.PLAN, "the plan")
        .startsAt(Trigger.INITIAL_DENIAL).lasts(calendarDays(180))
        .cite(appealCite, Sources.ERISA_CLAIMS, Sources.ACA_HHS).confidence(Confidence.VERIFIED)
        .basis(RuleBasis.FEDERAL).program(program)
        .note("The legal minimum: a plan must allow at least 180 days after receipt of the denial.")
        .build());
    int levels = facts.appealLevels();
    for (int level = 1; level <= levels; level++) {
      if (facts.expedited()) {
        rules.add(rule("FED.internal-appeal." + level + ".decision.urgent").step(appealDecisionStep(level))
            .stage(Stage.INTERNAL_APPEAL).title("Plan decides the urgent appeal (level " + level + ")")
            .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(level).lasts(hours(72))
            .cite("29 CFR 2560.503-1(i)(2)(i)", Sources.ERISA_CLAIMS).confidence(Confidence.VERIFIED)
            .basis(RuleBasis.FEDERAL).program(program).build());
      } else {
        boolean oneLevel = levels == 1;
        rules.add(rule("FED.internal-appeal." + level + ".decision.pre-service").step(appealDecisionStep(level))
            .stage(Stage.INTERNAL_APPEAL).title("Plan decides the pre-service appeal (level " + level + ")")
            .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(level)
            .lasts(calendarDays(oneLevel ? 30 : 15))
            .cite("29 CFR 2560.503-1(i)(2)(ii)", Sources.ERISA_CLAIMS).confidence(Confidence.VERIFIED)
            .basis(RuleBasis.FEDERAL).program(program)
            .note(oneLevel ? "30 days because the plan has one appeal level (15 days per level with two)."
                : "15 days per level because the plan has " + levels + " appeal levels.")
            .build());
      }
    }
    return rules;
  }

  // --- Federal external review ---------------------------------------------------------------

  /**
   * The federal external review: 29 CFR 2590.715-2719(d) for self-funded plans, 45 CFR
   * 147.136(d) (HHS-administered) for insured coverage without a state process.
   */
  static List<ClockRule> federalExternalReview(RuleFacts facts, boolean selfFunded, RuleBasis basis,
      String program, List<ContactPoint> contacts) {
    String cite = selfFunded ? "29 CFR 2590.715-2719(d)" : "45 CFR 147.136(d)";
    Party filedWith = selfFunded ? Party.PLAN : Party.REGULATOR;
    String filedWithName = selfFunded ? "the plan (it sends the case to an IRO under contract)"
        : "the HHS-administered federal external review (Maximus Federal Services)";
    List<ClockRule> rules = new ArrayList<>();
    rules.add(rule("FED.external-review.file").step(STEP_ER_FILE).fulfilledBy(CaseEventType.EXTERNAL_REVIEW_REQUESTED).stage(Stage.EXTERNAL_REVIEW)
        .title("Request external review").actor(Party.MEMBER).filedWith(filedWith, filedWithName)
        .startsAt(Trigger.FINAL_INTERNAL_DENIAL).lasts(calendarMonths(4))
        .monthEnd(MonthEnd.FIRST_DAY_OF_NEXT_MONTH).rollsForwardToBusinessDay()
        .cite(cite + "(2)(i)", Sources.ACA_HHS, Sources.ACA_DOL).confidence(Confidence.VERIFIED)
        .basis(basis).program(program).contacts(contacts)
        .note("Four calendar months, not 120 days. When the date 4 months later does not exist the"
            + " deadline is the first day of the fifth month (received 30 October: due 1 March), as the"
            + " regulation says; a deadline on a Saturday, Sunday or federal holiday moves to the next"
            + " business day (this sentence may be a recent amendment: confirm on eCFR).")
        .build());
    rules.add(rule("FED.external-review.preliminary-review").stage(Stage.EXTERNAL_REVIEW)
        .title("Plan completes the preliminary review (eligibility)").actor(Party.PLAN)
        .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(5))
        .cite(cite + "(2)(ii)", Sources.ACA_HHS).confidence(Confidence.VERIFIED)
        .basis(basis).program(program).build());
    rules.add(rule("FED.external-review.preliminary-notice").stage(Stage.EXTERNAL_REVIEW)
        .title("Plan sends written notice of the preliminary review").actor(Party.PLAN)
        .startsAt(Trigger.EXTERNAL_REVIEW_REQUESTED).lasts(businessDays(6))
        .cite(cite + "(2)(ii)", Sources.ACA_HHS).confidence(Confidence.VERIFIED)
        .basis(basis).program(program)
        .note("1 business day after a preliminary review of at most 5 business days: 6 business days after"
            + " the request at the latest.")
        .build());
    if (facts.expedited()) {
      rules.add(rule("FED.external-review.decision.expedited").step("external-review.decision")
          .stage(Stage.EXTERNAL_REVIEW).title("Independent reviewer decides the expedited external review")
          .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(hours(72))
          .cite(cite + "(3)(iv)", Sources.ACA_HHS).confidence(Confidence.VERIFIED)
          .basis(basis).program(program)
          .note("As fast as the condition requires; an oral decision is confirmed in writing within 48 hours.")
          .build());
    } else {
      rules.add(rule("FED.external-review.decision.standard").step("external-review.decision")
          .stage(Stage.EXTERNAL_REVIEW).title("Independent reviewer decides the external review")
          .actor(Party.INDEPENDENT_REVIEWER).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(calendarDays(45))
          .cite(cite + "(2)(iii)(B)(6)", Sources.ACA_HHS).confidence(Confidence.VERIFIED)
          .basis(basis).program(program).build());
    }
    return rules;
  }

  // --- Medicare ------------------------------------------------------------------------------

  static final String PART_D = "Medicare Part D appeals (42 CFR Part 423, Subpart M)";

  static List<ClockRule> partD(RuleFacts facts) {
    List<ClockRule> rules = new ArrayList<>();
    rules.add(rule(facts.expedited() ? "PARTD.coverage-determination.expedited" : "PARTD.coverage-determination.standard")
        .step(STEP_INITIAL).stage(Stage.INITIAL_DECISION)
        .title(facts.expedited() ? "Part D plan decides the expedited coverage determination"
            : "Part D plan decides the coverage determination")
        .actor(Party.PLAN).startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(facts.expedited() ? 24 : 72))
        .cite(facts.expedited() ? "42 CFR 423.572" : "42 CFR 423.568", Sources.PART_D_CD)
        .confidence(Confidence.SECONDARY).basis(RuleBasis.FEDERAL).program(PART_D)
        .note("For an exception request the clock runs from receipt of the prescriber's supporting statement.")
        .note("Proposed rule CMS-0062-P (72 h / 24 h across programs, from Oct 2027) is only proposed and not applied.")
        .build());
    rules.add(rule("PARTD.redetermination.file").step(STEP_APPEAL_FILE).fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1).stage(Stage.INTERNAL_APPEAL)
        .title("Request a redetermination from the Part D plan").actor(Party.MEMBER)
        .filedWith(Party.PLAN, "the Part D plan sponsor")
        .startsAt(Trigger.INITIAL_DENIAL, CountsFrom.PRESUMED_RECEIPT).lasts(calendarDays(60))
        .cite("42 CFR 423.582(b)", Sources.PART_D_REDETERMINATION_FILING).confidence(Confidence.VERIFIED)
        .basis(RuleBasis.FEDERAL).program(PART_D)
        .note("60 calendar days after receipt of the coverage-determination notice, receipt presumed 5 days after"
            + " the notice date: 65 days from the notice date, as CMS guidance (2020) says. Late filing is allowed"
            + " for good cause.")
        .build());
    rules.add(rule("PARTD.redetermination.file.older-reading").step(STEP_APPEAL_FILE).fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1).stage(Stage.INTERNAL_APPEAL)
        .title("Request a redetermination (older reading: 60 days from the notice date)").actor(Party.MEMBER)
        .filedWith(Party.PLAN, "the Part D plan sponsor")
        .startsAt(Trigger.INITIAL_DENIAL, CountsFrom.NOTICE_DATE).lasts(calendarDays(60))
        .cite("42 CFR 423.582(b) (older text); older CMS pages", Sources.PART_D_OLDER_PAGES)
        .confidence(Confidence.UNCERTAIN).basis(RuleBasis.FEDERAL).program(PART_D)
        .build());
    rules.add(rule(facts.expedited() ? "PARTD.redetermination.decision.expedited" : "PARTD.redetermination.decision.standard")
        .step(appealDecisionStep(1)).stage(Stage.INTERNAL_APPEAL)
        .title(facts.expedited() ? "Part D plan decides the expedited redetermination"
            : "Part D plan decides the redetermination")
        .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(1)
        .lasts(facts.expedited() ? hours(72) : calendarDays(7))
        .cite("42 CFR 423.590", Sources.PART_D_REDETERMINATION_DECISION).confidence(Confidence.VERIFIED)
        .basis(RuleBasis.FEDERAL).program(PART_D)
        .note(facts.expedited() ? "Oral notice is allowed, with written confirmation within 3 calendar days."
            : "Requests for payment (drugs already bought) get 14 calendar days; not modelled here.")
        .build());
    return rules;
  }

  static final String PART_C = "Medicare Advantage appeals (42 CFR Part 422, Subpart M)";

  static List<ClockRule> medicareAdvantage(RuleFacts facts) {
    List<ClockRule> rules = new ArrayList<>();
    if (!facts.drug()) {
      rules.addAll(cms0057(facts, PART_C, "42 CFR 422.568, 422.572 as amended by CMS-0057-F"));
    }
    rules.add(rule("MA.reconsideration.file").step(STEP_APPEAL_FILE).fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1).stage(Stage.INTERNAL_APPEAL)
        .title("Request a reconsideration from the Medicare Advantage plan").actor(Party.MEMBER)
        .filedWith(Party.PLAN, "the Medicare Advantage plan")
        .startsAt(Trigger.INITIAL_DENIAL, CountsFrom.PRESUMED_RECEIPT).lasts(calendarDays(60))
        .cite("42 CFR 422.582", Sources.PART_C_RECONSIDERATION).confidence(Confidence.UNCERTAIN)
        .basis(RuleBasis.FEDERAL).program(PART_C)
        .note("Not in the project's fact sheet: encoded by analogy with the Part D rule (60 days after receipt,"
            + " presumed 5 days after the notice date). Check the plan's notice.")
        .build());
    return rules;
  }

  /** CMS-0057-F: items and services only (never drugs), MA and Medicaid managed care, from 2026. */
  static List<ClockRule> cms0057(RuleFacts facts, String program, String cite) {
    return List.of(rule(facts.expedited() ? "CMS-0057-F.expedited" : "CMS-0057-F.standard")
        .step(STEP_INITIAL).stage(Stage.INITIAL_DECISION)
        .title(facts.expedited() ? "Plan decides the expedited prior-authorization request"
            : "Plan decides the standard prior-authorization request")
        .actor(Party.PLAN).startsAt(Trigger.COVERAGE_REQUEST).appliesFrom(CMS_0057_F_EFFECTIVE)
        .lasts(facts.expedited() ? hours(72) : calendarDays(7))
        .cite(cite, Sources.CMS_0057_F).confidence(Confidence.SECONDARY).basis(RuleBasis.FEDERAL).program(program)
        .note("CMS-0057-F clocks apply to items and services, not drugs, for requests received from 2026-01-01;"
            + " they do not apply to FFE QHP issuers, commercial or state-regulated plans.")
        .build());
  }

  // --- Medicaid managed care ---------------------------------------------------------------

  static final String MEDICAID = "Medicaid managed care appeals and state fair hearing (42 CFR 438 Subpart F)";

  static List<ClockRule> medicaid(RuleFacts facts) {
    List<ClockRule> rules = new ArrayList<>();
    if (facts.pharmacy() && facts.drug()) {
      rules.add(rule("MEDICAID.drug-prior-authorization").step(STEP_INITIAL).stage(Stage.INITIAL_DECISION)
          .title("Plan answers the drug prior-authorization request").actor(Party.PLAN)
          .startsAt(Trigger.COVERAGE_REQUEST).lasts(hours(24))
          .cite("Social Security Act 1927(d)(5)(A); 42 CFR 438.3(s)(6)", Sources.MEDICAID_DRUG_PA)
          .confidence(Confidence.UNCERTAIN).basis(RuleBasis.FEDERAL).program(MEDICAID)
          .note("Not in the project's fact sheet: the 24-hour response rule for covered outpatient drugs is"
              + " encoded from memory; check the state's contract.")
          .build());
    } else if (!facts.drug()) {
      rules.addAll(cms0057(facts, MEDICAID, "42 CFR 438.210(d) as amended by CMS-0057-F"));
    }
    rules.add(rule("MEDICAID.mco-appeal.file").step(STEP_APPEAL_FILE).fulfilledBy(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1).stage(Stage.INTERNAL_APPEAL)
        .title("File the appeal with the managed-care plan").actor(Party.MEMBER)
        .filedWith(Party.PLAN, "the Medicaid managed-care plan")
        .startsAt(Trigger.INITIAL_DENIAL, CountsFrom.NOTICE_DATE).lasts(calendarDays(60))
        .cite("42 CFR 438.402(c)(2)(ii)", Sources.MEDICAID_APPEALS).confidence(Confidence.UNCERTAIN)
        .basis(RuleBasis.FEDERAL).program(MEDICAID)
        .note("Encoded from the 2016 rule (60 days from the date on the notice); the mirror read shows the older"
            + " text (a state-set 20 to 90 days).")
        .build());
    rules.add(rule(facts.expedited() ? "MEDICAID.mco-appeal.decision.expedited" : "MEDICAID.mco-appeal.decision.standard")
        .step(appealDecisionStep(1)).stage(Stage.INTERNAL_APPEAL)
        .title(facts.expedited() ? "Plan resolves the expedited appeal" : "Plan resolves the appeal")
        .actor(Party.PLAN).startsAt(Trigger.APPEAL_RECEIVED).level(1)
        .lasts(facts.expedited() ? hours(72) : calendarDays(30))
        .cite(facts.expedited() ? "42 CFR 438.408(b)(3)" : "42 CFR 438.408(b)(2)", Sources.MEDICAID_APPEALS)
        .confidence(Confidence.UNCERTAIN).basis(RuleBasis.FEDERAL).program(MEDICAID)
        .note("Encoded from the 2016 rule; the older text read in the mirror says 45 days / 3 working days."
            + " The plan may extend by up to 14 days.")
        .build());
    rules.add(rule("MEDICAID.fair-hearing.file").step(STEP_ER_FILE).fulfilledBy(CaseEventType.EXTERNAL_REVIEW_REQUESTED).stage(Stage.EXTERNAL_REVIEW)
        .title("Request a state fair hearing").actor(Party.MEMBER)
        .filedWith(Party.STATE_MEDICAID_AGENCY, "the state Medicaid agency")
        .startsAt(Trigger.FINAL_INTERNAL_DENIAL, CountsFrom.NOTICE_DATE).lasts(calendarDays(90))
        .cite("42 CFR 438.408(f)(2)", Sources.MEDICAID_APPEALS).confidence(Confidence.UNCERTAIN)
        .basis(RuleBasis.FEDERAL).program(MEDICAID)
        .note("Each state sets 90 to 120 days from the date of the plan's notice of resolution; the shortest"
            + " allowed (90) is shown. Virginia, for example, allows 120 days (12VAC30-120-650).")
        .build());
    if (facts.expedited()) {
      rules.add(rule("MEDICAID.fair-hearing.decision.expedited").step("external-review.decision")
          .stage(Stage.EXTERNAL_REVIEW).title("State agency decides the expedited fair hearing")
          .actor(Party.STATE_MEDICAID_AGENCY).startsAt(Trigger.EXTERNAL_REVIEW_ASSIGNED).lasts(businessDays(3))
          .cite("42 CFR 431.244(f)(2)", Sources.MEDICAID_HEARING_DECISION).confidence(Confidence.VERIFIED)
          .basis(RuleBasis.FEDERAL).program(MEDICAID)
          .note("3 working days after the agency receives the plan's case file (the 'assigned' event).")
          .build());
    }
    return rules;
  }
}
