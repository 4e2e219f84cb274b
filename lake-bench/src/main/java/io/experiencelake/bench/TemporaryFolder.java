package io.experiencelake.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A new folder under {@code java.io.tmpdir} for one trial, removed with everything in it when the
 * trial ends: a benchmark that writes files takes it as an argument of its own trial set-up.
 */
@State(Scope.Benchmark)
public class TemporaryFolder {

  private Path path;

  /** Makes the folder. */
  @Setup(Level.Trial)
  public void create() throws IOException {
    path = Files.createTempDirectory("lake-bench");
  }

  /** Deletes the folder and everything under it. */
  @TearDown(Level.Trial)
  public void delete() {
    if (!Files.exists(path)) {
      return;
    }
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder. */
  Path path() {
    return path;
  }
}
