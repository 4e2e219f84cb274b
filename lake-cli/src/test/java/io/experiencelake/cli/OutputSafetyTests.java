package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What the command writes, and what it must never replace: folders no render wrote, files other
 * than those it wrote, device nodes, pipes, folders, the evidence and the lake itself (issue 13,
 * findings 1, 2, 3, 6 and 9).
 */
class OutputSafetyTests {

  static final String ROLE = "mlops-platform";

  static Path write(Path folder, String relative, String content) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** A named pipe at {@code path}, or the test is skipped where {@code mkfifo} is missing. */
  static Path fifo(Path path) throws IOException, InterruptedException {
    int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
    assumeTrue(exit == 0 && Files.exists(path, LinkOption.NOFOLLOW_LINKS), "mkfifo is not available here");
    return path;
  }

  /**
   * A character device like {@code /dev/null} (major 1, minor 3) at {@code path}; only root may make
   * one, so the test is skipped for other users. The machine's own {@code /dev/null} is never used:
   * a regression would break it for every process on the machine.
   */
  static Path nullDevice(Path path) throws IOException, InterruptedException {
    assumeTrue(Files.exists(Path.of("/proc/self")) && Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")),
        "only root can make a device node");
    int exit = new ProcessBuilder("mknod", path.toString(), "c", "1", "3").inheritIO().start().waitFor();
    assumeTrue(exit == 0, "mknod failed");
    return path;
  }

  static String kind(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return "nothing";
    }
    Object type = Files.readAttributes(path, "unix:mode", LinkOption.NOFOLLOW_LINKS).get("mode");
    int mode = (Integer) type & 0170000;
    switch (mode) {
      case 0010000:
        return "fifo";
      case 0020000:
        return "character device";
      case 0040000:
        return "folder";
      case 0100000:
        return "file";
      case 0120000:
        return "link";
      default:
        return "other " + Integer.toOctalString(mode);
    }
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Finding 1: only a folder an earlier render wrote is replaced; a manifest.json alone is no proof. */
  @Nested
  class RenderIntoAFolder {

    @Test
    void refusesAProjectFolderWhoseManifestJsonNoRenderWroteAndLeavesEveryFileAsItWas(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path project = folder.resolve("project");
      write(project, "manifest.json", "{\"name\": \"My web app\", \"start_url\": \"/\", \"display\": \"standalone\"}\n");
      write(project, ".bashrc", "export PATH=$HOME/bin:$PATH\n");
      write(project, ".git/HEAD", "ref: refs/heads/main\n");
      write(project, "src/app.js", "console.log('hello');\n");
      Map<String, String> before = FolderSnapshot.of(project);

      Cli.Run run = Cli.run("render", w.file(), "--out", project.toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.FAILED);
      assertThat(run.err()).startsWith("lake: cannot write " + project + ": ")
          .contains("manifest.json")
          .contains("no render wrote")
          .contains("nothing was written");
      assertThat(FolderSnapshot.of(project)).isEqualTo(before);
      assertThat(names(folder)).containsExactly("evidence", "lake.json", "project");
    }

    @Test
    void refusesAnEarlierRendersFolderThatNowHoldsAFileOfYoursAndNamesItUnlessForced(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      assertThat(Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv").exitCode()).isEqualTo(LakeCli.OK);
      write(out, "notes/mine.txt", "my notes\n");
      Map<String, String> before = FolderSnapshot.of(out);

      Cli.Run refused = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv");

      assertThat(refused.exitCode()).as(refused.all()).isEqualTo(LakeCli.FAILED);
      assertThat(refused.err()).contains("notes/mine.txt").contains("--force");
      assertThat(FolderSnapshot.of(out)).isEqualTo(before);

      Cli.Run forced = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv", "--force");

      assertThat(forced.exitCode()).as(forced.all()).isEqualTo(LakeCli.OK);
      assertThat(out.resolve("notes")).doesNotExist();
    }

    @Test
    void refusesAnEarlierRendersFileChangedByHandUnlessForced(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      assertThat(Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv").exitCode()).isEqualTo(LakeCli.OK);
      Files.writeString(out.resolve("cv.md"), "\nmy edit\n", java.nio.file.StandardOpenOption.APPEND);

      Cli.Run refused = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv");

      assertThat(refused.exitCode()).as(refused.all()).isEqualTo(LakeCli.FAILED);
      assertThat(refused.err()).contains("cv.md").contains("changed").contains("--force");
      assertThat(Files.readString(out.resolve("cv.md"))).endsWith("my edit\n");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void neverReplacesAPipeOrAFileAtTheOutputEvenWhenForced(@TempDir Path folder) throws Exception {
      Workspace w = Workspace.in(folder);
      Path pipe = fifo(folder.resolve("pipe"));
      Path file = write(folder, "file.txt", "mine\n");

      Cli.Run toPipe = Cli.run("render", w.file(), "--out", pipe.toString(), "--force");
      Cli.Run toFile = Cli.run("render", w.file(), "--out", file.toString(), "--force");

      assertThat(toPipe.exitCode()).as(toPipe.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(toPipe.err()).contains("pipe");
      assertThat(kind(pipe)).isEqualTo("fifo");
      assertThat(toFile.exitCode()).as(toFile.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(Files.readString(file)).isEqualTo("mine\n");
    }
  }

  /** Finding 2: {@code --svg} and import's {@code --out} never replace a device, a pipe or a folder. */
  @Nested
  @EnabledOnOs({OS.LINUX, OS.MAC})
  class SingleFiles {

    @Test
    void coverageRefusesToReplaceANamedPipe(@TempDir Path folder) throws Exception {
      Workspace w = Workspace.in(folder);
      Path pipe = fifo(folder.resolve("coverage.svg"));

      Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", pipe.toString(), "--force");

      assertThat(run.exitCode()).as(run.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(run.err()).contains("pipe");
      assertThat(kind(pipe)).isEqualTo("fifo");
    }

    @Test
    void coverageRefusesToReplaceADeviceNodeEvenAsRoot(@TempDir Path folder) throws Exception {
      Workspace w = Workspace.in(folder);
      Path device = nullDevice(folder.resolve("null"));

      Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", device.toString(), "--force");

      assertThat(run.exitCode()).as(run.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(run.err()).contains("device");
      assertThat(kind(device)).isEqualTo("character device");
    }

    @Test
    void coverageRefusesAFolderAndTheFileSystemRootWithAUsageError(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path directory = Files.createDirectory(folder.resolve("pictures"));

      Cli.Run toFolder = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", directory.toString());
      Cli.Run toRoot = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", "/");

      assertThat(toFolder.exitCode()).as(toFolder.all()).isEqualTo(LakeCli.USAGE);
      assertThat(toFolder.err()).contains("is a folder");
      assertThat(kind(directory)).isEqualTo("folder");
      assertThat(toRoot.exitCode()).as(toRoot.all()).isEqualTo(LakeCli.USAGE);
      assertThat(toRoot.err()).doesNotContain("internal error");
    }

    @Test
    void coverageReplacesItsOwnHeatmapButNotAnotherFileUnlessForced(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path svg = folder.resolve("coverage.svg");
      assertThat(Cli.run("coverage", w.file(), "--role", ROLE, "--svg", svg.toString()).exitCode()).isEqualTo(LakeCli.OK);
      Path drawing = write(folder, "drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>\n");

      Cli.Run again = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", svg.toString());
      Cli.Run refused = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", drawing.toString());

      assertThat(again.exitCode()).as(again.all()).isEqualTo(LakeCli.OK);
      assertThat(refused.exitCode()).as(refused.all()).isEqualTo(LakeCli.USAGE);
      assertThat(refused.err()).contains("--force");
      assertThat(Files.readString(drawing)).contains("<circle");

      Cli.Run forced = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", drawing.toString(), "--force");

      assertThat(forced.exitCode()).as(forced.all()).isEqualTo(LakeCli.OK);
      assertThat(Files.readString(drawing)).doesNotContain("<circle");
    }

    @Test
    void coverageNeverWritesOverTheLakeItself(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Map<String, String> before = FolderSnapshot.of(folder);

      Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", w.file(), "--force");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.USAGE);
      assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @Test
    void importRefusesToReplaceANamedPipeEvenWhenForced(@TempDir Path folder) throws Exception {
      Path pipe = fifo(folder.resolve("lake.json"));

      Cli.Run run = JsonResumeImportTests.importInto(pipe, "--force");

      assertThat(run.exitCode()).as(run.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(run.err()).contains("pipe");
      assertThat(kind(pipe)).isEqualTo("fifo");
    }

    @Test
    void importRefusesToReplaceADeviceNodeEvenWhenForcedAsRoot(@TempDir Path folder) throws Exception {
      Path device = nullDevice(folder.resolve("null"));

      Cli.Run run = JsonResumeImportTests.importInto(device, "--force");

      assertThat(run.exitCode()).as(run.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(kind(device)).isEqualTo("character device");
    }

    @Test
    void importNeverWritesOverTheResumeItReads(@TempDir Path folder) throws IOException {
      Path resume = folder.resolve("resume.json");
      Files.copy(JsonResumeImportTests.SAMPLE, resume);
      Map<String, String> before = FolderSnapshot.of(folder);

      Cli.Run run = Cli.run("import", "jsonresume", resume.toString(), "--out", resume.toString(), "--force");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.USAGE);
      assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }
  }

  /** Finding 3: leftovers of a render that was stopped are recovered or removed by the next, with a line saying so. */
  @Nested
  class LeftoversOfAStoppedRender {

    @Test
    void aRenderStoppedBetweenItsTwoRenamesIsRecoveredByTheNext(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      assertThat(Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv").exitCode()).isEqualTo(LakeCli.OK);
      // What a render stopped between its renames leaves: the earlier output moved aside, the new one complete beside it.
      Files.move(out, folder.resolve(".out.old-1"));
      assertThat(Cli.run("render", w.file(), "--out", folder.resolve("scratch").toString(), "--to", "cv").exitCode()).isEqualTo(LakeCli.OK);
      Files.move(folder.resolve("scratch"), folder.resolve(".out.new-1"));

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv,linkedin");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.err()).contains("recovered " + out + " from .out.old-1").contains("removed .out.new-1");
      assertThat(names(folder)).containsExactly("evidence", "lake.json", "out");
      assertThat(out.resolve("linkedin.txt")).isRegularFile();
    }

    @Test
    void anEarlierOutputLeftAsideAfterTheSwapIsRemovedByTheNext(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      assertThat(Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv").exitCode()).isEqualTo(LakeCli.OK);
      // What a render stopped after its swap leaves: the new output in place, the earlier one still aside.
      assertThat(Cli.run("render", w.file(), "--out", folder.resolve("old").toString(), "--to", "cv").exitCode()).isEqualTo(LakeCli.OK);
      Files.move(folder.resolve("old"), folder.resolve(".out.old-3"));

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.err()).contains("removed .out.old-3");
      assertThat(names(folder)).containsExactly("evidence", "lake.json", "out");
    }
  }

  /** Finding 6: nothing the command writes lies inside the evidence root, or holds it, or the lake. */
  @Nested
  class TheEvidenceAndTheLake {

    @Test
    void renderRefusesAnOutputInsideTheEvidenceRoot(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Map<String, String> before = FolderSnapshot.of(w.evidence());

      Cli.Run inside = Cli.run("render", w.file(), "--out", w.evidence().resolve("site").toString(), "--evidence", w.evidence().toString());
      Cli.Run same = Cli.run("render", w.file(), "--out", w.evidence().toString(), "--evidence", w.evidence().toString());

      assertThat(inside.exitCode()).as(inside.all()).isEqualTo(LakeCli.USAGE);
      assertThat(inside.err()).contains("inside the evidence root");
      assertThat(same.exitCode()).as(same.all()).isEqualTo(LakeCli.USAGE);
      assertThat(FolderSnapshot.of(w.evidence())).isEqualTo(before);
    }

    @Test
    void renderRefusesAnOutputThatHoldsTheEvidenceOrTheLake(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Map<String, String> before = FolderSnapshot.of(folder);

      Cli.Run holdsEvidence = Cli.run("render", w.file(), "--out", folder.toString(), "--evidence", w.evidence().toString(), "--force");
      Cli.Run holdsLake = Cli.run("render", w.file(), "--out", folder.toString(), "--force");

      assertThat(holdsEvidence.exitCode()).as(holdsEvidence.all()).isEqualTo(LakeCli.USAGE);
      assertThat(holdsLake.exitCode()).as(holdsLake.all()).isEqualTo(LakeCli.USAGE);
      assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @Test
    void coverageRefusesAHeatmapInsideTheEvidenceRoot(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Map<String, String> before = FolderSnapshot.of(w.evidence());

      Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--evidence", w.evidence().toString(),
          "--svg", w.evidence().resolve("coverage.svg").toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.USAGE);
      assertThat(run.err()).contains("inside the evidence root");
      assertThat(FolderSnapshot.of(w.evidence())).isEqualTo(before);
    }
  }

  /** Finding 9: a write that fails says why, and machine formats stay machine-readable. */
  @Nested
  class WriteErrors {

    @Test
    void sayWhyAndNotOnlyWhere(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      write(folder, "file.txt", "a file, not a folder\n");

      Cli.Run render = Cli.run("render", w.file(), "--out", folder.resolve("file.txt/out").toString());
      Cli.Run svg = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", folder.resolve("file.txt/coverage.svg").toString());

      assertThat(render.exitCode()).as(render.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(render.err()).contains("file.txt").contains("not a folder");
      assertThat(svg.exitCode()).as(svg.all()).isIn(LakeCli.FAILED, LakeCli.USAGE);
      assertThat(svg.err()).contains("not a folder");
    }

    @Test
    void leaveValidJsonOnStandardOutputWithFormatJson(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path project = write(folder, "project/notes.txt", "mine\n").getParent();

      Cli.Run run = Cli.run("render", w.file(), "--out", project.toString(), "--format", "json");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.FAILED);
      JsonNode json = DiagnosticsOutput.JSON.readTree(run.out());
      assertThat(json.isArray()).isTrue();
      assertThat(json.toString()).contains("\"severity\":\"ERROR\"").contains("notes.txt");
    }
  }
}
