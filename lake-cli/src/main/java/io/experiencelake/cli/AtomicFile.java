package io.experiencelake.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file atomically: a temporary file in the same folder, flushed, then moved over the target. */
final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes {@code bytes} to {@code target}, which then holds either its old content or all of the new.
   *
   * @throws IOException when the folder cannot be written or the move fails; {@code target} is then
   *     unchanged and the temporary file removed
   */
  static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = temporary(folder, absolute.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  private static Path temporary(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createFile(folder.resolve("." + name + (attempt == 0 ? "" : "." + attempt) + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }
}
