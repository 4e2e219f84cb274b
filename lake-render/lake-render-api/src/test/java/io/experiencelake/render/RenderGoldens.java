package io.experiencelake.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files in a renderer module's test resources, beside the test class's package. Run the
 * tests with {@code -Dgolden.update=true} to rewrite them from the current output (then read the
 * diff before committing).
 *
 * <pre>{@code
 * String actual = ...;
 * assertThat(actual).isEqualTo(RenderGoldens.read(InterviewRendererTests.class, "small-interview.md", actual));
 * }</pre>
 */
public final class RenderGoldens {

  private RenderGoldens() {}

  /** The golden file {@code name} in {@code anchor}'s package in test resources, rewritten first when asked. */
  public static String read(Class<?> anchor, String name, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources", anchor.getPackageName().replace('.', '/'), name);
      try {
        Files.createDirectories(source.getParent());
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name + "; run with -Dgolden.update=true to write it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
