package io.covercrit.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.jurisdictions.TimelineJson;
import java.io.File;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host on the module path: covercrit's three published modules, Jackson and the SLF4J API in a
 * module layer of their own (parent: the platform class loader, so nothing of this test's class
 * path leaks in), driven through their exported API only. The answers must be byte for byte those
 * of the class-path copy; reading and writing JSON there needs the packages the descriptors open
 * to Jackson, and finding the policies needs the {@code provides} of the Cigna module.
 *
 * <p>The pom runs this class on the BOM's Jackson and again on the oldest supported one.
 */
class ModulePathTest {
  private static final List<String> COVERCRIT = List.of("io.covercrit.core", "io.covercrit.cigna", "io.covercrit.jurisdictions");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final String TIMELINE_QUERY = "{\"planType\":\"FULLY_INSURED_COMMERCIAL\",\"memberState\":\"NC\","
      + "\"benefitChannel\":\"PHARMACY\",\"events\":[{\"type\":\"DENIAL_RECEIVED\",\"on\":\"2026-03-02\"}]}";

  private static ModuleLayer layer;
  private static ClassLoader loader;

  @BeforeAll
  static void defineTheLayer() {
    Path[] entries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(ModulePathTest::isModuleForTheLayer)
        .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(entries);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.covercrit.cigna"));
    layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    loader = layer.findLoader("io.covercrit.core");
  }

  /** covercrit's main jars or class directories (not core's test-jar), Jackson and the SLF4J API. */
  private static boolean isModuleForTheLayer(Path entry) {
    String name = entry.getFileName().toString();
    String path = entry.toString().replace(File.separatorChar, '/');
    boolean covercritClasses = path.endsWith("/target/classes")
        && Stream.of("/core/", "/criteria-cigna/", "/jurisdictions/").anyMatch(path::contains);
    boolean covercritJar = name.matches("covercrit-(core|criteria-cigna|jurisdictions)-[^-]+(-SNAPSHOT)?\\.jar");
    boolean library = name.matches("jackson-(core|databind|annotations|datatype-jsr310|datatype-jdk8)-.*\\.jar")
        || name.matches("slf4j-api-.*\\.jar");
    return covercritClasses || covercritJar || library;
  }

  @Test
  void the_three_modules_are_named_modules_that_export_no_internal_package() {
    for (String name : COVERCRIT) {
      Module module = layer.findModule(name).orElseThrow();
      ModuleDescriptor descriptor = module.getDescriptor();
      assertThat(descriptor.isAutomatic()).as("%s has a module-info", name).isFalse();
      assertThat(descriptor.exports()).as(name).isNotEmpty()
          .allSatisfy(export -> assertThat(export.source()).doesNotContain("internal"));
      assertThat(descriptor.opens()).as(name)
          .allSatisfy(open -> assertThat(open.targets()).containsOnly("com.fasterxml.jackson.databind"));
    }
    // the layer runs on the Jackson of this run (the pom's oldest-Jackson execution swaps the jars)
    String expected = System.getProperty("covercrit.test.jackson", "");
    assertThat(expected).as("covercrit.test.jackson, set by the pom").isNotEmpty();
    assertThat(jacksonVersionInTheLayer()).isEqualTo(expected);
    assertThat(layer.findModule("io.covercrit.core").orElseThrow().getPackages())
        .contains("io.covercrit.core.internal").doesNotContain("io.covercrit.core.json.internal");
    assertThat(layer.findModule("io.covercrit.cigna").orElseThrow().getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service).containsExactly("io.covercrit.core.eval.PolicyProvider");
  }

  @Test
  void an_internal_class_cannot_be_used_from_outside_its_module() throws ReflectiveOperationException {
    Method versions = loader.loadClass("io.covercrit.core.internal.JacksonSupport").getMethod("versionsFound");
    assertThatThrownBy(() -> versions.invoke(null)).isInstanceOf(IllegalAccessException.class);
  }

  @Test
  void the_installed_policies_are_found_through_the_module_descriptor() throws ReflectiveOperationException {
    Object registry = call(null, type("io.covercrit.core.eval.PolicyRegistry"), "installed");
    assertThat(call(registry, "policyIds")).asList().contains("cigna/IP0369")
        .isEqualTo(PolicyRegistry.installed().policyIds());
    assertThat(call(registry, "descriptors").toString()).isEqualTo(PolicyRegistry.installed().descriptors().toString());
  }

  @Test
  void every_sample_request_gets_the_determination_it_gets_on_the_class_path() throws Exception {
    Class<?> jsonType = type("io.covercrit.core.json.CovercritJson");
    Object json = call(null, jsonType, "create");
    Object registry = call(null, type("io.covercrit.core.eval.PolicyRegistry"), "installed");
    Class<?> requestType = type("io.covercrit.core.model.CoverageRequest");
    Class<?> determinationType = type("io.covercrit.core.eval.Determination");

    CovercritJson classPathJson = CovercritJson.create();
    PolicyRegistry classPathRegistry = PolicyRegistry.installed();
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("requests"))) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(9);
    for (Path sample : samples) {
      String text = Files.readString(sample);
      Object request = jsonType.getMethod("readRequest", String.class).invoke(json, text);
      Object determination = registry.getClass().getMethod("evaluate", requestType, LocalDate.class)
          .invoke(registry, request, AS_OF);
      String written = (String) jsonType.getMethod("writeDetermination", determinationType, boolean.class)
          .invoke(json, determination, true);

      String expected = classPathJson.writeDetermination(
          classPathRegistry.evaluate(classPathJson.readRequest(text), AS_OF), true);
      assertThat(written).as("%s on the module path", sample).isEqualTo(expected);
      // a determination read back (Jackson builds the value types) is written the same again
      Object readBack = jsonType.getMethod("readDetermination", String.class).invoke(json, written);
      assertThat(jsonType.getMethod("writeDetermination", determinationType, boolean.class).invoke(json, readBack, true))
          .isEqualTo(expected);
      byte[] bytes = (byte[]) jsonType.getMethod("writeDeterminationBytes", determinationType).invoke(json, determination);
      assertThat(bytes).isEqualTo(classPathJson.writeDeterminationBytes(classPathJson.readDetermination(expected)));
    }
  }

  @Test
  void a_bad_request_is_refused_with_the_typed_error_naming_the_field() throws Exception {
    Object json = call(null, type("io.covercrit.core.json.CovercritJson"), "create");
    String bad = Files.readString(Path.of("requests", "opzelura-ad-approvable.json"))
        .replaceFirst("\"requestDate\"\\s*:\\s*\"[^\"]*\"", "\"requestDate\":\"2026-13-45\"");
    assertThatThrownBy(() -> {
      try {
        json.getClass().getMethod("readRequest", String.class).invoke(json, bad);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }).satisfies(e -> {
      assertThat(e.getClass().getName()).isEqualTo("io.covercrit.core.json.JsonInputException");
      assertThat(e.getClass().getModule().getName()).isEqualTo("io.covercrit.core");
      assertThat(e.getMessage()).startsWith("$.requestDate: ").doesNotContain("2026-13-45");
    });
  }

  @Test
  void a_timeline_query_reads_and_writes_as_on_the_class_path() throws ReflectiveOperationException {
    Class<?> timelineJsonType = type("io.covercrit.jurisdictions.TimelineJson");
    Object timelineJson = call(null, timelineJsonType, "create");
    Object query = timelineJsonType.getMethod("readQuery", String.class).invoke(timelineJson, TIMELINE_QUERY);
    Object written = timelineJsonType.getMethod("writeQuery", type("io.covercrit.jurisdictions.TimelineQuery"), boolean.class)
        .invoke(timelineJson, query, false);
    TimelineJson classPath = TimelineJson.create();
    assertThat(written).isEqualTo(classPath.writeQuery(classPath.readQuery(TIMELINE_QUERY), false));
  }

  @Test
  void the_published_schemas_are_readable_from_another_module() throws Exception {
    Class<?> jsonType = type("io.covercrit.core.json.CovercritJson");
    List<String> schemas = new ArrayList<>();
    for (String accessor : List.of("requestSchema", "determinationSchema")) {
      URL url = (URL) jsonType.getMethod(accessor).invoke(null);
      try (InputStream in = url.openStream()) {
        schemas.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(schemas.get(0)).contains("\"$id\"", CovercritJson.REQUEST_SCHEMA_ID);
    assertThat(schemas.get(1)).contains(CovercritJson.DETERMINATION_SCHEMA_ID);
  }

  private static String jacksonVersionInTheLayer() {
    try {
      Class<?> version = layer.findLoader("com.fasterxml.jackson.core").loadClass("com.fasterxml.jackson.core.json.PackageVersion");
      return version.getField("VERSION").get(null).toString();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    Class<?> type = loader.loadClass(name);
    assertThat(type.getModule().getLayer()).as("%s comes from the layer", name).isSameAs(layer);
    return type;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return call(target, target.getClass(), method);
  }

  private static Object call(Object target, Class<?> type, String method) throws ReflectiveOperationException {
    try {
      return type.getMethod(method).invoke(target);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " failed on the module path", e.getCause());
    }
  }
}
