package io.covercrit.examples.cli;

import io.covercrit.core.eval.ChecklistItem;
import io.covercrit.core.eval.ClauseKind;
import io.covercrit.core.eval.ClauseResult;
import io.covercrit.core.eval.ContactPoint;
import io.covercrit.core.eval.Criterion;
import io.covercrit.core.eval.Determination;
import io.covercrit.core.eval.NextStep;
import io.covercrit.core.eval.Outcome;
import io.covercrit.core.eval.PolicyDescriptor;
import io.covercrit.core.eval.Provenance;
import io.covercrit.core.eval.Status;
import java.time.Period;

/** Renders determinations and criteria trees as text a reviewer reads like a worksheet. */
final class DeterminationText {
  private DeterminationText() {}

  static String render(Determination d) {
    StringBuilder out = new StringBuilder();
    PolicyDescriptor p = d.policy();
    out.append(p.title()).append('\n');
    out.append("  ").append(p.id()).append(", version ").append(p.version()).append('\n');
    provenance(out, "  ", d.provenance());
    out.append("  as of ").append(d.asOf()).append(", ").append(d.requestType());
    d.requestId().ifPresent(id -> out.append(", request ").append(id));
    out.append("\n\n");
    out.append("OUTCOME: ").append(label(d.outcome())).append('\n');
    out.append("  ").append(d.summary()).append('\n');
    d.approval().ifPresent(a -> out.append("  Approval: up to ").append(duration(a.maximum()))
        .append(" (ends no later than ").append(a.endsNoLaterThan()).append(")\n"));
    out.append("\nCLAUSES  (✔ met  ✘ not met  ? missing documentation)\n");
    for (ClauseResult root : d.trace()) {
      clause(out, root, 1, true);
    }
    out.append('\n').append(d.outcome() == Outcome.MEETS_CRITERIA ? "DOCUMENTS TO ATTACH\n" : "DOCUMENTS TO GATHER\n");
    int n = 1;
    for (ChecklistItem item : d.checklist()) {
      out.append(String.format("  %d. %s%n     for %s%n", n++, item.document().description(), String.join(", ", item.clauseIds())));
    }
    out.append("\nNEXT STEPS\n");
    n = 1;
    for (NextStep step : d.nextSteps()) {
      out.append(String.format("  %d. %s (%s)%n", n++, step.action(), step.actor()));
      for (ContactPoint c : step.contacts()) {
        out.append("     ").append(c.channel()).append(' ').append(c.value()).append(" - ").append(c.organization())
            .append(": ").append(c.purpose());
        c.hours().ifPresent(h -> out.append(" (").append(h).append(')'));
        out.append(" [").append(c.source().reliability()).append(", checked ").append(c.source().checkedOn()).append("]\n");
      }
      for (String timing : step.timing()) {
        out.append("     timing: ").append(timing).append('\n');
      }
    }
    if (!d.notes().isEmpty()) {
      out.append("\nNOTES\n");
      d.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
    }
    out.append("\nICD-10-CM codes checked against: ").append(d.codeSet()).append('\n');
    return out.toString();
  }

  /** {@code decisive}: false under a met clause, where a failed alternative changes nothing. */
  private static void clause(StringBuilder out, ClauseResult c, int depth, boolean decisive) {
    String indent = "  ".repeat(depth);
    out.append(indent).append(symbol(c.status())).append(' ').append(c.id()).append("  ").append(c.text());
    c.finding().ifPresent(f -> out.append("\n").append(indent).append("    found: ").append(f));
    out.append('\n');
    if (decisive && c.kind() == ClauseKind.CHECK && c.remedy().isPresent()) {
      out.append(indent).append("    why: ").append(c.remedy().get().denialReason()).append('\n');
      out.append(indent).append("    fix: ").append(c.remedy().get().howToFix()).append('\n');
    }
    boolean otherDiagnosis = c.kind() == ClauseKind.ALL_OF && !c.children().isEmpty()
        && c.children().get(0).id().endsWith(".dx") && c.children().get(0).status() == Status.NOT_MET;
    if (otherDiagnosis) {
      out.append(indent).append("    (pathway for another diagnosis: ").append(c.children().get(0).finding().orElse(""))
          .append(")\n");
      return;
    }
    for (ClauseResult child : c.children()) {
      clause(out, child, depth + 1, decisive && c.status() != Status.MET);
    }
  }

  static String explain(PolicyDescriptor p, Iterable<Criterion> trees) {
    StringBuilder out = new StringBuilder();
    out.append(p.title()).append('\n').append("  ").append(p.id()).append(", version ").append(p.version());
    p.effectiveFrom().ifPresent(from -> out.append(", effective ").append(from));
    out.append('\n');
    provenance(out, "  ", p.provenance());
    p.pathwayProvenance().forEach((pathway, own) -> provenance(out, "  " + pathway + ": ", own));
    out.append('\n');
    for (Criterion tree : trees) {
      criterion(out, tree, 1);
      out.append('\n');
    }
    return out.toString();
  }

  private static void criterion(StringBuilder out, Criterion c, int depth) {
    String kind = c.kind() == ClauseKind.ALL_OF ? "ALL of:" : c.kind() == ClauseKind.ANY_OF ? "ONE of:" : "";
    out.append("  ".repeat(depth)).append(c.id()).append("  ").append(c.text());
    if (!kind.isEmpty()) {
      out.append("  [").append(kind).append(']');
    }
    out.append('\n');
    for (Criterion child : c.children()) {
      criterion(out, child, depth + 1);
    }
  }

  private static String symbol(Status status) {
    switch (status) {
      case MET:
        return "✔";
      case NOT_MET:
        return "✘";
      default:
        return "?";
    }
  }

  /** "6 months", or "12 weeks" for a week-based approval such as a single gout dose's P84D. */
  static String duration(Period period) {
    if (period.getDays() == 0) {
      return period.toTotalMonths() + " months";
    }
    String days = period.getDays() % 7 == 0 ? period.getDays() / 7 + " weeks" : period.getDays() + " days";
    return period.toTotalMonths() == 0 ? days : period.toTotalMonths() + " months and " + days;
  }

  private static String label(Outcome outcome) {
    return outcome.name().replace('_', ' ');
  }

  /** Provenance line, with a warning when the rules are not the payer's own text. */
  private static void provenance(StringBuilder out, String prefix, Provenance p) {
    out.append(prefix).append("provenance: ").append(p.reliability())
        .append(" (facts gathered ").append(p.gatheredOn()).append(')');
    if (p.isSecondHand()) {
      out.append(" - NOT the payer's policy text; confirm before relying on it");
    }
    out.append('\n');
    for (String reading : p.readings()) {
      out.append(prefix).append("  reading: ").append(reading).append('\n');
    }
  }
}
