package io.covercrit.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where each fact of a mapped request came from, and every value the mapper could not use or used
 * with doubt. Entries name resources by type and id and elements by path; they never quote a value
 * from the record, so a report may be logged.
 */
public final class MappingReport {
  /** How a value was taken. */
  public enum Kind {
    /** Read as the request field it names. */
    MAPPED,
    /** Read, but with an assumption the reason states: check it. */
    DOUBTFUL,
    /** Present in the record but not used: the reason says why. */
    NOT_USABLE
  }

  /** One fact or problem. */
  public static final class Entry {
    private final Kind kind;
    private final String field;
    private final String resource;
    private final String element;
    private final String reason;

    Entry(Kind kind, String field, String resource, String element, String reason) {
      this.kind = Objects.requireNonNull(kind);
      this.field = Objects.requireNonNull(field);
      this.resource = Objects.requireNonNull(resource);
      this.element = Objects.requireNonNull(element);
      this.reason = Objects.requireNonNull(reason);
    }

    public Kind kind() {
      return kind;
    }

    /** The request field (JSON path, e.g. {@code diagnoses[0].code}), or "-" for none. */
    public String field() {
      return field;
    }

    /** Resource type and id, e.g. {@code Condition/asthma}. */
    public String resource() {
      return resource;
    }

    /** The element read, e.g. {@code code.coding}. */
    public String element() {
      return element;
    }

    public String reason() {
      return reason;
    }

    @Override
    public String toString() {
      return kind + " " + field + " <- " + resource + "." + element + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
  }

  private final List<Entry> entries;

  MappingReport(List<Entry> entries) {
    this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The entries of one kind. */
  public List<Entry> entries(Kind kind) {
    List<Entry> result = new ArrayList<>();
    for (Entry e : entries) {
      if (e.kind() == kind) {
        result.add(e);
      }
    }
    return result;
  }

  /** Whether anything was left out or read with doubt. */
  public boolean hasProblems() {
    for (Entry e : entries) {
      if (e.kind() != Kind.MAPPED) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Entry e : entries) {
      b.append(e).append('\n');
    }
    return b.toString();
  }
}
