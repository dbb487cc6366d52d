package io.covercrit.cigna.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.covercrit.core.eval.ContactChannel;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.Reliability;
import io.covercrit.core.eval.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cigna contact points and process timings, read once from {@code cigna-directory.json} in this
 * jar. Keeping them as data, each with its source and check date, is what lets a reviewer update a
 * fax number without reading Java. Immutable once loaded.
 */
public final class CignaDirectory {
  private static final String RESOURCE = "cigna-directory.json";
  private static final CignaDirectory STANDARD = load();

  private final Map<String, ContactPoint> contacts;
  private final Map<String, String> timings;

  private CignaDirectory(Map<String, ContactPoint> contacts, Map<String, String> timings) {
    this.contacts = contacts;
    this.timings = timings;
  }

  /** The directory shipped in this jar. */
  public static CignaDirectory standard() {
    return STANDARD;
  }

  /** The contact point with {@code id}; fails fast on a typo in policy code. */
  public ContactPoint contact(String id) {
    return Optional.ofNullable(contacts.get(id))
        .orElseThrow(() -> new IllegalArgumentException("no Cigna contact point " + id));
  }

  /** The timing statement with {@code id}, quoting its source. */
  public String timing(String id) {
    return Optional.ofNullable(timings.get(id)).orElseThrow(() -> new IllegalArgumentException("no Cigna timing " + id));
  }

  /** The contact points with {@code ids}, in order; fails fast on a typo. */
  public List<ContactPoint> contacts(List<String> ids) {
    return ids.stream().map(this::contact).collect(Collectors.toUnmodifiableList());
  }

  /** The timing statements with {@code ids}, in order; fails fast on a typo. */
  public List<String> timings(List<String> ids) {
    return ids.stream().map(this::timing).collect(Collectors.toUnmodifiableList());
  }

  private static CignaDirectory load() {
    try (InputStream in = CignaDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the covercrit-criteria-cigna jar");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, SourceRef> sources = new LinkedHashMap<>();
      root.get("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), SourceRef.builder()
          .title(e.getValue().get("title").asText())
          .url(optional(e.getValue(), "url"))
          .reliability(Reliability.valueOf(e.getValue().get("reliability").asText()))
          .checkedOn(LocalDate.parse(e.getValue().get("checkedOn").asText()))
          .build()));
      Map<String, ContactPoint> contacts = new LinkedHashMap<>();
      root.get("contacts").fields().forEachRemaining(e -> contacts.put(e.getKey(), ContactPoint.builder()
          .purpose(e.getValue().get("purpose").asText())
          .organization(e.getValue().get("organization").asText())
          .channel(ContactChannel.valueOf(e.getValue().get("channel").asText()))
          .value(e.getValue().get("value").asText())
          .source(requireSource(sources, e.getValue().get("source").asText()))
          .hours(optional(e.getValue(), "hours"))
          .build()));
      Map<String, String> timings = new LinkedHashMap<>();
      root.get("timings").fields().forEachRemaining(e -> {
        SourceRef source = requireSource(sources, e.getValue().get("source").asText());
        timings.put(e.getKey(), e.getValue().get("text").asText() + " [source: " + source.title()
            + ", " + source.reliability() + ", checked " + source.checkedOn() + "]");
      });
      return new CignaDirectory(Collections.unmodifiableMap(contacts), Collections.unmodifiableMap(timings));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static Optional<String> optional(JsonNode node, String field) {
    return node.has(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }

  private static SourceRef requireSource(Map<String, SourceRef> sources, String id) {
    return Optional.ofNullable(sources.get(id))
        .orElseThrow(() -> new IllegalStateException(RESOURCE + " names an unknown source " + id));
  }
}
