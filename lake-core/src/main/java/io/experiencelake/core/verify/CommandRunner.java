package io.experiencelake.core.verify;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs one repro step's command: no shell, a working directory inside the evidence root, standard
 * input closed, standard output digested in full and kept up to a bound, standard error discarded,
 * and the whole process tree stopped when the timeout passes.
 */
final class CommandRunner {

  /** What a run produced. */
  static final class Run {
    final String startError;
    final boolean timedOut;
    final int exitCode;
    final String outputSha256;
    final String output;
    final boolean truncated;

    Run(String startError, boolean timedOut, int exitCode, String outputSha256, String output, boolean truncated) {
      this.startError = startError;
      this.timedOut = timedOut;
      this.exitCode = exitCode;
      this.outputSha256 = outputSha256;
      this.output = output;
      this.truncated = truncated;
    }
  }

  /** How long to wait for the output to close after the process has ended or been stopped. */
  private static final long DRAIN_MILLIS = 5_000;

  private CommandRunner() {}

  /** Runs {@code argv} in {@code directory} with {@code timeout}, keeping at most {@code maxOutputBytes} of output. */
  static Run run(List<String> argv, File directory, Duration timeout, int maxOutputBytes) {
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(directory)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process;
    try {
      process = builder.start();
    } catch (IOException | SecurityException e) {
      return new Run("could not start '" + argv.get(0) + "': " + e.getMessage(), false, -1, null, null, false);
    }
    Capture capture = new Capture(process.getInputStream(), maxOutputBytes);
    Thread reader = new Thread(capture, "lake-verify-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // The process may already have ended; its standard input is closed either way.
    }
    try {
      boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (!finished) {
        destroyTree(process);
        process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
      }
      reader.join(DRAIN_MILLIS);
      if (!finished) {
        return new Run(null, true, -1, null, capture.text(), capture.truncated());
      }
      return new Run(null, false, process.exitValue(), capture.sha256(), capture.text(), capture.truncated());
    } catch (InterruptedException e) {
      destroyTree(process);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evidence verification was interrupted while running '" + argv.get(0) + "'", e);
    }
  }

  /** Stops {@code process} and every process it started, children first seen before the parent goes. */
  private static void destroyTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  /** Reads a stream to its end: every byte into SHA-256, the first bytes into memory. */
  private static final class Capture implements Runnable {
    private final InputStream in;
    private final int max;
    private final MessageDigest sha256 = FileDigests.sha256();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile boolean done;
    private volatile boolean truncated;
    private String hex;

    Capture(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (InputStream stream = in) {
        for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
          sha256.update(buffer, 0, n);
          int room = max - kept.size();
          if (room > 0) {
            kept.write(buffer, 0, Math.min(room, n));
          }
          if (n > room) {
            truncated = true;
          }
        }
        synchronized (this) {
          hex = FileDigests.hex(sha256.digest());
        }
      } catch (IOException e) {
        // The stream closed under us (the process was stopped); what was read is kept.
      } finally {
        done = true;
      }
    }

    /** The output's SHA-256, or {@code null} when it was not read to its end. */
    synchronized String sha256() {
      return done ? hex : null;
    }

    synchronized String text() {
      return kept.toString(StandardCharsets.UTF_8);
    }

    boolean truncated() {
      return truncated;
    }
  }
}
