package io.experiencelake.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTests {

  @TempDir
  Path dir;

  @Test
  void hashesAFileAsSha256sumDoes() throws IOException {
    Path file = dir.resolve("abc.txt");
    Files.writeString(file, "abc", StandardCharsets.UTF_8);

    assertThat(FileDigests.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void streamsAFileOfManyBuffersToTheSameDigestAsHashingItsBytesAtOnce() throws IOException {
    byte[] bytes = new byte[3 * 64 * 1024 + 7];
    new SplittableRandom(8).nextBytes(bytes);
    Path file = dir.resolve("big.bin");
    Files.write(file, bytes);

    assertThat(FileDigests.sha256(file)).isEqualTo(Fixtures.sha256(bytes));
    assertThat(FileDigests.sha256(new ByteArrayInputStream(bytes))).isEqualTo(Fixtures.sha256(bytes));
  }

  @Test
  void hashesAnEmptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("empty"));

    assertThat(FileDigests.sha256(file)).isEqualTo(Fixtures.sha256(new byte[0]));
  }

  @Test
  void throwsForAFileThatIsNotThere() {
    assertThatThrownBy(() -> FileDigests.sha256(dir.resolve("absent"))).isInstanceOf(NoSuchFileException.class);
  }
}
