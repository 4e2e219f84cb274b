package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code lake} launcher's class-data archive: made once per user and jar by a training run,
 * used after, made again when the jar changes, never in a folder someone else could have planted.
 */
class LauncherArchiveJarTests {

  record Exit(int code, String out, String err) {}

  static Exit launch(Path cache, Path jar, Map<String, String> extra, String... args) throws IOException, InterruptedException {
    return launch(Path.of("").toAbsolutePath(), cache, jar.toString(), extra, args);
  }

  /** Runs the launcher in {@code directory} with {@code LAKE_JAR} spelled as {@code jar}. */
  static Exit launch(Path directory, Path cache, String jar, Map<String, String> extra, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("sh", LakeJarTests.LAUNCHER.toAbsolutePath().toString()), Stream.of(args)).toList())
        .directory(directory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectError(ProcessBuilder.Redirect.PIPE);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("LAKE_JAR", jar);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("LAKE_ARCHIVE", "wait");
    builder.environment().putAll(extra);
    Process process = builder.start();
    byte[][] err = new byte[1][];
    Thread reader = new Thread(() -> {
      try {
        err[0] = process.getErrorStream().readAllBytes();
      } catch (IOException e) {
        err[0] = new byte[0];
      }
    });
    reader.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
    reader.join();
    return new Exit(process.exitValue(), out, new String(err[0], StandardCharsets.UTF_8));
  }

  static List<String> archives(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa") || n.endsWith(".aot")).sorted().toList();
    }
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void givesTheCheckingCommandsAndATextRenderArchivesOfTheirOwn(@TempDir Path folder) throws Exception {
    Path jar = Files.copy(LakeJarTests.JAR, folder.resolve("lake-all.jar"));
    Path archives = folder.resolve("cache").resolve("experience-lake");

    Exit validate = launch(folder.resolve("cache"), jar, Map.of(), "validate", LakeJarTests.VALID);
    Exit render = launch(folder.resolve("cache"), jar, Map.of(), "render", LakeJarTests.VALID, "--to", "cv", "--out", folder.resolve("out").toString());

    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(archives(archives)).as("one archive per group, each no larger than its commands need")
        .hasSize(2).anySatisfy(name -> assertThat(name).matches(".*-check\\.(jsa|aot)"))
        .anySatisfy(name -> assertThat(name).matches(".*-text\\.(jsa|aot)"));
  }

  @Test
  void makesOneArchivePerJarInAPrivateFolderUsesItAndMakesANewOneWhenTheJarChanges(@TempDir Path folder) throws Exception {
    Path jar = Files.copy(LakeJarTests.JAR, folder.resolve("lake-all.jar"));
    Path cache = folder.resolve("cache");
    Path archives = cache.resolve("experience-lake");
    Path classes = folder.resolve("classes.log");

    Exit first = launch(cache, jar, Map.of(), "--version");
    List<String> made = archives(archives);
    Exit second = launch(cache, jar, Map.of("LAKE_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "validate", LakeJarTests.VALID);

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("lake ");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archives))).isEqualTo("rwx------");
    assertThat(made).singleElement().asString().startsWith("lake-" + sha256(jar).substring(0, 16) + "-");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.err()).isEmpty();
    assertThat(Files.readAllLines(classes)).as("the command's own classes come from the archive")
        .anyMatch(line -> line.contains("io.experiencelake.cli.LakeCli ") && line.contains("shared objects file"));

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    Exit changed = launch(cache, jar, Map.of(), "--version");

    assertThat(changed.code()).isZero();
    assertThat(archives(archives)).singleElement().isNotEqualTo(made.get(0));
  }

  @Test
  void usesOneArchiveHoweverTheJarIsSpelledAndMakesAnotherForTheJarMovedElsewhere(@TempDir Path folder) throws Exception {
    // A JVM archive keeps the class path as spelled when it was made, and printed "Unable to use shared
    // archive" on every run under another spelling of the same jar, or for the same jar moved (same
    // bytes, same time: the name of its archive was the same).
    Path jar = Files.copy(LakeJarTests.JAR, folder.resolve("lake-all.jar"));
    Path cache = folder.resolve("cache");
    Path archives = cache.resolve("experience-lake");

    for (String spelling : List.of("lake-all.jar", "./lake-all.jar", jar.toString(), folder + "/./lake-all.jar")) {
      Exit run = launch(folder, cache, spelling, Map.of(), "validate", LakeJarTests.VALID);

      assertThat(run.code()).as(spelling + ": " + run.err()).isZero();
      assertThat(run.err()).as(spelling).isEmpty();
    }
    List<String> made = archives(archives);
    assertThat(made).hasSize(1);

    Path moved = Files.move(jar, Files.createDirectories(folder.resolve("moved")).resolve("lake-all.jar"));
    Exit there = launch(folder, cache, moved.toString(), Map.of(), "validate", LakeJarTests.VALID);

    assertThat(there.code()).as(there.err()).isZero();
    assertThat(there.err()).isEmpty();
    assertThat(archives(archives)).as("the moved jar's archive, in place of the other").singleElement().isNotEqualTo(made.get(0));
  }

  @Test
  void keepsAnArchiveForEachOfTwoCheckoutsUsedInTurn(@TempDir Path folder) throws Exception {
    // Each checkout's archive was removed when the other made its own, so each run after a run of the
    // other made its archive again (a training run) and hashed its 40 MB jar again (one memo line).
    Path first = Files.copy(LakeJarTests.JAR, Files.createDirectories(folder.resolve("first")).resolve("lake-all.jar"));
    Path second = Files.copy(first, Files.createDirectories(folder.resolve("second")).resolve("lake-all.jar"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Path cache = folder.resolve("cache");
    Path archives = cache.resolve("experience-lake");

    launch(cache, first, Map.of(), "--version");
    List<String> madeFirst = archives(archives);
    FileTime firstMade = Files.getLastModifiedTime(archives.resolve(madeFirst.get(0)));
    launch(cache, second, Map.of(), "--version");
    List<String> both = archives(archives);
    Exit again = launch(cache, first, Map.of(), "--version");

    assertThat(madeFirst).hasSize(1);
    assertThat(both).hasSize(2).contains(madeFirst.get(0));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(archives(archives)).isEqualTo(both);
    assertThat(Files.getLastModifiedTime(archives.resolve(madeFirst.get(0)))).as("not made again").isEqualTo(firstMade);
    assertThat(Files.readAllLines(archives.resolve("jar-digest"))).as("a memo line for each jar, the one hashed last first")
        .satisfiesExactly(line -> assertThat(line).endsWith(" " + second), line -> assertThat(line).endsWith(" " + first));
  }

  @Test
  void runsWithoutAnArchiveWhenTurnedOffOrWhenTheCacheFolderIsALink(@TempDir Path folder) throws Exception {
    Path jar = LakeJarTests.JAR;
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Path linked = Files.createDirectories(folder.resolve("linked"));
    Files.createSymbolicLink(linked.resolve("experience-lake"), elsewhere);

    Exit off = launch(folder.resolve("off"), jar, Map.of("LAKE_ARCHIVE", "off"), "--version");
    Exit link = launch(linked, jar, Map.of(), "--version");

    assertThat(off.code()).isZero();
    assertThat(folder.resolve("off")).doesNotExist();
    assertThat(link.code()).isZero();
    assertThat(archives(elsewhere)).isEmpty();
  }
}
