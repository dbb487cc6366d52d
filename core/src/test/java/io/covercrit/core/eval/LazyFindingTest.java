package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.Patient;
import io.covercrit.core.model.PatientDataSentinels;
import io.covercrit.core.model.RequestType;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A finding's detail given as a supplier is formatted when the trace is read, never by the
 * evaluation: an order screen that asks for the outcome formats no text.
 */
class LazyFindingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final CovercritJson JSON = CovercritJson.create();

  /** A one-pathway policy whose diagnosis clause reports {@code finding} for every request. */
  private static CriteriaPolicy policyFinding(Function<EvaluationContext, Finding> finding) {
    return policyFinding(AcmeTestPolicy.descriptor("2026-01", LocalDate.of(2026, 1, 1)), finding);
  }

  private static CriteriaPolicy policyFinding(PolicyDescriptor descriptor, Function<EvaluationContext, Finding> finding) {
    return CriteriaPolicy.builder(descriptor)
        .pathway(Pathway.builder("L 1", "Lazy")
            .diagnosis(Criterion.check("L 1.A", "Any diagnosis")
                .documents(AcmeTestPolicy.CHART_NOTES)
                .whenNotMet("No diagnosis", "Document one")
                .whenMissing("Diagnosis not documented", "Attach chart notes")
                .by(finding::apply))
            .response(Criterion.check("L 1.R", "Response")
                .documents(AcmeTestPolicy.RESPONSE_NOTES)
                .whenNotMet("No response", "Document one")
                .whenMissing("Response not assessed", "Attach the assessment")
                .by(ctx -> Finding.met("responded")))
            .approvals(Period.ofMonths(6), Period.ofMonths(12))
            .build())
        .nextSteps((outcome, pathway, context) -> List.of(NextStep.builder().action("Submit").actor("prescriber").build()))
        .note("Lazy finding test policy.")
        .build();
  }

  private static CoverageRequest request() {
    return AcmeTestPolicy.request().requestId("REQ-L").addDiagnoses(Diagnosis.of("L20.9")).build();
  }

  /** Reads everything a determination decides eagerly; none of it may format a finding. */
  private static void readEagerParts(Determination d) {
    d.outcome();
    d.pathway();
    d.provenance();
    d.approval();
    d.nextSteps();
    d.policy();
    d.asOf();
    d.requestId();
    d.requestType();
    d.notes();
    d.codeSet();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Status.class)
  void a_supplied_detail_is_formatted_when_the_trace_is_first_read_and_not_by_the_evaluation(Status status) {
    AtomicInteger calls = new AtomicInteger();
    CriteriaPolicy policy = policyFinding(ctx -> Finding.of(status, () -> {
      calls.incrementAndGet();
      return ctx.request().diagnoses().size() + " diagnosis on file";
    }));

    Determination d = policy.evaluate(request(), AS_OF, AcmeTestPolicy.codes());
    readEagerParts(d);
    assertThat(d.outcome()).isEqualTo(status == Status.MET ? Outcome.MEETS_CRITERIA
        : status == Status.MISSING ? Outcome.NEEDS_DOCUMENTATION : Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.approval().isPresent()).isEqualTo(status == Status.MET);
    assertThat(calls).as("calls before the trace is read").hasValue(0);

    ClauseResult diagnosis = d.clause("L 1.A").orElseThrow();
    assertThat(calls).as("calls after the trace is read").hasValue(1);
    assertThat(diagnosis.status()).isEqualTo(status);
    assertThat(diagnosis.finding()).contains("1 diagnosis on file");

    // The trace is kept: reading it again, or anything built from it, formats nothing more.
    d.trace();
    d.summary();
    d.checklist();
    JSON.writeDetermination(d, false);
    d.hashCode();
    d.toString();
    assertThat(d).isEqualTo(Determination.builder().from(d).build());
    assertThat(calls).as("calls after every read").hasValue(1);
  }

  @Test
  void the_summary_and_checklist_are_built_with_the_trace_so_they_format_the_findings() {
    AtomicInteger calls = new AtomicInteger();
    CriteriaPolicy policy = policyFinding(ctx -> Finding.notMet(() -> "formatted " + calls.incrementAndGet()));

    Determination bySummary = policy.evaluate(request(), AS_OF, AcmeTestPolicy.codes());
    assertThat(bySummary.summary()).isEqualTo("Does not meet criteria: no covered diagnosis.");
    assertThat(calls).hasValue(1);
    assertThat(bySummary.clause("L 1.A").orElseThrow().finding()).contains("formatted 1");
    assertThat(calls).hasValue(1);

    Determination byChecklist = policy.evaluate(request(), AS_OF, AcmeTestPolicy.codes());
    assertThat(byChecklist.checklist()).extracting(i -> i.document().id()).containsExactly("chart-notes");
    assertThat(calls).hasValue(2);
    assertThat(byChecklist.clause("L 1.A").orElseThrow().finding()).contains("formatted 2");
    assertThat(calls).hasValue(2);
  }

  @Test
  void a_supplier_that_fails_does_not_fail_the_evaluation_only_the_read_of_the_trace() {
    CriteriaPolicy policy = policyFinding(ctx -> Finding.met(() -> {
      throw new IllegalStateException("formatted too early");
    }));

    Determination d = policy.evaluate(request(), AS_OF, AcmeTestPolicy.codes());
    readEagerParts(d);
    assertThat(d.outcome()).isEqualTo(Outcome.MEETS_CRITERIA);
    assertThat(d.pathway()).contains(MatchedPathway.of("L 1", "Lazy"));
    assertThat(d.approval().orElseThrow().endsNoLaterThan()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(d.nextSteps()).extracting(NextStep::action).containsExactly("Submit");

    assertThatThrownBy(d::trace).isInstanceOf(IllegalStateException.class).hasMessage("formatted too early");
    // Nothing half-built was kept: the next read tries again and fails the same way.
    assertThatThrownBy(d::checklist).isInstanceOf(IllegalStateException.class).hasMessage("formatted too early");
  }

  @Test
  void a_supplier_returning_null_fails_the_read_with_a_message_free_of_patient_data() {
    CriteriaPolicy policy = policyFinding(ctx -> Finding.missing(() -> null));
    CoverageRequest marked = PatientDataSentinels.mark(request());

    Determination d = policy.evaluate(marked, AS_OF, AcmeTestPolicy.codes());
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DOCUMENTATION);

    for (Runnable read : List.<Runnable>of(d::trace, d::summary, d::checklist, () -> JSON.writeDetermination(d, false))) {
      assertThatThrownBy(read::run).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("supplier returned null")
          .satisfies(e -> assertThat(PatientDataSentinels.foundIn(e.getMessage())).isEmpty())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("REQ-L"));
    }
  }

  @Test
  void a_finding_formats_a_supplied_detail_on_each_read_and_only_then() {
    AtomicInteger calls = new AtomicInteger();
    Supplier<String> detail = () -> "read " + calls.incrementAndGet();
    Finding finding = Finding.notMet(detail).because("Too short", "Try again");

    assertThat(finding.status()).isEqualTo(Status.NOT_MET);
    assertThat(finding.remedy()).contains(Remedy.of("Too short", "Try again"));
    assertThat(calls).hasValue(0);
    assertThat(finding.detail()).isEqualTo("read 1");
    assertThat(finding.detail()).isEqualTo("read 2");

    assertThat(Finding.met(() -> "m").status()).isEqualTo(Status.MET);
    assertThat(Finding.missing(() -> "x").status()).isEqualTo(Status.MISSING);
    assertThat(Finding.of(Status.MISSING, () -> "x").detail()).isEqualTo("x");
    assertThat(Finding.met("plain").detail()).isEqualTo("plain");
  }

  @Test
  void a_finding_needs_a_detail_and_a_supplier_a_value() {
    assertThatThrownBy(() -> Finding.met((Supplier<String>) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("detail");
    assertThatThrownBy(() -> Finding.notMet((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("detail");
    Finding empty = Finding.met(() -> null);
    assertThatThrownBy(empty::detail).isInstanceOf(IllegalStateException.class)
        .hasMessage("a finding's detail supplier returned null");
  }

  @Test
  void a_supplied_detail_reaches_the_clause_result_with_the_checks_specific_remedy() {
    Criterion check = Criterion.check("X", "x").documents(AcmeTestPolicy.CHART_NOTES)
        .whenNotMet("default", "default fix").whenMissing("c", "d")
        .by(ctx -> Finding.notMet(() -> "age " + ctx.asOf().getYear()).because("specific", "specific fix"));
    EvaluationContext context = new EvaluationContext(request(), AS_OF, AcmeTestPolicy.codes());

    ClauseResult result = check.evaluate(context);

    assertThat(result.finding()).contains("age 2026");
    assertThat(result.remedy()).contains(Remedy.of("specific", "specific fix"));
    assertThat(result).isEqualTo(Criterion.check("X", "x").documents(AcmeTestPolicy.CHART_NOTES)
        .whenNotMet("default", "default fix").whenMissing("c", "d")
        .by(ctx -> Finding.notMet("age 2026").because("specific", "specific fix")).evaluate(context));
  }

  @Test
  void criterion_evaluate_returns_the_clause_the_determination_traces() {
    AtomicInteger calls = new AtomicInteger();
    CriteriaPolicy policy = policyFinding(ctx -> Finding.met(() -> {
      calls.incrementAndGet();
      return "diagnosis on file";
    }));
    CoverageRequest reauthorization = CoverageRequest.builder().from(request())
        .requestType(RequestType.REAUTHORIZATION).build();
    EvaluationContext context = new EvaluationContext(reauthorization, AS_OF, AcmeTestPolicy.codes());
    Criterion reauthorizationTree = policy.criteriaTrees().get(1);
    assertThat(reauthorizationTree.id()).isEqualTo("T1 Reauthorization");

    ClauseResult alone = reauthorizationTree.evaluate(context);
    assertThat(calls).as("Criterion.evaluate formats its findings").hasValue(1);
    assertThat(alone.find("L 1.A").orElseThrow().finding()).contains("diagnosis on file");
    assertThat(alone.find("L 1.R").orElseThrow().finding()).contains("responded");

    Determination d = policy.evaluate(reauthorization, AS_OF, AcmeTestPolicy.codes());
    assertThat(calls).hasValue(1);
    assertThat(d.trace()).containsExactly(alone);
    assertThat(calls).hasValue(2);
  }

  @Test
  void a_check_that_returns_no_finding_fails_the_evaluation_naming_only_the_clause() {
    CriteriaPolicy policy = policyFinding(ctx -> null);
    CoverageRequest marked = PatientDataSentinels.mark(AcmeTestPolicy.request()
        .patient(Patient.builder().birthDate(LocalDate.of(1961, 7, 13)).build()).build());

    assertThatThrownBy(() -> policy.evaluate(marked, AS_OF, AcmeTestPolicy.codes()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("L 1.A: the check returned no finding");
    EvaluationContext context = new EvaluationContext(marked, AS_OF, AcmeTestPolicy.codes());
    assertThatThrownBy(() -> policy.criteriaTrees().get(0).evaluate(context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("L 1.A: the check returned no finding");
  }

  /**
   * A finding formatted while its determination is written to bytes, that itself writes another
   * determination to bytes: both come out whole. The policy's long title puts the first bytes of
   * the outer determination in the writer's buffer before the finding is formatted, so a shared
   * buffer would mix the two.
   */
  @Test
  void a_finding_that_writes_a_determination_while_its_own_is_written_leaves_both_whole() {
    Determination other = AcmeScenarios.NOT_MET_TOO_YOUNG.evaluate();
    byte[][] inner = new byte[1][];
    PolicyDescriptor longTitle = PolicyDescriptor.builder()
        .from(AcmeTestPolicy.descriptor("2026-01", LocalDate.of(2026, 1, 1)))
        .title("Testamab " + "with a long title ".repeat(2000))
        .build();
    CriteriaPolicy policy = policyFinding(longTitle, ctx -> Finding.met(() -> {
      inner[0] = JSON.writeDeterminationBytes(other);
      return "wrote " + inner[0].length + " bytes";
    }));
    Determination d = policy.evaluate(request(), AS_OF, AcmeTestPolicy.codes());

    byte[] outer = JSON.writeDeterminationBytes(d);

    assertThat(inner[0]).isEqualTo(JSON.writeDetermination(other, false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(new String(outer, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(JSON.writeDetermination(d, false))
        .contains("wrote " + inner[0].length + " bytes");
  }
}
