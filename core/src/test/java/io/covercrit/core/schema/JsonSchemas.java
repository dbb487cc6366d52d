package io.covercrit.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.covercrit.core.json.CovercritJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The published schemas, loaded from {@link CovercritJson}'s accessors into a JSON Schema 2020-12
 * validator (networknt) that never fetches anything: every {@code $id} it may meet is mapped to
 * a document given here, remote fetching is off, {@code format} is asserted (a 2020-12 validator
 * only annotates it by default) and patterns are ECMA-262 (Joni), as the specification says.
 * Shared with the other modules' contract tests through core's test jar.
 */
public final class JsonSchemas {
  private final SchemaRegistry registry;

  private JsonSchemas(Map<String, String> documents) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
        .build();
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(config)
        .schemas(Map.copyOf(documents))
        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
  }

  /** The request and determination schemas, by their {@code $id}s. */
  public static JsonSchemas published() {
    return with(Map.of());
  }

  /** The published schemas and {@code more} documents by their {@code $id}s (e.g. an OpenAPI document). */
  public static JsonSchemas with(Map<String, String> more) {
    Map<String, String> documents = new HashMap<>(more);
    documents.put(CovercritJson.REQUEST_SCHEMA_ID, read(CovercritJson::openRequestSchema));
    documents.put(CovercritJson.DETERMINATION_SCHEMA_ID, read(CovercritJson::openDeterminationSchema));
    return new JsonSchemas(documents);
  }

  private static String read(Supplier<InputStream> open) {
    try (InputStream in = open.get()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema at {@code iri} (an {@code $id}, optionally with a JSON Pointer fragment). */
  public Schema schema(String iri) {
    return registry.getSchema(SchemaLocation.of(iri));
  }

  public Schema request() {
    return schema(CovercritJson.REQUEST_SCHEMA_ID);
  }

  public Schema determination() {
    return schema(CovercritJson.DETERMINATION_SCHEMA_ID);
  }

  /** The validation errors of {@code json} against {@code schema}, one line each; empty when valid. */
  public static List<String> errors(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
