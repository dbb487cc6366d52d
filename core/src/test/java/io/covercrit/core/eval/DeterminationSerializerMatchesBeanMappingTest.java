package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.internal.JacksonSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written determination serializer writes what Jackson's bean mapping of the generated
 * value type writes, field for field, in the same order and with the same escapes, to text and to
 * bytes (where it builds the trace as UTF-8 itself), under every generator setting that changes
 * how strings are written: a determination attribute added later and forgotten by the serializer,
 * or an escape it gets wrong, fails here, not silently in a host's JSON.
 */
class DeterminationSerializerMatchesBeanMappingTest {
  /** Puts the bean mapping back in place of the hand-written serializer. */
  @JsonSerialize(as = ImmutableDetermination.class)
  private abstract static class BeanMapping {}

  private static final ObjectMapper HAND_WRITTEN = CovercritJson.mapperBuilder().build();
  private static final ObjectMapper BEANS = CovercritJson.mapperBuilder()
      .addMixIn(Determination.class, BeanMapping.class)
      .build();

  /** Every character class an escape rule treats apart, in every kind of string a determination has. */
  private static final String AWKWARD = "quote \" backslash \\ slash / newline \n tab \t nul \u0000 escape \u001B del \u007F"
      + " e-acute \u00e9 at-least \u2265 zhong \u4e2d question ? <tag> end";

  @Test
  void the_reference_mapper_really_uses_the_bean_mapping() throws Exception {
    assertThat(BEANS.getSerializerProviderInstance().findValueSerializer(ImmutableDetermination.class))
        .isNotInstanceOf(DeterminationSerializer.class);
    assertThat(HAND_WRITTEN.getSerializerProviderInstance().findValueSerializer(ImmutableDetermination.class))
        .isInstanceOf(DeterminationSerializer.class);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AcmeScenarios.class)
  void compact_and_pretty_output_equal_the_bean_mapping(AcmeScenarios scenario) throws Exception {
    Determination built = Determination.builder().from(scenario.evaluate()).build();

    String beans = BEANS.writeValueAsString(built);
    assertThat(beans).contains("\"trace\"").contains("\"codeSet\"");
    assertThat(HAND_WRITTEN.writeValueAsString(built)).isEqualTo(beans);
    assertThat(HAND_WRITTEN.writeValueAsBytes(scenario.evaluate())).isEqualTo(BEANS.writeValueAsBytes(built));
    assertThat(HAND_WRITTEN.writerWithDefaultPrettyPrinter().writeValueAsString(scenario.evaluate()))
        .isEqualTo(BEANS.writerWithDefaultPrettyPrinter().writeValueAsString(built));
  }

  /** Determinations whose every string holds {@code extra} besides the awkward characters. */
  enum AwkwardText {
    PLAIN(""),
    SURROGATE_PAIR(" grin \uD83D\uDE00"),
    LONE_SURROGATE(" lone \uD800");

    private final String extra;

    AwkwardText(String extra) {
      this.extra = extra;
    }

    Determination determination() {
      String text = AWKWARD + extra;
      Determination evaluated = AcmeScenarios.NOT_MET_TOO_YOUNG.evaluate();
      DocumentRequirement document = DocumentRequirement.of("doc " + text, "described " + text);
      ClauseResult leaf = ClauseResult.builder()
          .id("id " + text)
          .text("text " + text)
          .kind(ClauseKind.CHECK)
          .status(Status.NOT_MET)
          .finding("finding " + text)
          .remedy(Remedy.of("reason " + text, "fix " + text))
          .addDocuments(document, evaluated.trace().get(0).documents().isEmpty()
              ? document : evaluated.trace().get(0).documents().get(0))
          .build();
      ClauseResult parent = ClauseResult.builder()
          .id("parent " + text)
          .text("all of " + text)
          .kind(ClauseKind.ALL_OF)
          .status(Status.NOT_MET)
          .remedy(Remedy.of("parent reason " + text, "parent fix " + text))
          .addChildren(leaf, ClauseResult.builder().from(leaf).status(Status.MET).remedy(Optional.empty())
              .finding(Optional.empty()).build())
          .build();
      return Determination.builder().from(evaluated)
          .trace(List.of(parent, evaluated.trace().get(0)))
          .checklist(List.of(ChecklistItem.builder().document(document).addClauseIds(leaf.id(), parent.id()).build()))
          .notes(List.of("note " + text))
          .build();
    }
  }

  /** A view the host names when writing; no determination field belongs to it. */
  private static final class HostView {}

  /** A host's own escapes: '<' as a unicode escape, as some do for HTML embedding. */
  private static final class EscapeAngleBrackets extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    EscapeAngleBrackets() {
      escapes['<'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return new SerializedString("\\u003C");
    }
  }

  /** Settings a host may write with, each of which changes how strings or names come out. */
  enum HostSetting {
    DEFAULT(writer -> writer, "\\u001B"),
    PRETTY(ObjectWriter::withDefaultPrettyPrinter, "\n  \"policy\""),
    ESCAPE_NON_ASCII(writer -> writer.with(JsonWriteFeature.ESCAPE_NON_ASCII), "\\u00E9"),
    LOWER_CASE_HEX(writer -> writer.without(JsonWriteFeature.WRITE_HEX_UPPER_CASE), "\\u001b"),
    COMBINE_SURROGATES(writer -> writer.with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8), "\\u001B"),
    UNQUOTED_FIELD_NAMES(writer -> writer.without(JsonWriteFeature.QUOTE_FIELD_NAMES), "{policy:"),
    CHARACTER_ESCAPES(writer -> writer.with(new EscapeAngleBrackets()), "\\u003C"),
    VIEW(writer -> writer.withView(HostView.class), "\\u001B");

    private final UnaryOperator<ObjectWriter> configure;
    /** Text the setting puts in the bean mapping's output, so a setting that silently does nothing is seen. */
    private final String mark;

    HostSetting(UnaryOperator<ObjectWriter> configure, String mark) {
      this.configure = configure;
      this.mark = mark;
    }

    boolean shows(String json) {
      return json.contains(mark);
    }

    /** Whether the host's Jackson has the setting at all (COMBINE_SURROGATES: 2.18 on). */
    boolean available() {
      return this != COMBINE_SURROGATES || JacksonSupport.COMBINE_SURROGATES_IN_UTF8.isPresent();
    }
  }

  /** Each setting with each awkward text. */
  private static Stream<Arguments> withEveryText(Object[] settings) {
    return Stream.of(settings)
        .flatMap(setting -> Stream.of(AwkwardText.values()).map(text -> Arguments.of(setting, text)));
  }

  static Stream<Arguments> settingsAndTexts() {
    return withEveryText(HostSetting.values());
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("settingsAndTexts")
  void awkward_text_is_written_as_the_bean_mapping_writes_it_under_each_host_setting(HostSetting setting,
      AwkwardText text) throws Exception {
    assumeTrue(setting.available(), "not in this Jackson");
    Determination determination = text.determination();
    ObjectWriter handWritten = setting.configure.apply(HAND_WRITTEN.writer());
    ObjectWriter beans = setting.configure.apply(BEANS.writer());

    assertThat(setting.shows(beans.writeValueAsString(determination))).as("the setting shows").isTrue();
    for (int round = 0; round < 2; round++) { // the second time from the tables of strings and documents
      assertThat(new String(handWritten.writeValueAsBytes(determination), StandardCharsets.UTF_8))
          .isEqualTo(new String(beans.writeValueAsBytes(determination), StandardCharsets.UTF_8));
      assertThat(handWritten.writeValueAsString(determination)).isEqualTo(beans.writeValueAsString(determination));
    }
  }

  /** Settings only a factory takes, which only a generator it makes shows. */
  enum FactorySetting {
    APOSTROPHES("{'policy':{'") {
      @Override
      JsonFactory factory() {
        return new JsonFactoryBuilder().quoteChar('\'').build();
      }
    },
    ESCAPE_FORWARD_SLASHES("\\/") {
      @Override
      JsonFactory factory() {
        return new JsonFactoryBuilder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();
      }
    };

    private final String mark;

    FactorySetting(String mark) {
      this.mark = mark;
    }

    /** Whether the host's Jackson has the setting at all (ESCAPE_FORWARD_SLASHES: 2.17 on). */
    boolean available() {
      return this != ESCAPE_FORWARD_SLASHES || JacksonSupport.ESCAPE_FORWARD_SLASHES.isPresent();
    }

    abstract JsonFactory factory();
  }

  static Stream<Arguments> factorySettingsAndTexts() {
    return withEveryText(FactorySetting.values());
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("factorySettingsAndTexts")
  void awkward_text_is_written_as_the_bean_mapping_writes_it_under_a_hosts_factory_setting(FactorySetting setting,
      AwkwardText text) throws Exception {
    assumeTrue(setting.available(), "not in this Jackson");
    ObjectMapper handWritten = hostMapper(setting.factory()).build();
    ObjectMapper beans = hostMapper(setting.factory()).addMixIn(Determination.class, BeanMapping.class).build();
    String expected = new String(beans.writeValueAsBytes(text.determination()), StandardCharsets.UTF_8);
    assertThat(expected).as("the setting shows").contains(setting.mark);

    for (int round = 0; round < 2; round++) {
      assertThat(new String(handWritten.writeValueAsBytes(text.determination()), StandardCharsets.UTF_8))
          .isEqualTo(expected);
    }
  }

  /** A determination whose only unusual string is in a document, in the trace and the checklist. */
  private static Determination withDocument(DocumentRequirement document) {
    Determination evaluated = AcmeScenarios.NOT_MET_TOO_YOUNG.evaluate();
    ClauseResult first = evaluated.trace().get(0);
    ClauseResult leaf = ClauseResult.builder().id("doc-check").text("document check").kind(ClauseKind.CHECK)
        .status(Status.MET).finding("found").addDocuments(document).build();
    return Determination.builder().from(evaluated)
        .trace(List.of(ClauseResult.builder().from(first).addChildren(leaf).build()))
        .checklist(List.of(ChecklistItem.builder().document(document).addClauseIds(leaf.id()).build()))
        .build();
  }

  /**
   * Documents are rendered once per mapper; two writers of one mapper that write a surrogate pair
   * differently each get their own form, in either order.
   */
  @Test
  void a_document_with_a_surrogate_pair_follows_each_writer_of_one_mapper() throws Exception {
    assumeTrue(JacksonSupport.COMBINE_SURROGATES_IN_UTF8.isPresent(), "Jackson before 2.18 cannot combine surrogates");
    Determination determination = withDocument(DocumentRequirement.of("emoji-doc", "described grin \uD83D\uDE00"));
    for (boolean combinedFirst : new boolean[] {true, false}) {
      ObjectMapper handWritten = CovercritJson.mapperBuilder().build();
      for (boolean combined : new boolean[] {combinedFirst, !combinedFirst}) {
        ObjectWriter writer = combined
            ? handWritten.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) : handWritten.writer();
        ObjectWriter beans = combined
            ? BEANS.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) : BEANS.writer();
        String written = new String(writer.writeValueAsBytes(determination), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(new String(beans.writeValueAsBytes(determination), StandardCharsets.UTF_8))
            .contains(combined ? "grin \uD83D\uDE00" : "grin \\uD83D\\uDE00");
      }
    }
  }

  /** A mapper that indents by default, written compact by one writer: documents come out compact. */
  @Test
  void a_compact_writer_of_an_indenting_mapper_writes_documents_compact() throws Exception {
    ObjectMapper indenting = CovercritJson.mapperBuilder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectMapper beans = CovercritJson.mapperBuilder().enable(SerializationFeature.INDENT_OUTPUT)
        .addMixIn(Determination.class, BeanMapping.class).build();
    Determination determination = AcmeScenarios.NOT_MET_TOO_YOUNG.evaluate();
    Determination built = Determination.builder().from(determination).build();

    for (int round = 0; round < 2; round++) {
      String compact = new String(indenting.writer((PrettyPrinter) null).writeValueAsBytes(determination),
          StandardCharsets.UTF_8);
      assertThat(compact).doesNotContain("\n").isEqualTo(
          new String(beans.writer((PrettyPrinter) null).writeValueAsBytes(built), StandardCharsets.UTF_8));
      assertThat(indenting.writeValueAsString(determination)).contains("\n").isEqualTo(beans.writeValueAsString(built));
    }
  }

  /** A host's nesting limit holds for bytes as for text. */
  @Test
  void a_trace_deeper_than_the_hosts_nesting_limit_fails_to_bytes_as_to_text() {
    assumeTrue(JacksonSupport.HAS_WRITE_CONSTRAINTS, "Jackson before 2.16 has no write nesting limit");
    JsonFactory shallow = new JsonFactoryBuilder()
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(10).build()).build();
    ObjectMapper mapper = hostMapper(shallow).build();
    ClauseResult deep = ClauseResult.builder().id("L7").text("level 7").kind(ClauseKind.CHECK).status(Status.MET).build();
    for (int level = 6; level >= 1; level--) {
      deep = ClauseResult.builder().id("L" + level).text("level " + level).kind(ClauseKind.ALL_OF)
          .status(Status.MET).addChildren(deep).build();
    }
    Determination determination = Determination.builder().from(AcmeScenarios.MEETS.evaluate())
        .trace(List.of(deep)).build();

    assertThatThrownBy(() -> mapper.writeValueAsString(determination)).isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> mapper.writeValueAsBytes(determination)).isInstanceOf(StreamConstraintsException.class);
  }

  /**
   * A host's document serializer that itself writes a determination, with the same mapper, while
   * the first is being written to bytes: both come out as the bean mapping writes them.
   */
  @Test
  void a_determination_written_from_inside_a_document_of_another_leaves_both_whole() throws Exception {
    Determination inner = AcmeScenarios.MEETS.evaluate();
    List<byte[]> innerWritten = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    ObjectMapper[] self = new ObjectMapper[1];
    com.fasterxml.jackson.databind.module.SimpleModule writesInside =
        new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(DocumentRequirement.class,
            new com.fasterxml.jackson.databind.ser.std.StdSerializer<DocumentRequirement>(DocumentRequirement.class) {
              @Override
              public void serialize(DocumentRequirement document, com.fasterxml.jackson.core.JsonGenerator gen,
                  com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
                if (started.compareAndSet(false, true)) {
                  innerWritten.add(self[0].writeValueAsBytes(inner));
                }
                gen.writeStartObject();
                gen.writeStringField("id", document.id());
                gen.writeStringField("description", document.description());
                gen.writeEndObject();
              }
            });
    self[0] = CovercritJson.mapperBuilder().addModule(writesInside).build();
    Determination outer = AcmeScenarios.NOT_MET_TOO_YOUNG.evaluate();

    byte[] outerWritten = self[0].writeValueAsBytes(outer);

    assertThat(new String(innerWritten.get(0), StandardCharsets.UTF_8))
        .isEqualTo(new String(BEANS.writeValueAsBytes(Determination.builder().from(inner).build()), StandardCharsets.UTF_8));
    assertThat(new String(outerWritten, StandardCharsets.UTF_8))
        .isEqualTo(new String(BEANS.writeValueAsBytes(Determination.builder().from(outer).build()), StandardCharsets.UTF_8));
  }

  private static JsonMapper.Builder hostMapper(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT);
  }
}
