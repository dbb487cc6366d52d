package io.covercrit.jurisdictions.internal;

import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.SourceRef;
import io.covercrit.core.model.Jurisdiction;
import io.covercrit.jurisdictions.CountsFrom;
import io.covercrit.jurisdictions.CaseEventType;
import io.covercrit.jurisdictions.ClockLength;
import io.covercrit.jurisdictions.Confidence;
import io.covercrit.jurisdictions.Party;
import io.covercrit.jurisdictions.RuleBasis;
import io.covercrit.jurisdictions.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One encoded rule: a clock, the event it starts from, who must act, and where it comes from.
 * Immutable; built with {@link #rule(String)}.
 *
 * <p>{@code step} groups rules that govern the same step (for example the legal internal-appeal
 * window and the payer's own): the engine keeps one deadline per step and lists the others as
 * alternative readings.
 */
final class ClockRule {
  /** The date the encoded rules were last reviewed against the project's fact sheet. */
  static final LocalDate FACTS_REVIEWED = LocalDate.of(2026, 11, 24);

  final String id;
  final String step;
  final Stage stage;
  final String title;
  final Party actor;
  final Party filedWith;
  final String filedWithName;
  final Trigger trigger;
  final Integer level;
  final CountsFrom anchor;
  final ClockLength length;
  final MonthEnd monthEnd;
  final boolean rollsForward;
  final Jurisdiction calendarState;
  final String citation;
  final List<SourceRef> sources;
  final Confidence confidence;
  final RuleBasis basis;
  final String program;
  final List<ContactPoint> contacts;
  final String condition;
  final List<String> notes;
  final LocalDate lastReviewed;
  /** For a filing: the event that shows it was made (then the deadline is met and left out). */
  final CaseEventType fulfilledBy;
  final Integer fulfilledLevel;
  /** The rule applies only when its starting event is on or after this date (null: always). */
  final LocalDate appliesFrom;

  private ClockRule(Builder b) {
    this.id = Objects.requireNonNull(b.id);
    this.step = b.step == null ? b.id : b.step;
    this.stage = Objects.requireNonNull(b.stage, "stage");
    this.title = Objects.requireNonNull(b.title, "title");
    this.actor = Objects.requireNonNull(b.actor, "actor");
    this.filedWith = b.filedWith;
    this.filedWithName = b.filedWithName;
    this.trigger = Objects.requireNonNull(b.trigger, "trigger");
    this.level = b.level;
    this.anchor = b.anchor;
    this.length = Objects.requireNonNull(b.length, "length");
    this.monthEnd = b.monthEnd;
    this.rollsForward = b.rollsForward;
    this.calendarState = b.calendarState;
    this.citation = Objects.requireNonNull(b.citation, "citation");
    this.sources = b.sources;
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    this.basis = Objects.requireNonNull(b.basis, "basis");
    this.program = Objects.requireNonNull(b.program, "program");
    this.contacts = b.contacts;
    this.condition = b.condition;
    this.notes = b.notes;
    this.lastReviewed = b.lastReviewed;
    this.fulfilledBy = b.fulfilledBy;
    this.fulfilledLevel = b.fulfilledLevel;
    this.appliesFrom = b.appliesFrom;
    if (sources.isEmpty()) {
      throw new IllegalStateException("rule " + id + " has no source");
    }
  }

  static Builder rule(String id) {
    return new Builder(id);
  }

  /** Fluent builder; rule data reads top to bottom like the fact sheet. */
  static final class Builder {
    private final String id;
    private String step;
    private Stage stage;
    private String title;
    private Party actor;
    private Party filedWith;
    private String filedWithName;
    private Trigger trigger;
    private Integer level;
    private CountsFrom anchor = CountsFrom.RECEIPT;
    private ClockLength length;
    private MonthEnd monthEnd = MonthEnd.LAST_DAY_OF_MONTH;
    private boolean rollsForward;
    private Jurisdiction calendarState;
    private String citation;
    // Immutable lists, replaced on each addition: most rules add once, and List.copyOf of an
    // immutable list is that list, so a rule built per query copies nothing.
    private List<SourceRef> sources = List.of();
    private Confidence confidence;
    private RuleBasis basis;
    private String program;
    private List<ContactPoint> contacts = List.of();
    private String condition;
    private List<String> notes = List.of();
    private LocalDate lastReviewed = FACTS_REVIEWED;
    private CaseEventType fulfilledBy;
    private Integer fulfilledLevel;
    private LocalDate appliesFrom;

    private Builder(String id) {
      this.id = id;
    }

    Builder step(String value) { this.step = value; return this; }
    Builder stage(Stage value) { this.stage = value; return this; }
    Builder title(String value) { this.title = value; return this; }
    Builder actor(Party value) { this.actor = value; return this; }

    Builder filedWith(Party party, String name) {
      this.filedWith = party;
      this.filedWithName = name;
      return this;
    }

    Builder startsAt(Trigger value) { this.trigger = value; return this; }
    Builder startsAt(Trigger value, CountsFrom anchorValue) { this.trigger = value; this.anchor = anchorValue; return this; }
    Builder level(int value) { this.level = value; return this; }
    Builder lasts(ClockLength value) { this.length = value; return this; }
    Builder monthEnd(MonthEnd value) { this.monthEnd = value; return this; }
    Builder rollsForwardToBusinessDay() { this.rollsForward = true; return this; }
    /** Business days count on this state's calendar when the host supplies one. */
    Builder stateBusinessDays(Jurisdiction state) { this.calendarState = state; return this; }

    Builder cite(String value, SourceRef... refs) {
      this.citation = value;
      this.sources = plus(sources, List.of(refs));
      return this;
    }

    Builder confidence(Confidence value) { this.confidence = value; return this; }
    Builder basis(RuleBasis value) { this.basis = value; return this; }
    Builder program(String value) { this.program = value; return this; }
    Builder contacts(List<ContactPoint> value) { this.contacts = plus(contacts, value); return this; }
    Builder condition(String value) { this.condition = value; return this; }
    Builder note(String value) { this.notes = plus(notes, List.of(value)); return this; }
    Builder lastReviewed(LocalDate value) { this.lastReviewed = value; return this; }
    Builder appliesFrom(LocalDate value) { this.appliesFrom = value; return this; }
    Builder fulfilledBy(CaseEventType value) { this.fulfilledBy = value; return this; }
    Builder fulfilledBy(CaseEventType value, int level) { this.fulfilledBy = value; this.fulfilledLevel = level; return this; }

    ClockRule build() {
      return new ClockRule(this);
    }

    private static <T> List<T> plus(List<T> list, List<? extends T> more) {
      if (list.isEmpty()) {
        return List.copyOf(more);
      }
      List<T> all = new ArrayList<>(list.size() + more.size());
      all.addAll(list);
      all.addAll(more);
      return List.copyOf(all);
    }
  }
}
