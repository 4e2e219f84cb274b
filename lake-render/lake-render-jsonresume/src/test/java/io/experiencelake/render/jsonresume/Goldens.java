package io.experiencelake.render.jsonresume;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files in test resources. Run the tests with {@code -Dgolden.update=true} to rewrite them
 * from the current output (then read the diff before committing).
 */
final class Goldens {

  private Goldens() {}

  /** The golden file {@code name} beside this class in test resources, rewritten first when asked. */
  static String read(String name, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/io/experiencelake/render/jsonresume", name);
      try {
        Files.createDirectories(source.getParent());
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    try (InputStream in = Goldens.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name + "; run with -Dgolden.update=true to write it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
