package io.covercrit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.covercrit.core.eval.PolicyProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A host's own policy module, written, compiled and jarred at test time, so that its classes are
 * on no class path but the one {@code --policy-path} builds (a fixture on the test class path
 * would be found through the parent loader and prove nothing).
 *
 * <p>{@code host/HP1} (Hostamab) has one pathway, {@code HP1 1}: a diagnosis within L20 and age
 * 18 or older; {@code host/HP2} (Otheramab) is the same policy under another id. The other
 * providers fail in the ways a host's jar can.
 */
final class HostPolicyJars {
  static final String PACKAGE = "com.example.hostpolicies";
  /** host/HP1. */
  static final String HOST = PACKAGE + ".HostPolicies";
  /** host/HP2. */
  static final String OTHER = PACKAGE + ".OtherPolicies";
  /** host/HP1 again, in force from the same date as {@link #HOST}'s. */
  static final String COPY = PACKAGE + ".CopyPolicies";
  /** Its constructor throws. */
  static final String BROKEN = PACKAGE + ".BrokenPolicies";
  /** Its policies() throws: a policy built without a pathway. */
  static final String THROWING = PACKAGE + ".ThrowingPolicies";
  /** Listed as a provider, but not a PolicyProvider. */
  static final String NOT_A_PROVIDER = PACKAGE + ".NotAProvider";
  /** The policy the providers share. */
  static final String POLICY = PACKAGE + ".HostPolicy";

  private static final Map<String, String> SOURCES = Map.of(
      "HostPolicy", String.join("\n",
          "package " + PACKAGE + ";",
          "import io.covercrit.core.eval.*;",
          "import java.time.LocalDate;",
          "import java.time.Period;",
          "import java.util.OptionalInt;",
          "public final class HostPolicy {",
          "  private HostPolicy() {}",
          "  public static CriteriaPolicy policy(String id, String drug) {",
          "    String clause = id.substring(id.indexOf('/') + 1);",
          "    SourceRef source = SourceRef.builder().title(\"Host test policy\").url(\"https://example.org/host\")",
          "        .reliability(Reliability.POLICY_TEXT).checkedOn(LocalDate.of(2026, 1, 15)).build();",
          "    PolicyDescriptor descriptor = PolicyDescriptor.builder().id(id).payer(\"host\")",
          "        .title(drug + \" (host test policy)\").addDrugs(drug).version(\"2026-01\")",
          "        .effectiveFrom(LocalDate.of(2026, 1, 1))",
          "        .provenance(Provenance.builder().reliability(Reliability.POLICY_TEXT)",
          "            .gatheredOn(LocalDate.of(2026, 1, 15)).addSources(source).build())",
          "        .build();",
          "    DocumentRequirement notes = DocumentRequirement.of(\"chart-notes\", \"Chart notes that state the diagnosis\");",
          "    DocumentRequirement birth = DocumentRequirement.of(\"birth-date\", \"Birth date verification\");",
          "    return CriteriaPolicy.builder(descriptor)",
          "        .pathway(Pathway.builder(clause + \" 1\", \"Atopic dermatitis\")",
          "            .diagnosis(Criterion.check(clause + \" 1.A\", \"Diagnosis within L20\").documents(notes)",
          "                .whenNotMet(\"No diagnosis within L20\", \"Document a covered diagnosis\")",
          "                .whenMissing(\"Diagnosis not documented\", \"Attach chart notes\")",
          "                .by(ctx -> ctx.request().diagnoses().isEmpty() ? Finding.missing(\"no diagnosis\")",
          "                    : ctx.request().diagnoses().stream().anyMatch(d -> d.code().isWithin(\"L20\"))",
          "                        ? Finding.met(\"within L20\") : Finding.notMet(\"not within L20\")))",
          "            .criteria(Criterion.check(clause + \" 1.B\", \"Age 18 years or older\").documents(birth)",
          "                .whenNotMet(\"Patient is younger than 18\", \"Coverage starts at age 18\")",
          "                .whenMissing(\"Age not documented\", \"Attach birth date verification\")",
          "                .by(ctx -> {",
          "                  OptionalInt age = ctx.request().patient().ageOn(ctx.asOf());",
          "                  return age.isEmpty() ? Finding.missing(\"no birth date\")",
          "                      : Finding.of(age.getAsInt() >= 18 ? Status.MET : Status.NOT_MET, \"age \" + age.getAsInt());",
          "                }))",
          "            .response(Criterion.check(clause + \" 1.R\", \"Documented beneficial response\").documents(notes)",
          "                .whenNotMet(\"No improvement documented\", \"Document an improvement\")",
          "                .whenMissing(\"Response not assessed\", \"Attach the response assessment\")",
          "                .by(ctx -> Finding.missing(\"not assessed\")))",
          "            .approvals(Period.ofMonths(6), Period.ofMonths(12))",
          "            .build())",
          "        .build();",
          "  }",
          "}"),
      "HostPolicies", provider("HostPolicies", "", "return List.of(HostPolicy.policy(\"host/HP1\", \"Hostamab\"));"),
      "OtherPolicies", provider("OtherPolicies", "", "return List.of(HostPolicy.policy(\"host/HP2\", \"Otheramab\"));"),
      "CopyPolicies", provider("CopyPolicies", "", "return List.of(HostPolicy.policy(\"host/HP1\", \"Hostamab\"));"),
      "BrokenPolicies", provider("BrokenPolicies",
          "public BrokenPolicies() { throw new IllegalStateException(\"licence file missing\"); }",
          "return List.of();"),
      "ThrowingPolicies", provider("ThrowingPolicies", "",
          "return List.of(CriteriaPolicy.builder(HostPolicy.policy(\"host/HP9\", \"Nopathab\").descriptor()).build());"),
      "NotAProvider", "package " + PACKAGE + ";\npublic final class NotAProvider {}\n");

  private HostPolicyJars() {}

  private static String provider(String name, String constructor, String body) {
    return String.join("\n",
        "package " + PACKAGE + ";",
        "import io.covercrit.core.eval.*;",
        "import java.util.List;",
        "public final class " + name + " implements PolicyProvider {",
        "  " + constructor,
        "  @Override public List<CoveragePolicy> policies() { " + body + " }",
        "}");
  }

  /** Compiles every host class into {@code dir/classes}, against the test class path; returns that directory. */
  static Path compile(Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Path file = sources.resolve(source.getKey() + ".java");
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      List<String> options = List.of("-d", classes.toString(), "-classpath", compileClassPath(),
          "--release", "17", "-proc:none", "-Xlint:none");
      boolean compiled = javac.getTask(diagnostics, fileManager, null, options, null, units).call();
      assertThat(compiled).as(diagnostics.toString()).isTrue();
    }
    return classes;
  }

  /** The test class path, and covercrit-core wherever it is (surefire may pass the class path in a manifest). */
  private static String compileClassPath() {
    Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    try {
      entries.add(Path.of(PolicyProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return String.join(File.pathSeparator, entries);
  }

  /**
   * Writes {@code jar} with the classes {@code simpleNames} (and their nested classes) from
   * {@code classes} and, unless {@code providers} is empty, a
   * {@code META-INF/services/io.covercrit.core.eval.PolicyProvider} listing them.
   */
  static Path jar(Path classes, Path jar, List<String> providers, String... simpleNames) throws IOException {
    Files.createDirectories(jar.toAbsolutePath().getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    Path packageDir = classes.resolve(PACKAGE.replace('.', '/'));
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      if (!providers.isEmpty()) {
        out.putNextEntry(new JarEntry(PolicyPath.SERVICE_FILE));
        out.write(("# the host's policies\n" + String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      for (String name : simpleNames) {
        List<Path> classFiles;
        try (Stream<Path> list = Files.list(packageDir)) {
          classFiles = list.filter(p -> {
            String f = p.getFileName().toString();
            return f.equals(name + ".class") || f.startsWith(name + "$");
          }).sorted().collect(Collectors.toList());
        }
        assertThat(classFiles).as(name).isNotEmpty();
        for (Path classFile : classFiles) {
          out.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace(File.separatorChar, '/')));
          out.write(Files.readAllBytes(classFile));
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  /** A jar of {@code host/HP1}: {@link #HOST} and the policy it builds. */
  static Path hostJar(Path classes, Path jar) throws IOException {
    return jar(classes, jar, List.of(HOST), "HostPolicies", "HostPolicy");
  }
}
