package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code lake render FILE --out DIR}: checks the lake and renders it with the chosen renderers
 * (every one by default) into an output folder, with {@code manifest.json}; the folder is replaced
 * atomically, so a lake with errors or a failed write leaves the previous output as it was.
 */
@Command(
    name = "render",
    header = "Renders a lake into an output folder: CV, cover letter, LinkedIn, interview notes, portfolio, JSON Resume.",
    description = {
        "The lake must have no errors; it is rendered in memory first, then the output folder is replaced as a whole "
            + "(it must be new, empty, or an earlier render's folder, with its manifest.json).",
        "With --evidence the evidence is verified first and the portfolio shows each anchor's outcome.",
        "Exits with 0 when the folder was written (render warnings, such as LinkedIn cuts, are printed), "
            + "1 when the lake has errors or the folder could not be written: nothing is written then."},
    sortOptions = false)
final class RenderCommand extends LakeFileCommand {

  @Option(names = "--to", paramLabel = "NAMES", split = ",",
      description = "The renderers to run, comma-separated, e.g. cv,linkedin. Default: all of them.")
  List<String> to = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output folder; replaced as a whole.")
  Path out;

  @Option(names = "--role", paramLabel = "NAME",
      description = "The id of the role profile to render for (see the lake's 'roles').")
  String role;

  @Option(names = "--include-targets",
      description = "Show TARGET entries, under a heading \"Next\" only.")
  boolean includeTargets;

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "Verify the evidence under DIR first; the portfolio then shows what was verified.")
  Path evidence;

  @Option(names = "--allow-commands",
      description = "With --evidence: run repro steps (their argv, no shell, inside the evidence root). Only for lakes you trust.")
  boolean allowCommands;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How diagnostics are written: text, json or sarif. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() {
    String[] names = renderers();
    if (allowCommands && evidence == null) {
      throw new ParameterException(spec.commandLine(), "--allow-commands needs --evidence DIR");
    }
    requireEvidenceDirectory(evidence);
    LoadedLake loaded;
    try {
      loaded = load();
    } catch (LakeException e) {
      return failed(e.diagnostics());
    }
    ImmutableRenderOptions.BuildFinal options = ImmutableRenderOptions.builder()
        .today(checkOptions().today())
        .includeTargets(includeTargets)
        .role(Optional.ofNullable(role));
    List<String> summary = new ArrayList<>();
    if (evidence != null) {
      VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder()
          .evidenceRoot(evidence)
          .allowCommands(allowCommands)
          .build()).verify(loaded.lake());
      options.verification(report);
      summary.add("verified against " + evidence + (allowCommands ? " (commands allowed):" : ":"));
      report.summary().lines().forEach(line -> summary.add("  " + line));
    }
    RenderRun run;
    try {
      run = Rendering.run(loaded.lake(), options.build(), names);
    } catch (LakeException e) {
      List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
      diagnostics.addAll(loaded.locate(e.diagnostics()));
      return failed(diagnostics);
    }
    try {
      Rendering.write(run, out);
    } catch (IOException e) {
      err().println("lake: cannot write " + Terminal.safe(out.toString()) + ": "
          + Terminal.safe(String.valueOf(e.getMessage())) + "; nothing was written");
      err().flush();
      return LakeCli.FAILED;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
    diagnostics.addAll(loaded.locate(run.warnings()));
    summary.add("rendered " + String.join(", ", run.renderers()) + " into " + out + ": "
        + run.artifacts().size() + (run.artifacts().size() == 1 ? " file" : " files") + " and " + RenderRun.MANIFEST);
    summary.add(file + ": " + DiagnosticsOutput.counts(diagnostics));
    DiagnosticsOutput.write(format, diagnostics, summary, out());
    return LakeCli.OK;
  }

  /** The renderer names of {@code --to}, checked against those found; none for every renderer. */
  private String[] renderers() {
    List<String> known = Renderers.names();
    Set<String> chosen = new LinkedHashSet<>();
    for (String name : to) {
      String trimmed = name.strip();
      if (!known.contains(trimmed)) {
        throw new ParameterException(spec.commandLine(), "--to: there is no renderer '" + Terminal.safe(trimmed)
            + "'; the renderers are " + String.join(", ", known));
      }
      chosen.add(trimmed);
    }
    return chosen.toArray(new String[0]);
  }

  private int failed(List<Diagnostic> diagnostics) {
    DiagnosticsOutput.write(format, diagnostics,
        List.of(file + ": " + DiagnosticsOutput.counts(diagnostics) + "; nothing was rendered"), out());
    return LakeCli.FAILED;
  }
}
