package io.experiencelake.core.verify;

import io.experiencelake.core.IoErrors;
import io.experiencelake.core.verify.StepLauncher.Launch;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs one repro step's command: no shell, a working directory inside the evidence root, standard
 * input from {@code /dev/null}, standard output digested in full and kept up to a bound, standard
 * error discarded.
 *
 * <p>No process of the step outlives it. On Linux the step leads a session of its own
 * ({@link StepLauncher}), and every process in that session is stopped when the step exits, when
 * it times out, and, through a shutdown hook, when the JVM itself is stopped (SIGINT, SIGTERM);
 * elsewhere the step's descendants are. A process the step left running that still holds its
 * standard output means the output could go on after the step exited: the step then fails, as its
 * output is not complete. Where the system allows it, the evidence root is read-only for the step.
 */
final class CommandRunner {

  /**
   * What a run produced.
   *
   * @param leftRunning the processes the command left running when it exited, which were stopped,
   *     e.g. {@code 4242 (sleep)}
   * @param outputHeldOpen whether one of {@code leftRunning} still held the command's standard output
   * @param writableBecause why the evidence root was writable for the command, or empty when it was read-only
   */
  record Run(String startError, boolean timedOut, int exitCode, String outputSha256, String output, boolean truncated,
      List<String> leftRunning, boolean outputHeldOpen, Optional<String> writableBecause) {

    static Run notStarted(String why) {
      return new Run(why, false, -1, null, null, false, List.of(), false, Optional.empty());
    }
  }

  /** How long to wait for the output to close after the process has ended or been stopped. */
  private static final long DRAIN_MILLIS = 5_000;

  /** The steps running now, for the shutdown hook. */
  private static final Set<Running> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Thread hook = new Thread(() -> RUNNING.forEach(Running::stop), "lake-verify-stop-steps");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException | SecurityException e) {
      // The JVM is already shutting down: no step will start.
    }
  }

  private CommandRunner() {}

  /**
   * Runs {@code argv} in {@code directory} (inside {@code root}, both real paths) with
   * {@code timeout}, keeping at most {@code maxOutputBytes} of output.
   */
  static Run run(List<String> argv, Path root, Path directory, Duration timeout, int maxOutputBytes) {
    String missing = missingProgram(argv.get(0), directory);
    if (missing != null) {
      return Run.notStarted("could not start '" + argv.get(0) + "': " + missing);
    }
    Attempt sandboxed = attempt(StepLauncher.sandboxed(argv, root, directory), directory, timeout, maxOutputBytes);
    if (sandboxed.sandboxFailure == null) {
      return sandboxed.run;
    }
    // The namespace could not be set up for this root, so the step did not run: run it with the root writable, and say so.
    return attempt(StepLauncher.plain(argv, "the evidence root could not be made read-only: " + sandboxed.sandboxFailure),
        directory, timeout, maxOutputBytes).run;
  }

  /** One start of the command: its run, or why the sandbox could not be made (the step then did not run). */
  private record Attempt(Run run, String sandboxFailure) {}

  private static Attempt attempt(Launch launch, Path directory, Duration timeout, int maxOutputBytes) {
    ProcessBuilder builder = new ProcessBuilder(launch.command())
        .directory(directory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process;
    try {
      process = builder.start();
    } catch (IOException | SecurityException e) {
      return new Attempt(Run.notStarted("could not start '" + launch.command().get(0) + "': " + IoErrors.reason(e)), null);
    }
    Capture capture = new Capture(process.getInputStream(), maxOutputBytes, launch.sandboxed());
    Running running = new Running(process, StepLauncher.ownSessions(), capture, ProcessSessions.outputPipes(process));
    RUNNING.add(running);
    try {
      Run run = watch(running, launch, timeout);
      String sandboxFailure = capture.sandboxFailure();
      if (capture.movedDirectory != null) {
        return new Attempt(Run.notStarted("not started: the working directory " + capture.movedDirectory
            + " was moved or replaced by a link after it was resolved"), null);
      }
      return new Attempt(run, sandboxFailure);
    } catch (InterruptedException e) {
      running.stop();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evidence verification was interrupted while running '" + launch.command().get(0) + "'", e);
    } finally {
      RUNNING.remove(running);
    }
  }

  private static Run watch(Running running, Launch launch, Duration timeout) throws InterruptedException {
    Process process = running.process();
    Capture capture = running.capture();
    Thread reader = new Thread(capture, "lake-verify-stdout");
    reader.setDaemon(true);
    reader.start();
    boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (!finished) {
      running.stop();
      process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
      reader.join(DRAIN_MILLIS);
      return new Run(null, true, -1, null, capture.text(), capture.truncated, List.of(), false, launch.writableBecause());
    }
    // The command exited: whatever it left running is stopped now, noting first who still held its output.
    List<ProcessHandle> left = running.others();
    boolean heldOpen = left.stream().anyMatch(p -> ProcessSessions.holdsAnyOf(p, running.output()));
    List<String> described = left.stream().map(ProcessSessions::describe).collect(Collectors.toList());
    if (!left.isEmpty()) {
      running.stop();
    }
    reader.join(DRAIN_MILLIS);
    return new Run(null, false, process.exitValue(), heldOpen ? null : capture.sha256, capture.text(), capture.truncated,
        described, heldOpen, launch.writableBecause());
  }

  /** Why {@code program} cannot be started from {@code directory}, or {@code null} when it can (or cannot be told here). */
  private static String missingProgram(String program, Path directory) {
    if (File.separatorChar != '/') {
      return null;
    }
    if (program.indexOf('/') >= 0) {
      Path file = directory.resolve(program);
      return Files.isRegularFile(file) && Files.isExecutable(file) ? null : "there is no executable file '" + program
          + "' (from the working directory " + directory + ")";
    }
    return StepLauncher.find(program).isPresent() ? null : "there is no such program on the PATH";
  }

  /**
   * A step while it runs: its process, whether it has a session of its own, the reader of its
   * output, the pipe of that output (taken as it started), and how to stop it with everything it started.
   */
  private record Running(Process process, boolean ownSession, Capture capture, Set<String> output) {

    /** The step's processes other than the command itself. */
    List<ProcessHandle> others() {
      List<ProcessHandle> others = ownSession ? ProcessSessions.members(process.pid()) : process.descendants().collect(Collectors.toList());
      others.removeIf(p -> p.pid() == process.pid());
      return others;
    }

    /** Kills the command and every process of its session (or its descendants). */
    void stop() {
      List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
      descendants.add(process.toHandle());
      if (ownSession) {
        ProcessSessions.killAll(process.pid(), descendants);
      } else {
        descendants.forEach(ProcessHandle::destroyForcibly);
      }
    }
  }

  /**
   * Reads a stream to its end: every byte into SHA-256, the first bytes into memory; in a sandbox,
   * the control line first, which is neither digested nor kept.
   */
  private static final class Capture implements Runnable {
    private final InputStream in;
    private final int max;
    private final boolean control;
    private final MessageDigest digest = FileDigests.sha256();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CountDownLatch controlRead = new CountDownLatch(1);
    private volatile String sandboxFailure;
    /** The working directory, when the sandbox found it moved or replaced by a link: the step did not run. */
    volatile String movedDirectory;
    volatile boolean truncated;
    /** The output's SHA-256, or {@code null} until it was read to its end. */
    volatile String sha256;

    Capture(InputStream in, int max, boolean control) {
      this.in = in;
      this.max = max;
      this.control = control;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (InputStream stream = in) {
        if (control && !readControlLine(stream)) {
          return;
        }
        controlRead.countDown();
        for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
          digest.update(buffer, 0, n);
          int room = max - kept.size();
          if (room > 0) {
            kept.write(buffer, 0, Math.min(room, n));
          }
          if (n > room) {
            truncated = true;
          }
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
      } catch (IOException e) {
        // The stream closed under us (the process was stopped); what was read is kept.
      } finally {
        controlRead.countDown();
      }
    }

    /** Reads the sandbox's control line; {@code false}, with {@link #sandboxFailure} set, when it is not {@link StepLauncher#READY}. */
    private boolean readControlLine(InputStream stream) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = stream.read(); b >= 0 && b != '\n' && line.size() < 4096; b = stream.read()) {
        line.write(b);
      }
      String text = line.toString(StandardCharsets.UTF_8);
      if (text.equals(StepLauncher.READY)) {
        return true;
      }
      if (text.startsWith(StepLauncher.NOT_STARTED)) {
        movedDirectory = text.substring(StepLauncher.NOT_STARTED.length());
      } else {
        sandboxFailure = text.startsWith(StepLauncher.FAILED) ? text.substring(StepLauncher.FAILED.length()).strip()
            : "the namespace ended before it was ready";
      }
      return false;
    }

    /** Why the sandbox could not be made, once the control line was read; {@code null} when it was made, or there is none. */
    String sandboxFailure() throws InterruptedException {
      controlRead.await(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
      return sandboxFailure;
    }

    /** What was kept of the output; {@link ByteArrayOutputStream} is itself synchronized. */
    String text() {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }
}
