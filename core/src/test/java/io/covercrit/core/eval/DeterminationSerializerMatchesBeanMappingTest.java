package io.covercrit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.json.internal.DeterminationSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written determination serializer writes what Jackson's bean mapping of the generated
 * value type writes, field for field and in the same order: a determination attribute added
 * later and forgotten by the serializer fails here, not silently in a host's JSON.
 */
class DeterminationSerializerMatchesBeanMappingTest {
  /** Puts the bean mapping back in place of the hand-written serializer. */
  @JsonSerialize(as = ImmutableDetermination.class)
  private abstract static class BeanMapping {}

  private static final ObjectMapper HAND_WRITTEN = CovercritJson.mapperBuilder().build();
  private static final ObjectMapper BEANS = CovercritJson.mapperBuilder()
      .addMixIn(Determination.class, BeanMapping.class)
      .build();

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
    assertThat(HAND_WRITTEN.writerWithDefaultPrettyPrinter().writeValueAsString(scenario.evaluate()))
        .isEqualTo(BEANS.writerWithDefaultPrettyPrinter().writeValueAsString(built));
  }
}
