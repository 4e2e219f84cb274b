package io.experiencelake.core.verify;

import io.experiencelake.core.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The evidence root, resolved once to its real path, and the one place evidence paths are turned
 * into files: {@code ..}, absolute paths and symbolic links that lead outside the root are
 * rejected before anything is read, and files are only ever opened for reading.
 *
 * <p>Opening is race-free: a file resolved earlier is opened by walking from the root one folder at
 * a time without following a link ({@link SecureDirectoryStream} with {@code NOFOLLOW_LINKS}, which
 * Linux has), the root itself checked to be the folder resolved at first. So whatever is renamed or
 * replaced by a link under the root between resolution and opening, nothing outside the root is
 * read: the open fails instead, and the anchor is {@link Outcome#REJECTED}. Where the platform has
 * no secure directory streams, the file is opened without following its last component, and its
 * real path and identity (file key) are checked against the resolved ones after the open.
 */
final class EvidenceRoot {

  /** Called just before a resolved file is opened; a test swaps folders for links here. */
  interface OpenHook {
    void beforeOpen(Path file);
  }

  /** Thrown when a resolved file changed into something that must not be read before it was opened. */
  static final class ChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedException(String message) {
      super(message);
    }
  }

  /**
   * Where a relative evidence path leads: a real path inside the root, or why not.
   *
   * @param path the real path, with no symbolic links, inside the root; only when {@link #isFound()}
   * @param problem {@link Outcome#MISSING} or {@link Outcome#REJECTED}; only when not {@link #isFound()}
   * @param detail why the path is not usable, in plain words
   */
  record Resolution(Path path, Outcome problem, String detail) {

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
  }

  private static final OpenHook NO_HOOK = file -> {};

  private final Path given;
  private final Path realRoot;
  private final Object rootKey;
  private final String rootProblem;
  private final OpenHook hook;
  private final boolean secureStreams;

  private EvidenceRoot(Path given, Path realRoot, Object rootKey, String rootProblem, OpenHook hook, boolean secureStreams) {
    this.given = given;
    this.realRoot = realRoot;
    this.rootKey = rootKey;
    this.rootProblem = rootProblem;
    this.hook = hook;
    this.secureStreams = secureStreams;
  }

  /** Resolves {@code root} to its real path; a missing root makes every path {@link Outcome#MISSING}. */
  static EvidenceRoot of(Path root) {
    return of(root, NO_HOOK, true);
  }

  /**
   * Resolves {@code root}, calling {@code hook} before every open; with {@code secureStreams} false,
   * opens as on a platform without {@link SecureDirectoryStream}.
   */
  static EvidenceRoot of(Path root, OpenHook hook, boolean secureStreams) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      Path real = root.toRealPath();
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isDirectory()) {
        return new EvidenceRoot(absolute, null, null, "the evidence root " + absolute + " is not a directory", hook, secureStreams);
      }
      return new EvidenceRoot(absolute, real, attributes.fileKey(), null, hook, secureStreams);
    } catch (IOException e) {
      return new EvidenceRoot(absolute, null, null, "the evidence root " + absolute + " does not exist", hook, secureStreams);
    }
  }

  /** The root's real path, or its absolute path when it does not exist. */
  Path path() {
    return realRoot != null ? realRoot : given;
  }

  /** Resolves {@code relative} to a regular file inside the root. */
  Resolution file(String relative) {
    Resolution r = resolve(relative);
    if (r.isFound() && Files.isDirectory(r.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Resolution.failed(Outcome.MISSING, "'" + relative + "' is a directory, not a file");
    }
    if (r.isFound() && !Files.isRegularFile(r.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Resolution.failed(Outcome.REJECTED, "'" + relative + "' is not a regular file (a device, pipe or socket); nothing was read");
    }
    return r;
  }

  /** Resolves {@code relative} to a directory inside the root; {@code .} is the root itself. */
  Resolution directory(String relative) {
    Resolution r = resolve(relative);
    if (r.isFound() && !Files.isDirectory(r.path(), LinkOption.NOFOLLOW_LINKS)) {
      return Resolution.failed(Outcome.MISSING, "'" + relative + "' is not a directory");
    }
    return r;
  }

  /**
   * Opens a file returned by {@link #file(String)} for reading only, through no symbolic link and
   * only inside the root, whatever changed since it was resolved.
   *
   * @throws ChangedException when a folder on the way or the file itself is no longer what was
   *     resolved (a link, another file, something else than a folder or a regular file)
   * @throws IOException when it cannot be opened
   */
  InputStream open(Path file) throws IOException {
    hook.beforeOpen(file);
    Path relative = realRoot.relativize(file);
    if (relative.getNameCount() == 0 || relative.isAbsolute() || relative.startsWith("..")) {
      throw new ChangedException("'" + file + "' is not inside the evidence root");
    }
    if (secureStreams) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(realRoot)) {
        if (stream instanceof SecureDirectoryStream<Path> secure) {
          return openUnder(secure, relative);
        }
      }
    }
    return openChecked(file);
  }

  /** Walks from the root one folder at a time, never following a link, and opens the last name. */
  private InputStream openUnder(SecureDirectoryStream<Path> root, Path relative) throws IOException {
    Object key = root.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
    if (rootKey != null && !rootKey.equals(key)) {
      throw new ChangedException("the evidence root was replaced while it was being verified");
    }
    List<SecureDirectoryStream<Path>> opened = new ArrayList<>();
    try {
      SecureDirectoryStream<Path> folder = root;
      for (int i = 0; i < relative.getNameCount() - 1; i++) {
        Path name = relative.getName(i);
        try {
          folder = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          throw e;
        } catch (IOException e) {
          throw changed(relative, "the folder '" + relative.subpath(0, i + 1) + "' on its way is now a link or not a folder");
        }
        opened.add(folder);
      }
      Path name = relative.getFileName();
      BasicFileAttributes attributes = folder.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .readAttributes();
      if (!attributes.isRegularFile()) {
        throw changed(relative, "it is now " + (attributes.isSymbolicLink() ? "a link" : "not a regular file"));
      }
      SeekableByteChannel channel = folder.newByteChannel(name, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
      return Channels.newInputStream(channel);
    } finally {
      for (SecureDirectoryStream<Path> folder : opened) {
        folder.close();
      }
    }
  }

  /** Opens without following the last name, then checks that the file opened is still the one inside the root. */
  private InputStream openChecked(Path file) throws IOException {
    BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    try {
      BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      boolean same = before.isRegularFile() && file.toRealPath().equals(file)
          && (before.fileKey() == null || before.fileKey().equals(after.fileKey()));
      if (!same) {
        throw changed(realRoot.relativize(file), "a folder on its way or the file itself was replaced");
      }
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static ChangedException changed(Path relative, String how) {
    return new ChangedException("'" + relative.toString().replace('\\', '/') + "' changed after it was resolved: " + how + "; nothing was read");
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
      Path real = realOrNull(candidate);
      // A path that does not exist is rejected when what does exist of it already leads out of the root, missing otherwise.
      Path reached = real != null ? real : whereExistingPartLeads(candidate);
      if (!reached.startsWith(realRoot)) {
        return rejected(relative, "leads outside the evidence root through a symbolic link (to " + reached + ")");
      }
      return real != null ? Resolution.found(real)
          : Resolution.failed(Outcome.MISSING, "'" + relative + "' does not exist under the evidence root " + realRoot);
    } catch (IOException e) {
      return Resolution.failed(Outcome.MISSING, "'" + relative + "' could not be resolved: " + reason(e));
    }
  }

  private static Path realOrNull(Path path) throws IOException {
    try {
      return path.toRealPath();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The real path of the longest part of {@code candidate} that exists, or where it leads when that is a dangling link. */
  private Path whereExistingPartLeads(Path candidate) throws IOException {
    Path existing = candidate;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null || existing.equals(realRoot)) {
      return realRoot;
    }
    if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
      // A dangling link: where it would lead, read without following it.
      return existing.getParent().toRealPath().resolve(Files.readSymbolicLink(existing)).normalize();
    }
    return existing.toRealPath();
  }

  private static Resolution rejected(String relative, String why) {
    return Resolution.failed(Outcome.REJECTED, "'" + Anchors.abbreviate(relative, 100) + "' " + why + "; nothing was read");
  }

  /** Why {@code e} happened, in words: its own message when the file changed under the verifier. */
  static String reason(IOException e) {
    return e instanceof ChangedException ? e.getMessage() : IoErrors.reason(e);
  }
}
