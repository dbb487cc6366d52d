package io.covercrit.cigna.alecensa;

import static io.covercrit.cigna.alecensa.AlecensaRequests.AS_OF;
import static io.covercrit.cigna.alecensa.AlecensaRequests.adjuvant;
import static io.covercrit.cigna.alecensa.AlecensaRequests.metastatic;
import static io.covercrit.cigna.alecensa.AlecensaRequests.resected;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ContactChannel;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.core.model.TumorStaging;
import io.covercrit.core.model.Urgency;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlecensaDeterminationTest {
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  private static Determination evaluate(CoverageRequest.Builder request) {
    return REGISTRY.evaluate(request.build(), AS_OF);
  }

  private static List<ContactPoint> contacts(Determination d) {
    return d.nextSteps().stream().flatMap(s -> s.contacts().stream()).collect(Collectors.toList());
  }

  private static List<String> checklistIds(Determination d) {
    return d.checklist().stream().map(i -> i.document().id()).collect(Collectors.toList());
  }

  private static List<Reliability> sourceReliabilities(Provenance p) {
    return p.sources().stream().map(SourceRef::reliability).collect(Collectors.toList());
  }

  @Test
  void an_adjuvant_determination_rests_on_the_digest_and_says_so() {
    Determination d = evaluate(adjuvant());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("CNF-494 1");
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);
    assertThat(d.provenance().isSecondHand()).isTrue();
    assertThat(d.provenance().sources()).extracting(SourceRef::url).contains(Optional.of(
        "https://coverage.pharmacistwrite.com/coverage/cigna/alecensa-alectinib-capsules-genentech/non-small-cell-lung-cancer-adjuvant-therapy"));
    assertThat(d.provenance().readings()).anyMatch(r -> r.contains("R0")).anyMatch(r -> r.contains("2 years"));
    assertThat(d.provenance().readings()).noneMatch(r -> r.contains("Step therapy"));
  }

  @Test
  void a_metastatic_determination_rests_on_patient_guides_and_names_the_step_therapy_conflict() {
    Determination d = evaluate(metastatic());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("CNF-494 2");
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(sourceReliabilities(d.provenance())).containsOnly(Reliability.PATIENT_GUIDE);
    assertThat(d.provenance().readings()).anyMatch(r -> r.contains("Step therapy") && r.contains("NOT required")
        && r.contains("Georgia") && r.contains("crizotinib"));
  }

  @Test
  void without_a_pathway_the_determination_carries_the_policy_provenance() {
    Determination d = evaluate(adjuvant().diagnoses(List.of(Diagnosis.of("C50.911"))));

    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.pathway()).isEmpty();
    assertThat(d.summary()).isEqualTo("Does not meet criteria: no covered diagnosis.");
    assertThat(d.provenance()).isEqualTo(d.policy().provenance());
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(d.provenance().readings()).anyMatch(r -> r.contains("CNF-494") && r.contains("unverified"));
  }

  @Test
  void the_descriptor_declares_both_pathways_and_one_undated_version() {
    List<CoveragePolicy> versions = REGISTRY.versions(AlecensaCnf494.POLICY_ID);
    assertThat(versions).hasSize(1);
    CoveragePolicy policy = versions.get(0);
    assertThat(policy.descriptor().effectiveFrom()).isEmpty();
    assertThat(policy.descriptor().pathwayProvenance().keySet()).containsExactly("CNF-494 1", "CNF-494 2");
    assertThat(policy.descriptor().provenanceOf("CNF-494 1").reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);
    assertThat(policy.descriptor().provenanceOf("CNF-494 2").reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(REGISTRY.require(AlecensaCnf494.POLICY_ID, LocalDate.of(2020, 1, 1))).isSameAs(policy);
  }

  @Test
  void an_approvable_adjuvant_request_lists_its_evidence_and_contacts() {
    Determination d = evaluate(adjuvant());

    assertThat(checklistIds(d)).contains("nsclc-pathology-report", "birth-date-verification", "alk-test-report",
        "surgical-pathology-report", "oncology-treatment-history").doesNotHaveDuplicates()
        .doesNotContain("disease-status-on-therapy");
    ContactPoint fax = contacts(d).stream().filter(c -> c.channel() == ContactChannel.FAX).findFirst().get();
    assertThat(fax.value()).isEqualTo("1-866-873-8279");
    assertThat(contacts(d)).extracting(ContactPoint::value)
        .contains("https://cignaforhcp.cigna.com", "1-800-882-4462", "1-877-826-7657", "1-800-615-2909")
        .doesNotContain("1-866-649-8173");
    ContactPoint accredo = contacts(d).stream().filter(c -> c.value().equals("1-877-826-7657")).findFirst().get();
    assertThat(accredo.source().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(accredo.source().title()).contains("Alecensa").contains("California");
    assertThat(accredo.source().checkedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("2 years in total"));
    assertThat(d.nextSteps().get(0).timing()).singleElement().asString().contains("3-5 business days");
  }

  @Test
  void an_expedited_request_gets_the_expedited_clock() {
    Determination d = evaluate(metastatic().urgency(Urgency.EXPEDITED));
    assertThat(d.nextSteps().get(0).action()).contains("expedited");
    assertThat(d.nextSteps().get(0).timing()).singleElement().asString().contains("72 hours");
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("up to 1 year"));
  }

  @Test
  void a_california_request_also_gets_the_step_therapy_exception_fax() {
    Determination d = evaluate(metastatic().jurisdiction(Jurisdiction.CA));
    assertThat(contacts(d)).extracting(ContactPoint::value).contains("1-866-649-8173");
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("step therapy exception"));
  }

  @Test
  void a_small_node_negative_tumor_fails_on_1C_and_asks_for_no_metastatic_documents() {
    Determination d = evaluate(adjuvant().tumorStaging(resected("3.9", TumorStaging.NodalStatus.N0).stage("IB").build()));

    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("CNF-494 1");
    assertThat(d.summary()).isEqualTo("Does not meet criteria: CNF-494 1.C (size or nodes) not met.");
    assertThat(d.clause("CNF-494 1.C (4 cm or larger)").get().finding()).contains("Tumor 3.9 cm (4 cm or larger required)");
    assertThat(d.clause("CNF-494 1.C (size or nodes)").get().remedy().get().denialReason()).contains("smaller than 4 cm and node-negative");
    assertThat(d.approval()).isEmpty();
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);
    List<String> clauseIds = d.checklist().stream().flatMap(i -> i.clauseIds().stream()).collect(Collectors.toList());
    assertThat(clauseIds).contains("CNF-494 1.C (4 cm or larger)").noneMatch(id -> id.startsWith("CNF-494 2"));
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("internal appeal"));
  }

  @Test
  void missing_alk_and_staging_documents_are_listed_once_for_both_possible_settings() {
    Determination d = evaluate(adjuvant().biomarkers(List.of()).tumorStaging(Optional.empty()));

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.pathway().get().id()).isEqualTo("CNF-494 1");
    assertThat(d.summary()).contains("CNF-494 1.B", "CNF-494 1.C", "CNF-494 1.D").endsWith("not documented.");
    assertThat(checklistIds(d)).contains("alk-test-report", "surgical-pathology-report", "staging-reports").doesNotHaveDuplicates();
    assertThat(d.checklist().stream().filter(i -> i.document().id().equals("alk-test-report")).findFirst().get().clauseIds())
        .contains("CNF-494 1.B", "CNF-494 1.D", "CNF-494 2.B (ALK-positive)", "CNF-494 2.C");
  }

  @Test
  void evaluation_is_deterministic_and_survives_json() {
    CovercritJson json = CovercritJson.create();
    for (CoverageRequest request : List.of(adjuvant().build(), metastatic().build())) {
      Determination first = REGISTRY.evaluate(request, AS_OF);
      Determination second = REGISTRY.evaluate(json.readRequest(json.writeRequest(request, false)), AS_OF);
      assertThat(second).isEqualTo(first);
      String written = json.writeDetermination(first, false);
      assertThat(json.writeDetermination(second, false)).isEqualTo(written);
      assertThat(json.readDetermination(written)).isEqualTo(first);
      assertThat(written).contains("\"provenance\":{\"reliability\":\"" + first.provenance().reliability() + "\"")
          .contains("\"pathwayProvenance\"").doesNotContain("MBR-445566");
    }
  }
}
