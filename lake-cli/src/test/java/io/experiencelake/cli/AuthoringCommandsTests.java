package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lake init}, {@code lake convert} and {@code lake evidence add|status}. */
class AuthoringCommandsTests {

  static List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
    }
  }

  @Nested
  class Init {

    @Test
    void writesAStarterLakeAndItsEvidenceAndNothingElseThatValidatesAtOnce(@TempDir Path folder) throws IOException {
      Path lake = folder.resolve("my-lake");

      Cli.Run init = Cli.run("init", lake.toString(), "--name", "Alex \"Al\" Example: #1", "--headline", "ML platform engineer");
      Cli.Run validate = Cli.run("validate", lake.resolve("lake.yaml").toString());
      Cli.Run verify = Cli.run("verify", lake.resolve("lake.yaml").toString(), "--evidence", lake.resolve("evidence").toString());

      assertThat(init.exitCode()).as(init.all()).isZero();
      assertThat(init.out()).as("the next steps name the folder, which every command takes for its lake")
          .contains("'lake evidence add " + lake.resolve("evidence") + "/FILE'", "'lake verify " + lake + "'",
              "'lake preview " + lake + " --evidence " + lake.resolve("evidence") + "'");
      assertThat(filesUnder(lake)).containsExactly(Path.of("evidence", "runs", "first-gated-run.log"), Path.of("lake.yaml"));
      assertThat(validate.exitCode()).as(validate.all()).isZero();
      assertThat(validate.out()).contains("valid, 1 entry, 0 errors, 0 warnings");
      assertThat(verify.exitCode()).as(verify.all()).isZero();
      assertThat(verify.out()).contains("1 anchor: 1 verified");
      String yaml = Files.readString(lake.resolve("lake.yaml"));
      assertThat(yaml).contains("name: \"Alex \\\"Al\\\" Example: #1\"").contains("# What made it hard.")
          .contains("on: " + Cli.TODAY);
    }

    @Test
    void makesAFolderEveryCommandTakesForItsLake(@TempDir Path folder) throws IOException {
      Path lake = folder.resolve("my-lake");
      Cli.run("init", lake.toString(), "--name", "Sam Rivera", "--headline", "Data engineer");

      Cli.Run validate = Cli.run("validate", lake.toString());
      Cli.Run verify = Cli.run("verify", lake.toString());
      Files.copy(lake.resolve("lake.yaml"), lake.resolve("lake.yml"));
      Cli.Run two = Cli.run("validate", lake.toString());
      Cli.Run none = Cli.run("validate", Files.createDirectories(folder.resolve("empty")).toString());

      assertThat(validate.exitCode()).as(validate.all()).isZero();
      assertThat(validate.out()).startsWith(lake.resolve("lake.yaml") + ": valid, 1 entry");
      assertThat(verify.exitCode()).as(verify.all()).isZero();
      assertThat(verify.out()).contains("verified against " + lake.resolve("evidence") + ":");
      assertThat(two.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(two.err()).contains("the folder " + lake + " holds lake.yaml and lake.yml; name the one to read");
      assertThat(none.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(none.out()).contains("LAKE-J004");
    }

    @Test
    void refusesAFolderThatAlreadyHoldsALakeAndLeavesItAsItWas(@TempDir Path folder) throws IOException {
      Files.writeString(folder.resolve("lake.json"), "{}");

      Cli.Run init = Cli.run("init", folder.toString(), "--name", "A", "--headline", "B");

      assertThat(init.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(init.err()).contains("already holds a lake (lake.json)");
      assertThat(filesUnder(folder)).containsExactly(Path.of("lake.json"));
    }

    @Test
    void refusesANameALakeCannotHoldBeforeWritingAnything(@TempDir Path folder) throws IOException {
      Cli.Run init = Cli.run("init", folder.toString(), "--name", "  ", "--headline", "B");

      assertThat(init.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(filesUnder(folder)).isEmpty();
    }
  }

  @Nested
  class Convert {

    @Test
    void convertsJsonToYamlAndBackWithTheSameHashAndBytes(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Path yaml = folder.resolve("lake.yaml");
      Path json = folder.resolve("again.json");

      Cli.Run toYaml = Cli.run("convert", w.file(), "--out", yaml.toString());
      Cli.Run toJson = Cli.run("convert", yaml.toString(), "--to", "json", "--out", json.toString());
      Cli.Run stdout = Cli.run("convert", yaml.toString(), "--to", "yaml");

      assertThat(toYaml.exitCode()).as(toYaml.all()).isZero();
      assertThat(toJson.exitCode()).as(toJson.all()).isZero();
      assertThat(stdout.out()).isEqualTo(readString(yaml));
      assertThat(Cli.run("hash", yaml.toString()).out()).isEqualTo(Cli.run("hash", w.file()).out());
      assertThat(Cli.run("hash", json.toString()).out()).isEqualTo(Cli.run("hash", w.file()).out());
      assertThat(Cli.run("convert", json.toString(), "--to", "json").out()).isEqualTo(readString(json));
    }

    @Test
    void refusesToReplaceAFileOrToWriteAFormatItsNameDenies(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path existing = folder.resolve("lake.yaml");
      Files.writeString(existing, "mine");

      Cli.Run replace = Cli.run("convert", w.file(), "--out", existing.toString());
      Cli.Run mismatch = Cli.run("convert", w.file(), "--to", "json", "--out", folder.resolve("x.yaml").toString());
      Cli.Run nothing = Cli.run("convert", w.file());

      assertThat(replace.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(readString(existing)).isEqualTo("mine");
      assertThat(mismatch.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(nothing.exitCode()).isEqualTo(LakeCli.USAGE);
    }

    @Test
    void refusesALakeWithErrorsWithLocatedDiagnosticsAndWritesNothing(@TempDir Path folder) {
      Workspace w = Workspace.in(folder).edit(tree -> tree.withObject("/owner").put("headline", " "));
      Path yaml = folder.resolve("out.yaml");

      Cli.Run run = Cli.run("convert", w.file(), "--out", yaml.toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.err()).containsPattern(Cli.locatedError(w.file())).contains("nothing was converted");
      assertThat(yaml).doesNotExist();
    }
  }

  @Nested
  class Evidence {

    @Test
    void addPrintsAReadyAnchorInTheLakesFormatWithoutTouchingTheLake(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path file = w.evidence().resolve("runs/new.log");
      Files.writeString(file, "run 42: 0 partial promotions\n");
      byte[] lakeBefore = Files.readAllBytes(w.lake());

      Cli.Run json = Cli.run("evidence", "add", file.toString());
      Cli.Run yaml = Cli.run("evidence", "add", file.toString(), "--evidence", w.evidence().toString(), "--format", "yaml",
          "--kind", "receipt", "--attests", "run 42 closed");

      String actual = sha256(file);
      assertThat(json.exitCode()).as(json.all()).isZero();
      assertThat(json.out()).isEqualTo("{\n  \"kind\": \"run-output\",\n  \"path\": \"runs/new.log\",\n  \"sha256\": \"" + actual + "\"\n}\n");
      assertThat(yaml.out()).isEqualTo("  - kind: receipt\n    path: runs/new.log\n    sha256: " + actual + "\n    attests: run 42 closed\n");
      assertThat(Files.readAllBytes(w.lake())).isEqualTo(lakeBefore);
    }

    @Test
    void addPinsSeveralFilesInTheOrderGivenAndPrintsTheOthersWhenOneCannotBePinned(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path first = Files.writeString(w.evidence().resolve("runs/b.log"), "run 2\n");
      Path second = Files.writeString(w.evidence().resolve("runs/a.log"), "run 1\n");
      Path missing = w.evidence().resolve("runs/none.log");
      Path outside = Files.writeString(folder.resolve("secret.txt"), "secret");
      String root = w.evidence().toString();

      Cli.Run yaml = Cli.run("evidence", "add", first.toString(), second.toString(), first.toString(), "--evidence", root, "--format", "yaml");
      Cli.Run json = Cli.run("evidence", "add", first.toString(), second.toString(), "--evidence", root, "--format", "json");
      Cli.Run oneMissing = Cli.run("evidence", "add", missing.toString(), second.toString(), "--evidence", root, "--format", "yaml");
      Cli.Run oneOutside = Cli.run("evidence", "add", second.toString(), outside.toString(), "--evidence", root);

      assertThat(yaml.exitCode()).as(yaml.all()).isZero();
      assertThat(yaml.out()).as("each file once, in the order given").isEqualTo(
          "  - kind: run-output\n    path: runs/b.log\n    sha256: " + sha256(first) + "\n"
              + "  - kind: run-output\n    path: runs/a.log\n    sha256: " + sha256(second) + "\n");
      assertThat(yaml.err()).contains("pinned runs/b.log, runs/a.log under " + root + ": paste the anchors above");
      assertThat(json.out()).as("objects to paste into an array as they are").isEqualTo(
          "{\n  \"kind\": \"run-output\",\n  \"path\": \"runs/b.log\",\n  \"sha256\": \"" + sha256(first) + "\"\n},\n"
              + "{\n  \"kind\": \"run-output\",\n  \"path\": \"runs/a.log\",\n  \"sha256\": \"" + sha256(second) + "\"\n}\n");
      assertThat(oneMissing.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(oneMissing.err()).contains("cannot pin runs/none.log");
      assertThat(oneMissing.out()).isEqualTo("  - kind: run-output\n    path: runs/a.log\n    sha256: " + sha256(second) + "\n");
      assertThat(oneOutside.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(oneOutside.err()).contains("is not inside the evidence root");
      assertThat(oneOutside.out()).as("nothing printed before the usage error").isEmpty();
    }

    @Test
    void addRefusesAFileOutsideTheRootAndASymbolicLinkOut(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path outside = folder.resolve("secret.txt");
      Files.writeString(outside, "secret");
      Path link = w.evidence().resolve("runs/link.log");
      Files.createSymbolicLink(link, outside);

      Cli.Run out = Cli.run("evidence", "add", outside.toString(), "--evidence", w.evidence().toString());
      Cli.Run viaLink = Cli.run("evidence", "add", link.toString(), "--evidence", w.evidence().toString());
      Cli.Run missing = Cli.run("evidence", "add", w.evidence().resolve("runs/none.log").toString());

      assertThat(out.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(out.err()).contains("is not inside the evidence root");
      assertThat(viaLink.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(viaLink.err()).contains("cannot pin runs/link.log").contains("symbolic link");
      assertThat(viaLink.out()).isEmpty();
      assertThat(missing.exitCode()).isEqualTo(LakeCli.FAILED);
    }

    @Test
    void statusFindsTheEvidenceFolderBesideTheLakeAsInitMakesIt(@TempDir Path folder) throws IOException {
      Path lake = folder.resolve("my-lake");
      Cli.run("init", lake.toString(), "--name", "Sam Rivera", "--headline", "Data engineer");
      Files.writeString(lake.resolve("evidence/notes.txt"), "not pinned");

      Cli.Run status = Cli.run("evidence", "status", lake.resolve("lake.yaml").toString());
      Cli.Run named = Cli.run("evidence", "status", lake.resolve("lake.yaml").toString(), "--evidence", lake.resolve("none").toString());
      Files.move(lake.resolve("evidence"), folder.resolve("elsewhere"));
      Cli.Run none = Cli.run("evidence", "status", lake.resolve("lake.yaml").toString());

      assertThat(status.exitCode()).as(status.all()).isZero();
      assertThat(status.out()).contains("evidence under " + lake.resolve("evidence") + " for ").contains("  unpinned:  notes.txt");
      assertThat(named.exitCode()).as("a root named is used, not the default").isEqualTo(LakeCli.USAGE);
      assertThat(none.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(none.err()).contains("there is no folder " + lake.resolve("evidence") + " beside the lake; name the evidence root with --evidence DIR");
    }

    @Test
    void statusListsChangedMissingAndUnpinnedFilesLikeGitStatus(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Cli.Run clean = Cli.run("evidence", "status", w.file(), "--evidence", w.evidence().toString());
      Files.writeString(w.evidence().resolve("runs/gates.log"), "tampered\n", StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      Files.delete(w.evidence().resolve("receipts/phase-6.json"));
      Files.writeString(w.evidence().resolve("notes.txt"), "not pinned");
      byte[] lakeBefore = Files.readAllBytes(w.lake());

      Cli.Run status = Cli.run("evidence", "status", w.file(), "--evidence", w.evidence().toString());

      assertThat(clean.exitCode()).as(clean.all()).isZero();
      assertThat(clean.out()).contains("nothing to pin").contains("0 changed, missing or refused, 0 unpinned");
      assertThat(status.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(status.out().lines()).anyMatch(l -> l.matches("  changed: +runs/gates\\.log  \\(entry \\S+, anchor \\d+, .*lake\\.json:\\d+:\\d+\\)"))
          .anyMatch(l -> l.matches("  missing: +receipts/phase-6\\.json .*"))
          .anyMatch(l -> l.matches("  unpinned: +notes\\.txt"));
      assertThat(status.out()).contains("2 changed, missing or refused, 1 unpinned");
      assertThat(status.out().lines()).as("the commands that pin again the file that changed (not the missing one) and the unpinned one")
          .contains("if a change is meant, pin the file again (each anchor then takes the new sha256): lake evidence add "
              + w.evidence().resolve("runs/gates.log"))
          .contains("to pin the unpinned files: lake evidence add " + w.evidence().resolve("notes.txt"));
      assertThat(clean.out()).doesNotContain("lake evidence add");
      assertThat(Files.readAllBytes(w.lake())).isEqualTo(lakeBefore);
    }
  }

  static String readString(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The file's SHA-256, computed here rather than by the library under test. */
  static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
