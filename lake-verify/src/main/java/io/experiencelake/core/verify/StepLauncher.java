package io.experiencelake.core.verify;

import io.experiencelake.core.IoErrors;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How a repro step's command is started: as the leader of a session of its own ({@code setsid}),
 * so every process it starts can be found and stopped; and, where the system lets an unprivileged
 * user make user and mount namespaces ({@code unshare}), with the evidence root mounted read-only
 * for it and its children, so no step can write into the evidence.
 *
 * <p>Inside the namespace a fixed {@code sh} script bind-mounts the root read-only, changes into
 * the working directory, writes one control line to standard output ({@value #READY}, which the
 * runner takes off before digesting the output) and starts the step through a second
 * {@code unshare} that maps the user back to the one running the verifier in a user namespace of
 * its own, which has no power over the mount namespace, so the step cannot make the root writable
 * again (nor unmount it). The step's arguments reach it as
 * arguments, never through a shell. When the setup fails (a root the kernel will not bind-mount,
 * say), the control line says so and the step is run again without the read-only root, which
 * {@link Launch#writableBecause()} reports.
 */
final class StepLauncher {

  /** The control line of a ready sandbox, before any output of the step. */
  static final String READY = "lake-sandbox-ready";

  /** The control line when the working directory is no longer the folder resolved inside the root, followed by it. */
  static final String NOT_STARTED = "lake-step-not-started: ";

  /** The start of the control line of a sandbox that could not be made, followed by why. */
  static final String FAILED = "lake-sandbox-failed: ";

  private static final String SCRIPT = String.join("\n",
      "err=$( { mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\"; } 2>&1 ) || { printf '" + FAILED + "%s\\n' \"$err\"; exit 125; }",
      "cd -P \"$2\" 2>/dev/null && [ \"$(pwd -P)\" = \"$2\" ] || { printf '" + NOT_STARTED + "%s\\n' \"$2\"; exit 125; }",
      "printf '" + READY + "\\n'",
      "u=$3; g=$4; shift 4",
      "exec unshare --user --map-user=\"$u\" --map-group=\"$g\" -- \"$@\"");

  /** How one step is started. */
  record Launch(List<String> command, boolean sandboxed, Optional<String> writableBecause) {}

  private StepLauncher() {}

  /** The command that runs {@code argv} in {@code directory} with {@code root} read-only where possible. */
  static Launch sandboxed(List<String> argv, Path root, Path directory) {
    if (Sandbox.UNAVAILABLE.isPresent()) {
      return plain(argv, Sandbox.UNAVAILABLE.get());
    }
    return new Launch(namespaced(root, directory, argv), true, Optional.empty());
  }

  /** The command that runs {@code argv} through {@link #SCRIPT} in a session and user and mount namespace of its own. */
  private static List<String> namespaced(Path root, Path directory, List<String> argv) {
    String[] ids = ids();
    List<String> command = new ArrayList<>(List.of(Setsid.PATH.orElseThrow(), "unshare", "--user", "--map-root-user", "--mount",
        "--propagation", "private", "sh", "-c", SCRIPT, "lake-step", root.toString(), directory.toString(), ids[0], ids[1]));
    command.addAll(argv);
    return command;
  }

  /** The command that runs {@code argv} in a session of its own where {@code setsid} exists, the root writable ({@code why}). */
  static Launch plain(List<String> argv, String why) {
    List<String> command = new ArrayList<>();
    Setsid.PATH.ifPresent(command::add);
    command.addAll(argv);
    return new Launch(command, false, Optional.of(why));
  }

  /** Whether steps get a session of their own here. */
  static boolean ownSessions() {
    return Setsid.PATH.isPresent() && ProcessSessions.available();
  }

  /** The {@code setsid} program, looked up once per JVM. */
  private static final class Setsid {
    static final Optional<String> PATH = find("setsid");
  }

  /** Why the evidence root cannot be made read-only here, or empty when it can; found out once per JVM, on the first step. */
  private static final class Sandbox {
    static final Optional<String> UNAVAILABLE = probe();
  }

  private static Optional<String> probe() {
    if (!ownSessions()) {
      return Optional.of("this system has no setsid and /proc");
    }
    if (find("unshare").isEmpty()) {
      return Optional.of("this system has no unshare command");
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("lake-sandbox-probe");
      Process process = new ProcessBuilder(namespaced(folder, folder, List.of("true"))).directory(folder.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.of("making a user and mount namespace did not finish");
      }
      if (process.exitValue() == 0 && output.equals(READY + "\n")) {
        return Optional.empty();
      }
      return Optional.of(output.startsWith(FAILED) ? output.substring(FAILED.length()).strip()
          : "this system does not let this user make user and mount namespaces (unshare exited with " + process.exitValue() + ")");
    } catch (IOException e) {
      return Optional.of("unshare could not be run: " + IoErrors.reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while finding out");
    } finally {
      if (folder != null) {
        try {
          Files.deleteIfExists(folder);
        } catch (IOException e) {
          // a temporary folder left behind
        }
      }
    }
  }

  /** The user and group ids of this JVM's process, as the step should see them. */
  private static String[] ids() {
    try {
      Path self = Path.of("/proc/self");
      return new String[] {
          String.valueOf(Files.getAttribute(self, "unix:uid")), String.valueOf(Files.getAttribute(self, "unix:gid"))};
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return new String[] {"0", "0"};
    }
  }

  /** The program {@code name} on {@code PATH}, as an absolute path. */
  static Optional<String> find(String name) {
    String path = System.getenv("PATH");
    return path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, name)).filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
        .findFirst().map(file -> file.toAbsolutePath().toString());
  }
}
