package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs every case of the hostile-input corpus ({@code src/test/resources/hostile/}, plus a 10,000-deep
 * nesting and a 100 MB string made at run time) through {@code lake validate} and {@code lake verify}
 * in each output format (and through {@code lake render}, fresh and over an earlier render), and checks that each fails cleanly or passes: the right exit code, a located
 * error, no stack trace, nothing on standard error, nothing unsafe printed to a terminal, SARIF that
 * the official schema accepts, and not one byte or timestamp changed under the test's folder.
 *
 * <p>Surefire runs this module with {@code -Xmx512m}, so the 100 MB string must be refused by the
 * parser's limits, not read into a string.
 */
class HostileInputTests {

  static final Path CORPUS = Cli.resource("hostile");

  /** Prepares one case in its folder: {@code lake} is where the lake goes, {@code evidence} holds a copy of the corpus evidence. */
  @FunctionalInterface
  interface Setup {
    void prepare(Path folder, Path lake, Path evidence) throws IOException;
  }

  /** One case: its lake and setup, the exit code of validate and of verify, and codes the diagnostics must include. */
  record Case(String name, Setup setup, int validateExit, int verifyExit, List<String> validateCodes, List<String> verifyCodes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case file(String path, int exit, String... codes) {
    return new Case(path, copy(path), exit, exit, List.of(codes), List.of(codes));
  }

  static Case verifyFails(String path, Setup extra, String code) {
    Setup setup = (folder, lake, evidence) -> {
      copy(path).prepare(folder, lake, evidence);
      extra.prepare(folder, lake, evidence);
    };
    return new Case(path, setup, LakeCli.OK, LakeCli.FAILED, List.of(), List.of(code));
  }

  static Setup copy(String path) {
    return (folder, lake, evidence) -> Files.copy(CORPUS.resolve(path), lake);
  }

  static Stream<Case> cases() {
    return Stream.of(
        file("valid.json", LakeCli.OK),
        file("malformed/truncated.json", LakeCli.FAILED, "LAKE-J001"),
        file("malformed/trailing-garbage.json", LakeCli.FAILED, "LAKE-J003"),
        file("malformed/bom.json", LakeCli.FAILED, "LAKE-J001"),
        file("malformed/invalid-utf8.json", LakeCli.FAILED, "LAKE-J001"),
        file("malformed/duplicate-keys.json", LakeCli.FAILED, "LAKE-J002"),
        file("malformed/comments.json", LakeCli.FAILED, "LAKE-J001"),
        file("malformed/nan.json", LakeCli.FAILED, "LAKE-J001"),
        new Case("generated: 10,000 levels of nesting", HostileInputTests::deepNesting, LakeCli.FAILED, LakeCli.FAILED,
            List.of("LAKE-J001"), List.of("LAKE-J001")),
        new Case("generated: a 100 MB string", HostileInputTests::hugeString, LakeCli.FAILED, LakeCli.FAILED,
            List.of("LAKE-J001"), List.of("LAKE-J001")),
        file("wrong/wrong-types.json", LakeCli.FAILED, "LAKE-S001"),
        file("wrong/unknown-field.json", LakeCli.FAILED, "LAKE-S002"),
        file("wrong/impossible-date.json", LakeCli.FAILED, "LAKE-S004"),
        file("wrong/bad-digest.json", LakeCli.FAILED, "LAKE-I008"),
        file("wrong/unknown-reference.json", LakeCli.FAILED, "LAKE-I005"),
        file("paths/dotdot.json", LakeCli.FAILED, "LAKE-I009"),
        file("paths/absolute.json", LakeCli.FAILED, "LAKE-I009"),
        verifyFails("paths/symlink-out.json", HostileInputTests::symlinkOut, "LAKE-V003"),
        verifyFails("paths/directory.json", (folder, lake, evidence) -> { }, "LAKE-V002"),
        verifyFails("paths/unreadable.json", HostileInputTests::unreadable, "LAKE-V002"),
        verifyFails("paths/fifo.json", HostileInputTests::fifo, "LAKE-V003"),
        file("text/break-outputs.json", LakeCli.OK),
        file("text/break-outputs-broken.json", LakeCli.FAILED, "LAKE-I010", "LAKE-S002"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsCleanlyWithALocatedErrorOrPassesAndChangesNothing(Case c, @TempDir Path root) throws IOException {
    Path folder = Files.createDirectory(root.resolve("case"));
    Path lake = folder.resolve("lake.json");
    Path evidence = folder.resolve("evidence");
    copyFolder(CORPUS.resolve("evidence"), evidence);
    c.setup().prepare(folder, lake, evidence);
    Map<String, String> before = FolderSnapshot.of(folder);

    for (OutputFormat format : OutputFormat.values()) {
      String f = format.name().toLowerCase(java.util.Locale.ROOT);
      check(Cli.run("validate", lake.toString(), "--format", f), format, lake, c.validateExit(), c.validateCodes());
      check(Cli.run("verify", lake.toString(), "--evidence", evidence.toString(), "--format", f), format, lake,
          c.verifyExit(), c.verifyCodes());
    }
    checkRender(c, lake, evidence, root);

    assertThat(FolderSnapshot.of(folder)).as("the files under the test folder").isEqualTo(before);
  }

  /**
   * Renders the case into a new folder and over an earlier render: the exit code of validate, a
   * located error and no output on failure, and on success HTML with no script or image from lake text.
   */
  private static void checkRender(Case c, Path lake, Path evidence, Path root) throws IOException {
    Path fresh = root.resolve("out-new");
    Cli.Run run = Cli.run("render", lake.toString(), "--out", fresh.toString(), "--role", "mlops-platform",
        "--include-targets", "--evidence", evidence.toString());
    check(run, OutputFormat.TEXT, lake, c.validateExit(), c.validateCodes());
    if (c.validateExit() == LakeCli.OK) {
      assertThat(fresh.resolve("manifest.json")).isRegularFile();
      assertSafeOutputs(fresh);
    } else {
      assertThat(fresh).as("no output after a failed render").doesNotExist();
      assertThat(Files.list(root).map(p -> p.getFileName().toString())).as("no staging folder left behind")
          .containsExactly("case");
    }

    Path earlier = root.resolve("out-old");
    assertThat(Cli.run("render", CORPUS.resolve("valid.json").toString(), "--out", earlier.toString()).exitCode())
        .isEqualTo(LakeCli.OK);
    Map<String, String> previous = FolderSnapshot.of(earlier);
    Cli.Run over = Cli.run("render", lake.toString(), "--out", earlier.toString(), "--to", "portfolio,cv");
    assertThat(over.exitCode()).as("exit code; output:%n%s", over.all()).isEqualTo(c.validateExit());
    if (c.validateExit() == LakeCli.OK) {
      assertThat(FolderSnapshot.of(earlier)).isNotEqualTo(previous);
      assertSafeOutputs(earlier);
    } else {
      assertThat(FolderSnapshot.of(earlier)).as("the earlier render after a failed one").isEqualTo(previous);
    }
  }

  /** Every HTML file parses with no script, no event handler and only the heatmap as an image; Markdown escapes tags. */
  private static void assertSafeOutputs(Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> paths = Files.walk(out)) {
      files = paths.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".html") && !name.endsWith(".md")) {
        continue; // the PDF and DOCX files are binary; their own tests read their text
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (name.endsWith(".html")) {
        Document html = Jsoup.parse(text);
        assertThat(html.select("script")).as("scripts in %s", file).isEmpty();
        assertThat(html.select("iframe, object, embed")).as("embedded content in %s", file).isEmpty();
        for (Element element : html.getAllElements()) {
          for (Attribute attribute : element.attributes()) {
            assertThat(attribute.getKey()).as("attribute of <%s> in %s", element.tagName(), file).doesNotStartWithIgnoringCase("on");
          }
        }
        for (Element img : html.select("img")) {
          assertThat(img.attr("src")).as("image in %s", file).matches("(\\.\\./)*coverage\\.svg");
        }
      } else if (name.endsWith(".md")) {
        assertThat(UNESCAPED_TAG.matcher(text).find()).as("an unescaped <script or <img in %s", file).isFalse();
      }
    }
  }

  /** A {@code <script} or {@code <img} that Markdown would pass through as HTML. */
  private static final Pattern UNESCAPED_TAG = Pattern.compile("(?<!\\\\)<(script|img)", Pattern.CASE_INSENSITIVE);

  private static void check(Cli.Run run, OutputFormat format, Path lake, int exit, List<String> codes) {
    assertThat(run.exitCode()).as("exit code; output:%n%s", run.all()).isEqualTo(exit);
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err()).as("standard error").isEmpty();
    switch (format) {
      case TEXT:
        assertThat(Cli.hasUnsafeCharacters(run.out())).as("unsafe characters in%n%s", run.out()).isFalse();
        assertThat(Cli.locatedError(lake.toString()).matcher(run.out()).find()).as("a located error in%n%s", run.out()).isEqualTo(exit != LakeCli.OK);
        codes.forEach(code -> assertThat(run.out()).contains(" error " + code + ": "));
        break;
      case JSON:
        JsonNode diagnostics = DiagnosticsOutput.JSON.readTree(run.out());
        assertThat(diagnostics.isArray()).isTrue();
        List<String> found = new ArrayList<>();
        boolean locatedError = false;
        for (JsonNode d : diagnostics) {
          found.add(d.path("code").asString());
          assertThat(d.path("message").asString()).isNotBlank();
          assertThat(d.path("hint").isString()).isTrue();
          locatedError |= d.path("severity").asString().equals("ERROR") && d.path("line").isInt()
              && d.path("column").isInt() && d.path("pointer").isString() && d.path("source").asString().equals(lake.toString());
        }
        assertThat(found).containsAll(codes);
        assertThat(locatedError).as("a located error in%n%s", run.out()).isEqualTo(exit != LakeCli.OK);
        break;
      case SARIF:
        assertThat(SarifSchema.problems(run.out())).as("SARIF schema problems").isEmpty();
        List<String> ruleIds = new ArrayList<>();
        DiagnosticsOutput.JSON.readTree(run.out()).at("/runs/0/results").forEach(r -> ruleIds.add(r.path("ruleId").asString()));
        assertThat(ruleIds).containsAll(codes);
        break;
      default:
        throw new AssertionError(format);
    }
  }

  /** A lake whose stories are 10,000 arrays deep. */
  static void deepNesting(Path folder, Path lake, Path evidence) throws IOException {
    int depth = 10_000;
    Files.writeString(lake, "{\"owner\": {\"name\": \"A\", \"headline\": \"B\"}, \"stories\": "
        + "[".repeat(depth) + "]".repeat(depth) + "}\n", StandardCharsets.UTF_8);
  }

  /** A lake whose owner's name is a string of 100 MiB, written in chunks. */
  static void hugeString(Path folder, Path lake, Path evidence) throws IOException {
    char[] chunk = new char[1 << 20];
    Arrays.fill(chunk, 'a');
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(lake, StandardCharsets.UTF_8))) {
      out.write("{\"owner\": {\"name\": \"");
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("\", \"headline\": \"B\"}}\n");
    }
    assertThat(Files.size(lake)).isGreaterThan(100L * 1024 * 1024);
  }

  /** {@code runs/link.log} is a symbolic link to a file outside the evidence root. */
  static void symlinkOut(Path folder, Path lake, Path evidence) throws IOException {
    Path outside = Files.createDirectories(folder.resolve("outside")).resolve("secret.log");
    Files.writeString(outside, "not evidence\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(evidence.resolve("runs/link.log"), outside);
  }

  /** {@code runs/locked.log} holds the right bytes but nobody may read it; root can, so the case needs another user. */
  static void unreadable(Path folder, Path lake, Path evidence) throws IOException {
    Path locked = evidence.resolve("runs/locked.log");
    Files.copy(evidence.resolve("runs/gates.log"), locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked),
        "chmod 000 does not stop this user (root) from reading the file, so it cannot be unreadable here");
  }

  /** {@code runs/pipe.log} is a named pipe: reading it would block forever. */
  static void fifo(Path folder, Path lake, Path evidence) throws IOException {
    Path pipe = evidence.resolve("runs/pipe.log");
    int exit;
    try {
      exit = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      exit = -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exit = -1;
    }
    assumeTrue(exit == 0 && Files.exists(pipe), "mkfifo is not available here");
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
