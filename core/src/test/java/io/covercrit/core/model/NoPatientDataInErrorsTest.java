package io.covercrit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.covercrit.core.CovercritException;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.codes.Icd10CodeSets;
import io.covercrit.core.eval.EvaluationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values built in Java that break a rule fail with an exception that names the field and the
 * rule, never the value: each case below carries a sentinel (see {@link PatientDataSentinels})
 * in the rejected value, or names the value that must not appear.
 */
class NoPatientDataInErrorsTest {
  private static final String MARK = PatientDataSentinels.MARK;

  static Stream<Arguments> rejectedValues() {
    Drug drug = Drug.named("Opzelura");
    return Stream.of(
        Arguments.of("member id too long", (ThrowingCallable) () ->
            Patient.builder().memberId(PatientDataSentinels.MEMBER_ID.repeat(5)).build(), ""),
        Arguments.of("birth date before 1880", (ThrowingCallable) () ->
            Patient.builder().birthDate(LocalDate.of(1761, 7, 13)).build(), "1761-07-13"),
        Arguments.of("notes too long", (ThrowingCallable) () ->
            CoverageRequest.builder().requestedDrug(drug).patient(Patient.builder().build())
                .notes(PatientDataSentinels.NOTE.repeat(200)).build(), ""),
        Arguments.of("request id that looks like a name", (ThrowingCallable) () ->
            CoverageRequest.builder().requestedDrug(drug).patient(Patient.builder().build())
                .requestId(MARK + " Jane Doe").build(), ""),
        Arguments.of("drug name too long", (ThrowingCallable) () -> Drug.named(PatientDataSentinels.NAME_PREFIX.repeat(30)), ""),
        Arguments.of("blank drug name", (ThrowingCallable) () -> Drug.named(" "), ""),
        Arguments.of("strength too long", (ThrowingCallable) () ->
            Drug.builder().name("x").strength(MARK.repeat(20)).build(), ""),
        Arguments.of("NDC with letters", (ThrowingCallable) () -> Drug.builder().name("x").ndc(MARK + "1234567").build(), ""),
        Arguments.of("ICD-10 code", (ThrowingCallable) () -> Icd10Code.of(MARK + "1"), ""),
        Arguments.of("jurisdiction", (ThrowingCallable) () -> Jurisdiction.fromCode(MARK), ""),
        Arguments.of("unit", (ThrowingCallable) () -> Unit.fromCode(MARK + "/L"), ""),
        Arguments.of("trial ending before it starts", (ThrowingCallable) () -> TherapyTrial.builder().drug(drug)
            .outcome(TrialOutcome.FAILED).start(LocalDate.of(1961, 7, 14)).end(PatientDataSentinels.BIRTH_DATE).build(), ""),
        Arguments.of("BSA over 100", (ThrowingCallable) () ->
            SkinInvolvement.builder().bodySurfaceAreaPercent(new BigDecimal("1961.0713")).build(), "1961.0713"),
        Arguments.of("lab value out of range", (ThrowingCallable) () ->
            Quantity.of(new BigDecimal("19610713000000"), Unit.MILLIGRAMS_PER_LITER), "19610713"),
        Arguments.of("biomarker name too long", (ThrowingCallable) () -> BiomarkerResult.builder()
            .biomarker(MARK.repeat(20)).status(BiomarkerStatus.POSITIVE).build(), ""),
        Arguments.of("as-of date out of range", (ThrowingCallable) () -> new EvaluationContext(
            CoverageRequest.builder().requestedDrug(drug).patient(Patient.builder().build()).build(),
            LocalDate.of(19_610, 7, 13), Icd10CodeSets.curated()), "19610"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedValues")
  void the_error_names_the_field_and_the_rule_but_not_the_value(String what, ThrowingCallable build, String alsoAbsent) {
    Throwable e = catchThrowable(build);

    assertThat(e).as(what).isInstanceOf(CovercritException.class);
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(PatientDataSentinels.foundIn(t.toString())).as(t.toString()).isEmpty();
      if (!alsoAbsent.isEmpty()) {
        assertThat(t.toString()).doesNotContain(alsoAbsent);
      }
    }
  }
}
