package io.covercrit.cigna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.covercrit.cigna.opzelura.OpzeluraArbitraries;
import io.covercrit.core.CovercritException;
import io.covercrit.core.eval.CoveragePolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.JsonInputException;
import io.covercrit.core.logcapture.CapturedLogs;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import io.covercrit.core.model.PatientDataSentinels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.slf4j.event.Level;

/**
 * No birth date, member id, name or note from a request reaches a log line or an exception
 * message. Everything SLF4J receives, down to TRACE, is captured (by the test-only
 * {@code CapturingServiceProvider}) while a registry is built, requests carrying sentinel values
 * are evaluated under every installed policy, written and read as JSON, and read again damaged
 * or invalid; every exception thrown on the way is collected. None may contain a sentinel.
 */
class NoPatientDataInLogsOrErrorsTest {
  private static final CovercritJson JSON = CovercritJson.create();

  @Property
  void no_log_line_or_exception_message_repeats_patient_data(@ForAll("cases") RequestCase c) {
    CoverageRequest request = PatientDataSentinels.mark(c.request());
    List<Throwable> thrown = new ArrayList<>();
    List<CapturedLogs.LogEvent> events;
    try (CapturedLogs.Recording logs = CapturedLogs.start()) {
      PolicyRegistry registry = PolicyRegistry.installed();
      for (String id : registry.policyIds()) {
        for (CoveragePolicy version : registry.versions(id)) {
          Determination d = version.evaluate(request, c.asOf());
          JSON.readDetermination(JSON.writeDetermination(d, false));
          capture(thrown, () -> version.evaluate(request, LocalDate.MAX));
        }
        capture(thrown, () -> registry.evaluate(id, request, c.asOf()));
      }
      capture(thrown, () -> registry.evaluate(CoverageRequest.builder().from(request).policyId(Optional.empty()).build(), c.asOf()));
      capture(thrown, () -> registry.evaluate("nosuch/POLICY", request, c.asOf()));

      String document = JSON.writeRequest(request, false);
      JSON.readRequest(document);
      for (String damaged : damaged(document)) {
        assertThat(capture(thrown, () -> JSON.readRequest(damaged))).as("fails: %s", damaged).isTrue();
      }
      events = logs.events();
    }

    // The capture works: the registry reports its providers at DEBUG.
    assertThat(events).anySatisfy(event -> {
      assertThat(event.logger()).isEqualTo(PolicyRegistry.class.getName());
      assertThat(event.level()).isEqualTo(Level.DEBUG);
    });
    for (CapturedLogs.LogEvent event : events) {
      assertClean("log line", event.text());
    }
    assertThat(thrown).isNotEmpty().allSatisfy(e -> assertThat(e).isInstanceOf(CovercritException.class));
    for (Throwable e : thrown) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertClean("exception", t.toString());
        assertClean("exception", t.getMessage());
        assertClean("exception", t.getLocalizedMessage());
        for (Throwable suppressed : t.getSuppressed()) {
          assertClean("suppressed exception", suppressed.toString());
        }
      }
      if (e instanceof JsonInputException) {
        assertClean("JSON path", ((JsonInputException) e).path());
        assertClean("JSON problem", ((JsonInputException) e).problem());
      }
    }
  }

  /**
   * The document made invalid where the sentinels are: too long, wrong format, wrong type, cut
   * inside a value. Each must fail, and name no value.
   */
  private static List<String> damaged(String document) {
    String member = PatientDataSentinels.MEMBER_ID;
    String born = PatientDataSentinels.BIRTH_DATE.toString();
    String note = PatientDataSentinels.NOTE;
    List<String> variants = new ArrayList<>();
    variants.add(document.replace("\"" + member + "\"", "\"" + member.repeat(4) + "\""));
    variants.add(document.replace("\"" + member + "\"", "[\"" + member + "\"]"));
    variants.add(document.replace("\"" + born + "\"", "\"" + born + "T00:00\""));
    variants.add(document.replace("\"" + born + "\"", "\"" + born.replace("-07-", "-13-") + "\""));
    variants.add(document.replace("\"" + born + "\"", "\"1761-07-13\""));
    variants.add(document.replace("\"" + note + "\"", "\"" + note.repeat(10_000 / note.length() + 1) + "\""));
    variants.add(document.replace("\"" + note + "\"", "{\"text\":\"" + note + "\"}"));
    variants.add(document.replace("\"" + note + "\"", "\"" + note + "\",\"" + note + "\""));
    variants.add(document.replace("\"" + note + "\"", "\"" + note + "\",\"notes\":\"" + note + "\""));
    variants.add(document.replace("\"name\":\"" + PatientDataSentinels.NAME_PREFIX, "\"name\":\"" + "x".repeat(200)
        + PatientDataSentinels.NAME_PREFIX));
    variants.add(document.replace("\"name\":\"" + PatientDataSentinels.NAME_PREFIX, "\"name\":" + "\"\"," + "\"nam\":\""
        + PatientDataSentinels.NAME_PREFIX));
    variants.add(document.substring(0, document.indexOf(member) + 4));
    variants.add(document.substring(0, document.indexOf(note) + 10));
    variants.removeIf(document::equals);
    return variants;
  }

  /** Runs {@code action}, keeping what it throws; whether it threw. */
  private static boolean capture(List<Throwable> thrown, Runnable action) {
    try {
      action.run();
      return false;
    } catch (RuntimeException e) {
      thrown.add(e);
      return true;
    }
  }

  private static void assertClean(String what, String text) {
    List<String> found = PatientDataSentinels.foundIn(text);
    if (!found.isEmpty()) {
      fail("%s repeats patient data %s: %s", what, found, text);
    }
  }

  @Provide
  Arbitrary<RequestCase> cases() {
    return Arbitraries.oneOf(CoverageRequestArbitraries.cases(), OpzeluraArbitraries.cases());
  }
}
