package io.covercrit.jurisdictions;

import static io.covercrit.jurisdictions.Fixtures.NEW_YORK;
import static io.covercrit.jurisdictions.Fixtures.compute;
import static io.covercrit.jurisdictions.Fixtures.expedited;
import static io.covercrit.jurisdictions.Fixtures.insured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.InvalidInputException;
import io.covercrit.core.model.Jurisdiction;
import org.junit.jupiter.api.Test;

class TimelineJsonTest {
  private final TimelineJson json = TimelineJson.create();

  private static TimelineQuery query() {
    return expedited(insured(Jurisdiction.NC)).payerAppealRules(Fixtures.cigna())
        .addCircumstances(Circumstance.STEP_THERAPY_EXCEPTION)
        .addEvents(Fixtures.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, "2026-03-06T10:00", NEW_YORK),
            Fixtures.finalDenial("2026-06-01"))
        .build();
  }

  @Test
  void a_timeline_survives_a_round_trip_with_iso_dates_and_instants() {
    Timeline timeline = Fixtures.CALCULATOR.compute(query());
    String text = json.writeTimeline(timeline, false);

    assertThat(text).startsWith("{\"schemaVersion\":\"1\"")
        .contains("\"dueDate\":\"2026-09-29\"")
        .contains("\"dueAt\":\"2026-03-09T15:00:00Z\"")
        .contains("\"timeZone\":\"America/New_York\"")
        .contains("\"confidence\":\"VERIFIED\"");
    assertThat(json.readTimeline(text)).isEqualTo(timeline);
  }

  @Test
  void a_query_survives_a_round_trip_so_a_cli_can_read_one_from_a_file() {
    TimelineQuery query = query();
    assertThat(json.readQuery(json.writeQuery(query, true))).isEqualTo(query);
  }

  @Test
  void the_same_timeline_is_written_byte_for_byte_the_same() {
    assertThat(json.writeTimeline(compute(insured(Jurisdiction.MI).addEvents(Fixtures.finalDenial("2026-03-02"))), true))
        .isEqualTo(json.writeTimeline(compute(insured(Jurisdiction.MI).addEvents(Fixtures.finalDenial("2026-03-02"))), true));
  }

  @Test
  void read_errors_name_the_path_and_never_the_value() {
    assertThatThrownBy(() -> json.readQuery("{\"planType\":\"FULLY_INSURED_COMMERCIAL\",\"memberState\":\"NC\","
        + "\"benefitChannel\":\"PHARMACY\",\"bogus\":\"secret-value\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          // unknown members are named by position: a field name can itself be patient data
          assertThat(e.field()).isEqualTo("$");
          assertThat(e.getMessage()).contains("unknown field").doesNotContain("secret-value").doesNotContain("bogus");
        });
    assertThatThrownBy(() -> json.readQuery("{\"planType\":\"FULLY_INSURED_COMMERCIAL\",\"memberState\":\"NC\","
        + "\"benefitChannel\":\"PHARMACY\",\"events\":[{\"type\":\"DENIAL_RECEIVED\",\"on\":\"2026-03-02\","
        + "\"noticeDate\":\"2026-03-09\"}]}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("$.events[0].noticeDate");
          assertThat(e.getMessage()).doesNotContain("2026-03-09");
        });
    assertThatThrownBy(() -> json.readQuery("{\"schemaVersion\":\"2\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("$.schemaVersion"));
  }
}
