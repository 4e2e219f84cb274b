package io.experiencelake.cli;

import static io.experiencelake.cli.WatchTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code --watch}'s warm-up ({@link Watching.WarmUp}): rehearsals on a thread of their own for a
 * budget of time in all, paused around each real render, ended quietly by a failure. The clock is
 * the tests': each rehearsal takes one second of it, so the counts are exact.
 */
class WarmUpTests {

  private final AtomicLong clock = new AtomicLong();
  private final AtomicInteger rehearsals = new AtomicInteger();
  private final AtomicBoolean underWay = new AtomicBoolean();

  /** A rehearsal that takes one second of the tests' clock. */
  private void rehearse() {
    underWay.set(true);
    rehearsals.incrementAndGet();
    clock.addAndGet(Duration.ofSeconds(1).toNanos());
    underWay.set(false);
  }

  private Watching.WarmUp warmUp(Runnable rehearse, int seconds) {
    return new Watching.WarmUp(rehearse, Duration.ofSeconds(seconds), clock::get);
  }

  /** Resumes {@code warmUp}, waits for {@code atLeast} rehearsals, then {@code stop}s it; how many there were. */
  private int resumedThen(Watching.WarmUp warmUp, int atLeast, Consumer<Watching.WarmUp> stop) {
    warmUp.resume();
    await(atLeast + " rehearsals", () -> rehearsals.get() >= atLeast);
    stop.accept(warmUp);
    return rehearsals.get();
  }

  @Test
  void rehearsesUntilItsTimeIsUsedUpAcrossPauses() {
    Watching.WarmUp warmUp = warmUp(this::rehearse, 5);

    int beforePause = resumedThen(warmUp, 2, Watching.WarmUp::pause);

    assertThat(warmUp.rehearsing()).isFalse();
    assertThat(underWay).isFalse();
    assertThat(rehearsals).hasValue(beforePause);

    warmUp.resume();
    await("the time used up", () -> !warmUp.rehearsing());
    assertThat(rehearsals).hasValue(5);

    warmUp.resume();
    assertThat(warmUp.rehearsing()).isFalse();
    assertThat(rehearsals).hasValue(5);
  }

  @Test
  void aRehearsalThatThrowsEndsTheRoundQuietlyAndTheNextResumeTriesAgain() {
    AtomicBoolean broken = new AtomicBoolean(true);
    Watching.WarmUp warmUp = warmUp(() -> {
      rehearse();
      if (broken.get()) {
        throw new IllegalStateException("the lake has an error");
      }
    }, 5);

    warmUp.resume();
    await("the failed round to end", () -> !warmUp.rehearsing());
    assertThat(rehearsals).hasValue(1);

    broken.set(false);
    warmUp.resume();
    await("the time used up", () -> !warmUp.rehearsing());
    assertThat(rehearsals).hasValue(5);
  }

  @Test
  void anErrorOfTheJvmEndsItForGood() {
    Watching.WarmUp warmUp = warmUp(() -> {
      rehearse();
      throw new OutOfMemoryError("Java heap space");
    }, 5);

    warmUp.resume();
    await("the round to end", () -> !warmUp.rehearsing());
    warmUp.resume();

    assertThat(warmUp.rehearsing()).isFalse();
    assertThat(rehearsals).hasValue(1);
  }

  @Test
  void closedItNeverStartsAgain() {
    Watching.WarmUp warmUp = warmUp(this::rehearse, 1_000_000);

    int atClose = resumedThen(warmUp, 1, Watching.WarmUp::close);
    warmUp.resume();

    assertThat(warmUp.rehearsing()).isFalse();
    assertThat(rehearsals).hasValue(atClose);
  }
}
