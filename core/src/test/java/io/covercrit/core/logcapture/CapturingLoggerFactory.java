package io.covercrit.core.logcapture;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

final class CapturingLoggerFactory implements ILoggerFactory {
  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(name, CapturingLogger::new);
  }
}
