package io.covercrit.examples.cli;

import static io.covercrit.examples.cli.HostPolicyJars.BROKEN;
import static io.covercrit.examples.cli.HostPolicyJars.COPY;
import static io.covercrit.examples.cli.HostPolicyJars.HOST;
import static io.covercrit.examples.cli.HostPolicyJars.NOT_A_PROVIDER;
import static io.covercrit.examples.cli.HostPolicyJars.OTHER;
import static io.covercrit.examples.cli.HostPolicyJars.THROWING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.examples.cli.PolicyPathException.Problem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code covercrit --policy-path}: a host's policy jar, built at test time, loaded beside the built-in policies. */
class PolicyPathTest extends CliTestSupport {
  @TempDir
  static Path build;
  static Path classes;
  static Path hostJar;

  @TempDir
  Path dir;

  @BeforeAll
  static void compileTheHostsPolicies() throws IOException {
    classes = HostPolicyJars.compile(build);
    hostJar = HostPolicyJars.hostJar(classes, build.resolve("host-policies.jar"));
  }

  /** A request under host/HP1: atopic dermatitis, born in {@code birthYear}. */
  Path request(int birthYear) throws IOException {
    return Files.writeString(dir.resolve("request-" + birthYear + ".json"), "{\"policyId\":\"host/HP1\",\"requestDate\":\"2026-06-01\","
        + "\"requestedDrug\":{\"name\":\"Hostamab\"},\"patient\":{\"birthDate\":\"" + birthYear + "-03-15\",\"memberId\":\"M-PRIVATE-4711\"},"
        + "\"diagnoses\":[{\"code\":\"L20.9\"}]}", StandardCharsets.UTF_8);
  }

  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @Test
  void the_hosts_classes_are_on_no_class_path_but_the_policy_paths() {
    assertThatThrownBy(() -> Class.forName(HOST)).isInstanceOf(ClassNotFoundException.class);
    assertThat(Files.exists(hostJar)).isTrue();
  }

  @Test
  void policies_lists_the_hosts_policy_beside_the_built_in_ones_only_with_the_policy_path() {
    assertThat(run("policies")).isZero();
    String builtIn = out.toString();
    assertThat(builtIn).contains("cigna/IP0369").doesNotContain("host/HP1");
    clear();

    assertThat(run("--policy-path", hostJar.toString(), "policies")).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    // Every built-in line, unchanged and in order, and the host's among them.
    assertThat(lines).containsSubsequence(builtIn.lines().collect(Collectors.toList()))
        .hasSize((int) builtIn.lines().count() + 1)
        .contains(String.format("%-16s %-20s %-12s %-18s %s", "host/HP1", "2026-01", "2026-01-01", "POLICY_TEXT",
            "Hostamab (host test policy)"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void evaluate_decides_a_request_under_the_hosts_policy() throws IOException {
    assertThat(run("evaluate", request(1980).toString())).isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(err.toString()).contains("CC-POLICY-001");
    clear();

    assertThat(run("--policy-path", hostJar.toString(), "evaluate", request(1980).toString())).isZero();
    assertThat(out.toString()).contains("OUTCOME: MEETS CRITERIA").contains("✔ HP1 1.B").doesNotContain("M-PRIVATE-4711");
    clear();

    assertThat(run("--policy-path", hostJar.toString(), "evaluate", "--format", "json", request(2015).toString())).isZero();
    Determination d = CovercritJson.create().readDetermination(out.toString());
    assertThat(d.outcome()).isEqualTo(Outcome.DOES_NOT_MEET_CRITERIA);
    assertThat(d.policy().id()).isEqualTo("host/HP1");
    assertThat(d.summary()).contains("HP1 1.B");
  }

  @Test
  void explain_prints_the_hosts_criteria_tree() {
    assertThat(run("--policy-path", hostJar.toString(), "explain", "host/HP1")).isZero();
    assertThat(out.toString()).contains("HP1 1.A  Diagnosis within L20").contains("HP1 1.B  Age 18 years or older");
  }

  @Test
  void a_directory_means_every_jar_in_it_and_jars_without_a_provider_are_libraries() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    // The policy both providers build is in a third jar that lists no provider.
    HostPolicyJars.jar(classes, plugins.resolve("a-host.jar"), List.of(HOST), "HostPolicies");
    HostPolicyJars.jar(classes, plugins.resolve("b-other.jar"), List.of(OTHER), "OtherPolicies");
    HostPolicyJars.jar(classes, plugins.resolve("c-support.jar"), List.of(), "HostPolicy");
    Files.writeString(plugins.resolve("README.txt"), "not a jar, not loaded");
    Files.createDirectories(plugins.resolve("nested"));
    HostPolicyJars.jar(classes, plugins.resolve("nested").resolve("copy.jar"), List.of(COPY), "CopyPolicies", "HostPolicy");

    assertThat(run("--policy-path", plugins + File.separator, "policies")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("host/HP1").contains("host/HP2").contains("cigna/IP0369");
    clear();
    assertThat(run("--policy-path", plugins.toString(), "evaluate", request(1980).toString())).isZero();
    assertThat(out.toString()).contains("OUTCOME: MEETS CRITERIA");
  }

  @Test
  void entries_join_with_the_path_separator_or_repeat_the_option() throws IOException {
    Path other = HostPolicyJars.jar(classes, dir.resolve("other.jar"), List.of(OTHER), "OtherPolicies", "HostPolicy");
    assertThat(run("--policy-path", hostJar + File.pathSeparator + other, "policies")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("host/HP1").contains("host/HP2");
    clear();
    assertThat(run("--policy-path", hostJar.toString(), "--policy-path", other.toString(), "policies")).isZero();
    assertThat(out.toString()).contains("host/HP1").contains("host/HP2");
  }

  @Test
  void a_class_directory_without_jars_is_used_as_a_class_path_root() throws IOException {
    Path services = classes.resolve(PolicyPath.SERVICE_FILE);
    Path output = dir.resolve("target-classes");
    copyTree(classes, output);
    Files.createDirectories(output.resolve(PolicyPath.SERVICE_FILE).getParent());
    Files.writeString(output.resolve(PolicyPath.SERVICE_FILE), OTHER + "\n");
    assertThat(Files.exists(services)).isFalse();

    assertThat(run("--policy-path", output.toString(), "policies")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("host/HP2").doesNotContain("host/HP1");
  }

  @Test
  void the_policy_path_goes_before_the_command_and_help_describes_it() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("--policy-path=PATH").contains("every *.jar in it, by name")
        .contains("join entries with '" + File.pathSeparator + "'");
    clear();
    assertThat(run("policies", "--policy-path", hostJar.toString())).isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(err.toString()).contains("Unknown options: '--policy-path'");
  }

  // --- errors: exit code 2 and one line naming the option -------------------------------------

  /** Runs {@code args}, expecting a policy-path error; returns its one line. */
  String policyPathError(String... args) {
    clear();
    assertThat(run(args)).as(out.toString()).isEqualTo(CovercritCli.INPUT_ERROR);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("error: --policy-path").endsWith(System.lineSeparator())
        .doesNotContain("\tat ").doesNotContain("Exception in").doesNotContain("M-PRIVATE-4711");
    assertThat(err.toString().lines()).hasSize(1);
    return err.toString().strip();
  }

  /** What {@link PolicyPath#load} throws for {@code values}. */
  static Problem problem(String... values) {
    try (PolicyPath loaded = PolicyPath.load(List.of(values), CovercritCli.class.getClassLoader())) {
      throw new AssertionError("loaded " + loaded.registry().policyIds());
    } catch (PolicyPathException e) {
      return e.problem();
    }
  }

  @Test
  void a_path_that_does_not_exist() throws IOException {
    Path missing = dir.resolve("missing.jar");
    assertThat(policyPathError("--policy-path", missing.toString(), "evaluate", request(1980).toString()))
        .isEqualTo("error: --policy-path " + missing + ": no such file or directory");
    assertThat(problem(missing.toString())).isEqualTo(Problem.NOT_FOUND);
  }

  @Test
  void an_empty_entry() {
    String value = hostJar + File.pathSeparator + File.pathSeparator + hostJar;
    assertThat(policyPathError("--policy-path", value, "policies")).contains("'" + value + "': an empty entry");
    assertThat(problem(hostJar + File.pathSeparator)).isEqualTo(Problem.EMPTY_ENTRY);
  }

  @Test
  void a_file_that_is_not_a_jar() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "host/HP1 lives here");
    assertThat(policyPathError("--policy-path", notes.toString(), "policies"))
        .isEqualTo("error: --policy-path " + notes + ": not a jar file or a directory");
    assertThat(problem(notes.toString())).isEqualTo(Problem.NOT_A_JAR_OR_DIRECTORY);

    Path fake = Files.writeString(Files.createDirectories(dir.resolve("plugins")).resolve("fake.jar"), "not a zip");
    assertThat(policyPathError("--policy-path", fake.getParent().toString(), "policies"))
        .isEqualTo("error: --policy-path " + fake + ": not a jar file or a directory");
  }

  @Test
  void a_directory_with_no_jars() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("policies.zip"), "");
    assertThat(policyPathError("--policy-path", empty.toString(), "policies"))
        .isEqualTo("error: --policy-path " + empty + ": the directory holds no .jar file and is not a class directory"
            + " (no META-INF/services/io.covercrit.core.eval.PolicyProvider)");
    assertThat(problem(empty.toString())).isEqualTo(Problem.NO_JARS);
  }

  @Test
  void a_jar_that_provides_no_policy_provider() throws IOException {
    Path support = HostPolicyJars.jar(classes, dir.resolve("support.jar"), List.of(), "HostPolicy");
    assertThat(policyPathError("--policy-path", support.toString(), "policies"))
        .isEqualTo("error: --policy-path " + support + ": the jar lists no policy provider"
            + " (no class named in META-INF/services/io.covercrit.core.eval.PolicyProvider)");
    assertThat(problem(support.toString())).isEqualTo(Problem.NO_PROVIDER);

    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.copy(support, plugins.resolve("support.jar"));
    assertThat(policyPathError("--policy-path", plugins.toString(), "policies"))
        .isEqualTo("error: --policy-path " + plugins + ": none of its 1 jar lists a policy provider"
            + " (no class named in META-INF/services/io.covercrit.core.eval.PolicyProvider)");
  }

  @Test
  void a_provider_whose_constructor_throws_is_named_without_a_stack_trace() throws IOException {
    Path broken = HostPolicyJars.jar(classes, dir.resolve("broken.jar"), List.of(BROKEN), "BrokenPolicies");
    assertThat(policyPathError("--policy-path", broken.toString(), "evaluate", request(1980).toString()))
        .isEqualTo("error: --policy-path " + broken + ": provider " + BROKEN
            + " failed to load: IllegalStateException: licence file missing");
    assertThat(problem(broken.toString())).isEqualTo(Problem.PROVIDER_FAILED);
  }

  @Test
  void a_provider_whose_policies_throw_is_named() throws IOException {
    Path throwing = HostPolicyJars.jar(classes, dir.resolve("throwing.jar"), List.of(THROWING), "ThrowingPolicies", "HostPolicy");
    assertThat(policyPathError("--policy-path", throwing.toString(), "policies"))
        .isEqualTo("error: --policy-path " + throwing + ": provider " + THROWING
            + " failed to give its policies: IllegalStateException: host/HP9: a policy needs at least one pathway");
  }

  @Test
  void a_listed_provider_that_is_missing_or_not_a_provider() throws IOException {
    Path missing = HostPolicyJars.jar(classes, dir.resolve("missing-class.jar"), List.of(PolicyPathTestNames.GHOST), "HostPolicy");
    assertThat(policyPathError("--policy-path", missing.toString(), "policies"))
        .isEqualTo("error: --policy-path " + missing + ": provider " + PolicyPathTestNames.GHOST + " failed to load: class not found");

    Path notOne = HostPolicyJars.jar(classes, dir.resolve("not-a-provider.jar"), List.of(NOT_A_PROVIDER), "NotAProvider");
    assertThat(policyPathError("--policy-path", notOne.toString(), "policies"))
        .isEqualTo("error: --policy-path " + notOne + ": provider " + NOT_A_PROVIDER
            + " failed to load: it does not implement io.covercrit.core.eval.PolicyProvider");
    assertThat(problem(notOne.toString())).isEqualTo(Problem.PROVIDER_FAILED);
  }

  @Test
  void two_versions_of_one_policy_id_with_one_effective_date() throws IOException {
    Path copy = HostPolicyJars.jar(classes, dir.resolve("copy.jar"), List.of(COPY), "CopyPolicies", "HostPolicy");
    assertThat(policyPathError("--policy-path", hostJar + File.pathSeparator + copy, "policies"))
        .isEqualTo("error: --policy-path: two versions of host/HP1 take effect on 2026-01-01 (one version per policy id"
            + " and effective date: is a policy on the path twice, or also built in?)");
    assertThat(problem(hostJar.toString(), copy.toString())).isEqualTo(Problem.DUPLICATE_POLICY);
  }

  @Test
  void two_copies_of_one_jar_are_refused_not_silently_merged() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.copy(hostJar, plugins.resolve("host-policies-1.0.jar"));
    Files.copy(hostJar, plugins.resolve("host-policies-1.1.jar"));
    assertThat(policyPathError("--policy-path", plugins.toString(), "policies"))
        .isEqualTo("error: --policy-path " + plugins.resolve("host-policies-1.1.jar") + ": provider " + HOST
            + " is also listed by " + plugins.resolve("host-policies-1.0.jar") + " (two copies of one policy jar?)");
    assertThat(problem(plugins.toString())).isEqualTo(Problem.DUPLICATE_PROVIDER);
  }

  @Test
  void one_jar_named_twice() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Path jar = Files.copy(hostJar, plugins.resolve("host.jar"));
    Path sameJar = plugins.resolve(".").resolve("host.jar");
    assertThat(policyPathError("--policy-path", plugins.toString(), "--policy-path", sameJar.toString(), "policies"))
        .isEqualTo("error: --policy-path " + sameJar + ": named twice (also as " + jar + ")");
    assertThat(policyPathError("--policy-path", jar + File.pathSeparator + jar, "policies"))
        .isEqualTo("error: --policy-path " + jar + ": named twice");
    assertThat(problem(jar.toString(), jar.toString())).isEqualTo(Problem.NAMED_TWICE);
  }

  @Test
  void a_built_in_provider_on_the_policy_path_is_refused() throws IOException {
    Path cigna = HostPolicyJars.jar(classes, dir.resolve("cigna-copy.jar"), List.of("io.covercrit.cigna.CignaPolicyProvider"),
        "HostPolicy");
    assertThat(policyPathError("--policy-path", cigna.toString(), "policies"))
        .isEqualTo("error: --policy-path " + cigna + ": provider io.covercrit.cigna.CignaPolicyProvider is also listed by"
            + " the class path (two copies of one policy jar?)");
  }

  @Test
  void one_command_line_run_twice_loads_each_runs_policy_path_afresh() throws IOException {
    Path jar = Files.copy(hostJar, dir.resolve("reloaded.jar"));
    CommandLine cli = CovercritCli.commandLine(REGISTRY, InputStream.nullInputStream());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("--policy-path", jar.toString(), "policies")).isZero();
    assertThat(out.toString()).contains("host/HP1");

    // The first run's jar was closed when it returned: it can be replaced, and nothing of it is kept.
    HostPolicyJars.jar(classes, jar, List.of(OTHER), "OtherPolicies", "HostPolicy");
    clear();
    assertThat(cli.execute("--policy-path", jar.toString(), "policies")).isZero();
    assertThat(out.toString()).contains("host/HP2").doesNotContain("host/HP1");

    clear();
    assertThat(cli.execute("policies")).isZero();
    assertThat(out.toString()).contains("cigna/IP0369").doesNotContain("host/HP");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Names of classes that exist nowhere. */
  static final class PolicyPathTestNames {
    static final String GHOST = HostPolicyJars.PACKAGE + ".GhostPolicies";

    private PolicyPathTestNames() {}
  }
}
