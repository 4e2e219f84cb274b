package io.experiencelake.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class InjectedSoftAssertionsTests {

  /** Run only through {@link EngineTestKit}: a user's test with soft lake assertions injected by AssertJ's extension. */
  @ExtendWith(SoftAssertionsExtension.class)
  static class StatusesOfTheSmallLake {
    @InjectSoftAssertions
    SoftLakeAssertions softly;

    @Test
    void everyEntryIsAchieved() {
      for (var entry : SmallLake.lake().entries()) {
        softly.assertThat(entry).isAchieved();
      }
    }
  }

  @Test
  void reportEveryFailureOfATestOnceItEnds() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(StatusesOfTheSmallLake.class)).execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    Throwable failure = results.testEvents().failed().stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .findFirst().orElseThrow();
    assertThat(failure)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expecting entry 'latency-budget':")
        .hasMessageContaining("to be ACHIEVED, but was TARGET by 2027-03-31");
  }
}
