package io.covercrit.core.logcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Records what the library sends to SLF4J, at every level down to TRACE, while a
 * {@link Recording} is open. Works only where {@link CapturingServiceProvider} is the SLF4J
 * provider: a test module registers it in its own
 * {@code src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider} (core's
 * test-jar leaves service files out). Nothing is kept while no recording is open, so the
 * provider costs the other tests nothing.
 */
public final class CapturedLogs {
  private static final List<Recording> OPEN = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  /** Starts recording every event, from every thread, until the recording is closed. */
  public static Recording start() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof CapturingLoggerFactory)) {
      throw new IllegalStateException("SLF4J is bound to " + factory.getClass().getName()
          + ", not the capturing provider: register io.covercrit.core.logcapture.CapturingServiceProvider in"
          + " src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
    }
    Recording recording = new Recording();
    OPEN.add(recording);
    return recording;
  }

  static void record(LogEvent event) {
    for (Recording recording : OPEN) {
      recording.events.add(event);
    }
  }

  /** One logging call, with everything it carried rendered as text. */
  public record LogEvent(Level level, String logger, String text) {}

  /** The events logged while open. */
  public static final class Recording implements AutoCloseable {
    private final List<LogEvent> events = new CopyOnWriteArrayList<>();

    private Recording() {}

    public List<LogEvent> events() {
      return new ArrayList<>(events);
    }

    @Override
    public void close() {
      OPEN.remove(this);
    }
  }
}
