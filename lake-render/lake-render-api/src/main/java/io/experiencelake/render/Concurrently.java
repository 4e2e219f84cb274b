package io.experiencelake.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to each item of a list on a few threads at once, and gives the results in
 * the list's order: the calling thread takes part, and at most one new thread a further processor
 * helps it. The threads are daemons, inherit the caller's context class loader, and are gone when
 * this returns.
 *
 * <p>The first failure in list order is thrown as it was thrown (the same exception object), after
 * every thread has stopped: a failed item leaves no thread behind.
 */
final class Concurrently {

  private Concurrently() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> function) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<R> results = new ArrayList<>(items.size());
      items.forEach(item -> results.add(function.apply(item)));
      return results;
    }
    Object[] results = new Object[items.size()];
    Throwable[] failures = new Throwable[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
        try {
          results[i] = function.apply(items.get(i));
        } catch (RuntimeException | Error e) {
          failures[i] = e;
        }
      }
    };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread helper = new Thread(work, "lake-render-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    work.run();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (helper.isAlive()) {
        try {
          helper.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
    }
    List<R> ordered = new ArrayList<>(items.size());
    for (Object result : results) {
      @SuppressWarnings("unchecked")
      R typed = (R) result;
      ordered.add(typed);
    }
    return ordered;
  }
}
