package io.experiencelake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * {@code --watch}: renders once, then again after every burst of changes to the lake or its
 * evidence, saying what changed; stops cleanly when interrupted or on Ctrl-C, never in the middle
 * of writing the output (which is swapped in atomically anyway, so the last good render stays when
 * the lake has errors).
 */
final class Watching {

  /** How long Ctrl-C waits for a render under way to finish. */
  private static final long STOP_WAIT_SECONDS = 10;

  private Watching() {}

  /**
   * Runs {@code render} now and after each change, then {@code afterRender}; returns when the thread
   * is interrupted (or the JVM is stopping), with {@code render}'s last exit code, or
   * {@link LakeCli#FAILED} when the files cannot be watched. {@code cleanup} runs last in any case,
   * and Ctrl-C waits for it.
   */
  static int renderOnEveryChange(Path lakeFile, Path evidenceRoot, Path output, IntSupplier render, Runnable afterRender,
      Runnable cleanup, PrintWriter out, PrintWriter err) {
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      return watch(lakeFile, evidenceRoot, output, render, afterRender, stopped, out, err);
    } finally {
      cleanup.run();
      stopped.countDown();
    }
  }

  private static int watch(Path lakeFile, Path evidenceRoot, Path output, IntSupplier render, Runnable afterRender,
      CountDownLatch stopped, PrintWriter out, PrintWriter err) {
    ReentrantLock rendering = new ReentrantLock();
    int[] last = {render.getAsInt()};
    afterRender.run();
    Watcher watcher;
    try {
      watcher = new Watcher(lakeFile, evidenceRoot, output, Watcher.QUIET, System::nanoTime);
    } catch (IOException e) {
      err.println("lake: cannot watch " + Terminal.safe(lakeFile.toString()) + ": " + Terminal.safe(String.valueOf(e.getMessage())));
      err.flush();
      return LakeCli.FAILED;
    }
    Thread watching = Thread.currentThread();
    Thread stop = new Thread(() -> {
      watching.interrupt();
      try {
        watcher.close();
        if (rendering.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
          rendering.unlock();
        }
        stopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (IOException | InterruptedException e) {
        // Stopping anyway.
      }
      err.println("lake: stopped watching");
      err.flush();
    }, "lake-stop-watching");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println(Terminal.safe("watching " + lakeFile + (evidenceRoot == null ? "" : " and " + evidenceRoot)
        + " (Ctrl-C stops)"));
    out.flush();
    try {
      watcher.run(changed -> {
        rendering.lock();
        try {
          out.println(Terminal.safe("changed: " + shown(changed)));
          out.flush();
          last[0] = render.getAsInt();
          afterRender.run();
        } finally {
          rendering.unlock();
        }
      });
    } finally {
      try {
        watcher.close();
      } catch (IOException e) {
        // Closed already.
      }
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // The JVM is stopping: the hook is running, and waits for the cleanup.
      }
    }
    return last[0];
  }

  /** The changed paths as the user would name them: relative to the current folder when inside it. */
  private static String shown(Set<Path> changed) {
    Path here = Path.of("").toAbsolutePath();
    List<String> names = new ArrayList<>();
    for (Path path : changed) {
      names.add(path.startsWith(here) ? here.relativize(path).toString() : path.toString());
    }
    return String.join(", ", names);
  }
}
