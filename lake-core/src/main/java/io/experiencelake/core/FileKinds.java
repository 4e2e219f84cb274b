package io.experiencelake.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What is at a path, in words, without following a link: {@code file}, {@code folder},
 * {@code symbolic link}, {@code named pipe}, {@code character device}, {@code block device},
 * {@code socket}, or {@code null} when nothing is there; for messages that refuse to replace it.
 *
 * <pre>{@code
 * String kind = FileKinds.of(Path.of("/dev/null"));   // "character device"
 * }</pre>
 */
public final class FileKinds {

  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKinds() {}

  /**
   * What is at {@code path}, not following a link, or {@code null} when nothing is.
   *
   * @throws IOException when its attributes cannot be read for another reason than its absence
   */
  public static String of(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (attributes.isRegularFile()) {
      return "file";
    }
    if (attributes.isDirectory()) {
      return "folder";
    }
    if (attributes.isSymbolicLink()) {
      return "symbolic link";
    }
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return switch ((Integer) mode & TYPE_BITS) {
        case FIFO -> "named pipe";
        case CHARACTER_DEVICE -> "character device";
        case BLOCK_DEVICE -> "block device";
        case SOCKET -> "socket";
        default -> "special file";
      };
    } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "special file (a pipe, device or socket)";
    }
  }

  /** {@code a file}, {@code an empty…}: the kind with its article. */
  public static String withArticle(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
