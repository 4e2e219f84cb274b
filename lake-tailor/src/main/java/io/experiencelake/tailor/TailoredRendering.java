package io.experiencelake.tailor;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.Selection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Renders a lake tailored to one job: the best entries for the job, and beside the outputs a
 * {@code tailoring.md} saying why each was chosen.
 *
 * <p>The entries {@code base} selects (its clusters, statuses, keywords and picked entries; TARGET
 * entries only when it includes them) are ranked against the job by {@link Tailor}; the best
 * {@code top} of them (fewer when {@code base} has a smaller {@link RenderOptions#maxEntries()},
 * or when fewer match a term of the job) become the render's {@link RenderOptions#entries()}, most
 * wanted first. The renderers then run on that pick, and {@code tailoring.md}
 * ({@link TailoringMarkdown}) is one more artifact of the same run: written in the same atomic
 * replacement of the output folder and listed in {@code manifest.json} with its SHA-256, under the
 * renderer name {@value #RENDERER}. The same lake, job and options always give the same bytes.
 *
 * <pre>{@code
 * JobAd job = JobAds.read(Path.of("job.json"));
 * RenderOptions base = RenderOptions.today(LocalDate.of(2026, 11, 27));
 * RenderRun run = TailoredRendering.render(lake, job, 5, base, Path.of("target/for-acme"), "cv", "cover-letter");
 * run.artifact("tailoring.md").text();   // why each of the five was chosen
 * }</pre>
 */
public final class TailoredRendering {

  /** The name the manifest gives as the renderer of {@value #FILE}. */
  public static final String RENDERER = "tailoring";

  /** The path of the explanation inside the output folder. */
  public static final String FILE = "tailoring.md";

  private TailoredRendering() {}

  /**
   * Renders {@code lake} tailored to {@code job} with the renderers called {@code renderers}
   * (every renderer found when none is named) and writes the outputs, {@value #FILE} and the
   * manifest into {@code output}, replacing it atomically.
   *
   * @throws LakeException carrying the checker's errors when the lake has any, or a
   *     {@link RenderDiagnostics#UNKNOWN_SELECTION} error when no selected entry matches a term of the job
   * @throws IOException when the output cannot be written; the previous output is then intact
   */
  public static RenderRun render(Lake lake, JobAd job, int top, RenderOptions base, Path output, String... renderers)
      throws IOException {
    RenderRun run = run(lake, job, top, base, renderers);
    Rendering.write(run, output);
    return run;
  }

  /**
   * Renders {@code lake} tailored to {@code job} in memory, as {@link #render} does without writing;
   * {@link RenderRun#artifact(String) run.artifact("tailoring.md")} holds the explanation.
   *
   * @throws LakeException as {@link #render} says
   * @throws IllegalArgumentException when a name matches no renderer
   */
  public static RenderRun run(Lake lake, JobAd job, int top, RenderOptions base, String... renderers) {
    return run(lake, job, top, base, renderers.length == 0 ? Renderers.all()
        : Arrays.stream(renderers).distinct().map(Renderers::named).collect(Collectors.toList()));
  }

  /**
   * Renders {@code lake} tailored to {@code job} in memory with {@code renderers}, as
   * {@link #run(Lake, JobAd, int, RenderOptions, String...)} does with renderers found by name;
   * for callers that bring renderers of their own (one that copies the job ad, say).
   *
   * @throws LakeException as {@link #render} says
   */
  public static RenderRun run(Lake lake, JobAd job, int top, RenderOptions base, List<Renderer> renderers) {
    TailorOptions tailorOptions = ImmutableTailorOptions.builder()
        .top(Math.min(top, base.maxEntries().orElse(top)))
        .includeTargets(base.includeTargets())
        .build();
    List<Diagnostic> errors = LakeChecker.check(lake, CheckOptions.today(base.today())).stream()
        .filter(Diagnostic::isError)
        .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new LakeException(errors);
    }
    RenderOptions unbudgeted = ImmutableRenderOptions.copyOf(base).withMaxEntries(OptionalInt.empty());
    Lake eligible = ImmutableLake.copyOf(lake).withEntries(Selection.of(lake, unbudgeted).entries());
    Tailoring tailoring = Tailor.of(eligible).tailor(job, tailorOptions);
    if (tailoring.entries().isEmpty()) {
      throw new LakeException(List.of(Diagnostic.of(Rule.UNKNOWN_SELECTION, Severity.ERROR, "/entries",
          "no entry the render options select matches a term of the job"
              + tailoring.jobTitle().map(t -> " '" + t + "'").orElse("") + ", so there is nothing to tailor",
          "check that the job ad has text, or widen the selection (clusters, statuses, keywords, includeTargets)")));
    }
    List<String> chosen = tailoring.entries().stream().map(TailoredEntry::entryId).collect(Collectors.toUnmodifiableList());
    RenderOptions options = ImmutableRenderOptions.copyOf(base).withEntries(chosen);
    List<Renderer> all = new ArrayList<>(renderers);
    all.add(explanation(tailoring));
    return Rendering.run(lake, options, all);
  }

  /** The renderer of {@value #FILE}: the tailoring as Markdown, and the chosen entries as used. */
  private static Renderer explanation(Tailoring tailoring) {
    return Renderer.of(RENDERER, (lake, options) -> ImmutableRendition.builder()
        .addArtifacts(Artifact.utf8(FILE, "text/markdown; charset=utf-8", TailoringMarkdown.render(tailoring)))
        .addAllEntriesUsed(Selection.of(lake, options).ids())
        .build());
  }
}
