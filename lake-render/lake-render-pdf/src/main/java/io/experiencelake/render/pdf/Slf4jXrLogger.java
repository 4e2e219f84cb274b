package io.experiencelake.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J, as the rest of the library logs, instead of its default
 * {@code java.util.logging} console handler, which prints INFO lines on standard error.
 */
final class Slf4jXrLogger implements XRLogger {

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger logger = LoggerFactory.getLogger(where);
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      logger.error(msg, th);
    } else if (value >= Level.WARNING.intValue()) {
      logger.warn(msg, th);
    } else if (value >= Level.INFO.intValue()) {
      logger.info(msg, th);
    } else {
      logger.debug(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are SLF4J's binding's to set.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int value = diagnostic.getLevel().intValue();
    return value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
        : value >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
  }
}
