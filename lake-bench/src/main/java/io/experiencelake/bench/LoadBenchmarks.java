package io.experiencelake.bench;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loading a lake and the work on a loaded one, at 100 to 100,000 entries: the bare Jackson
 * {@code readTree} of the same bytes (the floor), the full load (parse with locations, schema,
 * bind, check), the checker alone, and the canonical hash of every entry.
 *
 * <p>Each operation works on the whole lake; divide by {@code entries} for the cost per entry.
 * Sampling mode reports the mean with its error and the distribution (minimum, median, …): on a
 * shared machine the minimum and median are steadier than the mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// Room for 100,000 entries in a fixed, pre-touched heap, so that a large lake's run does not also
// pay for growing the heap (page faults charged to the benchmark). The host may still take back
// the pages of an idle heap (this VM runs kdamond), which is why LoadCost also reports user CPU.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class LoadBenchmarks {

  private static final JsonMapper JACKSON = JsonMapper.builder().build();

  /** How many entries the lake has. */
  @Param({"100", "1000", "10000", "100000"})
  public int entries;

  private byte[] json;
  private Lake lake;

  /** Generates the lake and its JSON once per trial. */
  @Setup
  public void generate() {
    lake = BenchLakes.lake(entries);
    json = LakeJson.writeBytes(lake);
  }

  /** Jackson's plain {@code readTree} of the lake's bytes: the floor a full load is compared with. */
  @Benchmark
  public JsonNode readTree() {
    return JACKSON.readTree(json);
  }

  /** {@link LakeJson#read(java.io.InputStream, String, io.experiencelake.core.check.CheckOptions)}: parse, schema, bind and check. */
  @Benchmark
  public LoadedLake load() {
    return LakeJson.read(new ByteArrayInputStream(json), "bench.json", BenchLakes.OPTIONS);
  }

  /** {@link LakeChecker#check}, lint included, of the bound lake. */
  @Benchmark
  public List<Diagnostic> check() {
    return LakeChecker.check(lake, BenchLakes.OPTIONS);
  }

  /** {@link LakeHashes#entries}: the RFC 8785 canonical SHA-256 of every entry. */
  @Benchmark
  public Map<String, ContentHash> hashEntries() {
    return LakeHashes.entries(lake);
  }
}
