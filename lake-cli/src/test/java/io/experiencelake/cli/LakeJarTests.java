package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
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
    void findsAllSixRenderersThroughItsMergedServiceFile(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
      Path out = folder.resolve("out");
      Exit exit = jar("render", VALID, "--out", out.toString(), "--today", "2026-11-27");

      assertThat(exit.code()).as("%s%s", exit.out(), exit.err()).isEqualTo(LakeCli.OK);
      assertThat(exit.out()).contains("rendered cover-letter, cv, interview, jsonresume, linkedin, portfolio into ");
      assertThat(out.resolve("cv.md")).isRegularFile();
      assertThat(out.resolve("portfolio/index.html")).isRegularFile();
      assertThat(out.resolve("resume.json")).isRegularFile();
      Exit unknown = jar("render", VALID, "--out", out.toString(), "--to", "cv,poster");
      assertThat(unknown.code()).isEqualTo(LakeCli.USAGE);
      assertThat(unknown.err()).contains("the renderers are cover-letter, cv, interview, jsonresume, linkedin, portfolio");
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
