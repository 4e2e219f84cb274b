package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lake prepare-start-up}: every group's training runs all of its commands without a failure
 * (the launcher keeps no archive of a training run that failed, so a broken one would go unnoticed).
 */
class StartUpTrainingTests {

  @ParameterizedTest
  @ValueSource(strings = {"check", "text", "all"})
  void everyCommandOfTheGroupSucceeds(String group) {
    Cli.Run run = Cli.run("prepare-start-up", group);

    assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
  }

  @Test
  void anUnknownGroupIsAUsageError() {
    Cli.Run run = Cli.run("prepare-start-up", "everything");

    assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
    assertThat(run.err()).contains("the groups are check, text and all");
  }
}
