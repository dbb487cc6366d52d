package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened in the case and starts clocks: when a request, appeal or notice was
 * received.
 *
 * <p>Give {@link #at()} when the moment is known (hour clocks need it: a 72-hour clock runs from
 * the instant of receipt), otherwise {@link #on()}, the date in the member's state; exactly one of
 * the two. {@link #noticeDate()} is the date printed on a denial notice, which some rules count
 * from (Medicare presumes receipt 5 days after it; California counts from the plan's written
 * decision). Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableCaseEvent.class)
@JsonDeserialize(as = ImmutableCaseEvent.class)
public abstract class CaseEvent {
  /** Internal appeal levels accepted: plans have one or two, a few three. */
  public static final int MAX_LEVEL = 3;

  public abstract CaseEventType type();

  /** Internal appeal level (1 = first) for leveled event types; absent otherwise. */
  public abstract Optional<Integer> level();

  /** The instant of receipt, when known. */
  public abstract Optional<Instant> at();

  /** The date of receipt in the member's state, when only the date is known. */
  public abstract Optional<LocalDate> on();

  /** The date printed on the notice, for denial and decision events. */
  public abstract Optional<LocalDate> noticeDate();

  /** The event's date in {@code zone}: {@link #on()}, or the local date of {@link #at()}. */
  public LocalDate dateIn(ZoneId zone) {
    return on().orElseGet(() -> at().orElseThrow().atZone(zone).toLocalDate());
  }

  /** An event known to the instant. */
  public static CaseEvent at(CaseEventType type, Instant at) {
    return builder().type(type).at(at).build();
  }

  /** An event known to the day. */
  public static CaseEvent on(CaseEventType type, LocalDate on) {
    return builder().type(type).on(on).build();
  }

  /** An internal appeal event known to the instant. */
  public static CaseEvent at(CaseEventType type, int appealLevel, Instant at) {
    return builder().type(type).level(appealLevel).at(at).build();
  }

  /** An internal appeal event known to the day. */
  public static CaseEvent on(CaseEventType type, int appealLevel, LocalDate on) {
    return builder().type(type).level(appealLevel).on(on).build();
  }

  /** This event with the date printed on its notice. */
  public CaseEvent noticeDated(LocalDate date) {
    return builder().from(this).noticeDate(date).build();
  }

  @Value.Check
  void check() {
    if (at().isPresent() == on().isPresent()) {
      throw InvalidInputException.invalid("at", "exactly one of at and on must be given");
    }
    if (type().isLeveled() && level().isEmpty()) {
      throw InvalidInputException.required("level");
    }
    if (!type().isLeveled() && level().isPresent()) {
      throw InvalidInputException.invalid("level", "applies only to internal appeal events");
    }
    if (level().isPresent() && (level().get() < 1 || level().get() > MAX_LEVEL)) {
      throw InvalidInputException.invalid("level", "must be between 1 and " + MAX_LEVEL);
    }
    if (noticeDate().isPresent() && !isNotice()) {
      throw InvalidInputException.invalid("noticeDate", "applies only to denial events");
    }
    if (noticeDate().isPresent() && on().isPresent() && noticeDate().get().isAfter(on().get())) {
      throw InvalidInputException.invalid("noticeDate", "must not be after the date received");
    }
  }

  private boolean isNotice() {
    return type() == CaseEventType.DENIAL_RECEIVED
        || type() == CaseEventType.APPEAL_DENIAL_RECEIVED
        || type() == CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableCaseEvent.Builder {}
}
