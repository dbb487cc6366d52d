package io.covercrit.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.covercrit.core.CovercritStyle;
import io.covercrit.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The extent of a solid tumour as the pathology and staging reports give it: primary tumour size,
 * regional lymph nodes, resection margins, the stage group, distant metastasis and recurrence.
 * Oncology policies read it (e.g. "after resection of a tumour of 4 cm or more, or node-positive";
 * "metastatic disease").
 *
 * <p>Every field is optional, and absence means "not documented" (the clauses that need it are
 * MISSING), never "no". {@code metastatic = false} is a documented M0; an absent
 * {@code metastatic} is unknown. Validated on construction: the size is above 0 and at most
 * {@value #MAX_SIZE_CM} cm, and the stage is an AJCC stage group. The stage is not checked against
 * {@code metastatic}: what a stage group means depends on the cancer (stage IVA head and neck
 * cancer is M0; M1 testicular cancer is stage III), so policies read the field they need.
 */
@Value.Immutable
@CovercritStyle
@JsonSerialize(as = ImmutableTumorStaging.class)
@JsonDeserialize(as = ImmutableTumorStaging.class)
public abstract class TumorStaging {
  private static final Pattern STAGE_GROUP = Pattern.compile("0|(I|II|III|IV)([ABC][1-3]?)?");

  /** Upper bound on {@link #primaryTumorSizeCm()}, far above any resected tumour; catches mm entered as cm. */
  public static final int MAX_SIZE_CM = 50;

  /** Greatest dimension of the primary tumour in centimetres (pathological if resected), e.g. 5.2. */
  public abstract Optional<BigDecimal> primaryTumorSizeCm();

  /** Regional lymph node category (TNM N). */
  public abstract Optional<NodalStatus> nodalStatus();

  /** Residual tumour after surgery (R classification), or that the tumour was not resected. */
  public abstract Optional<Resection> resection();

  /**
   * AJCC stage group without the word "stage": {@code 0}, or {@code I} to {@code IV} with an
   * optional letter A-C and digit 1-3, e.g. {@code IB}, {@code IIIA}, {@code IA2}, {@code IVB}.
   */
  public abstract Optional<String> stage();

  /** Distant metastasis (M1) present; {@code false} documents M0. */
  public abstract Optional<Boolean> metastatic();

  /** The disease has recurred after earlier definitive treatment (surgery or chemoradiation). */
  public abstract Optional<Boolean> recurrent();

  /** Date of the pathology or staging report these facts come from. */
  public abstract Optional<LocalDate> assessedOn();

  /** Regional lymph node category, TNM "N". */
  public enum NodalStatus {
    /** No regional lymph node metastasis. */
    N0,
    N1,
    N2,
    N3,
    /** Regional lymph nodes cannot be assessed. */
    NX;

    /** N1 to N3; NX is neither positive nor negative. */
    public boolean isPositive() {
      return this == N1 || this == N2 || this == N3;
    }
  }

  /** Residual tumour after resection (UICC/AJCC R classification). */
  public enum Resection {
    /** Complete resection: no residual tumour. */
    R0,
    /** Microscopic residual tumour (positive margin). */
    R1,
    /** Macroscopic residual tumour. */
    R2,
    /** Resected; residual tumour cannot be assessed. */
    RX,
    /** The tumour was not resected. */
    NOT_RESECTED
  }

  /** The stage number 0 to 4 (IIIA is 3, IVB is 4), if the stage is documented. */
  public OptionalInt stageNumber() {
    if (stage().isEmpty()) {
      return OptionalInt.empty();
    }
    String s = stage().get();
    if (s.equals("0")) {
      return OptionalInt.of(0);
    }
    if (s.startsWith("IV")) {
      return OptionalInt.of(4);
    }
    if (s.startsWith("III")) {
      return OptionalInt.of(3);
    }
    return OptionalInt.of(s.startsWith("II") ? 2 : 1);
  }

  @Value.Check
  void check() {
    if (primaryTumorSizeCm().isPresent()) {
      BigDecimal size = primaryTumorSizeCm().get();
      DecimalScale.check("primaryTumorSizeCm", size);
      if (size.signum() <= 0 || size.compareTo(BigDecimal.valueOf(MAX_SIZE_CM)) > 0) {
        throw InvalidInputException.invalid("primaryTumorSizeCm", "must be above 0 and at most " + MAX_SIZE_CM + " (centimetres)");
      }
    }
    if (stage().isPresent() && !STAGE_GROUP.matcher(stage().get()).matches()) {
      throw InvalidInputException.invalid("stage", "must be an AJCC stage group such as IB, IIIA or IVB");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTumorStaging.Builder {}
}
