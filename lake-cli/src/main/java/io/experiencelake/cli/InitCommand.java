package io.experiencelake.cli;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LakeYaml;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.FileDigests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code lake init [DIR] --name NAME --headline TEXT}: a starter lake to edit: {@code lake.yaml},
 * with comments that explain each part and one worked entry, and {@code evidence/} holding that
 * entry's evidence file; nothing else. It validates at once.
 */
@Command(
    name = "init",
    header = "Starts a lake: lake.yaml with one worked entry, and its evidence.",
    description = {
        "Writes DIR/lake.yaml (comments explain every part; one worked entry shows the five parts) and "
            + "DIR/evidence/" + InitCommand.EVIDENCE_FILE + ", the file its anchor pins; nothing else. "
            + "DIR is made when missing; a folder that already holds a lake is refused.",
        "Exits with 0 when the lake was written, 1 when a file could not be written, 2 when DIR already holds a lake."},
    sortOptions = false)
final class InitCommand extends Subcommand {

  /** The worked entry's evidence, relative to the evidence root. */
  static final String EVIDENCE_FILE = "runs/first-gated-run.log";

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "The folder of the new lake. Default: the current folder.")
  Path folder;

  @Option(names = "--name", paramLabel = "NAME", required = true, description = "Your name, as a CV shows it.")
  String name;

  @Option(names = "--headline", paramLabel = "TEXT", required = true,
      description = "One line saying what you do, e.g. \"ML platform engineer\".")
  String headline;

  @Override
  public Integer call() {
    for (String lakeName : LakeFileCommand.LAKE_NAMES) {
      if (Files.exists(folder.resolve(lakeName), LinkOption.NOFOLLOW_LINKS)) {
        throw new ParameterException(spec.commandLine(), Terminal.safe(folder.toString()) + " already holds a lake ("
            + lakeName + "); start the new one in another folder");
      }
    }
    Path lakeFile = folder.resolve("lake.yaml");
    Path evidenceFile = folder.resolve("evidence").resolve(EVIDENCE_FILE);
    if (Files.exists(evidenceFile, LinkOption.NOFOLLOW_LINKS)) {
      throw new ParameterException(spec.commandLine(), Terminal.safe(evidenceFile.toString()) + " exists; start the new lake in another folder");
    }
    LocalDate today = checkOptions().today();
    byte[] evidence = resource("starter-evidence.log");
    String yaml = starter(today, sha256(evidence));
    LoadedLake loaded;
    try {
      loaded = LakeYaml.read(yaml, lakeFile.toString(), checkOptions());
    } catch (LakeException e) {
      throw new ParameterException(spec.commandLine(), "--name and --headline must be text a lake can hold: "
          + Terminal.safe(e.errors().get(0).message()));
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(evidenceFile.getParent());
      Files.write(evidenceFile, evidence, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      written.add(evidenceFile);
      Files.write(lakeFile, yaml.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      written.add(lakeFile);
    } catch (IOException | UncheckedIOException e) {
      written.forEach(InitCommand::deleteQuietly);
      err().println("lake: cannot write the starter lake into " + Terminal.safe(folder.toString()) + ": "
          + Terminal.safe(String.valueOf(e.getMessage())) + "; nothing was left behind");
      err().flush();
      return LakeCli.FAILED;
    }
    out().println(Terminal.safe("wrote " + lakeFile + " and " + evidenceFile));
    out().println(Terminal.safe(lakeFile + ": valid, " + loaded.lake().entries().size() + " entry, "
        + DiagnosticsOutput.counts(loaded.warnings())));
    Path root = folder.resolve("evidence");
    out().println(Terminal.safe("next: change the worked entry into one of yours, pin its evidence with 'lake evidence add " + root
        + "/FILE', check it with 'lake verify " + folder + "', and watch it render with 'lake preview " + folder + " --evidence " + root + "'"));
    out().flush();
    return LakeCli.OK;
  }

  /** The starter lake's text for {@code today}, the owner's words quoted as YAML double-quoted scalars. */
  private String starter(LocalDate today, String evidenceSha256) {
    String template = new String(resource("starter-lake.yaml"), StandardCharsets.UTF_8);
    return template
        .replace("{{name}}", quoted(name))
        .replace("{{headline}}", quoted(headline))
        .replace("{{start}}", YearMonth.from(today).minusYears(1).toString())
        .replace("{{today}}", today.toString())
        .replace("{{evidencePath}}", EVIDENCE_FILE)
        .replace("{{evidenceSha256}}", evidenceSha256);
  }

  /** {@code text} as a YAML double-quoted scalar (JSON's string escapes are YAML's too). */
  private static String quoted(String text) {
    return DiagnosticsOutput.JSON.writeValueAsString(text);
  }

  private static byte[] resource(String name) {
    try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the starter file " + name + " is missing from the lake command");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return FileDigests.sha256(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Best effort: the message above says what failed.
    }
  }
}
