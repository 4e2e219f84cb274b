package io.experiencelake.core.verify;

import java.nio.file.Path;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How to verify a lake: the evidence root, whether repro steps may run, their timeout, and how
 * many files to hash at once.
 *
 * <pre>{@code
 * VerifyOptions options = ImmutableVerifyOptions.builder()
 *     .evidenceRoot(Path.of("evidence"))
 *     .allowCommands(true)
 *     .commandTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface VerifyOptions {

  /** The directory every evidence path is relative to; nothing outside it is ever read. */
  Path evidenceRoot();

  /** Whether {@code ReproStep} commands may run; {@code false} by default, so they are {@link Outcome#NOT_RUN}. */
  @Value.Default
  default boolean allowCommands() {
    return false;
  }

  /** How long one command may run before it and its child processes are stopped; one minute by default. */
  @Value.Default
  default Duration commandTimeout() {
    return Duration.ofMinutes(1);
  }

  /** How many files are hashed at once; the number of available processors by default, 1 hashes one file at a time. */
  @Value.Default
  default int parallelism() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** How many bytes of a command's standard output are kept for the substring check (all of it is digested); 16 MiB by default. */
  @Value.Default
  default int maxOutputBytes() {
    return 16 * 1024 * 1024;
  }

  /** Options with {@code evidenceRoot} and every default: commands not run. */
  static VerifyOptions root(Path evidenceRoot) {
    return ImmutableVerifyOptions.builder().evidenceRoot(evidenceRoot).build();
  }

  /**
   * Rejects options no verification could use.
   *
   * @throws IllegalArgumentException when the timeout is not positive, or parallelism or the output bound is below 1
   */
  @Value.Check
  default void check() {
    if (commandTimeout().isNegative() || commandTimeout().isZero()) {
      throw new IllegalArgumentException("commandTimeout must be positive, was " + commandTimeout());
    }
    if (parallelism() < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism());
    }
    if (maxOutputBytes() < 1) {
      throw new IllegalArgumentException("maxOutputBytes must be at least 1, was " + maxOutputBytes());
    }
  }
}
