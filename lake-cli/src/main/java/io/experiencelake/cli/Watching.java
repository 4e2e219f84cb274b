package io.experiencelake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * {@code --watch}: renders once, then again after every burst of changes to the lake or its
 * evidence, saying what changed; stops cleanly when interrupted or on Ctrl-C, never in the middle
 * of writing the output (which is swapped in atomically anyway, so the last good render stays when
 * the lake has errors).
 */
final class Watching {

  /** How long Ctrl-C waits for a render under way to finish. */
  private static final long STOP_WAIT_SECONDS = 10;

  /** How long the rehearsals of {@link WarmUp} go on in all: most of what the JIT gains, measured, comes in the first ten seconds. */
  private static final Duration WARM_UP = Duration.ofSeconds(10);

  private Watching() {}

  /**
   * Runs {@code render} now and after each change, then {@code afterRender}; returns when the thread
   * is interrupted (or the JVM is stopping), with {@code render}'s last exit code, or
   * {@link LakeCli#FAILED} when the files cannot be watched. {@code cleanup} runs last in any case,
   * and Ctrl-C waits for it.
   */
  static int renderOnEveryChange(Path lakeFile, Path evidenceRoot, Path output, IntSupplier render, Runnable rehearse,
      Runnable afterRender, Runnable cleanup, PrintWriter out, PrintWriter err) {
    CountDownLatch stopped = new CountDownLatch(1);
    WarmUp warmUp = new WarmUp(rehearse, WARM_UP, System::nanoTime);
    try {
      return watch(lakeFile, evidenceRoot, output, render, warmUp, afterRender, stopped, out, err);
    } finally {
      warmUp.close();
      cleanup.run();
      stopped.countDown();
    }
  }

  private static int watch(Path lakeFile, Path evidenceRoot, Path output, IntSupplier render, WarmUp warmUp,
      Runnable afterRender, CountDownLatch stopped, PrintWriter out, PrintWriter err) {
    ReentrantLock rendering = new ReentrantLock();
    int[] last = {render.getAsInt()};
    afterRender.run();
    if (last[0] == LakeCli.OK) {
      warmUp.resume();
    }
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
        warmUp.pause();
        rendering.lock();
        try {
          out.println(Terminal.safe("changed: " + shown(changed)));
          out.flush();
          last[0] = render.getAsInt();
          afterRender.run();
        } finally {
          rendering.unlock();
        }
        if (last[0] == LakeCli.OK) {
          warmUp.resume();
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

  /**
   * Rehearses the render on a thread of its own while {@code --watch} waits for a change, writing and
   * printing nothing, for a few seconds in all. A fresh JVM runs the typesetting libraries slowly
   * until its JIT compiler has seen them many times: without the rehearsals the person's first saves
   * took 0.13 to 0.45 s each to re-render, with ten seconds of them 0.07 to 0.18 s (issue 16). Each real
   * render pauses the rehearsals first (waiting for one under way, so it has the machine to itself)
   * and resumes them after one that succeeded. A rehearsal that fails ends them quietly, since the
   * real renders report the lake's problems: until the next resume when it threw an exception (the
   * lake was saved again with an error), for good when the JVM failed (memory ran short).
   */
  static final class WarmUp {
    private final Runnable rehearse;
    private final LongSupplier nanoTime;
    private long leftNanos;
    private boolean over;
    private Thread thread;
    private volatile boolean pausing;

    /** Rehearsals of {@code rehearse}, for {@code budget} in all by {@code nanoTime}. */
    WarmUp(Runnable rehearse, Duration budget, LongSupplier nanoTime) {
      this.rehearse = rehearse;
      this.leftNanos = budget.toNanos();
      this.nanoTime = nanoTime;
    }

    /** Starts rehearsing, unless the time is used up, a rehearsal failed or it was closed. */
    synchronized void resume() {
      if (over || thread != null || leftNanos <= 0) {
        return;
      }
      pausing = false;
      thread = new Thread(this::rehearseUntilPaused, "lake-warm-up");
      thread.setDaemon(true);
      thread.start();
    }

    private void rehearseUntilPaused() {
      long started = nanoTime.getAsLong();
      boolean failed = false;
      try {
        while (!pausing && nanoTime.getAsLong() - started < leftNanos()) {
          rehearse.run();
        }
      } catch (RuntimeException e) {
        // This round ends; the next resume tries again.
      } catch (Error e) {
        failed = true;
      } finally {
        synchronized (this) {
          leftNanos -= nanoTime.getAsLong() - started;
          over |= failed;
          thread = null;
        }
      }
    }

    private synchronized long leftNanos() {
      return leftNanos;
    }

    /** Whether a rehearsal is under way or about to start. */
    synchronized boolean rehearsing() {
      return thread != null;
    }

    /** Stops rehearsing until {@link #resume()}, waiting for a rehearsal under way. */
    void pause() {
      Thread running;
      synchronized (this) {
        pausing = true;
        running = thread;
      }
      if (running != null && running != Thread.currentThread()) {
        try {
          running.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** Stops rehearsing for good, waiting for a rehearsal under way. */
    void close() {
      synchronized (this) {
        over = true;
      }
      pause();
    }
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
