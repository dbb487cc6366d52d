package io.covercrit.core.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One revision of a policy as a dated record of what changed: the values (thresholds, durations)
 * it set, the clauses it added or removed, and its notes. A policy's build method reads its
 * values from the revision instead of taking them as positional arguments, so the revision
 * history reads like the policy's own.
 *
 * <pre>{@code
 * static final PolicyRevision.Value<Integer> STEROID_DAYS = PolicyRevision.value("1.C.i steroid days", 14);
 * static final List<PolicyRevision> HISTORY = PolicyRevision.history()
 *     .revision("before 2024-11-15", null).note("1.C.i is 14 days.")
 *     .revision("2024-11-15", LocalDate.of(2024, 11, 15)).set(STEROID_DAYS, 28).adding("IP0369 1.F")
 *     .build();
 * // build(revision): revision.get(STEROID_DAYS); if (revision.includes("IP0369 1.F")) ...
 * }</pre>
 *
 * <p>Immutable.
 */
public final class PolicyRevision {
  private final String version;
  private final LocalDate effectiveFrom;
  private final Map<Value<?>, Object> values;
  private final Map<Value<?>, Object> changed;
  private final Set<String> absentClauses;
  private final List<String> added;
  private final List<String> removed;
  private final List<String> notes;

  private PolicyRevision(String version, LocalDate effectiveFrom, Map<Value<?>, Object> values,
      Map<Value<?>, Object> changed, Set<String> absentClauses, List<String> added, List<String> removed,
      List<String> notes) {
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
    this.absentClauses = Set.copyOf(absentClauses);
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.notes = List.copyOf(notes);
  }

  /** A named value a revision may change, with the value it has until one does. */
  public static <T> Value<T> value(String name, T initial) {
    return new Value<>(name, initial);
  }

  /** Starts a revision history, oldest revision first. */
  public static History history() {
    return new History();
  }

  public String version() {
    return version;
  }

  /** Empty when not known (the oldest revision of a policy often has none). */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(effectiveFrom);
  }

  /** The value in force in this revision: the latest set, else the value's initial one. */
  @SuppressWarnings("unchecked")
  public <T> T get(Value<T> value) {
    return values.containsKey(value) ? (T) values.get(value) : value.initial;
  }

  /** Whether this revision has the clause: false before the revision that added it and from the one that removed it. */
  public boolean includes(String clauseId) {
    return !absentClauses.contains(clauseId);
  }

  /** The values this revision set, by name, in the order set. */
  public Map<String, Object> changedValues() {
    Map<String, Object> byName = new LinkedHashMap<>();
    changed.forEach((k, v) -> byName.put(k.name, v));
    return Collections.unmodifiableMap(byName);
  }

  public List<String> addedClauses() {
    return added;
  }

  public List<String> removedClauses() {
    return removed;
  }

  /** What every determination of this revision should say about it. */
  public List<String> notes() {
    return notes;
  }

  /** Sets the version and, when known, the effective date on a descriptor being built. */
  public PolicyDescriptor.Builder describe(PolicyDescriptor.Builder descriptor) {
    descriptor.version(version);
    if (effectiveFrom != null) {
      descriptor.effectiveFrom(effectiveFrom);
    }
    return descriptor;
  }

  @Override
  public String toString() {
    return version + (effectiveFrom == null ? "" : " (from " + effectiveFrom + ")") + " " + changedValues()
        + (added.isEmpty() ? "" : " +" + added) + (removed.isEmpty() ? "" : " -" + removed);
  }

  /** A typed key of a revision value; compared by identity. */
  public static final class Value<T> {
    private final String name;
    private final T initial;

    private Value(String name, T initial) {
      this.name = Objects.requireNonNull(name, "name");
      this.initial = Objects.requireNonNull(initial, "initial");
    }

    public String name() {
      return name;
    }

    public T initial() {
      return initial;
    }

    @Override
    public String toString() {
      return name + "=" + initial;
    }
  }

  /** Builds a revision history; each revision starts from the values of the one before. */
  public static final class History {
    private final List<Draft> drafts = new ArrayList<>();

    private History() {}

    /** Starts the next revision; {@code effectiveFrom} may be null only for the first. */
    public History revision(String version, LocalDate effectiveFrom) {
      if (version == null || version.isBlank()) {
        throw new IllegalArgumentException("a revision needs a version label");
      }
      if (!drafts.isEmpty()) {
        LocalDate previous = drafts.get(drafts.size() - 1).effectiveFrom;
        if (effectiveFrom == null) {
          throw new IllegalArgumentException(version + ": only the first revision may lack an effective date");
        }
        if (previous != null && !effectiveFrom.isAfter(previous)) {
          throw new IllegalArgumentException(version + ": revisions must be in date order");
        }
      }
      drafts.add(new Draft(version, effectiveFrom));
      return this;
    }

    public <T> History set(Value<T> value, T newValue) {
      current().changed.put(value, Objects.requireNonNull(newValue, value.name));
      return this;
    }

    /** A clause this revision added: earlier revisions do not have it. */
    public History adding(String clauseId) {
      current().added.add(clauseId);
      return this;
    }

    /** A clause this revision removed: it and later revisions do not have it. */
    public History removing(String clauseId) {
      current().removed.add(clauseId);
      return this;
    }

    public History note(String note) {
      current().notes.add(note);
      return this;
    }

    /** The revisions, oldest first. */
    public List<PolicyRevision> build() {
      if (drafts.isEmpty()) {
        throw new IllegalStateException("a history needs at least one revision");
      }
      List<PolicyRevision> revisions = new ArrayList<>();
      Map<Value<?>, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        values.putAll(d.changed);
        Set<String> absent = new HashSet<>();
        for (int j = 0; j < drafts.size(); j++) {
          if (j > i) {
            absent.addAll(drafts.get(j).added);
          } else {
            absent.removeAll(drafts.get(j).added);
            absent.addAll(drafts.get(j).removed);
          }
        }
        revisions.add(new PolicyRevision(d.version, d.effectiveFrom, values, d.changed, absent, d.added, d.removed,
            d.notes));
      }
      return List.copyOf(revisions);
    }

    private Draft current() {
      if (drafts.isEmpty()) {
        throw new IllegalStateException("start a revision first");
      }
      return drafts.get(drafts.size() - 1);
    }
  }

  private static final class Draft {
    final String version;
    final LocalDate effectiveFrom;
    final Map<Value<?>, Object> changed = new LinkedHashMap<>();
    final List<String> added = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Draft(String version, LocalDate effectiveFrom) {
      this.version = version;
      this.effectiveFrom = effectiveFrom;
    }
  }
}
