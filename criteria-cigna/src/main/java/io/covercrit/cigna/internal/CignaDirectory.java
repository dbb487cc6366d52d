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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

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
    ContactPoint contact = contacts.get(id);
    if (contact == null) {
      throw new IllegalArgumentException("no Cigna contact point " + id);
    }
    return contact;
  }

  /** The timing statement with {@code id}, quoting its source. */
  public String timing(String id) {
    String timing = timings.get(id);
    if (timing == null) {
      throw new IllegalArgumentException("no Cigna timing " + id);
    }
    return timing;
  }

  private static CignaDirectory load() {
    try (InputStream in = CignaDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the covercrit-criteria-cigna jar");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, SourceRef> sources = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("sources").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode s = e.getValue();
        SourceRef.Builder source = SourceRef.builder()
            .title(s.get("title").asText())
            .reliability(Reliability.valueOf(s.get("reliability").asText()))
            .checkedOn(LocalDate.parse(s.get("checkedOn").asText()));
        if (s.has("url")) {
          source.url(s.get("url").asText());
        }
        sources.put(e.getKey(), source.build());
      }
      Map<String, ContactPoint> contacts = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("contacts").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode c = e.getValue();
        ContactPoint.Builder contact = ContactPoint.builder()
            .purpose(c.get("purpose").asText())
            .organization(c.get("organization").asText())
            .channel(ContactChannel.valueOf(c.get("channel").asText()))
            .value(c.get("value").asText())
            .source(requireSource(sources, c.get("source").asText()));
        if (c.has("hours")) {
          contact.hours(c.get("hours").asText());
        }
        contacts.put(e.getKey(), contact.build());
      }
      Map<String, String> timings = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("timings").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        SourceRef source = requireSource(sources, e.getValue().get("source").asText());
        timings.put(e.getKey(), e.getValue().get("text").asText() + " [source: " + source.title()
            + ", " + source.reliability() + ", checked " + source.checkedOn() + "]");
      }
      return new CignaDirectory(Collections.unmodifiableMap(contacts), Collections.unmodifiableMap(timings));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static SourceRef requireSource(Map<String, SourceRef> sources, String id) {
    SourceRef source = sources.get(id);
    if (source == null) {
      throw new IllegalStateException(RESOURCE + " names an unknown source " + id);
    }
    return source;
  }
}
