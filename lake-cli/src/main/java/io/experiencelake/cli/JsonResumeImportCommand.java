package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LakeFormat;
import io.experiencelake.core.json.LoadedLake;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code lake import jsonresume RESUME [--out FILE]}: writes the starting lake of a JSON Resume
 * (see {@link JsonResumeImporter}), after proving it loads; never over an existing file unless
 * {@code --force}.
 */
@Command(
    name = "jsonresume",
    header = "Makes a starting lake from a JSON Resume: owner, engagements, one story per highlight.",
    description = {
        "The owner comes from basics; an engagement from each work, projects, education and volunteer item; "
            + "a story (1, 2, 3…) from each highlight, all in one cluster to regroup; a capability from each skill.",
        "No entry and no evidence is made: those are your claims to write and back, so the lake loads with warnings "
            + "until you do. What cannot be carried over honestly is left out, with a note on standard error."},
    sortOptions = false)
final class JsonResumeImportCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "RESUME", description = "The JSON Resume, e.g. resume.json.")
  Path resume;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "lake.json",
      description = "Where to write the lake: a .json file, or .yaml/.yml for YAML. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Option(names = "--force", description = "Replace the output file when it exists and is a regular file; never a folder, a link, a device, a pipe or the resume.")
  boolean force;

  @Option(names = "--headline", paramLabel = "TEXT",
      description = "The owner's one-line headline, when the resume has no basics.label.")
  String headline;

  @Override
  public Integer call() {
    OutputPaths.requireApartFromInput(spec, "--out", output, resume);
    OutputPaths.requireFile(spec, "--out", output, force, written -> false, null);
    JsonResumeImporter.Result imported;
    LoadedLake loaded;
    try {
      JsonNode tree = JsonResumeReader.read(resume);
      imported = JsonResumeImporter.toLake(tree, resume.toString(), Optional.ofNullable(headline), checkOptions().today());
      loaded = LakeFormat.of(output).read(LakeFormat.of(output).write(imported.lake()), output.toString(), checkOptions());
    } catch (LakeException e) {
      DiagnosticsOutput.write(OutputFormat.TEXT, e.diagnostics(),
          List.of(resume + ": " + DiagnosticsOutput.counts(e.diagnostics()) + "; nothing was written"), err());
      return LakeCli.FAILED;
    }
    try {
      LakeFiles.write(imported.lake(), output);
    } catch (IOException | RuntimeException e) {
      err().println(Terminal.safe("lake: cannot write " + output + ": " + IoErrors.reason(e) + "; nothing was written"));
      return LakeCli.FAILED;
    }
    DiagnosticsOutput.write(OutputFormat.TEXT, imported.notes(), List.of(), err());
    Lake lake = imported.lake();
    out().println(Terminal.safe("wrote " + output + ": owner " + lake.owner().name() + ", "
        + count(lake.engagements().size(), "engagement") + ", " + count(lake.stories().size(), "story", "stories")
        + " in " + count(lake.clusters().size(), "cluster") + ", " + count(lake.capabilities().size(), "capability", "capabilities")
        + ", 0 entries"));
    if (!imported.notes().isEmpty()) {
      out().println(count(imported.notes().size(), "resume item was", "resume items were") + " left out: see the notes above");
    }
    out().println(output + " loads with " + warnings(loaded.warnings()));
    out().println("next: for each claim you can back with evidence, add an entry (claim, constraint, decision, evidence, status),"
        + " then run: lake validate " + output);
    out().flush();
    return LakeCli.OK;
  }

  /** {@code 8 warnings (7 LAKE-L003, 1 LAKE-L002)}. */
  private static String warnings(List<Diagnostic> warnings) {
    if (warnings.isEmpty()) {
      return "no warnings";
    }
    Map<String, Integer> byCode = new TreeMap<>();
    warnings.forEach(w -> byCode.merge(w.code(), 1, Integer::sum));
    StringBuilder out = new StringBuilder(count(warnings.size(), "warning")).append(" (");
    String separator = "";
    for (Map.Entry<String, Integer> e : byCode.entrySet()) {
      out.append(separator).append(e.getValue()).append(' ').append(e.getKey());
      separator = ", ";
    }
    return out.append(')').toString();
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
