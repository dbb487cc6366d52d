package io.covercrit.examples.cdshooks;

import io.covercrit.core.eval.PolicyRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Runs the CDS Hooks service until the process is stopped:
 * {@code CdsHooksMain [--port 8080] [--host 127.0.0.1] [--dtr-launch-url URL]}.
 */
public final class CdsHooksMain {
  private static final String USAGE = "usage: covercrit-cds-hooks [--port 8080] [--host 127.0.0.1] [--dtr-launch-url URL]";

  private CdsHooksMain() {}

  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.err);
    if (status >= 0) {
      System.exit(status);
    }
  }

  /** Starts the service and waits for it; returns an exit status only when it did not start. */
  static int run(String[] args, PrintStream err) throws InterruptedException {
    int port = 8080;
    String host = "127.0.0.1";
    String dtr = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(value(args, ++i));
          case "--host" -> host = value(args, ++i);
          case "--dtr-launch-url" -> dtr = value(args, ++i);
          case "-h", "--help" -> {
            err.println(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0 to 65535");
      }
    } catch (IllegalArgumentException e) {
      // NumberFormatException too: its message quotes only the option's own value.
      err.println("covercrit-cds-hooks: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    CdsHooksService.Builder builder;
    try {
      builder = CdsHooksService.builder(PolicyRegistry.installed())
          .address(new InetSocketAddress(InetAddress.getByName(host), port));
    } catch (UnknownHostException e) {
      err.println("covercrit-cds-hooks: unknown host " + host);
      return 2;
    }
    if (dtr != null) {
      builder.dtrLaunchUrl(dtr);
    }
    CdsHooksService service;
    try {
      service = builder.start();
    } catch (IOException e) {
      err.println("covercrit-cds-hooks: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "covercrit-cds-hooks-stop"));
    err.println("covercrit-cds-hooks: discovery at " + service.uri() + CdsHooksService.DISCOVERY);
    service.join();
    return -1;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
