package io.covercrit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.AcmeTestPolicy;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequestArbitraries;
import io.covercrit.core.model.CoverageRequestArbitraries.RequestCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Requests drawn by the property tests' generator, as written, and their determinations validate. */
class GeneratedDocumentsSchemaTest {
  private static final CovercritJson JSON = CovercritJson.create();

  /** A fixed seed: the same documents on every run. */
  @Property(tries = 150, seed = "20261124")
  void written_requests_and_their_determinations_validate(@ForAll("cases") RequestCase c) {
    // The validator is built on Jackson 3, which needs jackson-annotations 2.20 or newer: on the
    // older Jackson executions there is nothing to check (the schemas do not depend on Jackson).
    if (System.getProperty("covercrit.test.jackson", "").matches("2\\.1[0-9]\\..*")) {
      return;
    }
    JsonSchemas schemas = Holder.SCHEMAS;
    String request = JSON.writeRequest(c.request(), false);
    assertThat(JsonSchemas.errors(schemas.request(), request)).as(request).isEmpty();
    Determination d = AcmeTestPolicy.policy().evaluate(c.request(), c.asOf(), AcmeTestPolicy.codes());
    String determination = JSON.writeDetermination(d, false);
    assertThat(JsonSchemas.errors(schemas.determination(), determination)).as(determination).isEmpty();
  }

  @Provide
  Arbitrary<RequestCase> cases() {
    return CoverageRequestArbitraries.cases();
  }

  /** Loaded on first use only. */
  private static final class Holder {
    static final JsonSchemas SCHEMAS = JsonSchemas.published();
  }
}
