package io.experiencelake.cli;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the command takes from the world outside its arguments: the clock that says what "today" is
 * when {@code --today} is not given, and whether standard error is a terminal (for the progress line).
 *
 * <p>{@link LakeCli#main} passes the system clock and {@code System.console() != null}; tests pass
 * a fixed clock, so no command reads the clock itself.
 */
record Environment(Clock clock, boolean interactive) {

  /** Today's date by the environment's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }
}
