package io.covercrit.jurisdictions.internal;

import io.covercrit.core.eval.ContactChannel;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.jurisdictions.Confidence;
import java.util.List;

/** Agency contacts from the fact sheet, each with its source. Numbers the sheet doubts are left out. */
final class Contacts {
  private Contacts() {}

  private static ContactPoint contact(String purpose, String organization, ContactChannel channel,
      String value, SourceRef source) {
    return ContactPoint.builder().purpose(purpose).organization(organization).channel(channel)
        .value(value).source(source).build();
  }

  private static SourceRef sheet(String title, Confidence confidence) {
    return Sources.ref(title, confidence);
  }

  static final List<ContactPoint> NC = List.of(
      contact("External review help (Health Insurance Smart NC)", "NC Department of Insurance", ContactChannel.PHONE,
          "1-855-408-1212", sheet("NCDOI consumer line, per secondary guides", Confidence.SECONDARY)),
      contact("External review request by fax", "NC Department of Insurance", ContactChannel.FAX,
          "(919) 807-6865", Sources.NCDOI_ER),
      contact("External review request online", "NC Department of Insurance", ContactChannel.WEB,
          "https://www.ncdoi.gov/consumers/health-insurance/health-claim-denied/request-external-review", Sources.NCDOI_ER));

  static final List<ContactPoint> CA_DMHC = List.of(
      contact("Independent Medical Review (DMHC Help Center)", "California Department of Managed Health Care",
          ContactChannel.PHONE, "1-888-466-2219", Sources.DMHC_IMR),
      contact("DMHC Help Center TDD", "California Department of Managed Health Care", ContactChannel.PHONE,
          "1-877-688-9891", Sources.DMHC_IMR),
      contact("IMR application by fax", "California Department of Managed Health Care", ContactChannel.FAX,
          "916-255-5241", Sources.DMHC_IMR),
      contact("IMR application online", "California Department of Managed Health Care", ContactChannel.WEB,
          "https://www.dmhc.ca.gov", Sources.DMHC_IMR));

  static final List<ContactPoint> CA_CDI = List.of(
      contact("Independent Medical Review (Health Claims Bureau)", "California Department of Insurance",
          ContactChannel.PHONE, "1-800-927-4357", Sources.CA_INS_10169),
      contact("IMR application by fax", "California Department of Insurance", ContactChannel.FAX,
          "(213) 897-9641", Sources.CA_INS_10169));

  static final List<ContactPoint> NY = List.of(
      contact("External appeal", "NY Department of Financial Services", ContactChannel.PHONE, "(800) 400-8882", Sources.NY_DFS),
      contact("External appeal by fax", "NY Department of Financial Services", ContactChannel.FAX, "(800) 332-2729", Sources.NY_DFS),
      contact("Expedited appeals on weekends and holidays", "NY Department of Financial Services", ContactChannel.PHONE,
          "(888) 990-3991", Sources.NY_DFS),
      contact("External appeal online", "NY Department of Financial Services", ContactChannel.WEB,
          "https://www.dfs.ny.gov/complaints/file_external_appeal", Sources.NY_DFS));

  static final List<ContactPoint> TX = List.of(
      contact("TDI consumer helpline (older page)", "Texas Department of Insurance", ContactChannel.PHONE,
          "1-800-252-3439", Sources.TDI_CB057),
      contact("IRO reviews explained (form LHL009 goes to the insurer)", "Texas Department of Insurance",
          ContactChannel.WEB, "https://www.tdi.texas.gov/pubs/consumer/cb057.html", Sources.TDI_CB057));

  static final List<ContactPoint> FEDERAL_HHS = List.of(
      contact("HHS-administered federal external review", "Maximus Federal Services", ContactChannel.PHONE,
          "(888) 866-6205", Sources.MAXIMUS_VIA_HEALTHCARE_GOV),
      contact("HHS-administered federal external review by fax", "Maximus Federal Services", ContactChannel.FAX,
          "(888) 866-6190", Sources.MAXIMUS_VIA_HEALTHCARE_GOV));

  static final List<ContactPoint> FL = List.of(
      contact("State consumer help", "Florida Department of Financial Services", ContactChannel.PHONE,
          "877-693-5236", Sources.FL_GUIDE));

  static final List<ContactPoint> PA = List.of(
      contact("Consumer Services", "Pennsylvania Insurance Department", ContactChannel.PHONE, "1-877-881-6388", Sources.PA_PID),
      contact("External review online", "Pennsylvania Insurance Department", ContactChannel.WEB,
          "https://www.pa.gov/reviewmyclaim", Sources.PA_PID));

  static final List<ContactPoint> IL = List.of(
      contact("External review (Office of Consumer Health Insurance)", "Illinois Department of Insurance",
          ContactChannel.WEB, "https://insurance2.illinois.gov/ExternalReview/default.asp", Sources.IL_IDOI),
      contact("External review by mail", "Illinois Department of Insurance", ContactChannel.MAIL,
          "320 W. Washington St, Springfield, IL", Sources.IL_IDOI));

  static final List<ContactPoint> OH = List.of(
      contact("Consumer help", "Ohio Department of Insurance", ContactChannel.PHONE, "800-686-1526", Sources.OH_SECONDARY));

  static final List<ContactPoint> GA = List.of(
      contact("Independent review", "Georgia Office of Commissioner of Insurance", ContactChannel.WEB,
          "https://oci.georgia.gov", Sources.GA_33_20A));

  static final List<ContactPoint> NJ = List.of(
      contact("IHCAP application (Maximus portal)", "NJ DOBI Independent Health Care Appeals Program",
          ContactChannel.WEB, "https://njihcap.maximus.com", Sources.NJ_IHCAP),
      contact("IHCAP information", "NJ Department of Banking and Insurance", ContactChannel.WEB,
          "https://www.nj.gov/dobi/division_insurance/managedcare/ihcap.htm", Sources.NJ_IHCAP));

  static final List<ContactPoint> VA = List.of(
      contact("External review", "Virginia State Corporation Commission, Bureau of Insurance", ContactChannel.PHONE,
          "(804) 371-9691", Sources.VA_SECONDARY),
      contact("External review (toll-free)", "Virginia State Corporation Commission, Bureau of Insurance",
          ContactChannel.PHONE, "(800) 552-7945", Sources.VA_SECONDARY),
      contact("External review by fax (Form 216-A; Form 216-C for expedited)",
          "Virginia State Corporation Commission, Bureau of Insurance", ContactChannel.FAX, "(804) 371-9915",
          Sources.VA_SECONDARY));

  static final List<ContactPoint> WA = List.of(
      contact("Independent review (carrier assigns the IRO)", "Washington Office of the Insurance Commissioner",
          ContactChannel.WEB, "https://www.insurance.wa.gov", Sources.WA_WAC));

  static final List<ContactPoint> MI = List.of(
      contact("External review (Health Care Appeals Section)", "Michigan DIFS", ContactChannel.PHONE,
          "(877) 999-6442", Sources.MI_DIFS),
      contact("External review request (form FIS 0018)", "Michigan DIFS", ContactChannel.WEB,
          "https://www.michigan.gov/difs", Sources.MI_DIFS));

  static final List<ContactPoint> MA = List.of(
      contact("External review (Office of Patient Protection)", "Massachusetts Health Policy Commission",
          ContactChannel.WEB, "https://www.mass.gov/info-details/external-review-process-overview", Sources.MA_OPP));

  static final List<ContactPoint> AZ = List.of(
      contact("Health care appeals (the request goes to the insurer)", "Arizona DIFI", ContactChannel.WEB,
          "https://difi.az.gov/consumer/i/health/hca", Sources.AZ_20_2537));

  static final List<ContactPoint> CO = List.of(
      contact("External review (the request goes to the carrier)", "Colorado Division of Insurance",
          ContactChannel.PHONE, "303-894-7490", Sources.CO_10_16_113_5),
      contact("External review (toll-free)", "Colorado Division of Insurance", ContactChannel.PHONE,
          "800-930-3745", Sources.CO_10_16_113_5));

  static final List<ContactPoint> DC = List.of(
      contact("External review by fax", "DC Office of Health Care Ombudsman and Bill of Rights", ContactChannel.FAX,
          "(202) 478-1397", Sources.DC_GUIDES),
      contact("Carrier regulator", "DC Department of Insurance, Securities and Banking", ContactChannel.PHONE,
          "202-727-8000", Sources.DC_GUIDES));

  static final List<ContactPoint> MT = List.of(
      contact("Help with external review (the request goes to the insurer)",
          "Montana Commissioner of Securities and Insurance", ContactChannel.PHONE, "(800) 332-6148", Sources.MT_TYPE2),
      contact("Help with external review", "Montana Commissioner of Securities and Insurance", ContactChannel.PHONE,
          "(406) 444-2040", Sources.MT_TYPE2));
}
