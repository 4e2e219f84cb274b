package io.experiencelake.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes whole files atomically, so a reader (or a crash) sees the old file or all of the new one,
 * never a part.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/coverage.svg"), svg.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class AtomicFiles {

  private static final int MAX_TEMP_ATTEMPTS = 100;

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to {@code target}: into a new temporary file in the same folder, flushed
   * to disk, then moved over {@code target} in one step.
   *
   * @throws IOException when the folder cannot be written or the move fails; {@code target} is
   *     then unchanged and the temporary file removed
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = createTemporary(absolute.getParent(), absolute.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** A new, empty file {@code .NAME.tmp} (or {@code .NAME.1.tmp}, …) in {@code folder}. */
  private static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = folder.resolve("." + name + (attempt == 0 ? "" : "." + attempt) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt + 1 >= MAX_TEMP_ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
