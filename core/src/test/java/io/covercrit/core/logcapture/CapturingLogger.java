package io.covercrit.core.logcapture;

import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Enables every level and hands each call to {@link CapturedLogs}: the formatted message, each
 * argument on its own, the marker, the MDC and the whole throwable chain, so that a value can
 * hide in none of them.
 */
final class CapturingLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
      Throwable throwable) {
    StringBuilder text = new StringBuilder();
    text.append(MessageFormatter.basicArrayFormat(pattern, arguments));
    if (arguments != null) {
      for (Object argument : arguments) {
        text.append('\n').append(argument);
      }
    }
    if (marker != null) {
      text.append('\n').append(marker);
    }
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    if (mdc != null && !mdc.isEmpty()) {
      text.append('\n').append(mdc);
    }
    for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
      text.append('\n').append(t);
    }
    CapturedLogs.record(new CapturedLogs.LogEvent(level, name, text.toString()));
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }
}
