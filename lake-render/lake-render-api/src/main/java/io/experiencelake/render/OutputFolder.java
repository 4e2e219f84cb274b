package io.experiencelake.render;

import io.experiencelake.core.FileKinds;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Replaces an output folder atomically: the new content is written into a fresh folder beside it
 * ({@code .NAME.new-N}); the old folder is moved aside ({@code .NAME.old-N}), the new one moved into
 * place, and the old one deleted.
 *
 * <p>One write at a time per output ({@link OutputLock}). Every write first recovers what a write
 * that was stopped (killed, or the machine went down) left behind: with no output in place, the
 * folder it had moved aside is moved back; an unfinished new folder and an old one left after the
 * swap are removed, but only when they hold nothing a render did not write. So at every instant
 * the old or the new output is at the output path or, between the two renames, in
 * {@code .NAME.old-N}, from where the next write restores it. Each step the recovery takes is
 * reported in one line.
 *
 * <p>A write of the render the output already holds, unchanged (the same manifest, every file it
 * lists as written, nothing else), leaves the folder as it is: a save in {@code --watch} that changes
 * nothing the output shows (a comment in a YAML lake, say) rewrites no file.
 */
final class OutputFolder {

  /** The points of a write between its file-system steps, where a test can stop it as a kill would. */
  enum Step {
    /** The new folder is complete beside the output; nothing is renamed yet. */
    STAGED,
    /** The output has been moved aside and the new folder is not yet in place. */
    MOVED_ASIDE,
    /** The new folder is in place; the old one is not yet deleted. */
    SWAPPED
  }

  /** Called at each {@link Step}; a test throws an {@link Error} from it to stop the write there. */
  interface Checkpoint {
    void reached(Step step);
  }

  private static final Checkpoint NONE = step -> {};

  private OutputFolder() {}

  /** Writes {@code files} into {@code output} as {@link #replace(Path, List, ExistingOutput, Checkpoint)}. */
  static List<String> replace(Path output, List<Artifact> files, ExistingOutput existing) throws IOException {
    return replace(output, files, existing, NONE);
  }

  /**
   * Recovers what stopped writes left, then replaces {@code output} with a folder of {@code files}
   * ({@link RenderRun#MANIFEST} written first) if {@code existing} allows what is there.
   *
   * @return one line for each leftover recovered, removed or kept, in the order handled
   */
  static List<String> replace(Path output, List<Artifact> files, ExistingOutput existing, Checkpoint checkpoint) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new OutputRefusedException(target, "it is the file system root; name a folder to render into", false);
    }
    requireFolder(parent);
    String name = target.getFileName().toString();
    try (OutputLock lock = OutputLock.acquire(parent, name)) {
      List<String> notes = recover(target);
      Optional<RenderedFolder> there = requireReplaceable(target, existing);
      if (there.isPresent() && holdsAlready(target, there.get(), files)) {
        return notes;
      }
      Path staging = freshName(parent, "." + name + ".new-");
      Files.createDirectory(staging);
      try {
        Set<Path> folders = new HashSet<>(Set.of(staging));
        for (Artifact artifact : manifestFirst(files)) {
          Path file = staging.resolve(artifact.path()).normalize();
          if (!file.startsWith(staging)) {
            throw new IOException("artifact path '" + artifact.path() + "' leaves the output folder");
          }
          if (folders.add(file.getParent())) {
            Files.createDirectories(file.getParent());
          }
          Files.write(file, artifact.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
      } catch (IOException | RuntimeException e) {
        deleteTree(staging);
        throw e;
      }
      checkpoint.reached(Step.STAGED);
      Path previous = null;
      try {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          previous = freshName(parent, "." + name + ".old-");
          Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
          checkpoint.reached(Step.MOVED_ASIDE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        if (previous != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(staging);
        throw e;
      }
      checkpoint.reached(Step.SWAPPED);
      if (previous != null) {
        discard(previous, existing, notes);
      }
      return notes;
    }
  }

  /**
   * Puts back or removes what writes to {@code output} that were stopped left beside it, without a
   * new write; the lines say what was done.
   */
  static List<String> recover(Path output) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    Path parent = target.getParent();
    List<String> notes = new ArrayList<>();
    if (parent == null || !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
      return notes;
    }
    String name = target.getFileName().toString();
    for (Path staged : leftovers(parent, "." + name + ".new-")) {
      RenderedFolder folder = RenderedFolder.inspect(staged);
      if (folder.isRender()) {
        deleteTree(staged);
        notes.add("removed " + staged.getFileName() + ", the unfinished output of a render that was stopped");
      } else {
        notes.add("left " + staged.getFileName() + " as it is: " + folder.notWritten());
      }
    }
    List<Path> aside = leftovers(parent, "." + name + ".old-");
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !aside.isEmpty()) {
      Path latest = aside.stream().max(Comparator.comparing(OutputFolder::writtenAt)).orElseThrow();
      Files.move(latest, target, StandardCopyOption.ATOMIC_MOVE);
      notes.add("recovered " + target + " from " + latest.getFileName() + ", where a render that was stopped had moved it aside");
      aside.remove(latest);
    }
    for (Path old : aside) {
      RenderedFolder folder = RenderedFolder.inspect(old);
      if (folder.isUnchangedRender()) {
        deleteTree(old);
        notes.add("removed " + old.getFileName() + ", an earlier output a render that was stopped had left aside");
      } else {
        notes.add("kept " + old.getFileName() + ", an earlier output a render that was stopped had left aside: "
            + (folder.isRender() ? "it holds " + folder.foreignShown() + ", which no render wrote" : folder.notWritten())
            + "; delete it yourself once you have looked");
      }
    }
    return notes;
  }

  /**
   * Whether the render at {@code target} ({@code there}, as inspected) is already {@code files}:
   * the same manifest, byte for byte, and every file it lists unchanged, with nothing else beside
   * them. The manifest names each file's size and SHA-256, so the folder then holds these very
   * bytes, and writing them again would change nothing but the files' times.
   */
  private static boolean holdsAlready(Path target, RenderedFolder there, List<Artifact> files) throws IOException {
    if (there.isEmpty() || !there.isUnchangedRender()) {
      return false;
    }
    Artifact manifest = files.stream().filter(a -> a.path().equals(RenderRun.MANIFEST)).findFirst().orElseThrow();
    Path written = target.resolve(RenderRun.MANIFEST);
    return Files.size(written) == manifest.bytes().length && Arrays.equals(Files.readAllBytes(written), manifest.bytes());
  }

  /**
   * Throws when {@code existing} does not allow replacing what is at {@code target}; returns what
   * is there, inspected, or nothing when nothing is.
   */
  private static Optional<RenderedFolder> requireReplaceable(Path target, ExistingOutput existing) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (attributes.isSymbolicLink()) {
      throw new OutputRefusedException(target, "it is a symbolic link; name the folder itself, or a new one", false);
    }
    if (!attributes.isDirectory()) {
      throw new OutputRefusedException(target, "it is " + FileKinds.withArticle(FileKinds.of(target))
          + ", not a folder; name a new folder, or one an earlier render wrote", false);
    }
    RenderedFolder folder = RenderedFolder.inspect(target);
    if (folder.isEmpty()) {
      return Optional.of(folder);
    }
    if (!folder.isRender()) {
      throw new OutputRefusedException(target, folder.notWritten() + "; render into a new or empty folder, or one an earlier render wrote", false);
    }
    if (existing == ExistingOutput.REFUSE) {
      throw new OutputRefusedException(target, "an earlier render is there, and this write may only make a new folder", false);
    }
    if (!folder.foreign().isEmpty() && existing != ExistingOutput.REPLACE_ANY_RENDER) {
      throw new OutputRefusedException(target, "an earlier render is there, but it holds " + folder.foreignShown()
          + ", which that render did not write; move what you want to keep out of it first", true);
    }
    return Optional.of(folder);
  }

  /** Deletes the replaced output, unless something was added to it since it was checked and replacing it was not forced. */
  private static void discard(Path previous, ExistingOutput existing, List<String> notes) throws IOException {
    if (existing != ExistingOutput.REPLACE_ANY_RENDER) {
      RenderedFolder folder = RenderedFolder.inspect(previous);
      if (!folder.isUnchangedRender()) {
        notes.add("kept the earlier output as " + previous.getFileName() + ": while this render ran, "
            + (folder.isRender() ? folder.foreignShown() + " appeared in it" : "it stopped looking like a render (" + folder.notWritten() + ")"));
        return;
      }
    }
    deleteTree(previous);
  }

  /** Makes {@code folder} and its parents, saying clearly when a file is in the way. */
  private static void requireFolder(Path folder) throws IOException {
    Path existing = folder;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new OutputRefusedException(existing, "it is " + FileKinds.withArticle(FileKinds.of(existing))
          + ", not a folder, so no output can be made inside it", false);
    }
    Files.createDirectories(folder);
  }

  /** The files with the manifest first, so any folder a render started holds its manifest before anything else. */
  private static List<Artifact> manifestFirst(List<Artifact> files) {
    List<Artifact> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing((Artifact a) -> !a.path().equals(RenderRun.MANIFEST)));
    return ordered;
  }

  /** The folders {@code prefix1}, {@code prefix2}, … in {@code parent}, not following links. */
  private static List<Path> leftovers(Path parent, String prefix) throws IOException {
    Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "[0-9]+");
    try (Stream<Path> children = Files.list(parent)) {
      return children
          .filter(p -> numbered.matcher(p.getFileName().toString()).matches())
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  /** When the render in {@code folder} was written: its manifest's modification time, or the folder's. */
  private static FileTime writtenAt(Path folder) {
    for (Path path : List.of(folder.resolve(RenderRun.MANIFEST), folder)) {
      try {
        return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        // try the next
      }
    }
    return FileTime.fromMillis(0);
  }

  /** The first of {@code prefix1}, {@code prefix2}, … that does not exist in {@code parent}. */
  private static Path freshName(Path parent, String prefix) throws IOException {
    for (int i = 1; i <= 10_000; i++) {
      Path candidate = parent.resolve(prefix + i);
      if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
    throw new FileAlreadyExistsException(parent.resolve(prefix + "1").toString(), null, "10,000 earlier ones are in the way");
  }

  /** Deletes {@code root} and everything under it, never following a link (a walk does not follow them). */
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
