package io.covercrit.cigna.ilaris;

import static io.covercrit.cigna.ilaris.IlarisDiagnosisClauses.FMF_AMYLOIDOSIS;
import static io.covercrit.cigna.ilaris.IlarisDiagnosisClauses.PERIODIC_FEVER_SYNDROMES;
import static io.covercrit.cigna.ilaris.IlarisDiagnosisClauses.UNSPECIFIED_AUTOINFLAMMATORY;
import static io.covercrit.cigna.ilaris.IlarisDiagnosisClauses.diagnosisCoding;
import static io.covercrit.cigna.ilaris.IlarisDiagnosisClauses.unnamedSyndrome;
import static io.covercrit.cigna.ilaris.IlarisDiagnosisClauses.unnamedSyndromeFinding;
import static io.covercrit.cigna.ilaris.IlarisHistoryClauses.baseline;
import static io.covercrit.cigna.internal.CignaDocuments.COLCHICINE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.CRP_RESULT;
import static io.covercrit.cigna.internal.CignaDocuments.CURRENT_MEDICATIONS;
import static io.covercrit.cigna.internal.CignaDocuments.DIAGNOSIS_NOTES;
import static io.covercrit.cigna.internal.CignaDocuments.FLARE_HISTORY;
import static io.covercrit.cigna.internal.CignaDocuments.PERIODIC_FEVER_CONFIRMATION;
import static io.covercrit.core.clauses.Diagnoses.codeDescription;
import static io.covercrit.core.clauses.Diagnoses.usable;
import static io.covercrit.core.clauses.Trials.continuing;
import static io.covercrit.core.clauses.Trials.trialsOf;

import io.covercrit.cigna.ilaris.IlarisHistoryClauses.Baseline;
import io.covercrit.core.clauses.Events;
import io.covercrit.core.codes.Icd10Code;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.EvaluationContext;
import io.covercrit.core.eval.Finding;
import io.covercrit.core.eval.Status;
import io.covercrit.core.model.Analyte;
import io.covercrit.core.model.Diagnosis;
import io.covercrit.core.model.DiagnosisSubtype;
import io.covercrit.core.model.Flare;
import io.covercrit.core.model.LabResult;
import io.covercrit.core.model.Quantity;
import io.covercrit.core.model.RecordedHistory;
import io.covercrit.core.model.ReferenceRange;
import io.covercrit.core.model.TherapyTrial;
import io.covercrit.core.model.TrialOutcome;
import io.covercrit.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * IP0235: the clauses the periodic fever pathways share (FMF 2, HIDS/MKD 3, TRAPS 4): the M04.1
 * diagnosis with the syndrome documented, colchicine tried and continued, and the CRP and flare
 * history before starting Ilaris, with their ages and approval period.
 */
final class IlarisPeriodicFeverClauses {
  static final int PERIODIC_FEVER_MINIMUM_AGE = 2;

  static final BigDecimal CRP_MINIMUM_MG_PER_L = BigDecimal.TEN;
  static final BigDecimal CRP_ULN_MULTIPLE = BigDecimal.valueOf(2);
  static final Period LAB_WINDOW = Period.ofMonths(3);

  static final int PERIODIC_FEVER_FLARES_PER_YEAR = 6;
  static final Period PERIODIC_FEVER_APPROVAL = Period.ofMonths(4);

  private IlarisPeriodicFeverClauses() {}

  /** M04.1 (or E85.0 for FMF) with the syndrome documented as a subtype, which the code cannot say. */
  static Criterion periodicFeverDiagnosis(String id, DiagnosisSubtype wanted, String name) {
    boolean fmf = wanted == DiagnosisSubtype.FAMILIAL_MEDITERRANEAN_FEVER;
    return Criterion.check(id, "Diagnosis of " + name + " (ICD-10-CM M04.1" + (fmf ? ", or E85.0 for FMF-related amyloidosis" : "")
            + ", with the syndrome documented)")
        .documents(DIAGNOSIS_NOTES, PERIODIC_FEVER_CONFIRMATION)
        .whenNotMet("The request is not for " + name + ".",
            "Submit under the pathway that matches the diagnosis, or document " + name + ".")
        .whenMissing("The diagnosis is not documented.",
            "Attach the specialist note with the " + name + " diagnosis and its ICD-10-CM code (M04.1).")
        .by(ctx -> {
          Predicate<Diagnosis> candidate = d -> d.code().isWithin(PERIODIC_FEVER_SYNDROMES) || fmf && d.code().isWithin(FMF_AMYLOIDOSIS);
          Optional<Finding> coding = diagnosisCoding(ctx, candidate, name + " (M04.1)");
          if (coding.isPresent() && coding.get().status() == Status.NOT_MET) {
            Optional<Diagnosis> unnamed = unnamedSyndrome(ctx);
            if (unnamed.isPresent() && unnamed.get().code().isWithin(UNSPECIFIED_AUTOINFLAMMATORY)) {
              return unnamedSyndromeFinding(unnamed.get().code());
            }
          }
          if (coding.isPresent()) {
            return coding.get();
          }
          List<String> others = new ArrayList<>();
          Diagnosis undocumented = null;
          for (Diagnosis d : ctx.request().diagnoses()) {
            if (!candidate.test(d) || !usable(ctx.codes().status(d.code()))) {
              continue;
            }
            if (d.subtype().isPresent() && d.subtype().get() == wanted) {
              return Finding.met(() -> codeDescription(ctx, d) + ", documented as " + name
                  + (d.code().isWithin(FMF_AMYLOIDOSIS) ? " (FMF-related amyloidosis; FMF itself is M04.1)" : ""));
            }
            if (d.subtype().isPresent()) {
              others.add(d.code() + " documented as " + d.subtype().get().name().toLowerCase().replace('_', ' '));
            } else if (undocumented == null) {
              undocumented = d;
            }
          }
          if (undocumented != null) {
            Icd10Code code = undocumented.code();
            return Finding.missing(() -> code + ": which periodic fever syndrome is not documented")
                .because("ICD-10-CM " + code + " does not tell FMF, TRAPS and HIDS/MKD apart, and the"
                        + " syndrome is not documented.",
                    "Document the syndrome (FMF, TRAPS or HIDS/MKD) with the specialist note or the genetic test report.");
          }
          return Finding.notMet(() -> String.join("; ", others));
        });
  }

  // ---------------------------------------------------------------- Periodic fevers: shared clauses

  static Criterion colchicineTried(String id) {
    return Criterion.check(id, "Has tried colchicine, unless contraindicated")
        .documents(COLCHICINE_HISTORY)
        .whenNotMet("Colchicine has not been tried.",
            "Document the colchicine trial (dose, dates, response) or its contraindication.")
        .whenMissing("Colchicine use is not documented.",
            "Attach the colchicine prescription records (dose, start date, response) or the contraindication.")
        .by(ctx -> {
          List<TherapyTrial> colchicine = trialsOf(ctx, IlarisDrugs::isColchicine);
          if (colchicine.isEmpty()) {
            return Finding.missing("No colchicine trial documented");
          }
          for (TherapyTrial t : colchicine) {
            if (t.outcome() == TrialOutcome.CONTRAINDICATED) {
              return Finding.met(() -> t.drug().name() + ": contraindicated");
            }
            if (t.start().isPresent()) {
              return Finding.met(() -> t.drug().name() + " from " + t.start().get() + " ("
                  + t.outcome().name().toLowerCase() + ")");
            }
          }
          return Finding.missing("Start date of colchicine not documented");
        });
  }

  static Criterion colchicineContinued(String id) {
    return Criterion.check(id, "Will use Ilaris together with colchicine, unless colchicine is contraindicated or not tolerated")
        .documents(COLCHICINE_HISTORY, CURRENT_MEDICATIONS)
        .whenNotMet("Colchicine has been stopped, and no contraindication or intolerance is documented.",
            "Continue colchicine with Ilaris and list it as a current medication, or document the contraindication or"
                + " intolerance.")
        .whenMissing("Whether colchicine continues with Ilaris is not documented.",
            "List colchicine among the current medications, or document the contraindication or intolerance.")
        .by(ctx -> continuing(ctx, IlarisDrugs::isColchicine, "colchicine", true));
  }

  static Criterion crp(String id) {
    return Criterion.check(id, "Before starting Ilaris: C-reactive protein of 10 mg/L or more, or at least 2 times the lab's"
            + " upper limit of normal, measured within 3 months")
        .documents(CRP_RESULT)
        .whenNotMet("The C-reactive protein before Ilaris is below 10 mg/L and below twice the lab's upper limit of normal.",
            "If the disease is active, repeat the CRP during a flare (before the first dose) and attach the result with the"
                + " lab's reference range.")
        .whenMissing("No C-reactive protein from the 3 months before starting Ilaris is documented.",
            "Attach a CRP result with its date, unit and the lab's reference range, drawn within the 3 months before the"
                + " first Ilaris dose.")
        .by(IlarisPeriodicFeverClauses::crpFinding);
  }

  private static Finding crpFinding(EvaluationContext ctx) {
    Baseline baseline = baseline(ctx);
    if (baseline.finding != null) {
      return baseline.finding;
    }
    LocalDate from = baseline.date.minus(LAB_WINDOW);
    List<LabResult> crp = new ArrayList<>();
    for (LabResult lab : ctx.request().labResults()) {
      if (lab.analyte() == Analyte.C_REACTIVE_PROTEIN) {
        crp.add(lab);
      }
    }
    if (crp.isEmpty()) {
      return Finding.missing("No CRP result documented");
    }
    List<String> belowThreshold = new ArrayList<>();
    List<String> withoutUpperLimit = new ArrayList<>();
    List<String> outsideWindow = new ArrayList<>();
    for (LabResult lab : crp) {
      Supplier<String> shown = () -> describe(lab.value()) + " on " + lab.date();
      if (lab.date().isBefore(from) || lab.date().isAfter(baseline.date)) {
        outsideWindow.add(shown.get());
        continue;
      }
      BigDecimal mgPerL = lab.value().to(Unit.MILLIGRAMS_PER_LITER);
      if (mgPerL.compareTo(CRP_MINIMUM_MG_PER_L) >= 0) {
        return Finding.met(() -> shown.get() + " (10 mg/L or more)");
      }
      Optional<Quantity> upperLimit = lab.referenceRange().flatMap(ReferenceRange::high);
      if (upperLimit.isEmpty()) {
        withoutUpperLimit.add(shown.get());
        continue;
      }
      BigDecimal limit = upperLimit.get().to(Unit.MILLIGRAMS_PER_LITER);
      BigDecimal twice = limit.multiply(CRP_ULN_MULTIPLE);
      Supplier<String> versus = () -> "upper limit of normal " + describe(upperLimit.get());
      if (limit.signum() > 0 && mgPerL.compareTo(twice) >= 0) {
        return Finding.met(() -> shown.get() + ", at least 2 times the " + versus.get());
      }
      belowThreshold.add(shown.get() + ": below 10 mg/L and below 2 times the " + versus.get());
    }
    if (!withoutUpperLimit.isEmpty()) {
      return Finding.missing(() -> String.join("; ", withoutUpperLimit)
              + ": below 10 mg/L, the lab's upper limit of normal not documented")
          .because("The CRP is below 10 mg/L and the lab's upper limit of normal is not documented, so 'at least 2 times"
                  + " the upper limit of normal' cannot be checked.",
              "Attach the lab report with its reference range (upper limit of normal).");
    }
    if (!belowThreshold.isEmpty()) {
      return Finding.notMet(() -> String.join("; ", belowThreshold));
    }
    return Finding.missing(() -> "No CRP from " + from + " to " + baseline.date + " (3 months before "
            + baseline.words.get() + "); documented: " + String.join(", ", outsideWindow))
        .because("The CRP results on file are not from the 3 months before " + baseline.words.get() + ".",
            "Attach a CRP drawn from " + from + " to " + baseline.date + ", with the lab's reference range.");
  }

  static Criterion flares(String id, int required, Period window, boolean despiteColchicine, String words) {
    return Criterion.check(id, "Before starting Ilaris: " + words)
        .documents(FLARE_HISTORY)
        .whenNotMet("The documented flares before Ilaris are too few, and no hospitalization for a flare is documented.",
            "Document every flare with its date (and hospital records for any admission); the count is " + required
                + " in the " + window.toTotalMonths() + " months before starting"
                + (despiteColchicine ? ", while on colchicine." : "."))
        .whenMissing("The flare history before Ilaris is not documented.",
            "Attach the flare diary or notes with the date of each flare, and hospital records for any admission.")
        .by(ctx -> flareFinding(ctx, required, window, despiteColchicine));
  }

  private static Finding flareFinding(EvaluationContext ctx, int required, Period window, boolean despiteColchicine) {
    Baseline baseline = baseline(ctx);
    if (baseline.finding != null) {
      return baseline.finding;
    }
    List<Flare> flares = ctx.request().flares();
    LocalDate from = baseline.date.minus(window);
    if (flares.isEmpty() && !ctx.request().reviewed(RecordedHistory.FLARES, from, baseline.date)) {
      return Finding.missing("No flare history documented");
    }
    for (Flare f : flares) {
      if (f.hospitalized() && !f.date().isAfter(baseline.date)) {
        return Finding.met(() -> "Hospitalized for a flare on " + f.date());
      }
    }
    Supplier<String> span = () -> " from " + from + " to " + baseline.date + " (" + required + " required)";
    int all = Events.count(flares, from, baseline.date, f -> true);
    if (!despiteColchicine) {
      Supplier<String> detail = () -> all + " flares" + span.get() + ", none hospitalized";
      return all >= required ? Finding.met(detail) : Finding.notMet(detail);
    }
    ColchicineCover cover = colchicineCover(ctx);
    if (cover.all) {
      Supplier<String> detail = () -> all + " flares" + span.get() + "; colchicine " + cover.why;
      return all >= required ? Finding.met(detail) : Finding.notMet(() -> detail.get() + ", none hospitalized");
    }
    if (cover.unknown) {
      if (all < required) {
        return Finding.notMet(() -> all + " flares" + span.get() + ", none hospitalized");
      }
      return Finding.missing(() -> all + " flares" + span.get()
          + "; whether they occurred on colchicine is not documented")
          .because("The flares must have occurred despite colchicine, and the colchicine dates are not documented.",
              "Document the colchicine start date (and stop date, if stopped).");
    }
    int onColchicine = Events.count(flares, from, baseline.date, f -> cover.covers(f.date()));
    Supplier<String> detail = () -> onColchicine + " flares on colchicine" + span.get() + ", none hospitalized";
    return onColchicine >= required ? Finding.met(detail) : Finding.notMet(detail);
  }

  /** When colchicine was in use, for "despite colchicine". */
  private static final class ColchicineCover {
    final boolean all;
    final boolean unknown;
    final String why;
    final List<TherapyTrial> trials;

    ColchicineCover(boolean all, boolean unknown, String why, List<TherapyTrial> trials) {
      this.all = all;
      this.unknown = unknown;
      this.why = why;
      this.trials = trials;
    }

    boolean covers(LocalDate date) {
      for (TherapyTrial t : trials) {
        boolean started = !date.isBefore(t.start().get());
        boolean notEnded = t.end().isEmpty() || !date.isAfter(t.end().get());
        if (started && notEnded) {
          return true;
        }
      }
      return false;
    }
  }

  private static ColchicineCover colchicineCover(EvaluationContext ctx) {
    List<TherapyTrial> used = new ArrayList<>();
    for (TherapyTrial t : trialsOf(ctx, IlarisDrugs::isColchicine)) {
      if (t.outcome() == TrialOutcome.CONTRAINDICATED || t.outcome() == TrialOutcome.INTOLERANT) {
        String why = t.outcome() == TrialOutcome.CONTRAINDICATED ? "contraindicated" : "not tolerated";
        return new ColchicineCover(true, false, why, List.of());
      }
      if (t.start().isEmpty()) {
        return new ColchicineCover(false, true, "start not documented", List.of());
      }
      used.add(t);
    }
    if (used.isEmpty()) {
      return new ColchicineCover(false, true, "not documented", List.of());
    }
    return new ColchicineCover(false, false, "in use", used);
  }

  private static String describe(Quantity q) {
    String value = q.value().stripTrailingZeros().toPlainString() + " " + q.unit().ucum();
    if (q.unit() == Unit.MILLIGRAMS_PER_LITER) {
      return value;
    }
    return value + " (" + q.to(Unit.MILLIGRAMS_PER_LITER).stripTrailingZeros().toPlainString() + " mg/L)";
  }
}
