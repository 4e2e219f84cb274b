package io.experiencelake.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The evidence root, resolved once to its real path, and the one place evidence paths are turned
 * into files: {@code ..}, absolute paths and symbolic links that lead outside the root are
 * rejected before anything is read, and files are only ever opened for reading.
 */
final class EvidenceRoot {

  /** Where a relative evidence path leads: a real path inside the root, or why not. */
  static final class Resolution {
    private final Path path;
    private final Outcome problem;
    private final String detail;

    private Resolution(Path path, Outcome problem, String detail) {
      this.path = path;
      this.problem = problem;
      this.detail = detail;
    }

    static Resolution found(Path path) {
      return new Resolution(path, null, "");
    }

    static Resolution failed(Outcome problem, String detail) {
      return new Resolution(null, problem, detail);
    }

    /** Whether the path leads to a usable file or directory inside the root. */
    boolean isFound() {
      return path != null;
    }

    /** The real path, with no symbolic links, inside the root; only when {@link #isFound()}. */
    Path path() {
      return path;
    }

    /** {@link Outcome#MISSING} or {@link Outcome#REJECTED}; only when not {@link #isFound()}. */
    Outcome problem() {
      return problem;
    }

    /** Why the path is not usable, in plain words. */
    String detail() {
      return detail;
    }
  }

  private final Path given;
  private final Path realRoot;
  private final String rootProblem;

  private EvidenceRoot(Path given, Path realRoot, String rootProblem) {
    this.given = given;
    this.realRoot = realRoot;
    this.rootProblem = rootProblem;
  }

  /** Resolves {@code root} to its real path; a missing root makes every path {@link Outcome#MISSING}. */
  static EvidenceRoot of(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      Path real = root.toRealPath();
      if (!Files.isDirectory(real)) {
        return new EvidenceRoot(absolute, null, "the evidence root " + absolute + " is not a directory");
      }
      return new EvidenceRoot(absolute, real, null);
    } catch (IOException e) {
      return new EvidenceRoot(absolute, null, "the evidence root " + absolute + " does not exist");
    }
  }

  /** The root's real path, or its absolute path when it does not exist. */
  Path path() {
    return realRoot != null ? realRoot : given;
  }

  /** Resolves {@code relative} to a regular file inside the root. */
  Resolution file(String relative) {
    Resolution r = resolve(relative);
    if (!r.isFound()) {
      return r;
    }
    if (Files.isDirectory(r.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Resolution.failed(Outcome.MISSING, "'" + relative + "' is a directory, not a file");
    }
    if (!Files.isRegularFile(r.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Resolution.failed(Outcome.REJECTED, "'" + relative + "' is not a regular file (a device, pipe or socket); nothing was read");
    }
    return r;
  }

  /** Resolves {@code relative} to a directory inside the root; {@code .} is the root itself. */
  Resolution directory(String relative) {
    Resolution r = resolve(relative);
    if (!r.isFound()) {
      return r;
    }
    if (!Files.isDirectory(r.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Resolution.failed(Outcome.MISSING, "'" + relative + "' is not a directory");
    }
    return r;
  }

  /** Opens a file returned by {@link #file(String)} for reading only, refusing a symbolic link swapped in since. */
  static InputStream open(Path file) throws IOException {
    return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  private Resolution resolve(String relative) {
    if (rootProblem != null) {
      return Resolution.failed(Outcome.MISSING, rootProblem);
    }
    if (relative.strip().isEmpty()) {
      return rejected(relative, "is blank");
    }
    if (relative.indexOf('\\') >= 0) {
      return rejected(relative, "uses a backslash; evidence paths use '/' separators");
    }
    Path path;
    try {
      path = realRoot.getFileSystem().getPath(relative);
    } catch (InvalidPathException e) {
      return rejected(relative, "is not a valid path (" + e.getReason() + ")");
    }
    if (path.isAbsolute() || path.getRoot() != null) {
      return rejected(relative, "is absolute; evidence paths are relative to the evidence root");
    }
    for (Path name : path) {
      if (name.toString().equals("..")) {
        return rejected(relative, "climbs out of the evidence root with '..'");
      }
    }
    Path candidate = realRoot.resolve(path).normalize();
    if (!candidate.startsWith(realRoot)) {
      return rejected(relative, "leads outside the evidence root");
    }
    try {
      Path real = candidate.toRealPath();
      if (!real.startsWith(realRoot)) {
        return rejected(relative, "leads outside the evidence root through a symbolic link (to " + real + ")");
      }
      return Resolution.found(real);
    } catch (NoSuchFileException e) {
      return missingOrEscaping(relative, candidate);
    } catch (IOException e) {
      return Resolution.failed(Outcome.MISSING, "'" + relative + "' could not be resolved: " + reason(e));
    }
  }

  /** A path that does not exist: rejected when what does exist of it already leads out of the root, missing otherwise. */
  private Resolution missingOrEscaping(String relative, Path candidate) {
    Path existing = candidate;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing != null && !existing.equals(realRoot)) {
      try {
        Path real;
        if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
          // A dangling link: where it would lead, read without following it.
          real = existing.getParent().toRealPath().resolve(Files.readSymbolicLink(existing)).normalize();
        } else {
          real = existing.toRealPath();
        }
        if (!real.startsWith(realRoot)) {
          return rejected(relative, "leads outside the evidence root through a symbolic link (to " + real + ")");
        }
      } catch (IOException e) {
        return Resolution.failed(Outcome.MISSING, "'" + relative + "' could not be resolved: " + reason(e));
      }
    }
    return Resolution.failed(Outcome.MISSING, "'" + relative + "' does not exist under the evidence root " + realRoot);
  }

  private static Resolution rejected(String relative, String why) {
    return Resolution.failed(Outcome.REJECTED, "'" + Anchors.abbreviate(relative, 100) + "' " + why + "; nothing was read");
  }

  static String reason(IOException e) {
    String message = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
