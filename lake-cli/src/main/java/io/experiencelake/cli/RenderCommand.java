package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.ExistingOutput;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.OutputRefusedException;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code lake render FILE --out DIR}: checks the lake and renders it with the chosen renderers
 * (every one by default) into an output folder, with {@code manifest.json}; the folder is replaced
 * atomically, so a lake with errors or a failed write leaves the previous output as it was.
 */
@Command(
    name = "render",
    header = "Renders a lake into an output folder: CV, cover letter, LinkedIn, interview notes, portfolio, JSON Resume, PDF and DOCX.",
    description = {
        "The lake must have no errors; it is rendered in memory first, then the output folder is replaced as a whole: "
            + "it must be new, empty, or an earlier render's folder (its manifest.json says so) holding only what that render wrote, "
            + "unless --force. What a render that was stopped left beside the folder is put back or removed first, with a line saying so.",
        "With --evidence the evidence is verified first: the portfolio shows each anchor's outcome, "
            + "and each anchor that did not verify is printed as a warning, with why.",
        "Exits with 0 when the folder was written (render warnings, such as LinkedIn cuts, are printed), "
            + "1 when the lake has errors or the folder could not be written: nothing is written then."},
    sortOptions = false)
final class RenderCommand extends LakeFileCommand {

  @Option(names = "--to", paramLabel = "NAMES", split = ",", completionCandidates = RendererNames.class,
      description = "The renderers to run, comma-separated, of ${COMPLETION-CANDIDATES}. Default: all of them.")
  List<String> to = new ArrayList<>();

  @Mixin
  DocumentOptions documents;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output folder; replaced as a whole. It must be new, empty, or an earlier render's folder, unchanged; "
          + "never inside the evidence root, nor holding it or the lake.")
  Path out;

  @Option(names = "--force",
      description = "Replace an earlier render's folder even when files in it changed, or were added, since (they are lost). "
          + "Never a folder no render wrote, a file, a link, a device or a pipe.")
  boolean force;

  @Option(names = "--role", paramLabel = "NAME",
      description = "The id of the role profile to render for (see the lake's 'roles').")
  String role;

  @Option(names = "--include-targets",
      description = "Show TARGET entries, under a heading \"Next\" only.")
  boolean includeTargets;

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "Verify the evidence under DIR first; the portfolio then shows what was verified.")
  Path evidence;

  @Mixin
  AllowCommands commands;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How diagnostics are written: text, json or sarif. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--watch",
      description = "Keep going: render again after every change to the lake or (with --evidence) its evidence, until Ctrl-C. "
          + "While it waits, it rehearses the render in the background (10 s of it in all, writing nothing), so that saves re-render at once.")
  boolean watch;

  @Override
  public Integer call() {
    if (watch && readsStandardInput()) {
      throw new ParameterException(spec.commandLine(), "--watch needs a lake file to watch, not - (standard input)");
    }
    return watch ? Watching.renderOnEveryChange(file, evidence, out, this::render, this::rehearse, () -> { }, () -> { }, out(), err())
        : render();
  }

  /** Renders once: the whole command without {@code --watch}. */
  int render() {
    String[] names = renderers();
    ImmutableRenderOptions.BuildFinal options = options();
    requireEvidenceOptions(evidence, commands.allowed);
    OutputPaths.requireFolder(spec, "--out", out);
    OutputPaths.requireApartFromEvidence(spec, "--out", out, evidence);
    OutputPaths.requireApartFromInput(spec, "--out", out, file);
    LoadedLake loaded;
    try {
      loaded = load();
    } catch (LakeException e) {
      return failed(e.diagnostics());
    }
    List<String> summary = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
    if (evidence != null) {
      VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder()
          .evidenceRoot(evidence)
          .allowCommands(commands.allowed)
          .build()).verify(loaded.lake());
      options.verification(report);
      summary.addAll(EvidenceDiagnostics.summary(evidence, commands.allowed, report));
      diagnostics.addAll(loaded.locate(EvidenceDiagnostics.asWarnings(report)));
    }
    RenderRun run;
    try {
      run = Rendering.run(loaded.lake(), options.build(), names);
    } catch (LakeException e) {
      diagnostics.addAll(loaded.locate(e.diagnostics()));
      return failed(diagnostics);
    }
    diagnostics.addAll(loaded.locate(run.warnings()));
    List<String> recovered;
    try {
      recovered = Rendering.write(run, out, force ? ExistingOutput.REPLACE_ANY_RENDER : ExistingOutput.REPLACE_UNCHANGED_RENDER);
    } catch (IOException e) {
      return notWritten(e, diagnostics);
    }
    recovered.forEach(line -> err().println("lake: " + Terminal.safe(line)));
    err().flush();
    summary.add("rendered " + String.join(", ", run.renderers()) + " into " + out + ": "
        + run.artifacts().size() + (run.artifacts().size() == 1 ? " file" : " files") + " and " + RenderRun.MANIFEST);
    summary.add(file + ": " + DiagnosticsOutput.counts(diagnostics));
    DiagnosticsOutput.write(format, diagnostics, summary, out());
    return LakeCli.OK;
  }

  /**
   * Reads the lake and runs the renderers as {@link #render()} does, but verifies, writes and prints
   * nothing: {@code --watch}'s warm-up ({@link Watching.WarmUp}).
   */
  void rehearse() {
    Rendering.run(load().lake(), options().build(), renderers());
  }

  /** The render options the command line gives; {@link #render()} adds the verification when there is one. */
  private ImmutableRenderOptions.BuildFinal options() {
    ImmutableRenderOptions.BuildFinal options = ImmutableRenderOptions.builder()
        .today(checkOptions().today())
        .includeTargets(includeTargets)
        .role(Optional.ofNullable(role));
    documents.applyTo(options, spec);
    return options;
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

  /**
   * Reports a write that failed or was refused: why on standard error, and the diagnostics with the
   * failure among them on standard output, so a machine format stays whole.
   */
  private int notWritten(IOException e, List<Diagnostic> diagnostics) {
    String why = "cannot write " + out + ": " + IoErrors.reason(e);
    String hint;
    if (e instanceof OutputRefusedException refused) {
      hint = refused.replaceableOnPurpose() ? "pass --force to replace it anyway, losing what is listed" : "";
    } else {
      hint = "the previous output, if any, is as it was";
    }
    err().println("lake: " + Terminal.safe(why + (hint.isEmpty() ? "" : "; " + hint) + "; nothing was written"));
    err().flush();
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (format != OutputFormat.TEXT) {
      all.add(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.OUTPUT_NOT_WRITTEN, "", why, hint)).withSource(out.toString()));
    }
    DiagnosticsOutput.write(format, all, List.of(file + ": " + DiagnosticsOutput.counts(all) + "; nothing was written"), out());
    return LakeCli.FAILED;
  }

  private int failed(List<Diagnostic> diagnostics) {
    DiagnosticsOutput.write(format, diagnostics,
        List.of(file + ": " + DiagnosticsOutput.counts(diagnostics) + "; nothing was rendered"), out());
    return LakeCli.FAILED;
  }

  /** The names of the renderers on the class path, for {@code --to}'s help. */
  static final class RendererNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Renderers.names().iterator();
    }
  }
}
