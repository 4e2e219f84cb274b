package io.experiencelake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lake prepare-start-up [GROUP]} (hidden): the training run of the {@code lake} launcher's
 * class-data archive. It does in one JVM what people do most: starts a lake, validates, verifies,
 * hashes, converts and renders it, so the archive (AppCDS on JDK 17–24, the AOT cache on JDK 25+)
 * holds the classes those commands load. Its output is discarded.
 *
 * <p>On JDK 25+ the JVM loads every class of an AOT cache as it starts, so the launcher keeps one
 * cache per group of commands and trains each on only what its commands run: {@code check} (no
 * renderer), {@code text} (the renderers but PDF and DOCX) and {@code all}. Besides the starter lake
 * of {@code lake init} (YAML), each reads a lake like a real one ({@code training-lake.json}, part of
 * the example: every kind of evidence, decimals, roles, lint warnings), so what a real lake needs is
 * in the archive too.
 */
@Command(name = "prepare-start-up", hidden = true,
    description = "The training run of the launcher's class-data archive: runs the common commands on a starter lake.")
final class StartUpTrainingCommand extends Subcommand {

  /** The renderers of the {@code text} group: all but the PDF and DOCX documents. */
  static final String TEXT_RENDERERS = "cv,cover-letter,linkedin,interview,portfolio,jsonresume";

  @Parameters(index = "0", arity = "0..1", paramLabel = "GROUP", defaultValue = "all",
      description = "check, text or all. Default: ${DEFAULT-VALUE}.")
  String group;

  @Override
  public Integer call() {
    if (!List.of("check", "text", "all").contains(group)) {
      err().println("lake: prepare-start-up: no group '" + Terminal.safe(group) + "'; the groups are check, text and all");
      return LakeCli.USAGE;
    }
    Path folder;
    try {
      folder = TemporaryFolders.create("lake-training");
    } catch (IOException e) {
      err().println("lake: cannot make a temporary folder: " + Terminal.safe(String.valueOf(e.getMessage())));
      return LakeCli.FAILED;
    }
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    int failed = 0;
    try {
      for (List<String> args : commands(folder)) {
        if (LakeCli.run(environment(), quiet, quiet, args.toArray(new String[0])) != LakeCli.OK) {
          failed++;
        }
      }
    } catch (IOException e) {
      err().println("lake: cannot write the training lake: " + Terminal.safe(String.valueOf(e.getMessage())));
      failed++;
    } finally {
      TemporaryFolders.delete(folder);
    }
    return failed == 0 ? LakeCli.OK : LakeCli.FAILED;
  }

  /** The command lines of {@link #group}, run in {@code folder}, which this writes the training lake into. */
  private List<List<String>> commands(Path folder) throws IOException {
    String lake = folder.resolve("lake.yaml").toString();
    String evidence = folder.resolve("evidence").toString();
    String json = folder.resolve("lake.json").toString();
    String real = folder.resolve("training-lake.json").toString();
    try (InputStream in = StartUpTrainingCommand.class.getResourceAsStream("training-lake.json")) {
      if (in == null) {
        throw new IOException("training-lake.json is missing from the jar");
      }
      Files.copy(in, Path.of(real));
    }
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("init", folder.toString(), "--name", "Training", "--headline", "Start-up training"));
    if (!group.equals("text")) {
      commands.add(List.of("validate", lake));
      commands.add(List.of("verify", lake, "--evidence", evidence));
      commands.add(List.of("hash", lake));
      commands.add(List.of("convert", lake, "--out", json));
      commands.add(List.of("validate", json));
      commands.add(List.of("validate", real));
      commands.add(List.of("hash", real));
      commands.add(List.of("coverage", lake, "--role", "target-role"));
      commands.add(List.of("coverage", real, "--role", "mlops-platform"));
      commands.add(List.of("evidence", "status", lake, "--evidence", evidence));
    }
    if (!group.equals("check")) {
      commands.add(List.of("render", real, "--to", "cv", "--out", folder.resolve("cv").toString()));
      commands.add(List.of("render", lake, "--to", TEXT_RENDERERS, "--out", folder.resolve("text").toString(),
          "--evidence", evidence, "--role", "target-role"));
      commands.add(List.of("render", real, "--to", TEXT_RENDERERS, "--out", folder.resolve("text-real").toString()));
    }
    if (group.equals("all")) {
      commands.add(List.of("render", lake, "--out", folder.resolve("all").toString(), "--evidence", evidence, "--role", "target-role"));
      commands.add(List.of("render", real, "--out", folder.resolve("all-real").toString()));
    }
    return commands;
  }
}
