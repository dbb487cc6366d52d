package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.json.CovercritJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample request against its golden files: the clause ids and statuses (what the policy
 * decides) and the full text the command line prints (its wording). When a policy or its wording
 * changes on purpose, regenerate both with one flag and review the diff:
 *
 * <pre>{@code ./mvnw -pl examples -am test -Dtest=SampleGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dcovercrit.updateGolden=true}</pre>
 */
class SampleGoldenTest extends CliTestSupport {
  /** A fixed evaluation date, so that the golden files do not age. */
  private static final String AS_OF = "2026-11-24";
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("covercrit.updateGolden");

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(REQUESTS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void the_clause_statuses_match_the_golden_file(String sample) throws IOException {
    assertThat(run("evaluate", "--format", "json", "--as-of", AS_OF, sample(sample))).isZero();
    Determination d = CovercritJson.create().readDetermination(out.toString());
    StringBuilder table = new StringBuilder("outcome " + d.outcome() + "\n");
    for (ClauseResult root : d.trace()) {
      root.forEachClause(c -> table.append(c.id()).append(' ').append(c.status()).append('\n'));
    }
    compare(sample.replace(".json", ".clauses.txt"), table.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void the_printed_text_matches_the_golden_file(String sample) throws IOException {
    assertThat(run("evaluate", "--as-of", AS_OF, sample(sample))).isZero();
    compare(sample.replace(".json", ".txt"), out.toString());
  }

  private static void compare(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s (create it with -Dcovercrit.updateGolden=true)", golden).exists();
    assertThat(actual)
        .as("%s differs from %s; if the change is intended, regenerate with -Dcovercrit.updateGolden=true", name, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

}
