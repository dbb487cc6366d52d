package io.covercrit.jurisdictions.internal;

import io.covercrit.core.eval.SourceRef;
import io.covercrit.jurisdictions.Confidence;

/**
 * The sources behind the encoded rules, copied from the project's fact sheet
 * (shared/jurisdictions/federal.md and jurisdictions.md) so that the library needs no file at
 * run time. Reliability follows the sheet's [V]/[S]/[U] tags.
 */
final class Sources {
  private Sources() {}

  static SourceRef ref(String title, String url, Confidence confidence) {
    return SourceRef.builder().title(title).url(url).reliability(confidence.reliability())
        .checkedOn(ClockRule.FACTS_REVIEWED).build();
  }

  static SourceRef ref(String title, Confidence confidence) {
    return SourceRef.builder().title(title).reliability(confidence.reliability())
        .checkedOn(ClockRule.FACTS_REVIEWED).build();
  }

  private static final Confidence V = Confidence.VERIFIED;
  private static final Confidence S = Confidence.SECONDARY;
  private static final Confidence U = Confidence.UNCERTAIN;

  // Federal
  static final SourceRef ERISA_CLAIMS = ref("29 CFR 2560.503-1 (ERISA claims procedure), quoted; DOL EBSA FAQ",
      "https://www.ecfr.gov/current/title-29/section-2560.503-1", V);
  static final SourceRef ACA_HHS = ref("45 CFR 147.136 (internal claims and appeals and external review)",
      "https://www.ecfr.gov/current/title-45/section-147.136", V);
  static final SourceRef ACA_DOL = ref("29 CFR 2590.715-2719 (DOL external review rule, mirrors 45 CFR 147.136)",
      "https://www.ecfr.gov/current/title-29/section-2590.715-2719", V);
  static final SourceRef ACA_TREASURY_SCOPE = ref("26 CFR 54.9815-2719(a)(1) scope (lawserver mirror)", V);
  static final SourceRef CMS_APPEALING = ref("CMS, Appealing your insurer's decision", S);
  static final SourceRef MAXIMUS_VIA_HEALTHCARE_GOV = ref("patientadvocates.io Florida page, citing HealthCare.gov", S);
  static final SourceRef PART_D_CD = ref("42 CFR 423.568 / 423.572 as summarised in press coverage of CMS-0062-P", S);
  static final SourceRef PART_D_REDETERMINATION_FILING = ref(
      "42 CFR 423.582(b) (lawstack eCFR mirror); HHS guidance 'Redetermination by the Part D Plan Sponsor' (2020)",
      "https://www.ecfr.gov/current/title-42/section-423.582", V);
  static final SourceRef PART_D_OLDER_PAGES = ref("Older CMS and legal-aid pages: 60 days from the notice date", U);
  static final SourceRef PART_D_REDETERMINATION_DECISION = ref("42 CFR 423.590 (Cornell LII); CMS/HHS guidance",
      "https://www.law.cornell.edu/cfr/text/42/423.590", V);
  static final SourceRef CMS_0057_F = ref("CMS-0057-F (89 FR 8758, Feb 2024) via signaledi, prioriqo, thefinancialwire summaries", S);
  static final SourceRef PART_C_RECONSIDERATION = ref(
      "42 CFR 422.582 (not retrieved; structure taken from the Part D rule 423.582(b))", U);
  static final SourceRef MEDICAID_DRUG_PA = ref(
      "Social Security Act 1927(d)(5)(A); 42 CFR 438.3(s)(6) (not retrieved; from memory)", U);
  static final SourceRef MEDICAID_APPEALS = ref(
      "42 CFR 438.402(c), 438.408 as amended in 2016 (not retrieved; the mirror read, laws9, shows the pre-2016 text)",
      "https://www.ecfr.gov/current/title-42/part-438/subpart-F", U);
  static final SourceRef MEDICAID_HEARING_DECISION = ref("42 CFR 431.244(f) (lawstack eCFR mirror, June 2026)",
      "https://law.lawstack.com/cfr/42/431.244/", V);
  static final SourceRef NAIC_MODEL = ref("NAIC Uniform Health Carrier External Review Model Act (#76), inferred; model text not retrieved", U);

  // States
  static final SourceRef NC_58_50_80 = ref("N.C. Gen. Stat. § 58-50-80", "https://www.ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_58/GS_58-50-80.html", V);
  static final SourceRef NC_58_50_82 = ref("N.C. Gen. Stat. § 58-50-82 (instalawyer mirror)", V);
  static final SourceRef NC_58_50_77 = ref("N.C. Gen. Stat. § 58-50-77 (casetext / self-law mirror)", V);
  static final SourceRef NCDOI_ER = ref("NCDOI, Request an external review", "https://www.ncdoi.gov/consumers/health-insurance/health-claim-denied/request-external-review", V);
  static final SourceRef NCDOI_FAQ = ref("NCDOI, External Review industry FAQ", "https://www.ncdoi.com/Smart/ER_IndustryFAQs.aspx", V);
  static final SourceRef TYPE2_NC = ref("type2.wiki North Carolina pages", S);
  static final SourceRef NC_CIGNA_GUIDE = ref("Counterforce Health, Opzelura Cigna NC appeals guide (Smart NC section)", U);

  static final SourceRef DMHC_IMR = ref("DMHC, Independent Medical Review / Complaint", "https://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx", V);
  static final SourceRef CA_HSC_1374_30 = ref("Cal. Health & Safety Code §§ 1374.30-1374.36 (statutes.laws.com, getpocketlaw mirrors)", V);
  static final SourceRef CA_HSC_1374_33 = ref("Cal. Health & Safety Code § 1374.33(c), cited by 1374.31(a) (section text not retrieved)", S);
  static final SourceRef CA_HSC_1367_241 = ref("Cal. Health & Safety Code § 1367.241 (california.public.law)", "https://california.public.law/codes/ca_health_and_safety_code_section_1367.241", V);
  static final SourceRef CA_INS_10169 = ref("Cal. Ins. Code §§ 10169-10169.5 (jurris, self-law mirrors); type2.wiki CA IMR", S);
  static final SourceRef CA_INS_10169_1 = ref("Cal. Ins. Code § 10169.1(a) (self-law mirror)", V);
  static final SourceRef CA_INS_10123_191 = ref("Cal. Ins. Code § 10123.191 (secondary: parallels HSC 1367.241)", S);

  static final SourceRef NY_DFS = ref("NY DFS, File an external appeal; external appeal Q&A", "https://www.dfs.ny.gov/complaints/file_external_appeal", V);
  static final SourceRef NY_4914 = ref("N.Y. Ins. Law § 4914(b)(1) / Public Health Law § 4914(2)(a) (lexace, counselstack mirrors)", V);
  static final SourceRef NY_SECONDARY = ref("patientadvocates.io New York", S);
  static final SourceRef NY_3242 = ref("N.Y. Ins. Law § 3242 (instalawyer, legalfix mirrors)", V);
  static final SourceRef NY_4903 = ref("N.Y. Ins. Law § 4903 (secondary summaries; deemed-approval effect claimed)", U);

  static final SourceRef TX_4202_003 = ref("Tex. Ins. Code § 4202.003 (lawserver); 28 TAC IRO notice rule", V);
  static final SourceRef TX_4201_360 = ref("Tex. Ins. Code §§ 4201.360, 4201.3601", V);
  static final SourceRef TDI_CB057 = ref("TDI consumer page cb057 (2013, 2017 versions)", "https://www.tdi.texas.gov/pubs/consumer/cb057.html", V);

  static final SourceRef FL_GUIDE = ref("patientadvocates.io Florida start-here and external-review pages", S);
  static final SourceRef FL_CONFLICTING_GUIDE = ref("Consumer coverage-rights summary cited by one Florida guide (60 days / 60 days / 4 business days)", U);

  static final SourceRef PA_991_2164 = ref("40 P.S. 991.2164b and 991.2164g (findlaw, westlaw mirrors)", V);
  static final SourceRef PA_PID = ref("PA Insurance Department press releases (newsid 529, 548); Notice 2023-18", "https://www.pa.gov/reviewmyclaim", V);
  static final SourceRef PA_SECONDARY = ref("Secondary summaries of Act 146 of 2022 external review", S);

  static final SourceRef IL_IDOI = ref("Illinois Department of Insurance, External Review", "https://insurance2.illinois.gov/ExternalReview/default.asp", V);
  static final SourceRef IL_180_40 = ref("215 ILCS 180/40", V);
  static final SourceRef IL_SECONDARY = ref("patientadvocates.io Illinois; grokipedia", S);

  static final SourceRef OH_3922_02 = ref("Ohio Rev. Code § 3922.02 (instalawyer mirror)", V);
  static final SourceRef OH_SECONDARY = ref("patientadvocates.io Ohio; type2.wiki Ohio", S);

  static final SourceRef GA_33_20A = ref("O.C.G.A. §§ 33-20A-35, 33-20A-37 (statutes.laws-info); Ga. Comp. R. 120-2-111-.05", S);
  static final SourceRef GA_SECONDARY = ref("patientadvocates.io Georgia; type2.wiki Georgia", U);

  static final SourceRef NJ_IHCAP = ref("NJ DOBI, IHCAP page", "https://www.nj.gov/dobi/division_insurance/managedcare/ihcap.htm", V);
  static final SourceRef NJ_11_24A = ref("N.J.A.C. 11:24A-3.6 (secondary)", S);
  static final SourceRef NJ_OLDER_STAGES = ref("NJ DOBI older internal-appeal stages page", U);
  static final SourceRef NJ_UNCONFIRMED = ref("patientadvocates.io New Jersey (clocks not confirmed)", U);

  static final SourceRef VA_38_2_3560 = ref("Va. Code § 38.2-3560", "https://law.lis.virginia.gov/vacode/title38.2/chapter35.1/section38.2-3560/", V);
  static final SourceRef VA_SECONDARY = ref("type2.wiki Virginia pages", S);
  static final SourceRef VA_14VAC5_216 = ref("14VAC5-216 table of contents (section 130 title only)", V);

  static final SourceRef WA_WAC = ref("WAC 246-305-050 (now WAC 284-43A); WAC 284-43A-140, -150", "https://app.leg.wa.gov/WAC/default.aspx?cite=284-43A", V);

  static final SourceRef MI_DIFS = ref("Michigan DIFS, appealing a health insurance decision", "https://www.michigan.gov/difs", V);
  static final SourceRef MI_550_1913 = ref("MCL 550.1913 (legislature.mi.gov); MCL 550.1907 (legalfix)", V);
  static final SourceRef MI_SECONDARY = ref("DIFS ExternalReview page summaries; bcbsm.com pages", S);
  static final SourceRef MI_OLDER = ref("Older BCBSM, UMich HR and type2.wiki pages (60 days; one '60 business days'; one 120 days)", U);

  static final SourceRef MA_958_CMR = ref("958 CMR 3.400, 3.406 (casetext)", V);
  static final SourceRef MA_OPP = ref("Mass. OPP, External review process overview and FAQ", "https://www.mass.gov/info-details/external-review-process-overview", V);
  static final SourceRef MA_SECONDARY = ref("patientadvocates.io Massachusetts", S);

  static final SourceRef AZ_20_2537 = ref("A.R.S. § 20-2537 (patientadvocates.io Arizona pages)", S);
  static final SourceRef AZ_20_3404 = ref("A.R.S. § 20-3404 (patientadvocates.io; managedcarelegaldatabase)", S);

  static final SourceRef CO_10_16_113_5 = ref("C.R.S. § 10-16-113.5 (colorado.public.law); patientadvocates.io; apellica", S);
  static final SourceRef CO_3CCR_702_4 = ref("3 CCR 702-4-2-21-9 (casetext)", V);
  static final SourceRef CO_10_16_124_5 = ref("C.R.S. § 10-16-124.5 (lexace, findlaw)", V);
  static final SourceRef CO_10_16_124_5_S = ref("C.R.S. § 10-16-124.5, non-electronic and urgent clocks (secondary)", S);
  static final SourceRef CO_10_16_112_5 = ref("C.R.S. § 10-16-112.5(3)(a)(II) (revassurance)", V);

  static final SourceRef DC_GUIDES = ref("patientadvocates.io DC; type2.wiki DC", S);
  static final SourceRef DC_44_301_07 = ref("D.C. Code § 44-301.07(b) (laws9 mirror; may predate ACA amendments)", U);
  static final SourceRef DC_22B_6007 = ref("22-B DCMR 6007 (dcrules)", V);
  static final SourceRef DC_PA_LAW = ref("D.C. Code § 31-3875.01 et seq. (secondary)", S);

  static final SourceRef MT_TYPE2 = ref("type2.wiki Montana page", S);
  static final SourceRef OR_TYPE2 = ref("type2.wiki page naming the Division of Financial Regulation", U);
}
