package io.experiencelake.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces an output folder atomically: the new content is written into a fresh folder beside it
 * and moved into place; the old folder is moved aside first and deleted only once the new one is
 * in place.
 */
final class OutputFolder {

  private OutputFolder() {}

  static void replace(Path output, List<Artifact> files) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("cannot render into the file system root " + target);
    }
    requireReplaceable(target);
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path staging = freshFolder(parent, "." + name + ".new-");
    try {
      for (Artifact artifact : files) {
        Path file = staging.resolve(artifact.path()).normalize();
        if (!file.startsWith(staging)) {
          throw new IOException("artifact path '" + artifact.path() + "' leaves the output folder");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, artifact.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    Path previous = null;
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        previous = freshFolder(parent, "." + name + ".old-");
        Files.delete(previous);
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (previous != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(previous)) {
        Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteTree(staging);
      throw e;
    }
    if (previous != null) {
      deleteTree(previous);
    }
  }

  /** Refuses to replace a file, a link, or a non-empty folder no earlier render wrote. */
  private static void requireReplaceable(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(target) || !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString(), null, "the output must be a folder (not a file or a link)");
    }
    if (Files.isRegularFile(target.resolve(RenderRun.MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(target)) {
      if (children.iterator().hasNext()) {
        throw new FileAlreadyExistsException(target.toString(), null,
            "the folder holds files but no " + RenderRun.MANIFEST + ", so no render wrote it; render into a new or empty folder");
      }
    }
  }

  /**
   * Creates a new folder {@code prefix1}, {@code prefix2}, … in {@code parent}; unlike a temp
   * folder it gets the default permissions, which the output keeps once moved into place.
   */
  private static Path freshFolder(Path parent, String prefix) throws IOException {
    for (int i = 1; ; i++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + i));
      } catch (FileAlreadyExistsException e) {
        if (i >= 10_000) {
          throw e;
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
