package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentlyTests {

  @Test
  void resultsComeInTheListsOrderWhicheverThreadFinishesFirst() {
    List<Integer> items = IntStream.range(0, 40).boxed().collect(Collectors.toList());
    List<String> results = Concurrently.map(items, i -> {
      sleepQuietly((40 - i) % 7);
      return "item " + i;
    });
    assertThat(results).containsExactlyElementsOf(items.stream().map(i -> "item " + i).collect(Collectors.toList()));
  }

  @Test
  void theFirstFailureInListOrderIsThrownAsItWasThrownAndNoThreadIsLeft() {
    IllegalStateException second = new IllegalStateException("second");
    IllegalArgumentException fourth = new IllegalArgumentException("fourth");
    Set<Thread> ran = ConcurrentHashMap.newKeySet();
    assertThatThrownBy(() -> Concurrently.map(List.of(1, 2, 3, 4, 5), i -> {
      ran.add(Thread.currentThread());
      sleepQuietly(i == 2 ? 30 : 0);
      if (i == 2) {
        throw second;
      }
      if (i == 4) {
        throw fourth;
      }
      return i;
    })).isSameAs(second);
    assertThat(ran).allSatisfy(thread -> assertThat(thread == Thread.currentThread() || !thread.isAlive()).isTrue());
  }

  @Test
  void theHelpingThreadsSeeTheCallersContextClassLoader() throws Exception {
    ClassLoader original = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader callers = new URLClassLoader(new URL[0], original)) {
      Thread.currentThread().setContextClassLoader(callers);
      List<ClassLoader> seen = Concurrently.map(List.of(1, 2, 3, 4, 5, 6), i -> {
        sleepQuietly(5);
        return Thread.currentThread().getContextClassLoader();
      });
      assertThat(seen).containsOnly(callers);
    } finally {
      Thread.currentThread().setContextClassLoader(original);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
