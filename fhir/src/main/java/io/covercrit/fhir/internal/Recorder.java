package io.covercrit.fhir.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the mapping report while a bundle is read; one per mapping, not shared. */
public final class Recorder {
  /** One report line: kind is MAPPED, DOUBTFUL or NOT_USABLE. */
  public static final class Line {
    public final String kind;
    public final String field;
    public final String resource;
    public final String element;
    public final String reason;

    Line(String kind, String field, String resource, String element, String reason) {
      this.kind = kind;
      this.field = field;
      this.resource = resource;
      this.element = element;
      this.reason = reason;
    }
  }

  private final List<Line> lines = new ArrayList<>();

  void mapped(String field, String resource, String element) {
    lines.add(new Line("MAPPED", field, resource, element, ""));
  }

  void doubtful(String field, String resource, String element, String reason) {
    lines.add(new Line("DOUBTFUL", field, resource, element, reason));
  }

  void notUsable(String resource, String element, String reason) {
    lines.add(new Line("NOT_USABLE", "-", resource, element, reason));
  }

  public List<Line> lines() {
    return Collections.unmodifiableList(lines);
  }
}
