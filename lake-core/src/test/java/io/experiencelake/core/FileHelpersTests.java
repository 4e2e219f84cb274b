package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small file helpers of issue 13: reasons in words, places within places, kinds of file. */
class FileHelpersTests {

  @Nested
  class IoErrorReasons {

    @Test
    void sayWhyForTheExceptionsThatCarryOnlyAPath() {
      assertThat(IoErrors.reason(new NoSuchFileException("/tmp/x"))).isEqualTo("there is no such file or folder");
      assertThat(IoErrors.reason(new AccessDeniedException("/tmp/x"))).isEqualTo("permission denied");
      assertThat(IoErrors.reason(new FileAlreadyExistsException("/tmp/x"))).isEqualTo("something already exists there");
      assertThat(IoErrors.reason(new UncheckedIOException(new AccessDeniedException("/tmp/x")))).isEqualTo("permission denied");
    }

    @Test
    void takeTheSystemsReasonWithoutThePath() {
      assertThat(IoErrors.reason(new FileSystemException("/tmp/x", null, "Read-only file system"))).isEqualTo("read-only file system");
      assertThat(IoErrors.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
      assertThat(IoErrors.reason(new EOFException())).isEqualTo("an I/O error (EOFException)");
    }
  }

  @Nested
  class Within {

    @Test
    void aPathIsWithinItsFolderAsWrittenAndThroughLinks(@TempDir Path dir) throws IOException {
      Path evidence = Files.createDirectory(dir.resolve("evidence"));
      Path link = Files.createSymbolicLink(dir.resolve("link"), evidence);

      assertThat(PathRelations.isWithin(evidence.resolve("site/new"), evidence)).isTrue();
      assertThat(PathRelations.isWithin(link.resolve("site"), evidence)).isTrue();
      assertThat(PathRelations.isWithin(evidence, link.resolve("."))).isTrue();
      assertThat(PathRelations.isSame(link, evidence)).isTrue();
      assertThat(PathRelations.isWithin(dir.resolve("evidence-2"), evidence)).isFalse();
      assertThat(PathRelations.isWithin(dir, evidence)).isFalse();
    }
  }

  @Test
  void namesWhatIsAtAPathWithoutFollowingLinks(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "x");

    assertThat(FileKinds.of(file)).isEqualTo("file");
    assertThat(FileKinds.of(dir)).isEqualTo("folder");
    assertThat(FileKinds.of(Files.createSymbolicLink(dir.resolve("l"), file))).isEqualTo("symbolic link");
    assertThat(FileKinds.of(dir.resolve("none"))).isNull();
    assertThat(FileKinds.withArticle("empty folder")).isEqualTo("an empty folder");
    if (Files.exists(Path.of("/dev/null"))) {
      assertThat(FileKinds.of(Path.of("/dev/null"))).isEqualTo("character device");
    }
  }
}
