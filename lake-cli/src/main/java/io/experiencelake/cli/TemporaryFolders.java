package io.experiencelake.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folders a command makes for itself (a preview's output, a training run's lake), removed when done. */
final class TemporaryFolders {

  private TemporaryFolders() {}

  /** A new, empty folder in the system's temporary folder. */
  static Path create(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }

  /**
   * Removes {@code folder} and everything in it, deepest first, without following symbolic links
   * (a link is removed, not what it leads to); what cannot be removed stays in the system's temporary folder.
   */
  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // Left in the system's temporary folder.
    }
  }
}
