package io.experiencelake.cli;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * A subcommand that reads one lake file: {@code lake COMMAND FILE …}.
 *
 * <p>Adding a command that works on a lake is one class: extend this, annotate it with
 * {@code @Command(name = …)}, implement {@link #call()} with {@link #load()}, and list it in
 * {@link LakeCli#SUBCOMMANDS}.
 */
abstract class LakeFileCommand extends Subcommand {

  /** How diagnostics name standard input, read for the lake file {@code -}. */
  static final String STANDARD_INPUT = "<stdin>";

  /** The names of a lake file in its folder, YAML first: what {@code lake init} writes, then the others. */
  static final List<String> LAKE_NAMES = List.of("lake.yaml", "lake.yml", "lake.json");

  @Parameters(index = "0", paramLabel = "FILE", converter = LakePath.class,
      description = "The lake: lake.json, lake.yaml or lake.yml, or the folder holding it; - for a lake.json on standard input.")
  Path file;

  /** FILE as given or, for a folder, the one lake file in it, as {@code lake init} lays it out. */
  static final class LakePath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path path = OutputPaths.nonBlank(value);
      if (!Files.isDirectory(path)) {
        return path;
      }
      List<Path> lakes = LAKE_NAMES.stream().map(path::resolve).filter(Files::isRegularFile).toList();
      if (lakes.size() > 1) {
        throw new TypeConversionException("the folder " + Terminal.safe(value) + " holds "
            + lakes.stream().map(lake -> lake.getFileName().toString()).collect(Collectors.joining(" and ")) + "; name the one to read");
      }
      return lakes.isEmpty() ? path : lakes.get(0);
    }
  }

  /**
   * Reads and checks the lake, reading the file (or standard input, for {@code -}) once: the
   * loaded lake locates later diagnostics ({@link LoadedLake#locate}) from what was read.
   *
   * @throws LakeException carrying every located diagnostic when it cannot be read or has errors
   */
  LoadedLake load() {
    if (readsStandardInput()) {
      return LakeJson.read(System.in, STANDARD_INPUT, checkOptions());
    }
    return LakeFiles.read(file, checkOptions());
  }

  /** Whether the lake is read from standard input: the file {@code -}. */
  boolean readsStandardInput() {
    return file.toString().equals("-");
  }

  /**
   * Reads and checks the lake; when it cannot be loaded, writes its diagnostics as text to {@code to}
   * with a summary line ending in {@code notDone} (e.g. {@code nothing was converted}) and returns {@code null}.
   */
  LoadedLake loadOrReport(String notDone, PrintWriter to) {
    try {
      return load();
    } catch (LakeException e) {
      DiagnosticsOutput.write(OutputFormat.TEXT, e.diagnostics(),
          List.of(file + ": " + DiagnosticsOutput.counts(e.diagnostics()) + "; " + notDone), to);
      return null;
    }
  }

  /**
   * Writes the lake's warnings as text to standard error, for a command whose standard output is
   * not diagnostics (a report, hashes, a converted lake).
   */
  void warnOnStandardError(LoadedLake loaded) {
    if (!loaded.warnings().isEmpty()) {
      DiagnosticsOutput.write(OutputFormat.TEXT, loaded.warnings(), List.of(), err());
    }
  }

  /**
   * Refuses {@code --format sarif} for a command whose output is not diagnostics.
   *
   * @param writes what the command writes instead, e.g. {@code writes hashes}
   * @throws ParameterException (a usage error, exit 2) for {@code sarif}
   */
  void refuseSarif(OutputFormat format, String writes) {
    if (format == OutputFormat.SARIF) {
      throw new ParameterException(spec.commandLine(), "lake " + spec.name() + " " + writes + ", not diagnostics: use --format text or json");
    }
  }

  /**
   * Checks the {@code --evidence} and {@code --allow-commands} options of a command that verifies
   * evidence only when asked to, before anything is read.
   *
   * @throws ParameterException (a usage error, exit 2) when commands are allowed without an evidence
   *     root, or the evidence root is not a directory
   */
  void requireEvidenceOptions(Path evidence, boolean allowCommands) {
    if (allowCommands && evidence == null) {
      throw new ParameterException(spec.commandLine(), "--allow-commands needs --evidence DIR");
    }
    requireEvidenceDirectory(evidence);
  }

  /**
   * Checks an {@code --evidence} option before anything is read.
   *
   * @throws ParameterException (a usage error, exit 2) when {@code evidence} is given but is not a directory
   */
  void requireEvidenceDirectory(Path evidence) {
    if (evidence != null && !Files.isDirectory(evidence)) {
      throw new ParameterException(spec.commandLine(), "--evidence " + Terminal.safe(evidence.toString()) + ": there is no such directory");
    }
  }

  /**
   * The evidence root of a command that needs one: {@code evidence} when given, else the folder
   * {@code evidence} beside the lake file (as {@code lake init} lays it out).
   *
   * @throws ParameterException (a usage error, exit 2) when the root is not a directory, or none is
   *     given for a lake read from standard input
   */
  Path evidenceRoot(Path evidence) {
    if (evidence != null) {
      requireEvidenceDirectory(evidence);
      return evidence;
    }
    if (readsStandardInput()) {
      throw new ParameterException(spec.commandLine(), "--evidence DIR is needed for a lake read from standard input");
    }
    Path parent = file.getParent();
    Path beside = parent == null ? Path.of("evidence") : parent.resolve("evidence");
    if (!Files.isDirectory(beside)) {
      throw new ParameterException(spec.commandLine(), "there is no folder " + Terminal.safe(beside.toString())
          + " beside the lake; name the evidence root with --evidence DIR");
    }
    return beside;
  }
}
