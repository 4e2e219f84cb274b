package io.experiencelake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code lake prepare-start-up} (hidden): the training run of the {@code lake} launcher's class-data
 * archive. It does in one JVM what people do most: starts a lake, validates, verifies, hashes,
 * converts and renders it with every renderer, so the archive (AppCDS on JDK 17–24, the AOT cache
 * on JDK 25+) holds the classes those commands load. Its output is discarded.
 */
@Command(name = "prepare-start-up", hidden = true,
    description = "The training run of the launcher's class-data archive: runs the common commands on a starter lake.")
final class StartUpTrainingCommand extends Subcommand {

  @Override
  public Integer call() {
    Path folder;
    try {
      folder = TemporaryFolders.create("lake-training");
    } catch (IOException e) {
      err().println("lake: cannot make a temporary folder: " + Terminal.safe(String.valueOf(e.getMessage())));
      return LakeCli.FAILED;
    }
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    String lake = folder.resolve("lake.yaml").toString();
    String evidence = folder.resolve("evidence").toString();
    String json = folder.resolve("lake.json").toString();
    int failed = 0;
    try {
      for (List<String> args : List.of(
          List.of("init", folder.toString(), "--name", "Training", "--headline", "Start-up training"),
          List.of("validate", lake),
          List.of("verify", lake, "--evidence", evidence),
          List.of("hash", lake),
          List.of("convert", lake, "--out", json),
          List.of("validate", json),
          List.of("render", json, "--to", "cv", "--out", folder.resolve("cv").toString()),
          List.of("render", lake, "--out", folder.resolve("all").toString(), "--evidence", evidence, "--role", "target-role"),
          List.of("coverage", lake, "--role", "target-role"),
          List.of("evidence", "status", lake, "--evidence", evidence))) {
        if (LakeCli.run(environment(), quiet, quiet, args.toArray(new String[0])) != LakeCli.OK) {
          failed++;
        }
      }
    } finally {
      TemporaryFolders.delete(folder);
    }
    return failed == 0 ? LakeCli.OK : LakeCli.FAILED;
  }
}
