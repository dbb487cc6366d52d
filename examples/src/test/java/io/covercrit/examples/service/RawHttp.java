package io.covercrit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 over a plain socket, for requests an HTTP client will not send. */
final class RawHttp {
  private RawHttp() {
  }

  /** One answer: status, headers (names in lower case) and the body its Content-Length gives. */
  record Answer(int status, Map<String, String> headers, String body) {
  }

  static Socket connect(CovercritService service) throws IOException {
    Socket socket = new Socket(service.address().getAddress(), service.address().getPort());
    socket.setSoTimeout(10_000);
    socket.setTcpNoDelay(true);
    return socket;
  }

  /** Sends {@code raw} (ISO-8859-1) on a new connection and reads one answer. */
  static Answer exchange(CovercritService service, String raw) throws IOException {
    try (Socket socket = connect(service)) {
      socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  /** Reads one answer (status line, headers, Content-Length body) from {@code in}. */
  static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    assertThat(statusLine).startsWith("HTTP/1.1 ");
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    assertThat(headers).as("every answer has a length (no chunked bodies)").containsKey("content-length");
    byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed mid-answer");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
