package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.experiencelake.core.verify.StepProcesses;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import tools.jackson.databind.node.ArrayNode;

/**
 * Runs the packaged runnable jar and the {@code lake} launcher as separate processes, as a user
 * would: real exit codes, a real {@code System.console()}, the manifest and the merged service files.
 *
 * <p>Failsafe runs these after {@code package}; the jar and launcher paths come from the POM.
 */
class LakeJarTests {

  static final Path JAR = Path.of(System.getProperty("lake.jar", "target/lake-cli-all.jar"));
  static final Path LAUNCHER = Path.of(System.getProperty("lake.launcher", "../lake"));
  static final String VALID = Cli.resource("hostile/valid.json").toString();
  static final String EVIDENCE = Cli.resource("hostile/evidence").toString();

  /** What a process printed and how it exited. */
  record Exit(int code, String out, String err) {}

  static Exit run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    // The launcher's class-data archive has tests of its own (LauncherArchiveJarTests); here no training run
    // is started in the background, in the user's real cache folder.
    builder.environment().put("LAKE_ARCHIVE", "off");
    Process process = builder.start();
    byte[][] streams = new byte[2][];
    Thread err = new Thread(() -> {
      try {
        streams[1] = process.getErrorStream().readAllBytes();
      } catch (IOException e) {
        streams[1] = e.toString().getBytes(StandardCharsets.UTF_8);
      }
    });
    err.start();
    streams[0] = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    err.join();
    return new Exit(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8), new String(streams[1], StandardCharsets.UTF_8));
  }

  static Exit jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @Nested
  class TheJar {

    @Test
    void printsItsVersion() throws Exception {
      Exit exit = jar("--version");

      assertThat(exit.code()).isEqualTo(LakeCli.OK);
      assertThat(exit.out()).startsWith("lake " + Version.number() + "\n");
    }

    @Test
    void exitsWithZeroOneAndTwoForAValidLakeABrokenOneAndAMisuse(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
      Path broken = folder.resolve("broken.json");
      Files.writeString(broken, "{\"owner\": {\"name\": \"A\"}}");

      assertThat(jar("validate", VALID).code()).isEqualTo(LakeCli.OK);
      Exit failed = jar("validate", broken.toString());
      assertThat(failed.code()).isEqualTo(LakeCli.FAILED);
      assertThat(failed.out()).startsWith(broken + ":1:").contains(" error LAKE-S003: the owner has no 'headline'");
      Exit misused = jar("validate");
      assertThat(misused.code()).isEqualTo(LakeCli.USAGE);
      assertThat(misused.err()).startsWith("lake: Missing required parameter: 'FILE'");
    }

    @Test
    void showsNoProgressWhenStandardErrorIsAPipe() throws Exception {
      Exit exit = jar("verify", VALID, "--evidence", EVIDENCE);

      assertThat(exit.code()).isEqualTo(LakeCli.OK);
      assertThat(exit.err()).isEmpty();
      assertThat(exit.out()).contains("2 entries: 2 defensible");
    }

    @Test
    void findsAllEightRenderersThroughItsMergedServiceFile(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
      Path out = folder.resolve("out");
      Exit exit = jar("render", VALID, "--out", out.toString(), "--today", "2026-11-27");

      assertThat(exit.code()).as("%s%s", exit.out(), exit.err()).isEqualTo(LakeCli.OK);
      assertThat(exit.out()).contains("rendered cover-letter, cv, docx, interview, jsonresume, linkedin, pdf, portfolio into ");
      assertThat(exit.err()).as("nothing on standard error, not even a Log4j or PDFBox line").isEmpty();
      assertThat(out.resolve("cv.md")).isRegularFile();
      assertThat(out.resolve("cv.pdf")).isRegularFile();
      assertThat(out.resolve("cv.docx")).isRegularFile();
      assertThat(out.resolve("portfolio/index.html")).isRegularFile();
      assertThat(out.resolve("resume.json")).isRegularFile();
      Exit unknown = jar("render", VALID, "--out", out.toString(), "--to", "cv,poster");
      assertThat(unknown.code()).isEqualTo(LakeCli.USAGE);
      assertThat(unknown.err()).contains("the renderers are cover-letter, cv, docx, interview, jsonresume, linkedin, pdf, portfolio");
    }

    @Test
    void namesItsMainClassAndKeepsEveryServiceFileOfItsDependenciesMerged() throws Exception {
      try (JarFile shaded = new JarFile(JAR.toFile())) {
        assertThat(shaded.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(LakeCli.class.getName());
        int checked = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
          if (!entry.endsWith(".jar") || Path.of(entry).equals(JAR)) {
            continue;
          }
          try (JarFile dependency = new JarFile(entry)) {
            for (Enumeration<JarEntry> e = dependency.entries(); e.hasMoreElements(); ) {
              JarEntry service = e.nextElement();
              if (!service.getName().startsWith("META-INF/services/") || service.isDirectory()) {
                continue;
              }
              for (String provider : providers(dependency, service)) {
                if (shaded.getEntry(provider.replace('.', '/') + ".class") == null) {
                  continue;
                }
                assertThat(providers(shaded, shaded.getJarEntry(service.getName())))
                    .as("%s of %s", service.getName(), entry).contains(provider);
                checked++;
              }
            }
          }
        }
        assertThat(checked).as("service providers checked").isPositive();
      }
    }

    private List<String> providers(JarFile jar, JarEntry entry) throws IOException {
      assertThat(entry).isNotNull();
      List<String> providers = new ArrayList<>();
      try (InputStream in = jar.getInputStream(entry)) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(line -> line.replaceAll("#.*", "").strip())
            .filter(line -> !line.isEmpty())
            .forEach(providers::add);
      }
      return providers;
    }
  }

  /** Issue 13, finding 5: when lake itself is stopped, no process of a running repro step is left behind. */
  @Nested
  @EnabledOnOs(OS.LINUX)
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  class StoppedWhileAStepRuns {

    @Test
    void leavesNoProcessOfTheStepAfterSigterm(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
      stopWhileAStepRuns(folder, Process::destroy);
    }

    @Test
    void leavesNoProcessOfTheStepAfterSigint(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
      // A build started in the background by a non-interactive shell ignores SIGINT, and so does every JVM it
      // starts: there, lake never sees the signal, which is the shell's doing, not lake's.
      assumeFalse(sigintIgnored(), "SIGINT is ignored by this process and its children");
      stopWhileAStepRuns(folder, lake -> {
        try {
          new ProcessBuilder("kill", "-INT", Long.toString(lake.pid())).start().waitFor();
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
    }

    private static boolean sigintIgnored() throws IOException {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & (1L << 1)) != 0;
        }
      }
      return false;
    }

    private void stopWhileAStepRuns(Path folder, Consumer<Process> stop) throws Exception {
      String token = StepProcesses.token();
      Workspace w = Workspace.in(folder).edit(lake -> lake.withArray("/entries/0/evidence")
          .addObject()
          .put("kind", "repro-step")
          .put("outputContains", "never")
          .set("argv", DiagnosticsOutput.JSON.valueToTree(List.of("env", token, "sh", "-c", "(sleep 25 >/dev/null 2>&1 &); sleep 25"))));
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
          "verify", w.file(), "--evidence", w.evidence().toString(), "--allow-commands", "--timeout", "60s"));
      Process lake = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (StepProcesses.runningWith(token).size() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(StepProcesses.runningWith(token)).as("the step and its grandchild started").hasSizeGreaterThanOrEqualTo(2);

        stop.accept(lake);

        assertThat(lake.waitFor(15, TimeUnit.SECONDS)).as("lake ended").isTrue();
        assertThat(StepProcesses.aliveWith(token)).as("processes of the step still alive").isEmpty();
      } finally {
        lake.destroyForcibly();
      }
    }
  }

  /** Issue 13, finding 8: thousands of diagnostics reach standard output in a few large writes, not one per line. */
  @Nested
  @EnabledOnOs(OS.LINUX)
  class ManyDiagnostics {

    @Test
    void areWrittenInAFewLargeWritesNotOnePerLine(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
      assumeTrue(hasStrace(), "strace is not installed");
      Workspace w = Workspace.in(folder).edit(lake -> {
        ArrayNode evidence = lake.withArray("/entries/0/evidence");
        for (int i = 0; i < 2_000; i++) {
          evidence.addObject().put("kind", "run-output").put("path", "runs/missing-" + i + ".log").put("sha256", "0".repeat(64));
        }
      });
      Path trace = folder.resolve("strace.txt");

      Exit exit = run(List.of("strace", "-f", "-e", "trace=write", "-e", "signal=none", "-o", trace.toString(),
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
          "verify", w.file(), "--evidence", w.evidence().toString()));

      assertThat(exit.code()).isEqualTo(LakeCli.FAILED);
      assertThat(exit.out().lines().filter(line -> line.contains("LAKE-V002")).count()).isEqualTo(2_000);
      long writes = Files.readAllLines(trace).stream().filter(line -> line.matches("\\d+\\s+write\\(1, .*")).count();
      assertThat(writes).as("write calls to standard output for %d bytes", exit.out().length()).isLessThan(100);
    }
  }

  private static boolean hasStrace() throws InterruptedException {
    try {
      return run(List.of("strace", "-V")).code() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Nested
  class TheLauncher {

    @Test
    void runsTheJarAndPassesItsExitCodeOn() throws Exception {
      Exit version = run(List.of("sh", LAUNCHER.toString(), "--version"));
      Exit usage = run(List.of("sh", LAUNCHER.toString(), "hash"));

      assertThat(version.code()).isEqualTo(LakeCli.OK);
      assertThat(version.out()).startsWith("lake " + Version.number());
      assertThat(usage.code()).isEqualTo(LakeCli.USAGE);
    }
  }
}
