package io.experiencelake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file, folder and link under a folder with what it holds (SHA-256, streamed), its size and its
 * modification time: two snapshots are equal when nothing was written, touched, added or removed.
 */
final class FolderSnapshot {

  private FolderSnapshot() {}

  /** Relative path → a description of the file, folder or link there. */
  static Map<String, String> of(Path folder) {
    Map<String, String> snapshot = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.forEach(path -> snapshot.put(folder.relativize(path).toString(), describe(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return snapshot;
  }

  private static String describe(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      String common = " size " + attributes.size() + " modified " + attributes.lastModifiedTime().toMillis();
      if (attributes.isSymbolicLink()) {
        return "link to " + Files.readSymbolicLink(path);
      }
      if (attributes.isDirectory()) {
        return "folder";
      }
      if (!attributes.isRegularFile()) {
        return "special" + common;
      }
      if (!Files.isReadable(path)) {
        return "unreadable file" + common;
      }
      return "file sha256 " + sha256(path) + common;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
