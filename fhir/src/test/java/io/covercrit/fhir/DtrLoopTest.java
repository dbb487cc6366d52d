package io.covercrit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.Status;
import io.covercrit.fhir.questions.Question;
import io.covercrit.fhir.questions.QuestionPlanner;
import io.covercrit.fhir.questions.QuestionSet;
import io.covercrit.fhir.questions.QuestionType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/**
 * The DTR loop end to end: a bundle that leaves a clause MISSING → the questionnaire of its missing
 * facts → a filled response (through HAPI's JSON, as an EHR's DTR app would send it) → a decision.
 */
class DtrLoopTest {
  static final FhirRequestMapper MAPPER = SampleBundlesTest.MAPPER;
  static final QuestionPlanner PLANNER = QuestionPlanner.standard();
  static final IParser PARSER = MAPPER.fhirContext().newJsonParser();

  static Bundle withoutAnswers(String sample) throws IOException {
    Bundle bundle = MappingEdgeCasesTest.sample(sample);
    bundle.getEntry().removeIf(e -> e.getResource() instanceof QuestionnaireResponse);
    return bundle;
  }

  static Determination evaluate(Bundle bundle, String policy) {
    return SampleBundlesTest.REGISTRY.evaluate(MAPPER.map(bundle, MappingOptions.forPolicy(policy)).request(),
        SampleBundlesTest.AS_OF);
  }

  /** The questionnaire through HAPI's JSON, as the DTR app receives it. */
  static Questionnaire questionnaireFor(Bundle bundle, String policy) {
    MappedRequest mapped = MAPPER.map(bundle, MappingOptions.forPolicy(policy));
    Determination d = SampleBundlesTest.REGISTRY.evaluate(mapped.request(), SampleBundlesTest.AS_OF);
    QuestionSet set = PLANNER.plan(d, mapped.request());
    return PARSER.parseResource(Questionnaire.class, PARSER.encodeResourceToString(DtrQuestionnaires.questionnaire(set)));
  }

  static Bundle answered(Bundle bundle, Questionnaire q, Map<String, List<Type>> answers) {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("dtr-answers");
    qr.setQuestionnaire(q.getUrl() + "|" + q.getVersion());
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    qr.setSubject(new Reference("Patient/pat-ad-001"));
    for (Questionnaire.QuestionnaireItemComponent item : q.getItem()) {
      List<Type> values = answers.get(item.getLinkId());
      if (values != null) {
        QuestionnaireResponseItemComponent answer = qr.addItem().setLinkId(item.getLinkId()).setText(item.getText());
        values.forEach(v -> answer.addAnswer().setValue(v));
      }
    }
    String wire = PARSER.encodeResourceToString(qr);
    bundle.addEntry().setResource(PARSER.parseResource(QuestionnaireResponse.class, wire));
    return bundle;
  }

  @Test
  void a_missing_body_surface_area_becomes_typed_questions_and_its_answer_decides() throws IOException {
    Bundle bundle = withoutAnswers("opzelura-ad-approvable");
    Determination before = evaluate(bundle, "cigna/IP0369");
    assertThat(before.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);

    Questionnaire q = questionnaireFor(bundle, "cigna/IP0369");
    assertThat(q.getUrl()).isEqualTo(DtrQuestionnaires.canonical("cigna/IP0369"));
    Questionnaire.QuestionnaireItemComponent bsa = q.getItem().stream()
        .filter(i -> i.getLinkId().equals("skinInvolvement.bodySurfaceAreaPercent")).findFirst().orElseThrow();
    assertThat(bsa.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.DECIMAL);
    // The item names the clause it decides, by the policy's own section id, with the policy's text.
    List<String> missing = before.trace().stream().flatMap(r -> {
      List<String> ids = new java.util.ArrayList<>();
      r.forEachClause(c -> {
        if (c.status() == Status.MISSING && c.children().isEmpty()) {
          ids.add(c.id());
        }
      });
      return ids.stream();
    }).toList();
    assertThat(bsa.getCode()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.getSystem()).isEqualTo(FhirSystems.COVERCRIT_CLAUSE);
      assertThat(missing).contains(c.getCode());
      assertThat(c.getDisplay()).isNotBlank();
    });

    Determination met = evaluate(answered(withoutAnswers("opzelura-ad-approvable"), q, Map.of(
        "skinInvolvement.bodySurfaceAreaPercent", List.of(new DecimalType(new BigDecimal("12"))),
        "skinInvolvement.assessedOn", List.of(new DateType("2026-11-10")),
        "skinInvolvement.sites", List.of(new Coding(FhirSystems.COVERCRIT_REQUEST_CODES, "ARMS", null)))), "cigna/IP0369");
    assertThat(met.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);

    Determination notMet = evaluate(answered(withoutAnswers("opzelura-ad-approvable"), q, Map.of(
        "skinInvolvement.bodySurfaceAreaPercent", List.of(new DecimalType(new BigDecimal("35"))),
        "skinInvolvement.assessedOn", List.of(new DateType("2026-11-10")),
        "skinInvolvement.sites", List.of(new Coding(FhirSystems.COVERCRIT_REQUEST_CODES, "ARMS", null)))), "cigna/IP0369");
    assertThat(notMet.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
  }

  @Test
  void a_missing_flare_history_is_a_repeating_group_and_a_reviewed_none_answer_decides_it() throws IOException {
    Bundle bundle = withoutAnswers("ilaris-gout-approvable");
    MappedRequest mapped = MAPPER.map(bundle, MappingOptions.forPolicy("cigna/IP0235"));
    Determination d = SampleBundlesTest.REGISTRY.evaluate(mapped.request(), SampleBundlesTest.AS_OF);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    QuestionSet set = PLANNER.plan(d, mapped.request());
    Question flares = set.questions().stream().filter(x -> x.linkId().equals("flares")).findFirst().orElseThrow();
    assertThat(flares.type()).isEqualTo(QuestionType.GROUP);
    assertThat(flares.repeats()).isTrue();
    assertThat(flares.items()).extracting(Question::linkId).contains("flares.date");
    Question review = set.questions().stream().filter(x -> x.linkId().equals("historyReviews")).findFirst().orElseThrow();
    assertThat(review.items()).extracting(Question::linkId)
        .containsExactly("historyReviews.history", "historyReviews.from", "historyReviews.through");
    assertThat(review.items().get(0).options()).contains("FLARES");

    // "Reviewed the past year: no flares" turns MISSING into a decision.
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setQuestionnaire(DtrQuestionnaires.canonical("cigna/IP0235"));
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    QuestionnaireResponseItemComponent group = qr.addItem().setLinkId("historyReviews");
    group.addItem().setLinkId("historyReviews.history").addAnswer()
        .setValue(new Coding(FhirSystems.COVERCRIT_REQUEST_CODES, "FLARES", null));
    group.addItem().setLinkId("historyReviews.from").addAnswer().setValue(new DateType("2025-11-24"));
    group.addItem().setLinkId("historyReviews.through").addAnswer().setValue(new DateType("2026-11-24"));
    bundle.addEntry().setResource(PARSER.parseResource(QuestionnaireResponse.class, PARSER.encodeResourceToString(qr)));
    assertThat(evaluate(bundle, "cigna/IP0235").outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
  }

  @Test
  void the_alecensa_sample_missing_its_test_method_is_decided_by_a_repeating_group_answer() throws IOException {
    Bundle bundle = MappingEdgeCasesTest.sample("alecensa-metastatic-method-missing");
    assertThat(evaluate(bundle, "cigna/CNF-494").outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);
    Questionnaire q = questionnaireFor(bundle, "cigna/CNF-494");
    Questionnaire.QuestionnaireItemComponent biomarkers = q.getItem().stream()
        .filter(i -> i.getLinkId().equals("biomarkers")).findFirst().orElseThrow();
    assertThat(biomarkers.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.GROUP);
    assertThat(biomarkers.getRepeats()).isTrue();
    assertThat(biomarkers.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
        .containsExactly("biomarkers.biomarker", "biomarkers.status", "biomarkers.method", "biomarkers.date");

    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("dtr-alk");
    qr.setQuestionnaire(q.getUrl());
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    QuestionnaireResponseItemComponent group = qr.addItem().setLinkId("biomarkers");
    group.addItem().setLinkId("biomarkers.biomarker").addAnswer().setValue(new org.hl7.fhir.r4.model.StringType("ALK"));
    group.addItem().setLinkId("biomarkers.status").addAnswer()
        .setValue(new Coding(FhirSystems.COVERCRIT_REQUEST_CODES, "POSITIVE", null));
    group.addItem().setLinkId("biomarkers.method").addAnswer()
        .setValue(new org.hl7.fhir.r4.model.StringType("FISH (Vysis ALK Break Apart FISH Probe Kit)"));
    group.addItem().setLinkId("biomarkers.date").addAnswer().setValue(new DateType("2026-10-30"));
    bundle.addEntry().setResource(PARSER.parseResource(QuestionnaireResponse.class, PARSER.encodeResourceToString(qr)));

    Determination after = evaluate(bundle, "cigna/CNF-494");
    assertThat(after.outcome()).isIn(Outcome.MEETS_CRITERIA, Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(after.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
  }

  @Test
  void nothing_missing_asks_nothing() throws IOException {
    Bundle bundle = MappingEdgeCasesTest.sample("opzelura-ad-approvable");
    MappedRequest mapped = MAPPER.map(bundle, MappingOptions.forPolicy("cigna/IP0369"));
    Determination d = SampleBundlesTest.REGISTRY.evaluate(mapped.request(), SampleBundlesTest.AS_OF);
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(PLANNER.plan(d, mapped.request()).isEmpty()).isTrue();
  }
}
