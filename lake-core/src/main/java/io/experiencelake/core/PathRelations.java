package io.experiencelake.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether one path lies within another, seen both as written and through symbolic links, for
 * keeping what a tool writes away from what it must never touch (the evidence root, the lake).
 *
 * <pre>{@code
 * if (PathRelations.isWithin(out, evidenceRoot)) {
 *   throw new IllegalArgumentException("the output must not lie inside the evidence root");
 * }
 * }</pre>
 */
public final class PathRelations {

  private PathRelations() {}

  /**
   * Whether {@code path} is {@code folder} or lies beneath it, as absolute paths or as real paths
   * (symbolic links resolved as far as the paths exist); paths that do not exist yet count by
   * where they would be.
   */
  public static boolean isWithin(Path path, Path folder) {
    Path absolute = path.toAbsolutePath().normalize();
    Path folderAbsolute = folder.toAbsolutePath().normalize();
    Path real = real(absolute);
    Path folderReal = real(folderAbsolute);
    return absolute.startsWith(folderAbsolute) || absolute.startsWith(folderReal)
        || real.startsWith(folderAbsolute) || real.startsWith(folderReal);
  }

  /** Whether {@code a} and {@code b} name the same place, as written or through symbolic links. */
  public static boolean isSame(Path a, Path b) {
    return isWithin(a, b) && isWithin(b, a);
  }

  /**
   * The real path of {@code path}'s longest existing prefix with the rest appended, so a path that
   * does not exist yet is placed where it would be created; {@code path} itself when nothing resolves.
   */
  public static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException | SecurityException e) {
      return absolute;
    }
  }
}
