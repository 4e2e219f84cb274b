package io.experiencelake.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every benchmark shares (JMH inherits it): the lake sizes, the example's 27 entries, 500 and
 * 2,000 (the most a lake is designed for), and how each is measured: sampling mode in milliseconds,
 * three warm-up and five measured iterations of two seconds, one fork with a 1 GiB heap.
 *
 * <p>Sampling mode reports the mean with its error and the distribution (minimum, median, …): on a
 * shared machine the minimum and median are steadier than the mean. Each operation works on the
 * whole lake; divide by {@code entries} for the cost per entry.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public abstract class LakeSizes {

  /** How many entries the lake has. */
  @Param({"27", "500", "2000"})
  public int entries;
}
