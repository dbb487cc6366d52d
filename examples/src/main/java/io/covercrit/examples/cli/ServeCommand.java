package io.covercrit.examples.cli;

import io.covercrit.examples.service.CovercritService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code covercrit serve}: runs the HTTP example ({@link CovercritService}) until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves POST /v1/evaluate, GET /v1/policies and GET /health (the embedded HTTP example) until Ctrl-C.",
        "Errors are RFC 7807 problem details naming the JSON path and error code."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.ParentCommand
  CovercritCli parent;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes = CovercritService.DEFAULT_MAX_BODY_BYTES;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CovercritService service = CovercritService.builder(parent.registry())
        .address(new InetSocketAddress(InetAddress.getByName(bind), port))
        .maxBodyBytes(maxBodyBytes)
        .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "covercrit-http-shutdown"));
    spec.commandLine().getErr().println("covercrit: serving " + service.uri()
        + " (POST /v1/evaluate, GET /v1/policies, GET /health); Ctrl-C stops");
    spec.commandLine().getErr().flush();
    stopped.await();
    return 0;
  }
}
