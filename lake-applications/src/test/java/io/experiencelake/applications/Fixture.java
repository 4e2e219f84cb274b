package io.experiencelake.applications;

import io.experiencelake.core.Lake;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The test lake (two entries, with evidence), its job ads, and helpers to read what a ledger folder holds. */
final class Fixture {

  /** The test lake's pinned "today". */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private Fixture() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixture.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  static Lake lake() {
    return LakeJson.read(resource("lake.json"), CheckOptions.today(TODAY)).lake();
  }

  /** The plain-text job ad. */
  static JobFile textJob() {
    return JobFile.read(resource("job.txt"));
  }

  /** The JSON Resume job document. */
  static JobFile jsonJob() {
    return JobFile.read(resource("job.json"));
  }

  static ApplyOptions options(String company) {
    return ApplyOptions.of(TODAY, company);
  }

  /** A copy of the test lake's evidence in {@code folder/evidence}. */
  static Path evidence(Path folder) {
    Path from = resource("evidence");
    Path to = folder.resolve("evidence");
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
