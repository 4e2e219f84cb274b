package io.experiencelake.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * What the command takes from the world outside its arguments: the clock that says what "today" is
 * when {@code --today} is not given, and whether standard error is a terminal (for the progress line).
 *
 * <p>{@link LakeCli#main} passes the {@link #systemClock() system clock} and {@code System.console() != null}; tests pass
 * a fixed clock, so no command reads the clock itself.
 */
record Environment(Clock clock, boolean interactive) {

  /**
   * The system clock in the offset the default time zone has at each reading, so today's date is
   * the one {@code LocalDate.now()} gives; read through {@link TimeZone}, which spares a command
   * java.time's zone rules (loading them was 13 ms of JDK 17's start-up).
   */
  static Clock systemClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 1000);
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
      }
    };
  }

  /** Today's date by the environment's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }
}
