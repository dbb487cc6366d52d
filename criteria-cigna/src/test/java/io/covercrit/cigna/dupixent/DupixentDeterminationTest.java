package io.covercrit.cigna.dupixent;

import static io.covercrit.cigna.dupixent.DupixentRequests.AS_OF;
import static io.covercrit.cigna.dupixent.DupixentRequests.asthma;
import static io.covercrit.cigna.dupixent.DupixentRequests.bullousPemphigoid;
import static io.covercrit.cigna.dupixent.DupixentRequests.copd;
import static io.covercrit.cigna.dupixent.DupixentRequests.dupixentSince;
import static io.covercrit.cigna.dupixent.DupixentRequests.eosinophils;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ChecklistItem;
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
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.RequestType;
import io.covercrit.core.model.ResponseAssessment;
import io.covercrit.core.model.ResponseMarker;
import io.covercrit.core.model.Urgency;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DupixentDeterminationTest {
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

  @Test
  void an_approvable_asthma_request_says_what_to_submit_where_and_for_how_long() {
    Determination d = evaluate(asthma().build());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("IP0453 1");
    assertThat(d.summary()).isEqualTo("Meets criteria under IP0453 1 (Asthma).");
    assertThat(d.approval().get().maximum()).isEqualTo(Period.ofMonths(6));
    assertThat(d.approval().get().endsNoLaterThan()).isEqualTo(LocalDate.of(2027, 5, 24));
    assertThat(d.clause("IP0453 1.B.a").get().finding().orElseThrow()).contains("320 cells/µL on 2026-11-02");
    assertThat(checklistIds(d)).contains("diagnosis-clinical-notes", "birth-date-verification", "blood-eosinophil-count",
        "inhaled-therapy-history", "exacerbation-history", "prescriber-specialty").doesNotHaveDuplicates();
    // Only evidence of met clauses: the unused oral-corticosteroid alternative is not asked for.
    assertThat(checklistIds(d)).doesNotContain("systemic-corticosteroid-history", "corticosteroid-taper-notes");

    ContactPoint fax = contacts(d).stream().filter(c -> c.channel() == ContactChannel.FAX).findFirst().get();
    assertThat(fax.value()).isEqualTo("1-866-873-8279");
    assertThat(fax.source().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(d.nextSteps().get(0).timing()).hasSize(2);
    assertThat(d.nextSteps().get(0).timing().get(0)).contains("5-10 business days").contains("Staffingly");
    assertThat(d.nextSteps().get(0).timing().get(1)).contains("3-5 business days");
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("Accredo"))
        .anyMatch(a -> a.contains("reauthorization") && a.contains("inhaled corticosteroid"));
  }

  @Test
  void the_determination_carries_the_secondary_digest_provenance_and_names_each_conflict() {
    Determination d = evaluate(asthma().build());
    Provenance provenance = d.provenance();

    assertThat(provenance.reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);
    assertThat(provenance.isSecondHand()).isTrue();
    assertThat(provenance.gatheredOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(provenance.sources()).extracting(SourceRef::reliability)
        .contains(Reliability.SECONDARY_DIGEST, Reliability.PATIENT_GUIDE).doesNotContain(Reliability.POLICY_TEXT);
    assertThat(provenance.sources()).extracting(s -> s.url().orElse(""))
        .anyMatch(u -> u.endsWith("/cigna/dupixent/asthma"))
        .anyMatch(u -> u.contains("counterforcehealth.org") && u.contains("georgia"));
    assertThat(provenance.readings())
        .anyMatch(r -> r.contains("IP0453") && r.contains("unverified"))
        .anyMatch(r -> r.contains("high-dose ICS/LABA"))
        .anyMatch(r -> r.contains("calcineurin inhibitor"))
        .anyMatch(r -> r.contains("age 18"))
        .anyMatch(r -> r.contains("J82.83"))
        .anyMatch(r -> r.contains("Conditions Not Covered"));
    assertThat(d.notes()).anyMatch(n -> n.contains("secondary digest")).anyMatch(n -> n.contains("42 days"));
    assertThat(d.policy().effectiveFrom()).isEmpty();
    assertThat(d.policy().version()).isEqualTo(DupixentIp0453.VERSION);
  }

  @Test
  void bullous_pemphigoid_rests_on_an_analog_policy_and_says_so() {
    Determination d = evaluate(bullousPemphigoid().build());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.provenance().reliability()).isEqualTo(Reliability.ANALOG_POLICY);
    assertThat(d.provenance().sources()).extracting(s -> s.url().orElse("")).anyMatch(u -> u.contains("/medica/"));
    assertThat(d.provenance().readings()).singleElement().asString().contains("Medica").contains("8.A");
    assertThat(d.policy().pathwayProvenance()).containsOnlyKeys("IP0453 8");

    Determination other = evaluate(copd().build());
    assertThat(other.provenance().reliability()).isEqualTo(Reliability.SECONDARY_DIGEST);
  }

  @Test
  void an_expedited_request_gets_the_72_hour_clock() {
    Determination d = evaluate(asthma().urgency(Urgency.EXPEDITED).build());
    assertThat(d.nextSteps().get(0).action()).contains("expedited");
    assertThat(d.nextSteps().get(0).timing()).singleElement().asString().contains("72 hours");
  }

  @Test
  void an_old_eosinophil_count_asks_for_a_new_one_and_lists_each_document_once() {
    Determination d = evaluate(asthma()
        .labResults(List.of(eosinophils("410", "2026-08-01")))
        .patient(Patient.builder().build())
        .build());

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.summary()).isEqualTo("Needs documentation: IP0453 1.A, IP0453 1.B not documented.");
    assertThat(d.clause("IP0453 1.B.a").get().finding().orElseThrow()).contains("No count since 2026-10-13").contains("410 cells/µL on 2026-08-01");
    assertThat(d.clause("IP0453 1.B.a").get().remedy().get().howToFix()).contains("Draw a blood eosinophil count");
    ChecklistItem eosinophils = d.checklist().stream().filter(i -> i.document().id().equals("blood-eosinophil-count"))
        .findFirst().get();
    assertThat(eosinophils.clauseIds()).containsExactly("IP0453 1.B.a");
    assertThat(checklistIds(d)).contains("birth-date-verification", "systemic-corticosteroid-history").doesNotHaveDuplicates()
        .doesNotContain("exacerbation-history");
    assertThat(d.nextSteps()).extracting(NextStep::action).first().asString().contains("Gather the documents");
  }

  @Test
  void a_request_that_fails_names_the_clause_and_points_to_the_appeal() {
    Determination d = evaluate(copd().flares(List.of()).addFlares(DupixentRequests.flare("2026-06-20", false, false, true)).build());

    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.summary()).isEqualTo("Does not meet criteria: IP0453 6.D not met.");
    assertThat(d.clause("IP0453 6.D").get().remedy().get().howToFix()).contains("hospitalization");
    assertThat(d.approval()).isEmpty();
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("internal appeal"));
  }

  @Test
  void a_reauthorization_is_judged_on_its_own_clauses_and_approved_for_a_year() {
    Determination d = evaluate(asthma().requestType(RequestType.REAUTHORIZATION)
        .labResults(List.of())
        .addTherapyTrials(dupixentSince("2026-03-01"))
        .response(ResponseAssessment.builder().addImprovements(ResponseMarker.EXACERBATIONS).build())
        .build());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.trace()).extracting(c -> c.id()).containsExactly("IP0453 Reauthorization");
    assertThat(d.clause("IP0453 1.B")).isEmpty();
    assertThat(d.clause("IP0453 1").get().children()).extracting(c -> c.id())
        .containsExactly("IP0453 1.dx", "IP0453 1.R1", "IP0453 1.R2", "IP0453 1.R3");
    assertThat(d.approval().get().maximum()).isEqualTo(Period.ofYears(1));
    assertThat(checklistIds(d)).contains("requested-drug-history", "current-medication-list", "response-to-therapy");
  }

  @Test
  void evaluation_is_deterministic_and_survives_json() {
    CovercritJson json = CovercritJson.create();
    for (CoverageRequest request : List.of(asthma().build(), bullousPemphigoid().build(),
        DupixentRequests.nasalPolyps().build(), DupixentRequests.prurigoNodularis().build())) {
      Determination first = evaluate(request);
      Determination second = evaluate(json.readRequest(json.writeRequest(request, false)));
      assertThat(second).isEqualTo(first);
      assertThat(json.writeDetermination(second, false)).isEqualTo(json.writeDetermination(first, false));
      assertThat(json.readDetermination(json.writeDetermination(first, true))).isEqualTo(first);
    }
  }

  @Test
  void the_registry_holds_one_undated_version_in_force_on_any_date() {
    List<CoveragePolicy> versions = REGISTRY.versions(DupixentIp0453.POLICY_ID);
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).descriptor().effectiveFrom()).isEmpty();
    assertThat(REGISTRY.require(DupixentIp0453.POLICY_ID, LocalDate.of(2020, 1, 1))).isSameAs(versions.get(0));
    assertThat(REGISTRY.require(DupixentIp0453.POLICY_ID, AS_OF).descriptor().drugs()).containsExactly("Dupixent", "dupilumab");
  }

  @Test
  void the_determination_never_echoes_the_member_id() {
    Determination d = evaluate(asthma().build());
    assertThat(CovercritJson.create().writeDetermination(d, false)).doesNotContain("MBR-556677");
  }
}
