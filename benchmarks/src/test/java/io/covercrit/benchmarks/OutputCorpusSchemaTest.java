package io.covercrit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.core.schema.JsonSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document of the output corpus ({@link OutputCorpus}: its requests, each under every
 * variation, and the malformed ones) against the published schemas: each request the reader
 * accepts validates, as written back and as sent, and so does each determination made of it, on
 * both of the corpus's dates, compact and pretty.
 */
class OutputCorpusSchemaTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final CovercritJson JSON = CovercritJson.create();
  private static final PolicyRegistry REGISTRY = PolicyRegistry.installed();

  @Test
  void every_corpus_document_the_reader_accepts_and_every_determination_validate() throws Exception {
    JsonSchemas schemas = JsonSchemas.published();
    Schema requestSchema = schemas.request();
    Schema determinationSchema = schemas.determination();
    List<String> bases = new ArrayList<>();
    for (OpzeluraCase c : OpzeluraCase.values()) {
      bases.add(JSON.writeRequest(c.request("g-" + c), false));
    }
    // The module runs from benchmarks/, the corpus from the repository root.
    try (Stream<Path> samples = Files.list(Path.of("..", "examples", "requests"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        bases.add(Files.readString(sample));
      }
    }
    assertThat(bases).hasSizeGreaterThan(OpzeluraCase.values().length + 8);
    List<String> documents = new ArrayList<>();
    List<Consumer<ObjectNode>> variations = OutputCorpus.variations();
    for (String base : bases) {
      for (Consumer<ObjectNode> variation : variations) {
        ObjectNode node = (ObjectNode) M.readTree(base);
        try {
          variation.accept(node);
        } catch (RuntimeException e) {
          continue; // as in the corpus: a variation that does not apply to this base
        }
        documents.add(M.writeValueAsString(node));
      }
    }
    documents.addAll(OutputCorpus.badDocuments(bases.get(0)));

    List<String> failures = new ArrayList<>();
    int requests = 0;
    int determinations = 0;
    for (String document : documents) {
      CoverageRequest request;
      try {
        request = JSON.readRequest(document);
      } catch (RuntimeException e) {
        continue; // refused by the reader: not part of this check (RequestSchemaTest compares refusals)
      }
      requests++;
      check(requestSchema, document, "request as sent", failures);
      check(requestSchema, JSON.writeRequest(request, false), "request as written", failures);
      for (String date : new String[] {"2024-06-01", "2026-11-24"}) {
        Determination d;
        try {
          d = REGISTRY.evaluate(request, LocalDate.parse(date));
        } catch (RuntimeException e) {
          continue; // no policy in force, no policy named: an error, not a determination
        }
        determinations++;
        check(determinationSchema, JSON.writeDetermination(d, false), "determination " + date, failures);
        if (determinations % 25 == 0) {
          check(determinationSchema, JSON.writeDetermination(d, true), "pretty determination " + date, failures);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(requests).isGreaterThan(1000);
    assertThat(determinations).isGreaterThan(1000);
  }

  private static void check(Schema schema, String document, String what, List<String> failures) {
    List<String> errors = JsonSchemas.errors(schema, document);
    if (!errors.isEmpty() && failures.size() < 20) {
      failures.add(what + ": " + errors + " in " + (document.length() > 300 ? document.substring(0, 300) + "..." : document));
    }
  }
}
