package io.experiencelake.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files in test resources, beside the test class that reads them. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the current output, then read the diff before
 * committing.
 *
 * <pre>{@code
 * String actual = run.artifact("cv.md").text();
 * assertThat(actual).isEqualTo(Goldens.read(CvRendererTests.class, "small-cv.md", actual));
 * }</pre>
 */
public final class Goldens {

  private Goldens() {}

  /**
   * The golden file {@code name} in {@code owner}'s package in test resources; first rewritten
   * with {@code actual} when {@code golden.update} is set.
   */
  public static String read(Class<?> owner, String name, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src", "test", "resources").resolve(owner.getPackageName().replace('.', '/')).resolve(name);
      try {
        Files.createDirectories(source.getParent());
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name + " beside " + owner.getName() + "; run with -Dgolden.update=true to write it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
