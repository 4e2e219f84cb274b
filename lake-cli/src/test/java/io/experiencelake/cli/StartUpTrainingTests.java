package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lake prepare-start-up}: every group's training runs all of its commands without a failure
 * (the launcher keeps no archive of a training run that failed, so a broken one would go unnoticed),
 * and picocli is bytecode the archives can hold.
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

  @Test
  void picocliIsJava17BytecodeSoTheArchivesHoldIt() throws IOException {
    // picocli as published is Java 5 bytecode (49), which neither AppCDS on JDK 17 nor the AOT cache on
    // JDK 25 keeps; lake-picocli compiles it for 17 (61). A dependency on info.picocli:picocli creeping
    // back would bring the old classes back unnoticed.
    try (InputStream in = picocli.CommandLine.class.getResourceAsStream("CommandLine.class");
        DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort();
      assertThat(data.readUnsignedShort()).as("class file major version").isGreaterThanOrEqualTo(61);
    }
  }
}
