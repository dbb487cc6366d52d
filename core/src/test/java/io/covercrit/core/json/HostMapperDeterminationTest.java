package io.covercrit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.covercrit.core.eval.AcmeScenarios;
import java.nio.charset.StandardCharsets;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host that writes determinations with its own Jackson mapper gets the same JSON from an
 * evaluated determination (built on first read) as from a built one.
 */
class HostMapperDeterminationTest {
  private static final CovercritJson JSON = CovercritJson.create();

  /** Mappers a host plausibly has: covercrit's settings, modules found on the class path, modules by hand. */
  enum HostMapper {
    COVERCRIT_SETTINGS(() -> CovercritJson.mapperBuilder().build()),
    FIND_AND_ADD_MODULES(() -> JsonMapper.builder().findAndAddModules().build()),
    JAVA_TIME_AND_JDK8(() -> JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());

    private final Supplier<ObjectMapper> mapper;

    HostMapper(Supplier<ObjectMapper> mapper) {
      this.mapper = mapper;
    }

    ObjectMapper mapper() {
      return mapper.get();
    }
  }

  /**
   * Each mapper with one scenario per outcome and request type: what goes wrong here goes wrong
   * by type, not by value.
   */
  static Stream<Arguments> mappersAndScenarios() {
    List<AcmeScenarios> scenarios = List.of(AcmeScenarios.MEETS, AcmeScenarios.NOT_MET_TOO_YOUNG,
        AcmeScenarios.MISSING_BIRTH_DATE, AcmeScenarios.NOT_COVERED_BIOLOGIC, AcmeScenarios.REAUTHORIZATION_MEETS);
    return Stream.of(HostMapper.values()).flatMap(m -> scenarios.stream().map(s -> Arguments.of(m, s)));
  }

  private static Determination built(AcmeScenarios scenario) {
    return Determination.builder().from(scenario.evaluate()).build();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("mappersAndScenarios")
  void a_host_mapper_writes_an_evaluated_determination_as_the_built_one(HostMapper host, AcmeScenarios scenario)
      throws Exception {
    ObjectMapper mapper = host.mapper();
    String expected = mapper.writeValueAsString(built(scenario));
    assertThat(expected).contains("\"outcome\":\"" + scenario.outcome() + "\"", "\"trace\":[");

    assertThat(mapper.writeValueAsString(scenario.evaluate())).isEqualTo(expected);
    assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(scenario.evaluate()))
        .isEqualTo(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(built(scenario)));
    assertThat(mapper.valueToTree(scenario.evaluate()).equals(mapper.valueToTree(built(scenario)))).isTrue();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("mappersAndScenarios")
  void a_host_mapper_writes_an_evaluated_determination_held_in_its_own_types_as_the_built_one(HostMapper host,
      AcmeScenarios scenario) throws Exception {
    ObjectMapper mapper = host.mapper();
    String expected = mapper.writeValueAsString(new Envelope("E-1", built(scenario), List.of(built(scenario))));

    assertThat(mapper.writeValueAsString(new Envelope("E-1", scenario.evaluate(), List.of(scenario.evaluate()))))
        .isEqualTo(expected);
  }

  /**
   * A host that declares the type it writes, as a web framework does for a method's return type
   * (Spring MVC does so for container types such as {@code List<Determination>}).
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("mappersAndScenarios")
  void a_host_mapper_writing_for_a_list_of_determinations_writes_evaluated_ones_as_built_ones(HostMapper host,
      AcmeScenarios scenario) throws Exception {
    ObjectMapper mapper = host.mapper();
    TypeReference<List<Determination>> listType = new TypeReference<>() {};
    String expected = mapper.writerFor(listType).writeValueAsString(List.of(built(scenario)));
    assertThat(expected).isEqualTo("[" + mapper.writeValueAsString(built(scenario)) + "]");

    assertThat(mapper.writerFor(listType).writeValueAsString(List.of(scenario.evaluate()))).isEqualTo(expected);
  }

  /** A host that declares the type it writes: {@code writerFor(Determination.class)}. */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("mappersAndScenarios")
  void a_host_mapper_writing_for_the_determination_type_writes_an_evaluated_one_as_the_built_one(HostMapper host,
      AcmeScenarios scenario) throws Exception {
    ObjectMapper mapper = host.mapper();
    String expected = mapper.writerFor(Determination.class).writeValueAsString(built(scenario));
    assertThat(expected).isEqualTo(mapper.writeValueAsString(built(scenario)));

    assertThat(mapper.writerFor(Determination.class).writeValueAsString(scenario.evaluate())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("mappersAndScenarios")
  void what_a_host_mapper_writes_it_reads_back_equal_to_the_evaluated_determination(HostMapper host,
      AcmeScenarios scenario) throws Exception {
    ObjectMapper mapper = host.mapper();
    Determination evaluated = scenario.evaluate();

    Determination read = mapper.readValue(mapper.writeValueAsString(scenario.evaluate()), Determination.class);

    assertThat(read.equals(evaluated)).isTrue();
    assertThat(evaluated.equals(read)).isTrue();
    assertThat(read.hashCode()).isEqualTo(evaluated.hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void the_covercrit_document_is_the_settings_mappers_json_after_the_schema_version(AcmeScenarios scenario)
      throws Exception {
    String plain = CovercritJson.mapperBuilder().build().writeValueAsString(scenario.evaluate());

    assertThat(JSON.writeDetermination(scenario.evaluate(), false))
        .isEqualTo("{\"schemaVersion\":\"" + CovercritJson.SCHEMA_VERSION + "\"," + plain.substring(1));
  }

  /**
   * Clause ids and texts are escaped once and kept; a string with a lone surrogate (only a
   * hand-made determination has one) has no UTF-8 form, so it is never kept, and a UTF-8 writer
   * writes it as an escape, the second time as the first.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(HostMapper.class)
  void a_clause_text_with_a_lone_surrogate_is_written_to_bytes_every_time(HostMapper host) throws Exception {
    Determination evaluated = AcmeScenarios.MEETS.evaluate();
    ClauseResult first = evaluated.trace().get(0);
    Determination odd = Determination.builder().from(evaluated)
        .trace(List.of(ClauseResult.builder().from(first).text("odd \uD800 text").build()))
        .build();
    ObjectMapper mapper = host.mapper();

    for (int round = 0; round < 2; round++) {
      byte[] bytes = mapper.writeValueAsBytes(odd);
      String written = new String(bytes, StandardCharsets.UTF_8);
      assertThat(written).contains("odd \\uD800 text").doesNotContain("?");
      assertThat(mapper.readTree(bytes).at("/trace/0/text").textValue()).isEqualTo("odd \uD800 text");
      // The other clause texts still come out as from the text writer.
      assertThat(mapper.readTree(bytes)).isEqualTo(mapper.readTree(mapper.writeValueAsString(odd)));
    }
  }

  /** A host's own document that carries determinations. */
  public record Envelope(String id, Determination determination, List<Determination> history) {}
}
