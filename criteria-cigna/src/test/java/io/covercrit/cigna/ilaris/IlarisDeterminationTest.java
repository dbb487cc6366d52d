package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisRequests.AS_OF;
import static io.covercrit.cigna.ilaris.IlarisRequests.caps;
import static io.covercrit.cigna.ilaris.IlarisRequests.fmf;
import static io.covercrit.cigna.ilaris.IlarisRequests.gout;
import static io.covercrit.cigna.ilaris.IlarisRequests.hids;
import static io.covercrit.cigna.ilaris.IlarisRequests.stills;
import static io.covercrit.cigna.ilaris.IlarisRequests.traps;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ContactChannel;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import io.covercrit.core.model.Urgency;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IlarisDeterminationTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  private static Determination evaluate(CoverageRequest request) {
    return REGISTRY.evaluate(request, AS_OF);
  }

  private static List<ContactPoint> contacts(Determination d) {
    return d.nextSteps().stream().flatMap(s -> s.contacts().stream()).collect(Collectors.toList());
  }

  private static List<String> checklistIds(Determination d) {
    return d.checklist().stream().map(i -> i.document().id()).collect(Collectors.toList());
  }

  private static List<String> titles(Provenance p) {
    return p.sources().stream().map(SourceRef::title).collect(Collectors.toList());
  }

  @Test
  void an_approvable_gout_request_says_what_to_submit_where_and_for_how_long() {
    Determination d = evaluate(gout().build());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("IP0235 6");
    assertThat(d.approval().get().maximum()).isEqualTo(Period.ofWeeks(12));
    assertThat(d.approval().get().endsNoLaterThan()).isEqualTo(LocalDate.of(2027, 2, 16));
    assertThat(checklistIds(d)).contains("birth-date-verification", "flare-history", "gout-flare-therapy-history",
        "urate-lowering-therapy", "prescriber-specialty", "current-medication-list").doesNotHaveDuplicates();

    // The first step says the criteria are not the policy text and whom to ask.
    assertThat(d.nextSteps().get(0).action()).contains("policy text was not available");
    NextStep submit = d.nextSteps().get(1);
    assertThat(submit.action()).startsWith("Submit the prior authorization request");
    assertThat(submit.contacts()).extracting(ContactPoint::value)
        .contains("https://cignaforhcp.cigna.com", "https://www.covermymeds.com", "1-866-873-8279");
    assertThat(submit.timing()).anyMatch(t -> t.contains("up to 30 days")).anyMatch(t -> t.contains("5-7 business days"));
    ContactPoint covermymeds = contacts(d).stream().filter(c -> c.value().contains("covermymeds")).findFirst().get();
    assertThat(covermymeds.source().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(covermymeds.source().url().get()).contains("ilaris-canakinumab-covered-by-cigna-in-north-carolina");
    assertThat(covermymeds.source().checkedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(d.nextSteps()).extracting(NextStep::action)
        .anyMatch(a -> a.contains("Accredo"))
        .anyMatch(a -> a.contains("12 weeks have passed"));
  }

  @Test
  void an_expedited_request_gets_the_72_hour_clock() {
    Determination d = evaluate(gout().urgency(Urgency.EXPEDITED).build());
    assertThat(d.nextSteps().get(1).action()).contains("expedited");
    assertThat(d.nextSteps().get(1).timing()).anyMatch(t -> t.contains("72 hours"));
  }

  @Test
  void every_determination_is_badged_with_its_pathways_provenance() {
    Determination goutDetermination = evaluate(gout().build());
    Provenance p = goutDetermination.provenance();
    assertThat(p.reliability()).isEqualTo(Reliability.ANALOG_POLICY);
    assertThat(p.isSecondHand()).isTrue();
    assertThat(p.gatheredOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(titles(p)).anyMatch(t -> t.startsWith("Medical Mutual Ilaris policy"));
    assertThat(p.readings()).anyMatch(r -> r.startsWith("Gout flares:"));
    assertThat(goutDetermination.notes()).anyMatch(n -> n.startsWith("NOT THE POLICY TEXT"));

    Provenance hidsProvenance = evaluate(hids().build()).provenance();
    assertThat(hidsProvenance.reliability()).isEqualTo(Reliability.UNCERTAIN);
    assertThat(hidsProvenance.readings()).anyMatch(r -> r.startsWith("HIDS/MKD: no source gives criteria of its own"));

    assertThat(evaluate(caps().build()).provenance().sources()).extracting(SourceRef::reliability)
        .contains(Reliability.ANALOG_POLICY, Reliability.PATIENT_GUIDE);
    assertThat(evaluate(traps().build()).provenance().readings()).anyMatch(r -> r.startsWith("Flares:"));
  }

  @Test
  void stills_disease_encodes_the_guides_conventional_therapy_step_and_says_which_reading_was_left_out() {
    Determination d = evaluate(stills().build());
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("IP0235 5");
    assertThat(d.approval().get().maximum()).isEqualTo(Period.ofMonths(3));
    assertThat(d.clause("IP0235 5.B").get().finding()).hasValue("methotrexate: inadequate response (from 2026-03-01)");

    String reading = d.provenance().readings().stream().filter(r -> r.startsWith("Still's disease")).findFirst().get();
    assertThat(reading).contains("ENCODED: the guides' reading").contains("NOT ENCODED: the two-biologic step");
    assertThat(titles(d.provenance())).anyMatch(t -> t.startsWith("eviCore")).anyMatch(t -> t.contains("Virginia"));
    assertThat(d.notes()).anyMatch(n -> n.contains("two-prior-biologic step is not"));
  }

  @Test
  void the_descriptor_is_one_unversioned_policy_with_provenance_for_every_pathway() {
    List<CoveragePolicy> versions = REGISTRY.versions(IlarisIp0235.POLICY_ID);
    assertThat(versions).hasSize(1);
    PolicyDescriptor descriptor = versions.get(0).descriptor();
    assertThat(descriptor.effectiveFrom()).isEmpty();
    assertThat(descriptor.drugs()).containsExactly("Ilaris", "canakinumab");
    assertThat(descriptor.provenance().reliability()).isEqualTo(Reliability.ANALOG_POLICY);
    assertThat(descriptor.provenance().readings()).hasSizeGreaterThanOrEqualTo(9);
    assertThat(descriptor.provenance().sources()).extracting(SourceRef::reliability)
        .contains(Reliability.POLICY_TEXT, Reliability.PATIENT_GUIDE, Reliability.ANALOG_POLICY);
    assertThat(descriptor.pathwayProvenance()).containsOnlyKeys("IP0235 1", "IP0235 2", "IP0235 3", "IP0235 4", "IP0235 5",
        "IP0235 6");
    assertThat(REGISTRY.require(IlarisIp0235.POLICY_ID, LocalDate.of(2020, 1, 1))).isSameAs(versions.get(0));
  }

  @Test
  void missing_baseline_evidence_is_listed_once_with_every_clause_that_needs_it() {
    Determination d = evaluate(fmf().labResults(List.of()).flares(List.of()).build());

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.pathway().get().id()).isEqualTo("IP0235 2");
    assertThat(d.summary()).isEqualTo("Needs documentation: IP0235 2.D.i, IP0235 2.D.ii not documented.");
    ChecklistItem crp = d.checklist().stream().filter(i -> i.document().id().equals("crp-result")).findFirst().get();
    assertThat(crp.clauseIds()).containsExactly("IP0235 2.D.i");
    assertThat(checklistIds(d)).containsExactly("crp-result", "flare-history");
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.startsWith("Gather the documents"));
  }

  @Test
  void a_crp_in_mg_per_dl_is_converted_before_the_threshold() {
    Determination d = evaluate(fmf().labResults(List.of(IlarisRequests.crp("1.2", Unit.MILLIGRAMS_PER_DECILITER,
        "2026-11-02", "0.8"))).build());
    assertThat(d.clause("IP0235 2.D.i").get().finding()).hasValue("1.2 mg/dL (12 mg/L) on 2026-11-02 (10 mg/L or more)");
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
  }

  @Test
  void the_guides_sjia_code_m04_10_is_reported_as_invalid_with_the_right_codes() {
    Determination d = evaluate(stills().diagnoses(List.of(Diagnosis.of("M04.10"))).build());
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.clause("IP0235 5.dx").get().remedy().get().howToFix()).contains("M08.2-").contains("M06.1");
    assertThat(d.clause("IP0235 2.dx").get().remedy().get().howToFix()).contains("has no subcodes");
  }

  @Test
  void the_guides_caps_codes_e85_ask_for_m04_2() {
    Determination d = evaluate(caps().diagnoses(List.of(Diagnosis.of("E85.1"))).build());
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.pathway().get().id()).isEqualTo("IP0235 1");
    assertThat(d.clause("IP0235 1.dx").get().remedy().get().howToFix()).contains("CAPS M04.2");
    assertThat(d.clause("IP0235 Not Covered (other use)").get().finding()).hasValue(
        "E85.1 is heredofamilial amyloidosis; the syndrome is not coded");
  }

  @Test
  void a_retreatment_too_soon_says_from_when_it_is_covered() {
    Determination d = evaluate(IlarisRequests.goutRetreatment()
        .therapyTrials(List.of(
            IlarisRequests.trial(IlarisRequests.NAPROXEN, "2025-03-01", "2025-03-05", TrialOutcome.INTOLERANT),
            IlarisRequests.trial(IlarisRequests.ILARIS, "2026-10-01", "2026-10-01", TrialOutcome.EFFECTIVE)))
        .build());
    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.clause("IP0235 6.B.ii.c").get().remedy().get().howToFix()).contains("covered from 2026-12-24");
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("internal appeal"));
  }

  @Test
  void a_concurrent_biologic_makes_the_use_not_covered() {
    Determination d = evaluate(stills().addConcurrentMedications(IlarisRequests.KINERET).build());
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(d.summary()).isEqualTo("Not covered: IP0235 Not Covered 1 applies.");
    assertThat(checklistIds(d)).containsExactly("current-medication-list");
    assertThat(d.approval()).isEmpty();
  }

  @Test
  void evaluation_is_deterministic_and_survives_json() {
    CovercritJson json = CovercritJson.create();
    for (CoverageRequest request : List.of(gout().build(), fmf().build(), stills().build(), IlarisRequests.fmfReauthorization().build())) {
      Determination first = evaluate(request);
      Determination second = evaluate(json.readRequest(json.writeRequest(request, false)));
      assertThat(second).isEqualTo(first);
      assertThat(json.writeDetermination(second, false)).isEqualTo(json.writeDetermination(first, false));
      assertThat(json.readDetermination(json.writeDetermination(first, true))).isEqualTo(first);
    }
  }

  @Test
  void the_determination_never_echoes_the_member_id() {
    Determination d = evaluate(caps().build());
    assertThat(CovercritJson.create().writeDetermination(d, false)).doesNotContain("MBR-424242");
  }

  @Test
  void contacts_come_from_the_directory_with_their_sources() {
    Determination d = evaluate(fmf().build());
    assertThat(contacts(d)).allSatisfy(c -> assertThat(c.source().checkedOn()).isEqualTo(LocalDate.of(2026, 11, 24)));
    assertThat(contacts(d)).filteredOn(c -> c.channel() == ContactChannel.FAX).extracting(ContactPoint::value)
        .containsOnly("1-866-873-8279");
  }
}
