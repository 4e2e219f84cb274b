package io.experiencelake.bench;

import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LakeFormat;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.examples.SeedLake;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import java.io.IOException;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A warm re-render in {@code lake render --watch} of the example (the seed lake, 27 entries): what
 * happens after each save, in a JVM that has rendered before. The lake file is read and checked
 * ({@link LakeFiles#read}), every renderer runs ({@link Rendering#run}) and the output folder is
 * replaced atomically with its manifest ({@link Rendering#write}). Target (issue 16): 50 ms.
 *
 * <pre>
 * java -jar lake-bench/target/benchmarks.jar WatchRenderBenchmarks
 * </pre>
 */
public class WatchRenderBenchmarks extends ExampleBenchmark {

  /** The lake file's format: what the person edits. */
  @Param({"yaml", "json"})
  public String format;

  private Path lakeFile;
  private Path output;
  private CheckOptions check;
  private RenderOptions render;

  /** Writes the seed lake in the chosen format into the trial's folder. */
  @Setup(Level.Trial)
  public void writeLake(TemporaryFolder folder) throws IOException {
    LakeFormat lakeFormat = format.equals("yaml") ? LakeFormat.YAML : LakeFormat.JSON;
    lakeFile = folder.path().resolve("lake." + lakeFormat.extension());
    output = folder.path().resolve("out");
    LakeFiles.write(SeedLake.lake(), lakeFile);
    check = CheckOptions.today(SeedLake.TODAY);
    render = RenderOptions.today(SeedLake.TODAY);
  }

  /** Read, check, render every renderer, replace the output folder. */
  @Benchmark
  public RenderRun reRender() throws IOException {
    LoadedLake loaded = LakeFiles.read(lakeFile, check);
    RenderRun run = Rendering.run(loaded.lake(), render);
    Rendering.write(run, output);
    return run;
  }
}
