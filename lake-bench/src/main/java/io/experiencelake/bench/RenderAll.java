package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders the generated lake of N entries with every renderer through {@link Rendering#run}
 * (checker, selection, every renderer, entry hashes and manifest), and writes it into a folder
 * when one is given: the check that the whole lake renders, and what it weighs.
 *
 * <pre>
 * java -Xmx3g -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.RenderAll 100000 target/render-100k
 * </pre>
 */
public final class RenderAll {

  private RenderAll() {}

  /**
   * Runs {@code ENTRIES [FOLDER]}.
   *
   * @throws IOException when the folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    int entries = Integer.parseInt(args[0]);
    Lake lake = BenchLakes.lake(entries);
    long start = System.nanoTime();
    RenderRun run = Rendering.run(lake, BenchLakes.renderOptions(lake));
    long bytes = 0;
    for (Artifact artifact : run.artifacts()) {
      bytes += artifact.bytes().length;
    }
    System.out.printf(Locale.ROOT, "entries=%d renderers=%s artifacts=%d artifact_mib=%.1f manifest_mib=%.1f warnings=%d entries_used=%d run_s=%.1f%n",
        entries, run.renderers(), run.artifacts().size(), bytes / 1048576.0, run.manifest().bytes().length / 1048576.0,
        run.warnings().size(), run.entriesUsed().size(), (System.nanoTime() - start) / 1e9);
    if (args.length > 1) {
      start = System.nanoTime();
      Rendering.write(run, Path.of(args[1]));
      System.out.printf(Locale.ROOT, "written to %s in %.1f s%n", args[1], (System.nanoTime() - start) / 1e9);
    }
  }
}
