package io.experiencelake.bench;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Loading a lake (parse with locations, schema, bind, check) and checking a bound one, at the
 * example's 27 entries, 500 and 2,000, the most a lake is designed for.
 */
public class LoadBenchmarks extends LakeSizes {

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
