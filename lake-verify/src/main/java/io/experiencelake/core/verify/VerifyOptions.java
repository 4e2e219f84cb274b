package io.experiencelake.core.verify;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to verify a lake: the evidence root, whether repro steps may run, their timeout, how many
 * files to hash at once, and where to keep the digests of files already hashed.
 *
 * <pre>{@code
 * VerifyOptions options = ImmutableVerifyOptions.builder()
 *     .evidenceRoot(Path.of("evidence"))
 *     .allowCommands(true)
 *     .commandTimeout(Duration.ofSeconds(30))
 *     .digestCache(Path.of("build/lake-digests.json"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface VerifyOptions {

  /** The longest a repro step may be given: a day. */
  Duration MAX_COMMAND_TIMEOUT = Duration.ofHours(24);

  /** The directory every evidence path is relative to; nothing outside it is ever read. */
  Path evidenceRoot();

  /** Whether {@code ReproStep} commands may run; {@code false} by default, so they are {@link Outcome#NOT_RUN}. */
  @Value.Default
  default boolean allowCommands() {
    return false;
  }

  /** How long one command may run before it and its child processes are stopped; one minute by default, a day at most. */
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

  /**
   * A file that keeps the digests of evidence files between verifications, so an unchanged file is
   * not read again; absent by default, so every file is hashed on every run.
   *
   * <p>A digest is reused only while the file's real path, size, modification time and file key
   * (the inode on Unix) are unchanged; a file written again is always hashed again. The file must
   * lie outside the evidence root. It is written atomically and only when a digest was added; one
   * that is missing or corrupt counts as empty.
   */
  Optional<Path> digestCache();

  /** Options with {@code evidenceRoot} and every default: commands not run. */
  static VerifyOptions root(Path evidenceRoot) {
    return ImmutableVerifyOptions.builder().evidenceRoot(evidenceRoot).build();
  }

  /**
   * Rejects options no verification could use.
   *
   * @throws IllegalArgumentException when the timeout is not positive or longer than {@link #MAX_COMMAND_TIMEOUT}, parallelism or the output bound is below 1,
   *     or the digest cache lies inside the evidence root
   */
  @Value.Check
  default void check() {
    if (commandTimeout().isNegative() || commandTimeout().isZero()) {
      throw new IllegalArgumentException("commandTimeout must be positive, was " + commandTimeout());
    }
    if (commandTimeout().compareTo(MAX_COMMAND_TIMEOUT) > 0) {
      throw new IllegalArgumentException("commandTimeout must be at most " + MAX_COMMAND_TIMEOUT + ", was " + commandTimeout());
    }
    if (parallelism() < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism());
    }
    if (maxOutputBytes() < 1) {
      throw new IllegalArgumentException("maxOutputBytes must be at least 1, was " + maxOutputBytes());
    }
    digestCache().ifPresent(cache -> DigestCache.requireOutside(cache, evidenceRoot()));
  }
}
