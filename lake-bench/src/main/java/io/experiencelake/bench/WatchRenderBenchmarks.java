package io.experiencelake.bench;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
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
import java.util.ArrayList;
import java.util.List;
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
 * <p>With {@code edit=none} every save holds the same lake, so every file of the output is the same
 * as before and the write leaves the folder as it is; with {@code edit=claim} saves alternate between the lake and one whose first entry's
 * claim says a little more, as when the person is rewording a claim: 47 of the 48 files then change
 * each time (the documents and {@code resume.json} hold the claim, and every portfolio page names the
 * lake's hash in its footer).
 *
 * <pre>
 * java -jar lake-bench/target/benchmarks.jar WatchRenderBenchmarks
 * </pre>
 */
public class WatchRenderBenchmarks extends ExampleBenchmark {

  /** The lake file's format: what the person edits. */
  @Param({"yaml", "json"})
  public String format;

  /** What changes between two saves: nothing, or the first entry's claim. */
  @Param({"none", "claim"})
  public String edit;

  private Path lakeFile;
  private Path editedFile;
  private boolean edited;
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
    if (edit.equals("claim")) {
      editedFile = folder.path().resolve("edited." + lakeFormat.extension());
      LakeFiles.write(withFirstClaimReworded(SeedLake.lake()), editedFile);
    } else {
      editedFile = lakeFile;
    }
    check = CheckOptions.today(SeedLake.TODAY);
    render = RenderOptions.today(SeedLake.TODAY);
  }

  private static Lake withFirstClaimReworded(Lake lake) {
    List<LakeEntry> entries = new ArrayList<>(lake.entries());
    LakeEntry first = entries.get(0);
    entries.set(0, ImmutableLakeEntry.copyOf(first).withClaim(first.claim() + ", on every run"));
    return ImmutableLake.copyOf(lake).withEntries(entries);
  }

  /** Read, check, render every renderer, replace the output folder. */
  @Benchmark
  public RenderRun reRender() throws IOException {
    edited = !edited;
    LoadedLake loaded = LakeFiles.read(edited ? editedFile : lakeFile, check);
    RenderRun run = Rendering.run(loaded.lake(), render);
    Rendering.write(run, output);
    return run;
  }
}
