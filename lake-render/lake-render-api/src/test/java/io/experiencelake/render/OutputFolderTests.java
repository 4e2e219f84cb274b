package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.experiencelake.core.Lake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The output folder: only a folder a render wrote is replaced (issue 13, finding 1), and a write
 * stopped at any point between its file-system steps leaves the old or the new output in place or
 * recoverable by the next write (finding 3), forced at each point by a checkpoint that stops the
 * write as a kill would.
 */
class OutputFolderTests {

  private final Lake lake = RenderFixtures.smallLake();
  private final RenderRun first = Rendering.run(lake, RenderFixtures.options(), "echo");
  private final RenderRun second = Rendering.run(lake, RenderFixtures.withTargets(), "echo");

  /** Stands for a kill: an Error, which the write does not catch, so it cleans nothing up. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  static List<Artifact> files(RenderRun run) {
    List<Artifact> files = new ArrayList<>(run.artifacts());
    files.add(run.manifest());
    return files;
  }

  /** Relative path → content of every file under {@code root} (folders end with '/'). */
  static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.filter(p -> !p.equals(root))::iterator) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        out.put(Files.isDirectory(p) ? relative + "/" : relative, Files.isDirectory(p) ? "" : Files.readString(p));
      }
    }
    return out;
  }

  static Map<String, String> expected(RenderRun run) {
    Map<String, String> out = new TreeMap<>();
    for (Artifact artifact : files(run)) {
      out.put(artifact.path(), artifact.text());
      for (int slash = artifact.path().indexOf('/'); slash >= 0; slash = artifact.path().indexOf('/', slash + 1)) {
        out.put(artifact.path().substring(0, slash + 1), "");
      }
    }
    return out;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Relative path → the file system's identity of each file under {@code root} (inode, on Linux), so a file written anew shows. */
  static Map<String, Object> identities(Path root) throws IOException {
    Map<String, Object> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        Object key = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        out.put(root.relativize(p).toString(), key != null ? key : Files.getLastModifiedTime(p));
      }
    }
    return out;
  }

  static void write(Path folder, String relative, String text) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Nested
  class WhatIsReplaced {

    @Test
    void aFolderWhoseManifestJsonNoRenderWroteIsRefusedAndLeftAsItWas(@TempDir Path dir) throws IOException {
      Path project = dir.resolve("project");
      write(project, "manifest.json", "{\"name\": \"My web app\", \"start_url\": \"/\"}\n");
      write(project, ".git/HEAD", "ref: refs/heads/main\n");
      write(project, "src/app.js", "console.log('hi');\n");
      Map<String, String> before = contents(project);

      OutputRefusedException refused = catchThrowableOfType(OutputRefusedException.class,
          () -> Rendering.write(second, project, ExistingOutput.REPLACE_ANY_RENDER));

      assertThat(refused.getMessage()).contains("manifest.json that no render wrote")
          .contains("neither the format " + Manifest.FORMAT);
      assertThat(refused.replaceableOnPurpose()).isFalse();
      assertThat(contents(project)).isEqualTo(before);
      assertThat(names(dir)).containsExactly("project");
    }

    @Test
    void aManifestNamingAnotherFormatIsNotARenders(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      write(out, "manifest.json", "{\"format\": \"someone-else/1\", \"library\": {\"name\": \"experience-lake\"}, \"artifacts\": []}\n");

      assertThatThrownBy(() -> Rendering.write(second, out)).isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("its format is 'someone-else/1'");
    }

    @Test
    void anEarlierRenderIsReplacedWhenUnchanged(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);

      List<String> notes = Rendering.write(second, out);

      assertThat(notes).isEmpty();
      assertThat(contents(out)).isEqualTo(expected(second));
      assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void theRenderTheOutputHoldsAlreadyIsNotWrittenAgain(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);
      Map<String, Object> before = identities(out);

      List<String> notes = Rendering.write(Rendering.run(lake, RenderFixtures.options(), "echo"), out);

      assertThat(notes).isEmpty();
      assertThat(contents(out)).isEqualTo(expected(first));
      assertThat(identities(out)).isEqualTo(before);
      assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void theSameRenderIsWrittenAgainOverAFileAddedWhenForcedAndRefusedOtherwise(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);
      write(out, "notes/mine.txt", "mine");

      assertThatThrownBy(() -> Rendering.write(first, out)).isInstanceOf(OutputRefusedException.class);
      assertThat(out.resolve("notes/mine.txt")).hasContent("mine");

      Rendering.write(first, out, ExistingOutput.REPLACE_ANY_RENDER);

      assertThat(contents(out)).isEqualTo(expected(first));
    }

    @Test
    void anEarlierRenderWithAFileAddedOrChangedIsReplacedOnlyOnPurpose(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);
      write(out, "notes/mine.txt", "keep me");
      Files.writeString(out.resolve("echo/claims.txt"), "edited by hand\n", StandardOpenOption.APPEND);
      Map<String, String> before = contents(out);

      OutputRefusedException refused = catchThrowableOfType(OutputRefusedException.class, () -> Rendering.write(second, out));

      assertThat(refused.getMessage()).contains("echo/claims.txt (changed since it was rendered), notes/mine.txt");
      assertThat(refused.replaceableOnPurpose()).isTrue();
      assertThat(contents(out)).isEqualTo(before);

      Rendering.write(second, out, ExistingOutput.REPLACE_ANY_RENDER);

      assertThat(contents(out)).isEqualTo(expected(second));
    }

    /** A shortcut that trusted a file's size and modification time instead of its content would miss this edit. */
    @Test
    void anEditThatKeepsTheSizeAndPutsTheModificationTimeBackIsStillSeen(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);
      Path claims = out.resolve("echo/claims.txt");
      FileTime modified = Files.getLastModifiedTime(claims);
      byte[] bytes = Files.readAllBytes(claims);
      bytes[0] ^= 1;
      Files.write(claims, bytes);
      Files.setLastModifiedTime(claims, modified);

      OutputRefusedException refused = catchThrowableOfType(OutputRefusedException.class, () -> Rendering.write(second, out));

      assertThat(refused.getMessage()).contains("echo/claims.txt (changed since it was rendered)");
    }

    @Test
    void onlyANewOrEmptyFolderWhenAskedFor(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("applications/acme");
      Rendering.write(first, out, ExistingOutput.REFUSE);

      assertThat(contents(out)).isEqualTo(expected(first));
      assertThatThrownBy(() -> Rendering.write(second, out, ExistingOutput.REFUSE)).isInstanceOf(OutputRefusedException.class);
      assertThat(contents(out)).isEqualTo(expected(first));
    }

    @Test
    void neverAFileALinkOrThePlaceOfAFileInTheWay(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("file.txt");
      Files.writeString(file, "mine");
      Path link = dir.resolve("link");
      Files.createSymbolicLink(link, Files.createDirectory(dir.resolve("target")));

      for (Path out : List.of(file, link, file.resolve("out"))) {
        assertThatThrownBy(() -> Rendering.write(second, out, ExistingOutput.REPLACE_ANY_RENDER))
            .as("%s", out).isInstanceOf(OutputRefusedException.class);
      }
      assertThat(catchThrowableOfType(OutputRefusedException.class, () -> Rendering.write(second, file.resolve("out"))).getMessage())
          .startsWith(file + ": it is a file, not a folder");
      assertThat(Files.readString(file)).isEqualTo("mine");
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(names(dir)).containsExactly("file.txt", "link", "target");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void neverANamedPipe(@TempDir Path dir) throws Exception {
      Path pipe = dir.resolve("pipe");
      assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo failed");

      assertThatThrownBy(() -> Rendering.write(second, pipe, ExistingOutput.REPLACE_ANY_RENDER))
          .isInstanceOf(OutputRefusedException.class).hasMessageContaining("it is a named pipe, not a folder");
      assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(pipe)).isFalse();
    }
  }

  @Nested
  class AWriteStoppedAtEachStep {

    /** Renders {@code first}, then writes {@code second} over it, stopped at {@code step} as a kill would. */
    private Path stopAt(Path dir, OutputFolder.Step step) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);
      assertThatThrownBy(() -> OutputFolder.replace(out, files(second), ExistingOutput.REPLACE_UNCHANGED_RENDER, reached -> {
        if (reached == step) {
          throw new Killed();
        }
      })).isInstanceOf(Killed.class);
      return out;
    }

    @Test
    void beforeTheRenamesLeavesTheOldOutputInPlaceAndTheNextWriteRemovesTheUnfinishedOne(@TempDir Path dir) throws IOException {
      Path out = stopAt(dir, OutputFolder.Step.STAGED);

      assertThat(contents(out)).isEqualTo(expected(first));
      assertThat(names(dir)).contains(".out.new-1");

      List<String> notes = OutputFolder.recover(out);

      assertThat(notes).containsExactly("removed .out.new-1, the unfinished output of a render that was stopped");
      assertThat(contents(out)).isEqualTo(expected(first));
      assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void betweenTheRenamesLeavesTheOldOutputAsideAndTheNextWritePutsItBack(@TempDir Path dir) throws IOException {
      Path out = stopAt(dir, OutputFolder.Step.MOVED_ASIDE);

      assertThat(out).doesNotExist();
      assertThat(contents(dir.resolve(".out.old-1"))).isEqualTo(expected(first));
      assertThat(contents(dir.resolve(".out.new-1"))).isEqualTo(expected(second));

      List<String> notes = OutputFolder.recover(out);

      assertThat(notes).containsExactly("removed .out.new-1, the unfinished output of a render that was stopped",
          "recovered " + out + " from .out.old-1, where a render that was stopped had moved it aside");
      assertThat(contents(out)).isEqualTo(expected(first));
      assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void afterTheSwapLeavesTheNewOutputInPlaceAndTheNextWriteRemovesTheOldOne(@TempDir Path dir) throws IOException {
      Path out = stopAt(dir, OutputFolder.Step.SWAPPED);

      assertThat(contents(out)).isEqualTo(expected(second));

      List<String> notes = OutputFolder.recover(out);

      assertThat(notes).containsExactly("removed .out.old-1, an earlier output a render that was stopped had left aside");
      assertThat(names(dir)).containsExactly("out");
    }

    @ParameterizedTest
    @EnumSource(OutputFolder.Step.class)
    void atAnyStepIsFollowedByAWriteThatRecoversFirstAndSaysSo(OutputFolder.Step step, @TempDir Path dir) throws IOException {
      Path out = stopAt(dir, step);

      List<String> notes = Rendering.write(first, out);

      assertThat(notes).isNotEmpty().allMatch(n -> n.startsWith("removed .out.") || n.startsWith("recovered " + out));
      assertThat(contents(out)).isEqualTo(expected(first));
      assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void keepsALeftoverThatHoldsSomethingNoRenderWrote(@TempDir Path dir) throws IOException {
      Path out = stopAt(dir, OutputFolder.Step.SWAPPED);
      write(dir.resolve(".out.old-1"), "mine.txt", "keep me");

      List<String> notes = OutputFolder.recover(out);

      assertThat(notes).singleElement().asString().startsWith("kept .out.old-1").contains("mine.txt");
      assertThat(dir.resolve(".out.old-1/mine.txt")).hasContent("keep me");
    }

    @Test
    void keepsTheEarlierOutputWhenAFileAppearedInItWhileTheRenderRan(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.write(first, out);

      List<String> notes = OutputFolder.replace(out, files(second), ExistingOutput.REPLACE_UNCHANGED_RENDER, reached -> {
        if (reached == OutputFolder.Step.STAGED) {
          try {
            write(out, "late.txt", "written while the render ran");
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      });

      assertThat(contents(out)).isEqualTo(expected(second));
      assertThat(notes).singleElement().asString().startsWith("kept the earlier output as .out.old-1").contains("late.txt");
      assertThat(dir.resolve(".out.old-1/late.txt")).hasContent("written while the render ran");
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void concurrentWritesToOneOutputTakeTurnsAndLeaveOneWholeRender(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> writes = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        RenderRun run = i % 2 == 0 ? first : second;
        writes.add(pool.submit(() -> Rendering.write(run, out)));
      }
      for (Future<List<String>> write : writes) {
        assertThat(write.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(contents(out)).isIn(expected(first), expected(second));
    assertThat(names(dir)).containsExactly("out");
  }
}
