package io.covercrit.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Distinctive stand-ins for patient data, to prove that no message or log line repeats a value
 * from a request. Every text sentinel contains {@link #MARK}, which no message of the library
 * contains, so a sentinel is found even when a test has cut or altered the value around it.
 */
public final class PatientDataSentinels {
  private PatientDataSentinels() {}

  /** Three letters in every text sentinel. */
  public static final String MARK = "QZX";

  public static final String MEMBER_ID = "QZXMEMBER-5550123";
  public static final LocalDate BIRTH_DATE = LocalDate.of(1961, 7, 13);
  public static final String NOTE = "Patient QZXNOTE Jane Doe-Sentinel reports itching at night; QZXNOTE end";
  /** Prefixed to drug names: a prescriber's spelling is the nearest thing to a name a request carries. */
  public static final String NAME_PREFIX = "QZXNAME ";

  /**
   * {@code request} with the sentinel member id, birth date and note, and every drug name
   * prefixed with {@link #NAME_PREFIX} (an extra word, so policies still recognise the drug).
   */
  public static CoverageRequest mark(CoverageRequest request) {
    List<TherapyTrial> trials = new ArrayList<>();
    for (TherapyTrial trial : request.therapyTrials()) {
      trials.add(TherapyTrial.builder().from(trial).drug(mark(trial.drug())).build());
    }
    List<Drug> concurrent = new ArrayList<>();
    for (Drug drug : request.concurrentMedications()) {
      concurrent.add(mark(drug));
    }
    return CoverageRequest.builder().from(request)
        .patient(Patient.builder().from(request.patient()).memberId(MEMBER_ID).birthDate(BIRTH_DATE).build())
        .notes(NOTE)
        .requestedDrug(mark(request.requestedDrug()))
        .therapyTrials(trials)
        .concurrentMedications(concurrent)
        .build();
  }

  private static Drug mark(Drug drug) {
    String name = NAME_PREFIX + drug.name();
    return Drug.builder().from(drug).name(name.length() > 200 ? name.substring(0, 200) : name).build();
  }

  /** Each sentinel found in {@code text}: empty when the text is clean. */
  public static List<String> foundIn(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    if (text.contains(MARK)) {
      found.add(MARK);
    }
    for (String date : new String[] {BIRTH_DATE.toString(), "07/13/1961", "19610713"}) {
      if (text.contains(date)) {
        found.add(date);
      }
    }
    if (text.contains("Jane Doe")) {
      found.add("Jane Doe");
    }
    return found;
  }
}
