package io.experiencelake.applications;

import io.experiencelake.core.hash.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file and folder under a folder with its size, modification time and (for small files) SHA-256: equal snapshots mean nothing was written. */
final class FolderSnapshot {

  private FolderSnapshot() {}

  static Map<String, String> of(Path folder) {
    Map<String, String> snapshot = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String content = a.isRegularFile() && a.size() < 1 << 20 ? " " + ContentHash.sha256Of(Files.readAllBytes(path)) : "";
        snapshot.put(folder.relativize(path).toString(), (a.isDirectory() ? "folder" : "file " + a.size()) + " "
            + a.lastModifiedTime().toMillis() + content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return snapshot;
  }
}
