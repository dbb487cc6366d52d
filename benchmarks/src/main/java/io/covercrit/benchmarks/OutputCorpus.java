package io.covercrit.benchmarks;

import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;
import io.covercrit.core.eval.*;
import io.covercrit.core.json.*;
import io.covercrit.core.model.*;
import io.covercrit.jurisdictions.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.function.Consumer;

/**
 * Writes the outputs of a fixed corpus to a file, so that an optimisation can be shown to change
 * no output: run it on the commit before and after, and {@code cmp} the two files.
 *
 * <pre>{@code
 * java -cp 'benchmarks/target/*:benchmarks/target/lib/*' io.covercrit.benchmarks.OutputCorpus /tmp/after.txt
 * }</pre>
 *
 * <p>The corpus: the {@link OpzeluraCase} requests and every sample in {@code examples/requests/}
 * (when run from the repository root), each under about 140 variations (fields removed,
 * diagnoses, body surface areas, sites, trial outcomes and dates, concurrent drugs, urgency,
 * reauthorization, prescribers, birth dates, non-ASCII and lone-surrogate text), evaluated on two
 * dates and written compact, pretty and as bytes; about 40 malformed documents (their error
 * code, path and message); and the appeal timeline of every plan type, jurisdiction, benefit
 * channel and urgency for five sets of events. Hash codes are not written: enum hash codes
 * differ between JVM runs.
 */
public final class OutputCorpus {
  private OutputCorpus() {}

  private static final ObjectMapper M = new ObjectMapper();
  private static PrintWriter out;
  private static final PolicyRegistry reg = PolicyRegistry.installed();
  private static final CovercritJson json = CovercritJson.create();

  public static void main(String[] a) throws Exception {
    out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(a[0]), StandardCharsets.UTF_8)));
    List<String> bases = new ArrayList<>();
    for (OpzeluraCase c : OpzeluraCase.values()) bases.add(json.writeRequest(c.request("g-" + c), false));
    // Every sample request, so every policy's findings are compared (in name order).
    try (var samples = Files.list(Path.of("examples/requests"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        bases.add(Files.readString(sample));
      }
    }
    List<Consumer<ObjectNode>> variations = variations();
    int n = 0;
    for (String base : bases) {
      for (int v = 0; v < variations.size(); v++) {
        ObjectNode node = (ObjectNode) M.readTree(base);
        try { variations.get(v).accept(node); } catch (RuntimeException e) { continue; }
        String text = M.writeValueAsString(node);
        run("base" + bases.indexOf(base) + "/v" + v, text);
        n++;
      }
    }
    for (String bad : badDocuments(bases.get(0))) run("bad", bad);
    timelines();
    out.close();
    System.out.println(n + " request variations written to " + a[0]);
  }

  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  static void run(String label, String text) {
    out.println("### " + label + " " + text);
    CoverageRequest r;
    try {
      r = json.readRequest(text);
      CoverageRequest r2 = json.readRequest(text.getBytes(StandardCharsets.UTF_8));
      if (!r.equals(r2)) out.println("BYTES/STRING READ DIFFER");
      out.println("request: " + json.writeRequest(r, false));
    } catch (RuntimeException e) {
      out.println("read error: " + describe(e));
      return;
    }
    for (String d : new String[] {"2024-06-01", "2026-11-24"}) {
      try {
        Determination det = reg.evaluate(r, LocalDate.parse(d));
        String compact = json.writeDetermination(det, false);
        out.println(d + " " + compact);
        byte[] bytes = json.writeDeterminationBytes(det);
        if (!Arrays.equals(compact.getBytes(StandardCharsets.UTF_8), bytes)) {
          // The one documented difference: a lone surrogate is escaped, not replaced by '?'.
          out.println(hasLoneSurrogate(compact) && json.readDetermination(new String(bytes, StandardCharsets.UTF_8)).equals(det)
              ? "BYTES ESCAPE A LONE SURROGATE" : "BYTES DIFFER");
        }
        String pretty = json.writeDetermination(det, true);
        out.println(pretty.hashCode() + " " + pretty.length());
        Determination back = json.readDetermination(compact);
        out.println("reread equal: " + back.equals(det));
        out.println("unmet " + det.unmetClauses().size());
      } catch (RuntimeException e) {
        out.println(d + " eval error: " + describe(e));
      }
    }
  }

  static String describe(Throwable e) {
    String s = e.getClass().getName() + ": " + e.getMessage();
    if (e instanceof io.covercrit.core.CovercritException) s += " code=" + ((io.covercrit.core.CovercritException) e).errorCode(); if (e instanceof JsonInputException) s += " path=" + ((JsonInputException) e).path();
    return s;
  }

  static ObjectNode obj(String s) { try { return (ObjectNode) M.readTree(s); } catch (IOException e) { throw new UncheckedIOException(e); } }
  static ArrayNode arr(String s) { try { return (ArrayNode) M.readTree(s); } catch (IOException e) { throw new UncheckedIOException(e); } }

  static List<Consumer<ObjectNode>> variations() {
    List<Consumer<ObjectNode>> v = new ArrayList<>();
    v.add(n -> {});
    for (String f : new String[] {"patient", "diagnoses", "skinInvolvement", "therapyTrials", "prescriber", "requestId", "policyId", "requestDate", "jurisdiction", "planType", "requestType", "urgency"})
      v.add(n -> n.remove(f));
    for (String dx : new String[] {"[{\"code\":\"L20\"}]", "[{\"code\":\"L20.9\",\"severity\":\"SEVERE\"}]", "[{\"code\":\"L20.9\",\"severity\":\"MILD\"}]",
        "[{\"code\":\"L80\"}]", "[{\"code\":\"L80\",\"subtype\":\"SEGMENTAL\"}]", "[{\"code\":\"L80\",\"subtype\":\"MIXED\"}]", "[{\"code\":\"H02.731\",\"subtype\":\"NONSEGMENTAL\"}]",
        "[{\"code\":\"H02.73\",\"subtype\":\"NONSEGMENTAL\"}]", "[{\"code\":\"L63.0\"}]", "[{\"code\":\"L40.0\"}]", "[{\"code\":\"L20.9\"},{\"code\":\"L40.0\"}]",
        "[{\"code\":\"Z99.9\"}]", "[]", "[{\"code\":\"L20.7\"}]", "[{\"code\":\"L80\",\"subtype\":\"NONSEGMENTAL\"},{\"code\":\"L20.9\"}]", "[{\"code\":\"L64.9\"},{\"code\":\"L80\",\"subtype\":\"NONSEGMENTAL\"}]"})
      v.add(n -> n.set("diagnoses", arr(dx)));
    for (String bsa : new String[] {"5", "10", "10.0", "20", "20.50", "25", "0.5"})
      v.add(n -> ((ObjectNode) n.get("skinInvolvement")).set("bodySurfaceAreaPercent", new DecimalNode(new java.math.BigDecimal(bsa))));
    v.add(n -> ((ObjectNode) n.get("skinInvolvement")).remove("bodySurfaceAreaPercent"));
    for (String sites : new String[] {"[\"FACE\"]", "[]", "[\"GENITALIA\",\"ARMS\"]", "[\"EYES_EYELIDS\"]", "[\"SKIN_FOLDS\"]"})
      v.add(n -> ((ObjectNode) n.get("skinInvolvement")).set("sites", arr(sites)));
    for (int t = 0; t < 2; t++) {
      int ti = t;
      v.add(n -> ((ArrayNode) n.get("therapyTrials")).remove(ti));
      for (String outcome : new String[] {"EFFECTIVE", "INTOLERANT", "CONTRAINDICATED", "ONGOING"})
        v.add(n -> { ObjectNode tr = (ObjectNode) n.get("therapyTrials").get(ti); tr.put("outcome", outcome); if (outcome.equals("ONGOING")) tr.remove("end"); });
      v.add(n -> ((ObjectNode) n.get("therapyTrials").get(ti)).put("sample", true));
      v.add(n -> ((ObjectNode) n.get("therapyTrials").get(ti)).put("end", ((ObjectNode) n.get("therapyTrials").get(ti)).get("start").asText()));
      v.add(n -> { ObjectNode tr = (ObjectNode) n.get("therapyTrials").get(ti); tr.remove("end"); });
      v.add(n -> { ObjectNode d = (ObjectNode) n.get("therapyTrials").get(ti).get("drug"); d.remove("potency"); });
      v.add(n -> { ObjectNode d = (ObjectNode) n.get("therapyTrials").get(ti).get("drug"); if (d.has("potency")) d.put("potency", "LOW"); else throw new RuntimeException(); });
      v.add(n -> { ObjectNode d = (ObjectNode) n.get("therapyTrials").get(ti).get("drug"); d.remove("drugClass"); d.remove("potency"); });
      v.add(n -> { ObjectNode d = (ObjectNode) n.get("therapyTrials").get(ti).get("drug"); d.remove("start"); });
    }
    String[] meds = {"{\"name\":\"Humira\"}", "{\"name\":\"methotrexate 2.5 mg\",\"form\":\"TABLET\"}", "{\"name\":\"cyclosporine\"}", "{\"name\":\"cyclosporine 0.05% eye drops\",\"form\":\"SOLUTION\"}",
        "{\"name\":\"tacrolimus 1 mg\",\"form\":\"CAPSULE\"}", "{\"name\":\"tacrolimus\"}", "{\"name\":\"Jakafi\"}", "{\"name\":\"ruxolitinib 5 mg\",\"form\":\"TABLET\"}", "{\"name\":\"Opzelura\"}",
        "{\"name\":\"Deuruxolitinib\"}", "{\"name\":\"adalimumab-atto\"}", "{\"name\":\"Some-Biologic\",\"drugClass\":\"BIOLOGIC\"}", "{\"name\":\"IMURAN\"}", "{\"name\":\"Vitamin D\"}"};
    for (String m : meds) {
      v.add(n -> n.set("concurrentMedications", arr("[" + m + "]")));
      v.add(n -> n.withArray("therapyTrials").add(obj("{\"drug\":" + m + ",\"start\":\"2025-01-01\",\"end\":\"2025-03-01\",\"outcome\":\"FAILED\"}")));
      v.add(n -> n.withArray("therapyTrials").add(obj("{\"drug\":" + m + ",\"start\":\"2025-01-01\",\"outcome\":\"ONGOING\"}")));
      v.add(n -> n.withArray("therapyTrials").add(obj("{\"drug\":" + m + ",\"start\":\"2025-01-01\",\"outcome\":\"FAILED\"}")));
    }
    v.add(n -> n.put("requestType", "REAUTHORIZATION"));
    for (String resp : new String[] {"{\"improvements\":[\"EASI\"]}", "{\"improvements\":[\"REPIGMENTATION\"]}", "{\"improvements\":[]}", "{\"improvements\":[\"VASI\",\"PRURITUS\"]}"})
      v.add(n -> { n.put("requestType", "REAUTHORIZATION"); n.set("response", obj(resp)); });
    v.add(n -> n.put("urgency", "EXPEDITED"));
    for (String p : new String[] {"{}", "{\"specialties\":[\"PEDIATRICS\"]}", "{\"specialties\":[\"PEDIATRICS\"],\"consultedSpecialties\":[\"DERMATOLOGY\"]}", "{\"specialties\":[\"ALLERGY\"]}"})
      v.add(n -> n.set("prescriber", obj(p)));
    for (String b : new String[] {"2020-01-01", "2014-11-24", "2014-11-25", "2030-01-01", "2012-02-29"})
      v.add(n -> ((ObjectNode) n.get("patient")).put("birthDate", b));
    v.add(n -> ((ObjectNode) n.get("patient")).remove("birthDate"));
    v.add(n -> n.put("notes", "free text \u2713 \uD83D\uDE00 \"quoted\" \\ \n newline"));
    v.add(n -> ((ObjectNode) n.get("requestedDrug")).put("name", "Opzelura \u00e9\u00e8 \uD83D\uDE00"));
    v.add(n -> n.withArray("therapyTrials").add(obj("{\"drug\":{\"name\":\"Elidel \u00e9 \uD83D\uDE00\",\"form\":\"CREAM\"},\"start\":\"2025-01-01\",\"end\":\"2025-06-01\",\"outcome\":\"FAILED\"}")));
    v.add(n -> n.withArray("therapyTrials").add(obj("{\"drug\":{\"name\":\"Elidel \\ud800 lone\",\"form\":\"CREAM\"},\"start\":\"2025-01-01\",\"end\":\"2025-06-01\",\"outcome\":\"FAILED\"}")));
    return v;
  }

  static List<String> badDocuments(String good) {
    List<String> b = new ArrayList<>();
    String inner = good.substring(1);
    b.add("{\"schemaVersion\":\"2\"," + inner);
    b.add("{\"schemaVersion\":1," + inner);
    b.add("{\"schemaVersion\":null," + inner);
    b.add("{\"foo\":1,\"schemaVersion\":\"2\"," + inner);
    b.add(good.substring(0, good.length() - 1) + ",\"schemaVersion\":\"1\"}");
    b.add(good.substring(0, good.length() - 1) + ",\"foo\":1}");
    b.add(good + " {}");
    b.add(good + " x");
    b.add("[" + good + "]");
    b.add("");
    b.add("   ");
    b.add("null");
    b.add("42");
    b.add("\"text\"");
    b.add("{");
    b.add(good.substring(0, good.length() / 2));
    b.add("{\"requestId\":\"a\",\"requestId\":\"b\"}");
    b.add("{\"schemaVersion\":\"1\",\"schemaVersion\":\"1\"," + inner);
    b.add(good.replace("\"L20.9\"", "\"L2\""));
    b.add(good.replace("\"L20.9\"", "42"));
    b.add(good.replace("\"CREAM\"", "\"PASTE\""));
    b.add(good.replace("\"FAILED\"", "0"));
    b.add(good.replace("\"2026-06-01\"", "\"2026-13-01\""));
    b.add(good.replace("\"2026-06-28\"", "\"2026-05-01\""));
    b.add(good.replace("\"Opzelura\"", "\"\""));
    b.add(good.replace("\"bench\"", "\"\"").replace("\"g-APPROVABLE\"", "\"bad id with spaces\""));
    b.add(good.replace("\"cigna/IP0369\"", "\"IP0369\""));
    b.add(good.replace("\"patient\":{", "\"patient\":{\"schemaVersion\":\"1\","));
    b.add(good.replace("\"requestedDrug\":{", "\"requestedDrug\":{\"ndc\":\"12-34\","));
    b.add(good.replace("\"requestedDrug\":{", "\"requestedDrug\":{\"rxNormCui\":\"12a\","));
    b.add(good.replace("\"requestedDrug\":{", "\"requestedDrug\":{\"rxNormCui\":\"12345\",\"ndc\":\"12345-6789-01\","));
    b.add(good.replace("12", "12.5"));
    b.add(good.replace("\"requestedDrug\"", "\"requestedDrug\":null,\"x\""));
    b.add(good.replace("{\"name\":\"Opzelura\"", "{\"name\":\"Opzelura\",\"name\":\"x\""));
    b.add("{\"schemaVersion\":\"1\"}");
    b.add("{}");
    b.add("{\"schemaVersion\":\"1\",\"requestId\":\"x\"}");
    b.add("\uFEFF" + good);
    b.add(good.replace("\"U1234567801\"", "\"\\u0000\""));
    b.add("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}");
    return b;
  }

  static void timelines() {
    DeadlineCalculator calc = DeadlineCalculator.standard();
    TimelineJson tj = TimelineJson.create();
    List<List<CaseEvent>> eventSets = List.of(
        List.of(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, LocalDate.of(2026, 1, 12)).noticeDated(LocalDate.of(2026, 1, 8))),
        List.of(CaseEvent.on(CaseEventType.DENIAL_RECEIVED, LocalDate.of(2026, 1, 12)),
            CaseEvent.on(CaseEventType.INTERNAL_APPEAL_RECEIVED, 1, LocalDate.of(2026, 2, 2)),
            CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2026, 3, 2)).noticeDated(LocalDate.of(2026, 2, 27))),
        List.of(CaseEvent.at(CaseEventType.COVERAGE_REQUEST_RECEIVED, Instant.parse("2026-01-05T15:30:00Z"))),
        List.of(CaseEvent.on(CaseEventType.FINAL_INTERNAL_DENIAL_RECEIVED, LocalDate.of(2025, 10, 31)),
            CaseEvent.on(CaseEventType.EXTERNAL_REVIEW_REQUESTED, LocalDate.of(2025, 12, 1))),
        List.of());
    int count = 0;
    for (io.covercrit.core.model.PlanType plan : io.covercrit.core.model.PlanType.values())
      for (Jurisdiction j : Jurisdiction.values())
        for (BenefitChannel ch : BenefitChannel.values())
          for (Urgency u : Urgency.values())
            for (List<CaseEvent> ev : eventSets) {
              TimelineQuery.Builder q = TimelineQuery.builder().planType(plan).memberState(j).benefitChannel(ch).urgency(u).events(ev);
              if (j == Jurisdiction.FEDERAL) q.timeZone(ZoneId.of("America/New_York"));
              if (j == Jurisdiction.CA && (plan == io.covercrit.core.model.PlanType.FULLY_INSURED_COMMERCIAL || plan == io.covercrit.core.model.PlanType.INDIVIDUAL_MARKETPLACE)) q.californiaRegulator(CaliforniaRegulator.DMHC);
              String label = "timeline " + plan + " " + j + " " + ch + " " + u + " " + eventSets.indexOf(ev);
              try {
                Timeline t = calc.compute(q.build());
                out.println(label + " " + tj.writeTimeline(t, false));
                count++;
              } catch (RuntimeException e) {
                out.println(label + " error " + describe(e));
              }
            }
    System.out.println(count + " timelines");
  }
}
