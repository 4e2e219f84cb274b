package io.experiencelake.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessSessionsTests {

  /**
   * Once a command exits with no read of its output under way, the JDK drains and closes this JVM's
   * end of the pipe; a child that goes on holding the other end is then found only by the pipe taken
   * when the command started, which is what {@link ProcessSessions#outputPipes} is for.
   */
  @Test
  void aLateWriterIsFoundByTheOutputPipeTakenAtTheStartAfterTheJdkClosedItsEnd() throws Exception {
    assumeTrue(ProcessSessions.available(), "Linux with /proc");
    Process process = new ProcessBuilder("sh", "-c", "sleep 30 & echo $!; sleep 0.2; exit 0")
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    Set<String> output = ProcessSessions.outputPipes(process);
    InputStream in = process.getInputStream();
    byte[] line = new byte[64];
    long pid = Long.parseLong(new String(line, 0, in.read(line), StandardCharsets.US_ASCII).strip());
    ProcessHandle lateWriter = ProcessHandle.of(pid).orElseThrow();
    try {
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 500 && ProcessSessions.pipesOfThisJvm().containsAll(output); i++) { // until the JDK closed its end
        Thread.sleep(10);
      }

      assertThat(output).hasSize(1).allMatch(pipe -> pipe.startsWith("pipe:"));
      assertThat(ProcessSessions.pipesOfThisJvm()).as("this JVM's pipes once the JDK closed its end").doesNotContainAnyElementsOf(output);
      assertThat(ProcessSessions.holdsAnyOf(lateWriter, output)).isTrue();
    } finally {
      lateWriter.destroyForcibly();
    }
  }
}
