package io.experiencelake.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a new JVM on the test's class path, for what one JVM cannot show
 * about itself: what a first use of a library prints on standard error, or writes into the home
 * folder, when nothing else in the JVM has touched it yet.
 *
 * <pre>{@code
 * ChildJvm.Result result = ChildJvm.run(RenderProbe.class, List.of("-Duser.home=" + home));
 * assertThat(result.err()).isEmpty();
 * }</pre>
 */
public final class ChildJvm {

  /**
   * What the child did.
   *
   * @param exitCode its exit code
   * @param out what it printed on standard output
   * @param err what it printed on standard error
   */
  public record Result(int exitCode, String out, String err) {}

  private ChildJvm() {}

  /** Runs {@code main}'s {@code main(args)} in a new JVM with {@code jvmOptions}, waiting at most two minutes. */
  public static Result run(Class<?> main, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("child-jvm", ".out");
      Path err = Files.createTempFile("child-jvm", ".err");
      try {
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IllegalStateException("the child JVM running " + main.getName() + " did not finish in two minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
