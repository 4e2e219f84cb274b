package io.experiencelake.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Watches a lake file and, optionally, every file under an evidence root, and reports each burst
 * of changes once: a change starts a quiet period, every further change restarts it, and when it
 * ends with nothing new the burst's changed paths are handed on (so an editor's save, written as a
 * temporary file and a rename, or a script rewriting ten evidence files, gives one call).
 *
 * <p>The quiet period and the clock are given, so tests choose them; folders made under the
 * evidence root while watching are watched too; an excluded folder (the render's output) is
 * never reported.
 */
final class Watcher implements AutoCloseable {

  /** The quiet period of the command: long enough for an editor's save, short enough to feel at once. */
  static final Duration QUIET = Duration.ofMillis(250);

  private final Path lakeFile;
  private final Path evidenceRoot;
  private final Path excluded;
  private final long quietNanos;
  private final LongSupplier nanoTime;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /**
   * Starts watching.
   *
   * @param lakeFile the lake file
   * @param evidenceRoot the evidence root, or {@code null} for none
   * @param excluded a folder never reported (the output), or {@code null}
   * @param quiet how long no change must follow the last one before the burst is reported
   * @param nanoTime the clock, as {@link System#nanoTime()}
   * @throws IOException when a folder cannot be watched
   */
  Watcher(Path lakeFile, Path evidenceRoot, Path excluded, Duration quiet, LongSupplier nanoTime) throws IOException {
    this.lakeFile = lakeFile.toAbsolutePath().normalize();
    this.evidenceRoot = evidenceRoot == null ? null : evidenceRoot.toAbsolutePath().normalize();
    this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    this.quietNanos = quiet.toNanos();
    this.nanoTime = nanoTime;
    this.service = FileSystems.getDefault().newWatchService();
    register(this.lakeFile.getParent());
    if (this.evidenceRoot != null) {
      registerTree(this.evidenceRoot);
    }
  }

  /**
   * Waits for changes and hands each burst's changed paths (absolute, sorted) to {@code onBurst},
   * on this thread; returns when the watcher is closed or the thread interrupted.
   */
  void run(Consumer<Set<Path>> onBurst) {
    Set<Path> pending = new TreeSet<>();
    long deadline = 0;
    try {
      while (true) {
        WatchKey key;
        if (pending.isEmpty()) {
          key = service.take();
        } else {
          long wait = deadline - nanoTime.getAsLong();
          key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
          if (key == null) {
            Set<Path> burst = new TreeSet<>(pending);
            pending.clear();
            onBurst.accept(burst);
            continue;
          }
        }
        if (collect(key, pending)) {
          deadline = nanoTime.getAsLong() + quietNanos;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // Closed: stop.
    }
  }

  /** Adds the relevant paths of {@code key}'s events to {@code pending}; whether any was added. */
  private boolean collect(WatchKey key, Set<Path> pending) {
    Path folder = folders.get(key);
    boolean added = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
        pending.add(lakeFile);
        added = true;
        continue;
      }
      Path changed = folder.resolve((Path) event.context());
      if (isUnderEvidence(changed) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          // Gone again, or unreadable: its files are reported when the parent changes.
        }
      }
      if (changed.equals(lakeFile) || isUnderEvidence(changed)) {
        pending.add(changed);
        added = true;
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return added;
  }

  private boolean isUnderEvidence(Path path) {
    return evidenceRoot != null && path.startsWith(evidenceRoot) && !path.equals(evidenceRoot)
        && (excluded == null || !path.startsWith(excluded));
  }

  private void registerTree(Path top) throws IOException {
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
        if (excluded != null && folder.startsWith(excluded)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        register(folder);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void register(Path folder) throws IOException {
    WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, folder);
  }

  /** Stops watching; {@link #run} returns. */
  @Override
  public void close() throws IOException {
    service.close();
  }
}
