package io.covercrit.cigna.opzelura;

import static io.covercrit.cigna.opzelura.OpzeluraRequests.AS_OF;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.atopicDermatitis;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.skin;
import static io.covercrit.cigna.opzelura.OpzeluraRequests.vitiligo;
import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ContactChannel;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.BodySite;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Drug;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.Urgency;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpzeluraDeterminationTest {
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
  void an_approvable_request_says_what_to_submit_where_and_for_how_long() {
    Determination d = evaluate(atopicDermatitis().build());

    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("IP0369 1");
    assertThat(d.approval().get().maximum()).isEqualTo(Period.ofMonths(6));
    assertThat(d.approval().get().endsNoLaterThan()).isEqualTo(LocalDate.of(2027, 5, 24));
    assertThat(d.summary()).contains("IP0369 1");
    assertThat(checklistIds(d)).contains("birth-date-verification", "bsa-assessment", "topical-corticosteroid-history",
        "topical-calcineurin-inhibitor-history", "prescriber-specialty", "current-medication-list");
    assertThat(checklistIds(d)).doesNotHaveDuplicates();

    ContactPoint fax = contacts(d).stream().filter(c -> c.channel() == ContactChannel.FAX).findFirst().get();
    assertThat(fax.value()).isEqualTo("1-866-873-8279");
    assertThat(fax.source().reliability()).isEqualTo(Reliability.PATIENT_GUIDE);
    assertThat(fax.source().checkedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(contacts(d)).extracting(ContactPoint::value).contains("https://cignaforhcp.cigna.com", "1-866-494-2111", "1-800-803-2523");
    assertThat(d.nextSteps().get(0).timing()).singleElement().asString().contains("3-5 business days");
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("Accredo"));
  }

  @Test
  void an_expedited_request_gets_the_72_hour_clock() {
    Determination d = evaluate(atopicDermatitis().urgency(Urgency.EXPEDITED).build());
    assertThat(d.nextSteps().get(0).action()).contains("expedited");
    assertThat(d.nextSteps().get(0).timing()).singleElement().asString().contains("72 hours");
  }

  @Test
  void a_vitiligo_request_over_10_percent_fails_on_2B_and_asks_only_for_vitiligo_documents() {
    Determination d = evaluate(vitiligo().skinInvolvement(skin("15", BodySite.HANDS)).build());

    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.pathway().get().id()).isEqualTo("IP0369 2");
    assertThat(d.summary()).isEqualTo("Does not meet criteria: IP0369 2.B not met.");
    assertThat(d.clause("IP0369 2.B").get().finding()).contains("BSA 15% (limit 10%)");
    assertThat(d.clause("IP0369 2.B").get().remedy().get().denialReason()).contains("more than 10%");
    assertThat(d.approval()).isEmpty();
    List<String> clauseIds = d.checklist().stream().flatMap(i -> i.clauseIds().stream()).collect(Collectors.toList());
    assertThat(clauseIds).contains("IP0369 2.B").noneMatch(id -> id.startsWith("IP0369 1"));
    assertThat(d.nextSteps()).extracting(NextStep::action).anyMatch(a -> a.contains("internal appeal"));
  }

  @Test
  void missing_documents_are_listed_once_with_every_clause_that_needs_them() {
    Determination d = evaluate(atopicDermatitis()
        .patient(Patient.builder().build())
        .therapyTrials(List.of())
        .build());

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    assertThat(d.summary()).isEqualTo("Needs documentation: IP0369 1.A, IP0369 1.C, IP0369 1.D not documented.");
    ChecklistItem birth = d.checklist().stream().filter(i -> i.document().id().equals("birth-date-verification")).findFirst().get();
    assertThat(birth.clauseIds()).containsExactly("IP0369 1.A");
    assertThat(checklistIds(d)).contains("topical-corticosteroid-history", "topical-calcineurin-inhibitor-history")
        .doesNotContain("prescriber-specialty");
  }

  @Test
  void a_concurrent_biologic_makes_the_use_not_covered_with_the_reason() {
    Determination d = evaluate(atopicDermatitis().addConcurrentMedications(Drug.named("Dupixent")).build());

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_COVERED);
    assertThat(d.summary()).isEqualTo("Not covered: IP0369 Not Covered 1 applies.");
    assertThat(d.clause("IP0369 Not Covered 1").get().remedy().get().denialReason()).contains("biologic");
    assertThat(checklistIds(d)).containsExactly("current-medication-list");
    assertThat(d.approval()).isEmpty();
  }

  @Test
  void evaluation_is_deterministic_and_survives_json() {
    CovercritJson json = CovercritJson.create();
    CoverageRequest request = atopicDermatitis().build();
    Determination first = evaluate(request);
    Determination second = evaluate(json.readRequest(json.writeRequest(request, false)));

    assertThat(second).isEqualTo(first);
    assertThat(json.writeDetermination(second, false)).isEqualTo(json.writeDetermination(first, false));
    assertThat(json.readDetermination(json.writeDetermination(first, true))).isEqualTo(first);
  }

  @Test
  void the_registry_holds_both_versions_and_picks_by_date() {
    List<CoveragePolicy> versions = REGISTRY.versions(OpzeluraIp0369.POLICY_ID);
    assertThat(versions).extracting(p -> p.descriptor().version()).containsExactly("before 2024-11-15", "2024-11-15");
    assertThat(REGISTRY.require(OpzeluraIp0369.POLICY_ID, LocalDate.of(2024, 11, 14)).descriptor().version()).isEqualTo("before 2024-11-15");
    assertThat(REGISTRY.require(OpzeluraIp0369.POLICY_ID, LocalDate.of(2024, 11, 15)).descriptor().version()).isEqualTo("2024-11-15");
    assertThat(REGISTRY.require(OpzeluraIp0369.POLICY_ID, AS_OF).descriptor().provenance().reliability()).isEqualTo(Reliability.POLICY_TEXT);
  }

  @Test
  void the_determination_never_echoes_the_member_id() {
    Determination d = evaluate(atopicDermatitis().build());
    assertThat(CovercritJson.create().writeDetermination(d, false)).doesNotContain("MBR-998877");
  }
}
