package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake file is read once (issue 13, finding 7): {@code verify} on a named pipe no longer hangs
 * opening it a second time to locate its diagnostics, and {@code -} reads standard input.
 */
class ReadOnceTests {

  private static final Duration GUARD = Duration.ofSeconds(30);

  @Test
  void verifiesALakeFromANamedPipeAndLocatesItsDiagnostics(@TempDir Path folder) throws Exception {
    Workspace w = Workspace.in(folder);
    Files.delete(w.evidence().resolve("receipts/phase-6.json"));
    Path pipe = folder.resolve("lake.pipe");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
    byte[] lake = Files.readAllBytes(w.lake());
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(pipe)) {
        out.write(lake);
      } catch (IOException e) {
        // The reader's failure shows in the assertions.
      }
    });
    writer.setDaemon(true);
    writer.start();

    Cli.Run run = assertTimeoutPreemptively(GUARD, () -> Cli.run("verify", pipe.toString(), "--evidence", w.evidence().toString()));

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).containsPattern(Cli.locatedError(pipe.toString())).contains("LAKE-V002");
  }

  @Test
  void readsTheLakeFromStandardInputForADash(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    Files.delete(w.evidence().resolve("receipts/phase-6.json"));
    InputStream stdin = System.in;
    Cli.Run run;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(w.lake())));
      run = Cli.run("verify", "-", "--evidence", w.evidence().toString());
    } finally {
      System.setIn(stdin);
    }

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).containsPattern(Cli.locatedError(LakeFileCommand.STANDARD_INPUT)).contains("LAKE-V002");
  }

  @Test
  void rendersALakeFromStandardInputIntoAFolderAndRefusesToWatchIt(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    Path out = folder.resolve("out");
    InputStream stdin = System.in;
    Cli.Run rendered;
    Cli.Run watched;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(w.lake())));
      rendered = Cli.run("render", "-", "--to", "cv", "--out", out.toString());
      watched = Cli.run("render", "-", "--out", folder.resolve("watched").toString(), "--watch");
    } finally {
      System.setIn(stdin);
    }

    assertThat(rendered.exitCode()).as(rendered.err()).isEqualTo(LakeCli.OK);
    assertThat(out.resolve("cv.md")).isRegularFile();
    assertThat(watched.exitCode()).isEqualTo(LakeCli.USAGE);
    assertThat(watched.err()).contains("--watch needs a lake file");
    assertThat(folder.resolve("watched")).doesNotExist();
  }
}
