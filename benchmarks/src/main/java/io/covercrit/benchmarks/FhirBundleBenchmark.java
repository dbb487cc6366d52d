package io.covercrit.benchmarks;

import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.core.json.CovercritJson;
import io.covercrit.core.model.CoverageRequest;
import io.covercrit.fhir.FhirRequestMapper;
import io.covercrit.fhir.MappingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A US Core bundle (covercrit-fhir's test bundles, one per sample request) to a determination:
 * FHIR JSON parsed by HAPI, mapped and evaluated; the same from an already parsed bundle (what a
 * CDS Hooks service pays per order once HAPI has read the hook request); and the evaluation of the
 * mapped request alone, which is {@link SampleEvaluateBenchmark}'s path (the mapping adds no cost
 * to it). Setup checks that each bundle decides as its JSON sample does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FhirBundleBenchmark {
  @Param({"opzelura-ad-approvable", "dupixent-asthma-approvable", "alecensa-metastatic-method-missing"})
  public String sample;

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  private PolicyRegistry registry;
  private FhirRequestMapper mapper;
  private MappingOptions options;
  private String bundleJson;
  private Bundle bundle;
  private CoverageRequest mapped;

  @Setup
  public void prepare() throws IOException {
    registry = PolicyRegistry.installed();
    mapper = FhirRequestMapper.create();
    Path root = Files.isDirectory(Path.of("fhir")) ? Path.of(".") : Path.of("..");
    bundleJson = Files.readString(root.resolve("fhir/src/test/resources/bundles/" + sample + ".json"));
    CoverageRequest fromJson = CovercritJson.create().readRequest(
        Files.readString(root.resolve("examples/requests/" + sample + ".json")));
    options = MappingOptions.forPolicy(fromJson.policyId().orElseThrow());
    bundle = mapper.parseBundle(bundleJson);
    mapped = mapper.map(bundle, options).request();
    if (registry.evaluate(mapped, AS_OF).outcome() != registry.evaluate(fromJson, AS_OF).outcome()) {
      throw new IllegalStateException(sample + ": the bundle does not decide as its JSON sample");
    }
  }

  @Benchmark
  public Determination fromFhirJson() {
    return registry.evaluate(mapper.map(bundleJson, options).request(), AS_OF);
  }

  @Benchmark
  public Determination fromParsedBundle() {
    return registry.evaluate(mapper.map(bundle, options).request(), AS_OF);
  }

  @Benchmark
  public Determination evaluateMappedRequest() {
    return registry.evaluate(mapped, AS_OF);
  }
}
