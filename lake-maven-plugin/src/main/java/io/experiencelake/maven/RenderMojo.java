package io.experiencelake.maven;

import io.experiencelake.cli.DiagnosticsOutput;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.IoErrors;
import io.experiencelake.render.ExistingOutput;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.OutputRefusedException;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lake:render}: checks the lake and renders it with the chosen renderers (every one by
 * default) into {@code target/lake/}, with {@code manifest.json}; bound to {@code package} when an
 * execution names it. The folder is replaced as a whole: a lake with errors or a failed write
 * leaves the previous output as it was. Render warnings, such as what LinkedIn's length limits cut,
 * are logged as warnings.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RenderMojo extends LakeMojo {

  /** The renderers to run, e.g. {@code cv}, {@code jsonresume}; every renderer on the plugin's class path when empty. */
  @Parameter(property = "lake.renderers")
  List<String> renderers = new ArrayList<>();

  /** The id of the role profile to render for (see the lake's {@code roles}). */
  @Parameter(property = "lake.role")
  String role;

  /** Shows TARGET entries, under a heading "Next" only. */
  @Parameter(property = "lake.includeTargets", defaultValue = "false")
  boolean includeTargets;

  /**
   * Replaces the output folder even when files in it were changed, or files added, since the last
   * render (they are lost); off, so such a folder fails the build and is kept as it is.
   */
  @Parameter(property = "lake.force", defaultValue = "false")
  boolean force;

  /** The output folder; replaced as a whole by each render, and only when a render wrote it. */
  @Parameter(property = "lake.outputDirectory", defaultValue = "${project.build.directory}/lake", required = true)
  File outputDirectory;

  /** The configured renderers, checked; none for every renderer. */
  private String[] chosen;

  /** Made by Maven. */
  public RenderMojo() {}

  @Override
  String goal() {
    return "render";
  }

  @Override
  String whenNotLoaded() {
    return "; nothing was rendered";
  }

  @Override
  void checkConfiguration() throws MojoFailureException {
    chosen = names();
    BuildOutputs.claim(session, project, "the render's output folder", outputDirectory.toPath());
  }

  @Override
  Findings check(LoadedLake loaded, LocalDate date) {
    RenderOptions options = ImmutableRenderOptions.builder()
        .today(date)
        .includeTargets(includeTargets)
        .role(Optional.ofNullable(role))
        .build();
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
    Path file = lakeFile.toPath();
    RenderRun run;
    try {
      run = Rendering.run(loaded.lake(), options, chosen);
    } catch (LakeException e) {
      List<Diagnostic> refused = loaded.locate(e.diagnostics());
      diagnostics.addAll(refused);
      return Findings.failed(diagnostics, List.of(),
          file + ": " + DiagnosticsOutput.counts(diagnostics) + whenNotLoaded() + lines(refused));
    }
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    List<String> summary = new ArrayList<>();
    try {
      removeOwnLog(out);
      summary.addAll(Rendering.write(run, out, force ? ExistingOutput.REPLACE_ANY_RENDER : ExistingOutput.REPLACE_UNCHANGED_RENDER));
    } catch (IOException e) {
      boolean onPurpose = e instanceof OutputRefusedException refused && refused.replaceableOnPurpose();
      return Findings.failed(diagnostics, List.of(), "cannot write " + out + ": " + IoErrors.reason(e)
          + (onPurpose ? "; set <force>true</force> (or -Dlake.force) to replace it anyway, losing what is listed" : "")
          + "; nothing was written");
    }
    diagnostics.addAll(loaded.locate(run.warnings()));
    int files = run.artifacts().size();
    summary.add("rendered " + String.join(", ", run.renderers()) + " into " + out + ": " + files + (files == 1 ? " file" : " files")
        + " and " + RenderRun.MANIFEST);
    summary.add(file + ": " + DiagnosticsOutput.counts(diagnostics));
    return Findings.passed(diagnostics, summary);
  }

  /**
   * Deletes the SARIF log an earlier goal wrote into the output folder, so the folder is an
   * earlier render's (or empty) when it is replaced; the log is written again right after.
   */
  private void removeOwnLog(Path out) throws IOException {
    Path sarif = sarifFile.toPath().toAbsolutePath().normalize();
    if (out.equals(sarif.getParent()) && Files.isRegularFile(sarif)) {
      Files.delete(sarif);
    }
  }

  /** The renderer names configured, each checked against those on the class path; none for every renderer. */
  private String[] names() throws MojoFailureException {
    List<String> known = Renderers.names();
    Set<String> chosen = new LinkedHashSet<>();
    for (String name : renderers) {
      String trimmed = name.strip();
      if (!known.contains(trimmed)) {
        throw new MojoFailureException("<renderers>: there is no renderer '" + trimmed + "'; the renderers are "
            + String.join(", ", known) + " (another renderer joins them as a dependency of the plugin)");
      }
      chosen.add(trimmed);
    }
    return chosen.toArray(new String[0]);
  }
}
