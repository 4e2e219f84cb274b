package io.experiencelake.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark's JVM spent per operation, all threads
 * together (the benchmark's, the garbage collector's, the compiler's), as the secondary result
 * {@code ·cpu} in the benchmark's time unit.
 *
 * <p>On a machine shared with other work, wall time per operation swings with the load while CPU
 * time does not: run with {@code -prof io.experiencelake.bench.CpuTimeProfiler} and compare both.
 * For work spread over several threads (the folder verification), CPU time is the sum over the
 * threads, so it shows the cost, not the speed-up.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private long start;

  /** Makes the profiler; JMH calls this in the benchmark's JVM. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the whole benchmark JVM per operation (benchmark, GC and JIT threads)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long cpu = processCpuNanos() - start;
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    TimeUnit unit = benchmarkParams.getTimeUnit();
    double perOp = (double) cpu / ops / unit.toNanos(1);
    return List.of(new ScalarResult("·cpu", perOp, unitName(unit) + "/op", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String unitName(TimeUnit unit) {
    switch (unit) {
      case NANOSECONDS:
        return "ns";
      case MICROSECONDS:
        return "us";
      case MILLISECONDS:
        return "ms";
      case SECONDS:
        return "s";
      default:
        return unit.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
