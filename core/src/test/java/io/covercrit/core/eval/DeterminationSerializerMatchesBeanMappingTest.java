package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
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
import io.covercrit.core.json.internal.DeterminationSerializer;
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

    abstract JsonFactory factory();
  }

  static Stream<Arguments> factorySettingsAndTexts() {
    return withEveryText(FactorySetting.values());
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("factorySettingsAndTexts")
  void awkward_text_is_written_as_the_bean_mapping_writes_it_under_a_hosts_factory_setting(FactorySetting setting,
      AwkwardText text) throws Exception {
    ObjectMapper handWritten = hostMapper(setting.factory()).build();
    ObjectMapper beans = hostMapper(setting.factory()).addMixIn(Determination.class, BeanMapping.class).build();
    String expected = new String(beans.writeValueAsBytes(text.determination()), StandardCharsets.UTF_8);
    assertThat(expected).as("the setting shows").contains(setting.mark);

    for (int round = 0; round < 2; round++) {
      assertThat(new String(handWritten.writeValueAsBytes(text.determination()), StandardCharsets.UTF_8))
          .isEqualTo(expected);
    }
  }

  private static JsonMapper.Builder hostMapper(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT);
  }
}
