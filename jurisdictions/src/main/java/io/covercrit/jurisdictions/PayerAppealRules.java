package io.covercrit.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.SourceRef;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A payer's own internal-appeal rules (filing window, levels, decision clocks), supplied by the
 * payer's module and composed with the state and federal rules into one {@link Timeline}.
 *
 * <p>The law sets floors on what the member gets and ceilings on how long the plan takes: the
 * timeline shows the later of the payer's and the legal filing windows, and the earlier of the
 * payer's and the legal decision clocks, and lists the other reading beside it. Payer rules apply
 * to commercial, individual and self-funded plans; Medicare and Medicaid appeals follow their
 * federal rules. Immutable and thread-safe.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutablePayerAppealRules.class)
@JsonDeserialize(as = ImmutablePayerAppealRules.class)
public abstract class PayerAppealRules {
  /** The payer's name as shown to members, e.g. "Cigna Healthcare". */
  public abstract String payer();

  /** How long the member has to file the first-level appeal. */
  public abstract ClockLength filingWindow();

  /**
   * Whether the filing window counts from the date printed on the denial (true) or from its
   * receipt (false, the ERISA and ACA wording).
   */
  @Value.Default
  public boolean filingWindowCountsFromNoticeDate() {
    return false;
  }

  /** The internal appeal levels, first level first. */
  public abstract List<PayerAppealLevel> levels();

  /** Where to send appeals. */
  public abstract List<ContactPoint> contacts();

  /** The payer documents these rules come from. */
  public abstract List<SourceRef> sources();

  /** Short citation, e.g. "Cigna NC appeals guide, Internal Appeals". */
  public abstract String citation();

  public abstract Confidence confidence();

  /** When these rules were last checked against their sources. */
  public abstract LocalDate lastReviewed();

  @Value.Check
  void check() {
    if (payer().isBlank()) {
      throw InvalidInputException.invalid("payer", "must not be blank");
    }
    if (levels().isEmpty()) {
      throw InvalidInputException.invalid("levels", "must have at least one level");
    }
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).level() != i + 1) {
        throw InvalidInputException.invalid("levels[" + i + "].level", "must be " + (i + 1));
      }
    }
    if (sources().isEmpty()) {
      throw InvalidInputException.invalid("sources", "must name at least one source");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePayerAppealRules.Builder {}
}
