package io.covercrit.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generated JSON Lines input: every sample request of {@code examples/requests/} (all four
 * policies) with its own id and varied dates, trial lengths and body surface areas, and every
 * kind of line {@code covercrit batch} turns into an error record or treats specially.
 */
final class RequestLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path SAMPLES = Path.of("../examples/requests");

  private RequestLines() {}

  static List<ObjectNode> samples() {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<ObjectNode> samples = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        samples.add((ObjectNode) MAPPER.readTree(file.toFile()));
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line {@code i} (from 1) of the valid requests: a sample, varied by {@code i}. */
  static String request(List<ObjectNode> samples, int i) {
    ObjectNode request = samples.get(i % samples.size()).deepCopy();
    request.put("requestId", String.format("spark-%05d", i));
    if (i % 7 == 0) {
      request.remove("requestDate"); // evaluated as of "today"
    } else if (i % 11 == 0) {
      request.put("requestDate", "2024-11-14"); // the version before the IP0369 revision
    }
    if (request.has("skinInvolvement")) {
      ((ObjectNode) request.get("skinInvolvement")).put("bodySurfaceAreaPercent", i % 25);
    }
    if (request.has("therapyTrials") && request.get("therapyTrials").size() > 0) {
      ObjectNode first = (ObjectNode) request.get("therapyTrials").get(0);
      if (first.has("start") && first.has("end")) { // an ONGOING trial has no end
        first.put("end", LocalDate.parse(first.get("start").asText()).plusDays(i % 40).toString());
      }
    }
    return request.toString();
  }

  /** The IP0369 atopic dermatitis sample with a steroid trial of {@code days} days in 2024. */
  static String opzelura2024(List<ObjectNode> samples, String requestId, int days) {
    ObjectNode request = samples.stream().filter(s -> s.get("requestId").asText().equals("example-ad-001"))
        .findFirst().orElseThrow().deepCopy();
    request.put("requestId", requestId);
    request.put("requestDate", "2024-11-20");
    ((ObjectNode) request.get("skinInvolvement")).put("assessedOn", "2024-11-10");
    ArrayNode trials = (ArrayNode) request.get("therapyTrials");
    ((ObjectNode) trials.get(0)).put("start", "2024-06-01").put("end", LocalDate.of(2024, 6, 1).plusDays(days - 1).toString());
    ((ObjectNode) trials.get(1)).put("start", "2024-07-01").put("end", "2024-08-11");
    return request.toString();
  }

  /**
   * {@code count} lines of requests with, at fixed places, every awkward line: a byte order mark
   * on line 1, malformed JSON, blank and white-space lines, bytes that are not UTF-8, CRLF, a bare
   * CR inside a line, an unknown policy, an invalid field, a line over 1,000,000 bytes, characters
   * outside the BMP and a lone surrogate; the last line has no line end.
   */
  static byte[] generate(int count) {
    List<ObjectNode> samples = samples();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (int i = 1; i <= count; i++) {
      String line;
      switch (i % 97) {
        case 13 -> line = "{\"requestId\": \"bad-" + i + "\", this line is not JSON";
        case 17 -> line = "";
        case 19 -> line = "   \t ";
        case 23 -> {
          write(out, "{\"requestId\": \"".getBytes(StandardCharsets.UTF_8));
          write(out, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
          line = "\"}";
        }
        case 29 -> line = request(samples, i) + "\r";
        case 31 -> line = request(samples, i) + "\r" + request(samples, i + 1);
        case 37 -> line = request(samples, i).replace("\"cigna/", "\"nobody/");
        case 41 -> line = request(samples, i).replace("\"birthDate\":\"", "\"birthDate\":\"x");
        case 43 -> line = i < 200 ? "{\"requestId\":\"" + "x".repeat(1_000_001) + "\"}" : request(samples, i);
        case 47 -> line = request(samples, i).replace("\"requestId\":\"spark-", "\"requestId\":\"\uD83D\uDE00 é ≥ spark-");
        case 53 -> line = request(samples, i).replace("\"requestId\":\"spark-", "\"requestId\":\"\\uD800 spark-");
        case 59 -> line = opzelura2024(samples, "spark-2024-" + i, 10 + i % 30);
        default -> line = request(samples, i);
      }
      write(out, line.getBytes(StandardCharsets.UTF_8));
      if (i < count) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, byte[] bytes) {
    out.write(bytes, 0, bytes.length);
  }
}
