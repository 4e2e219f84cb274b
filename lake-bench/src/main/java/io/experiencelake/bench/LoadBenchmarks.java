package io.experiencelake.bench;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.ByteArrayInputStream;
import java.util.List;
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

/**
 * Loading a lake (parse with locations, schema, bind, check) and checking a bound one, at the
 * example's 27 entries, 500 and 2,000, the most a lake is designed for.
 *
 * <p>Each operation works on the whole lake; divide by {@code entries} for the cost per entry.
 * Sampling mode reports the mean with its error and the distribution (minimum, median, …): on a
 * shared machine the minimum and median are steadier than the mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LoadBenchmarks {

  /** How many entries the lake has. */
  @Param({"27", "500", "2000"})
  public int entries;

  private byte[] json;
  private Lake lake;

  /** Generates the lake and its JSON once per trial. */
  @Setup
  public void generate() {
    lake = BenchLakes.lake(entries);
    json = LakeJson.writeBytes(lake);
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
}
